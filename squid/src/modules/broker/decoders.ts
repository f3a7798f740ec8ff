/**
 * The Broker pallet (Coretime chain) as plain records, one decoder set per runtime; the coretime runtimes of the
 * inputs (coretime-polkadot 2000000, coretime-paseo 2000006) give every Broker event one shape, and an event of
 * another shape stops the processor (decode.ts). Older Polkadot Coretime runtimes named SaleInitialized's end
 * price `regular_price` and PotentialRenewalDropped `AllowedRenewalDropped`: their metadata is not in the inputs,
 * so their events halt with their block rather than being guessed.
 */
import { anyOf, eventDecoder, storageAt, type Decoder, type Runtime } from '../../decoders/decode'
import * as coretime from '../../types/coretime'
import type { PriceRule } from './price'

export interface RegionRef {
  begin: number
  core: number
  /** 0x-hex of the 80-bit mask */
  mask: string
}

export type AssignmentItem = { kind: 'Task'; task: number; parts: number } | { kind: 'Pool' | 'Idle'; parts: number }
export interface WorkloadItem {
  kind: 'Task' | 'Pool' | 'Idle'
  task?: number
  mask: string
}

export type BrokerChange =
  | { kind: 'SaleInitialized'; saleStart: number; leadinLength: number; startPrice: bigint; endPrice: bigint; regionBegin: number; regionEnd: number; idealCoresSold: number; coresOffered: number }
  | { kind: 'Purchased'; who: string; region: RegionRef; price: bigint; duration: number }
  | { kind: 'Renewable'; core: number; price: bigint; begin: number; workload: WorkloadItem[] }
  | { kind: 'Renewed'; who: string; price: bigint; oldCore: number; core: number; begin: number; duration: number; workload: WorkloadItem[] }
  | { kind: 'CoreAssigned'; core: number; when: number; assignment: AssignmentItem[] }
  | { kind: 'Transferred'; region: RegionRef; duration: number; owner: string | null }
  | { kind: 'Partitioned' | 'Interlaced'; region: RegionRef; into: [RegionRef, RegionRef] }
  | { kind: 'Assigned'; region: RegionRef; duration: number; task: number }
  | { kind: 'AssignmentRemoved'; region: RegionRef }
  | { kind: 'Pooled'; region: RegionRef; duration: number }
  | { kind: 'RegionDropped'; region: RegionRef; duration: number }
  | { kind: 'SalesStarted'; price: bigint; coreCount: number }
  | { kind: 'CoreCountChanged'; coreCount: number }
  | { kind: 'ReservationMade' | 'ReservationCancelled'; index: number; workload: WorkloadItem[] }
  | { kind: 'Leased'; task: number; until: number }
  | { kind: 'LeaseEnding'; task: number; when: number }
  | { kind: 'LeaseRemoved'; task: number }
  | { kind: 'HistoryInitialized'; when: number; privatePoolSize: number; systemPoolSize: number }
  | { kind: 'ClaimsReady'; when: number; systemPayout: bigint; privatePayout: bigint }
  | { kind: 'RevenueClaimPaid'; who: string; amount: bigint }
  | { kind: 'CreditPurchased'; who: string; beneficiary: string; amount: bigint }
  | { kind: 'PotentialRenewalDropped'; when: number; core: number }
  | { kind: 'AutoRenewalEnabled' | 'AutoRenewalDisabled' | 'AutoRenewalFailed'; core: number; task?: number; who?: string | null }
  | { kind: 'AutoRenewalLimitReached' }

export interface BrokerDecoders {
  broker: Decoder<BrokerChange>
  /** the relay block the Coretime chain had seen at a block (its sale times count in them after the v4 migration) */
  relayBlockAt(chain: string, block: any): Promise<number>
}

type Sts = any
const region = (r: Sts): RegionRef => ({ begin: r.begin, core: r.core, mask: r.mask })
const workload = (w: Sts[]): WorkloadItem[] => w.map((i) => (i.assignment.__kind === 'Task' ? { kind: 'Task', task: i.assignment.value, mask: i.mask } : { kind: i.assignment.__kind, mask: i.mask }))

function brokerDecoders(t: typeof coretime): BrokerDecoders {
  const b = t.events.broker
  const e = <V>(v: { name: string }, map: (x: V) => BrokerChange) => eventDecoder<V, BrokerChange>(v, map)
  return {
    broker: anyOf<BrokerChange>(
      e<Sts>(b.saleInitialized, (x) => ({ kind: 'SaleInitialized', saleStart: x.saleStart, leadinLength: x.leadinLength, startPrice: x.startPrice, endPrice: x.endPrice, regionBegin: x.regionBegin, regionEnd: x.regionEnd, idealCoresSold: x.idealCoresSold, coresOffered: x.coresOffered })),
      e<Sts>(b.purchased, (x) => ({ kind: 'Purchased', who: x.who, region: region(x.regionId), price: x.price, duration: x.duration })),
      e<Sts>(b.renewable, (x) => ({ kind: 'Renewable', core: x.core, price: x.price, begin: x.begin, workload: workload(x.workload) })),
      e<Sts>(b.renewed, (x) => ({ kind: 'Renewed', who: x.who, price: x.price, oldCore: x.oldCore, core: x.core, begin: x.begin, duration: x.duration, workload: workload(x.workload) })),
      e<Sts>(b.coreAssigned, (x) => ({
        kind: 'CoreAssigned',
        core: x.core,
        when: x.when,
        assignment: x.assignment.map(([a, parts]: [Sts, number]): AssignmentItem => (a.__kind === 'Task' ? { kind: 'Task', task: a.value, parts } : { kind: a.__kind, parts })),
      })),
      e<Sts>(b.transferred, (x) => ({ kind: 'Transferred', region: region(x.regionId), duration: x.duration, owner: x.owner ?? null })),
      e<Sts>(b.partitioned, (x) => ({ kind: 'Partitioned', region: region(x.oldRegionId), into: [region(x.newRegionIds[0]), region(x.newRegionIds[1])] })),
      e<Sts>(b.interlaced, (x) => ({ kind: 'Interlaced', region: region(x.oldRegionId), into: [region(x.newRegionIds[0]), region(x.newRegionIds[1])] })),
      e<Sts>(b.assigned, (x) => ({ kind: 'Assigned', region: region(x.regionId), duration: x.duration, task: x.task })),
      e<Sts>(b.assignmentRemoved, (x) => ({ kind: 'AssignmentRemoved', region: region(x.regionId) })),
      e<Sts>(b.pooled, (x) => ({ kind: 'Pooled', region: region(x.regionId), duration: x.duration })),
      e<Sts>(b.regionDropped, (x) => ({ kind: 'RegionDropped', region: region(x.regionId), duration: x.duration })),
      e<Sts>(b.salesStarted, (x) => ({ kind: 'SalesStarted', price: x.price, coreCount: x.coreCount })),
      e<Sts>(b.coreCountChanged, (x) => ({ kind: 'CoreCountChanged', coreCount: x.coreCount })),
      e<Sts>(b.reservationMade, (x) => ({ kind: 'ReservationMade', index: x.index, workload: workload(x.workload) })),
      e<Sts>(b.reservationCancelled, (x) => ({ kind: 'ReservationCancelled', index: x.index, workload: workload(x.workload) })),
      e<Sts>(b.leased, (x) => ({ kind: 'Leased', task: x.task, until: x.until })),
      e<Sts>(b.leaseEnding, (x) => ({ kind: 'LeaseEnding', task: x.task, when: x.when })),
      e<Sts>(b.leaseRemoved, (x) => ({ kind: 'LeaseRemoved', task: x.task })),
      e<Sts>(b.historyInitialized, (x) => ({ kind: 'HistoryInitialized', when: x.when, privatePoolSize: x.privatePoolSize, systemPoolSize: x.systemPoolSize })),
      e<Sts>(b.claimsReady, (x) => ({ kind: 'ClaimsReady', when: x.when, systemPayout: x.systemPayout, privatePayout: x.privatePayout })),
      e<Sts>(b.revenueClaimPaid, (x) => ({ kind: 'RevenueClaimPaid', who: x.who, amount: x.amount })),
      e<Sts>(b.creditPurchased, (x) => ({ kind: 'CreditPurchased', who: x.who, beneficiary: x.beneficiary, amount: x.amount })),
      e<Sts>(b.potentialRenewalDropped, (x) => ({ kind: 'PotentialRenewalDropped', when: x.when, core: x.core })),
      e<Sts>(b.autoRenewalEnabled, (x) => ({ kind: 'AutoRenewalEnabled', core: x.core, task: x.task })),
      e<Sts>(b.autoRenewalDisabled, (x) => ({ kind: 'AutoRenewalDisabled', core: x.core, task: x.task })),
      e<Sts>(b.autoRenewalFailed, (x) => ({ kind: 'AutoRenewalFailed', core: x.core, who: x.payer ?? null })),
      // a unit event: the pallet names no core
      e<Sts>(b.autoRenewalLimitReached, () => ({ kind: 'AutoRenewalLimitReached' })),
    ),
    relayBlockAt: async (chain, block) => (await storageAt(chain, 'ParachainSystem.LastRelayChainBlockNumber', t.storage.parachainSystem.lastRelayChainBlockNumber, block).get(block)) ?? 0,
  }
}

export const BROKER_DECODERS: Readonly<Partial<Record<Runtime, BrokerDecoders>>> = {
  coretime: brokerDecoders(coretime),
}

/**
 * Polkadot Coretime's broker migration to v4 (pallet_broker::migration::MigrateV3ToV4, shipped in spec 1_005_001,
 * polkadot-fellows/runtimes 34ecb949 "Bump to stable2503") converted sale_start and leadin_length to relay-chain
 * blocks; before it they counted the Coretime chain's own blocks (12 s: the migration doubles them). Paseo's
 * Coretime runtimes of the inputs (1009003, 2000006) are after it.
 */
export const RELAY_BLOCK_SALE_TIMES_FROM_SPEC = 1_005_001
export const RELAY_BLOCK_MS = 6_000
export const PARACHAIN_BLOCK_MS_BEFORE_V4 = 12_000
export const TIMESLICE_PERIOD = 80

const UNIT = 10_000_000_000n
/**
 * The price adapter of each runtime, by spec name and first spec version (pallet_broker::Config::PriceAdapter):
 * - coretime-polkadot (polkadot-fellows/runtimes, coretime-polkadot/src/coretime.rs): CenterTargetPrice from the
 *   chain's launch (9d3d5f6f, 2024-08); MinimumPrice<MinimumEndPrice = 10 DOT> from 6de522f5 (2025-06, released
 *   after spec 1_005_001, so from 1_006_000);
 * - coretime-paseo (paseo-network/runtimes, coretime-paseo/src/coretime.rs): its own MinimumPriceWithFixedTargetPrice
 *   <500 PAS, 750 PAS> from c1ff9c0 (2025-07, v1.6.0), seen on 2000006 under chopsticks (every sale ends at 500 PAS).
 * Another spec name is read as Polkadot's.
 */
export const PRICE_RULES: Readonly<Record<string, readonly { fromSpec: number; rule: PriceRule }[]>> = {
  'coretime-polkadot': [
    { fromSpec: 0, rule: { kind: 'CenterTargetPrice' } },
    { fromSpec: 1_006_000, rule: { kind: 'MinimumPrice', minimum: 10n * UNIT } },
  ],
  'coretime-paseo': [
    { fromSpec: 0, rule: { kind: 'CenterTargetPrice' } },
    { fromSpec: 1_006_000, rule: { kind: 'MinimumPriceWithFixedTargetPrice', minimum: 500n * UNIT, target: 750n * UNIT } },
  ],
}

export function priceRuleAt(specName: string, specVersion: number): PriceRule {
  const rules = PRICE_RULES[specName] ?? PRICE_RULES['coretime-polkadot']
  let r = rules[0].rule
  for (const x of rules) if (specVersion >= x.fromSpec) r = x.rule
  return r
}
