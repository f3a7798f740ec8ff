/**
 * Broker: the Coretime chain's bulk coretime market. Each SaleInitialized opens a sale (keyed by the timeslice its
 * regions begin at); the purchases and renewals into it are counted as the pallet counts them (cores sold, the
 * sellout price), and the next sale's prices are forecast from that outcome by the runtime's own price rule. The
 * money each one paid is followed to the account its Balances.Deposit credited (on Polkadot the burn stash: a
 * burn, never treasury income). Regions, renewal offers per core, core assignments and every other Broker event
 * are kept too, each row with its block and event.
 */
import { BrokerEvent, BrokerEventKind, CoreAssignment, CoreAssignmentKind, CoreRenewal, CoreRenewalStatus, CoretimePurchase, CoretimePurchaseKind, CoretimeRegion, CoretimeSale, RegionStatus, SaleTimeUnit } from '../../model'
import { namesOf } from '../../decoders/decode'
import { ctxId, type EventCtx } from '../../mappings/facts'
import { encodeAccount } from '../../mappings/locations'
import { CORETIME_BURN, TREASURY_POT } from '../../mappings/palletAccounts'
import { BALANCES } from '../balances'
import { decodersOn, defineModule, eventCtx, type ApplyContext, type ChainEnv, type StorageReads } from '../module'
import {
  BROKER_DECODERS,
  PARACHAIN_BLOCK_MS_BEFORE_V4,
  RELAY_BLOCK_MS,
  RELAY_BLOCK_SALE_TIMES_FROM_SPEC,
  TIMESLICE_PERIOD,
  priceRuleAt,
  type BrokerChange,
  type BrokerDecoders,
  type RegionRef,
} from './decoders'
import { adaptPrice, ruleName } from './price'

export type { BrokerChange }
export { leadinPrice, adaptPrice, leadinCurve, ruleName } from './price'
export { priceRuleAt, RELAY_BLOCK_SALE_TIMES_FROM_SPEC, TIMESLICE_PERIOD } from './decoders'

/** Where a payment's money went, read from the deposit that credited it. */
export type RevenueTo = 'Burned' | 'Treasury'

export interface BrokerItem {
  ctx: EventCtx
  /** the runtime's: the price rule is the spec's (coretime-polkadot, coretime-paseo) */
  specName: string
  specVersion: number
  event: BrokerChange
  /** purchases, renewals and credits: the recipient of the deposit of their price in the same extrinsic */
  revenueTo?: RevenueTo | null
}

export interface BrokerRecords {
  items: BrokerItem[]
}

type BrokerReads = Record<string, number>
const relayKey = (height: number) => `relay-${height}`

export const saleId = (chain: string, regionBegin: number) => `${chain}-${regionBegin}`
export const renewalId = (chain: string, core: number, begin: number) => `${chain}-${core}-${begin}`
export const regionId = (chain: string, r: RegionRef) => `${chain}-${r.begin}-${r.core}-${r.mask}`

const PAYMENT = new Set(['Purchased', 'Renewed', 'CreditPurchased'])
const amountOf = (e: BrokerChange): bigint | undefined => (e.kind === 'Purchased' || e.kind === 'Renewed' ? e.price : e.kind === 'CreditPurchased' ? e.amount : undefined)

/** Whether sale times (sale_start, leadin_length) of a block of this spec count relay-chain blocks. */
export const saleTimesInRelayBlocks = (specVersion: number) => specVersion >= RELAY_BLOCK_SALE_TIMES_FROM_SPEC

export const brokerModule = defineModule<BrokerRecords, BrokerReads, unknown, BrokerDecoders>({
  name: 'broker',
  version: 1,
  entities: [CoretimeSale, CoretimePurchase, CoreRenewal, CoreAssignment, CoretimeRegion, BrokerEvent],
  decoders: BROKER_DECODERS,
  empty: () => ({ items: [] }),

  requests: (env, d) => ({ events: [{ names: [...namesOf(d.broker), ...BALANCES[env.cfg.decoders].deposit.names], extrinsic: true }] }),

  decode(env, blocks, _recordsOf, d) {
    const chain = env.cfg.chain
    const deposit = BALANCES[env.cfg.decoders].deposit
    const items: BrokerItem[] = []
    for (const block of blocks) {
      // the broker charges before it emits: the deposit of a payment precedes its event in the same extrinsic
      const deposits: { extrinsic?: number; who: string; amount: bigint; used: boolean }[] = []
      for (const e of block.events) {
        const dep = deposit(chain, e)
        if (dep) {
          deposits.push({ extrinsic: e.extrinsicIndex, who: dep.who.toLowerCase(), amount: dep.amount, used: false })
          continue
        }
        const change = d.broker(chain, e)
        if (!change) continue
        const item: BrokerItem = { ctx: eventCtx(chain, block, e), specName: block.header.specName ?? '', specVersion: block.header.specVersion ?? 0, event: change }
        if (PAYMENT.has(change.kind)) {
          const amount = amountOf(change)!
          const dep = [...deposits].reverse().find((x) => !x.used && x.extrinsic === e.extrinsicIndex && x.amount === amount && (x.who === CORETIME_BURN || x.who === TREASURY_POT))
          if (dep) dep.used = true
          item.revenueTo = dep ? (dep.who === CORETIME_BURN ? 'Burned' : 'Treasury') : null
        }
        items.push(item)
      }
    }
    return { items }
  },

  load(env, { items }) {
    const chain = env.cfg.chain
    const sales = new Set<string>()
    const renewals = new Set<string>()
    const regions = new Set<string>()
    for (const { event: e } of items) {
      if (e.kind === 'SaleInitialized') sales.add(saleId(chain, e.regionBegin))
      if (e.kind === 'Purchased') sales.add(saleId(chain, e.region.begin))
      if (e.kind === 'Renewed') {
        sales.add(saleId(chain, e.begin))
        renewals.add(renewalId(chain, e.oldCore, e.begin))
      }
      if (e.kind === 'Renewable') renewals.add(renewalId(chain, e.core, e.begin))
      if (e.kind === 'PotentialRenewalDropped') renewals.add(renewalId(chain, e.core, e.when))
      if ('region' in e) regions.add(regionId(chain, e.region))
    }
    return [
      { entity: CoretimeSale, ids: sales },
      { entity: CoreRenewal, ids: renewals },
      { entity: CoretimeRegion, ids: regions },
    ]
  },

  reads(env, { items }, blocks) {
    const d = decodersOn(brokerModule, env)
    const out: StorageReads<BrokerReads> = {}
    if (!d) return out
    const heights = new Set(items.map((i) => i.ctx.blockNumber))
    for (const b of blocks) {
      if (heights.has(b.header.height)) out[relayKey(b.header.height)] = { block: b.header, what: 'ParachainSystem.LastRelayChainBlockNumber (the relay block a broker event’s times count from)', read: (h) => d.relayBlockAt(env.cfg.chain, h) }
    }
    return out
  },

  apply(env, { items }, ctx) {
    const m = market(env, ctx)
    for (const item of items) applyChange(m, moment(m.chain, item, ctx.read(relayKey(item.ctx.blockNumber)) ?? 0), item.event)
    followAutoRenewal(m, items)
    ctx.write(CoretimeSale, m.sales.values())
    ctx.write(CoretimePurchase, m.purchases)
    ctx.write(CoreRenewal, m.renewals.values())
    ctx.write(CoreAssignment, m.assignments)
    ctx.write(CoretimeRegion, m.regions.values())
    ctx.write(BrokerEvent, m.others)
  },
})

type Change<K extends BrokerChange['kind']> = Extract<BrokerChange, { kind: K }>
type RegionChange = Change<'Transferred' | 'Partitioned' | 'Interlaced' | 'Assigned' | 'Pooled' | 'AssignmentRemoved' | 'RegionDropped'>
/** the events kept only as a BrokerEvent row (some of which also change a renewal offer or a region) */
type OtherChange = Exclude<BrokerChange, Change<'SaleInitialized' | 'Purchased' | 'Renewed' | 'Renewable' | 'CoreAssigned'>>

/** The market as one batch changes it: the rows it touched (loaded ones kept by id, so a later event sees an earlier one's change) and the rows it adds. */
interface Market {
  chain: string
  account: (a: string) => string
  sales: Map<string, CoretimeSale>
  renewals: Map<string, CoreRenewal>
  regions: Map<string, CoretimeRegion>
  purchases: CoretimePurchase[]
  assignments: CoreAssignment[]
  others: BrokerEvent[]
  sale(begin: number): CoretimeSale | undefined
  renewal(core: number, begin: number): CoreRenewal | undefined
  region(r: RegionRef): CoretimeRegion | undefined
  newRegion(r: RegionRef, end: number | null, owner: string | null, paid: bigint | null, c: EventCtx, status?: RegionStatus): CoretimeRegion
}

function market(env: ChainEnv, ctx: ApplyContext<BrokerReads>): Market {
  const chain = env.cfg.chain
  const sales = new Map<string, CoretimeSale>()
  const renewals = new Map<string, CoreRenewal>()
  const regions = new Map<string, CoretimeRegion>()
  return {
    chain,
    account: (a) => encodeAccount(a, env.ss58Prefix),
    sales,
    renewals,
    regions,
    purchases: [],
    assignments: [],
    others: [],
    sale(begin) {
      const id = saleId(chain, begin)
      const s = sales.get(id) ?? ctx.loaded(CoretimeSale, id)
      if (s) sales.set(id, s)
      return s
    },
    renewal(core, begin) {
      const id = renewalId(chain, core, begin)
      const r = renewals.get(id) ?? ctx.loaded(CoreRenewal, id)
      if (r) renewals.set(id, r)
      return r
    },
    region(r) {
      const id = regionId(chain, r)
      const x = regions.get(id) ?? ctx.loaded(CoretimeRegion, id)
      if (x) regions.set(id, x)
      return x
    },
    newRegion(r, end, owner, paid, c, status = RegionStatus.Owned) {
      const x = new CoretimeRegion({ id: regionId(chain, r), chain, begin: r.begin, end, core: r.core, mask: r.mask, owner, status, task: null, paid, createdEventId: ctxId(c), updatedEventId: ctxId(c), updatedBlock: c.blockNumber })
      regions.set(x.id, x)
      return x
    },
  }
}

const touch = (x: CoretimeRegion, c: EventCtx) => {
  x.updatedEventId = ctxId(c)
  x.updatedBlock = c.blockNumber
}

/** One event's place in time: its block, the relay block it counts from, and the clock its spec's sale times use. */
interface Moment {
  c: EventCtx
  specName: string
  specVersion: number
  revenueTo?: RevenueTo | null
  relayNow: number
  inRelay: boolean
  /** the sale's clock now: relay blocks or, before the spec that switched, the Coretime chain's blocks */
  saleNow: number
  base: { chain: string; blockNumber: number; timestamp: Date; eventIndex: number; extrinsicHash: string | null }
  relayDate(r: number): Date
  /** the next sale's prices by this spec's rule, from the sale's outcome so far */
  forecast(s: CoretimeSale): void
}

function moment(chain: string, { ctx: c, specName, specVersion, revenueTo }: BrokerItem, relayNow: number): Moment {
  const ts = c.timestamp.getTime()
  const inRelay = saleTimesInRelayBlocks(specVersion)
  return {
    c,
    specName,
    specVersion,
    revenueTo,
    relayNow,
    inRelay,
    saleNow: inRelay ? relayNow : c.blockNumber,
    base: { chain, blockNumber: c.blockNumber, timestamp: c.timestamp, eventIndex: c.eventIndex, extrinsicHash: c.extrinsicHash ?? null },
    relayDate: (r) => new Date(ts + (r - relayNow) * RELAY_BLOCK_MS),
    forecast(s) {
      const rule = priceRuleAt(specName, specVersion)
      const next = adaptPrice(rule, { selloutPrice: s.selloutPrice ?? null, endPrice: s.endPrice })
      s.priceRule = ruleName(rule)
      s.nextEndPrice = next.endPrice
      s.nextTargetPrice = next.targetPrice
    },
  }
}

function applyChange(m: Market, at: Moment, e: BrokerChange) {
  switch (e.kind) {
    case 'SaleInitialized':
      return openSale(m, at, e)
    case 'Purchased':
      return purchase(m, at, e)
    case 'Renewed':
      return renew(m, at, e)
    case 'Renewable':
      return offerRenewal(m, at, e)
    case 'CoreAssigned':
      return assignCore(m, at, e)
    default:
      m.others.push(otherEvent(m, at, e))
  }
}

function openSale(m: Market, at: Moment, e: Change<'SaleInitialized'>) {
  const { c, inRelay, relayDate } = at
  const saleDate = (t: number) => (inRelay ? relayDate(t) : new Date(c.timestamp.getTime() + (t - c.blockNumber) * PARACHAIN_BLOCK_MS_BEFORE_V4))
  // a re-indexed SaleInitialized keeps what its purchases counted
  const prev = m.sale(e.regionBegin)
  const s = new CoretimeSale({
    id: saleId(m.chain, e.regionBegin),
    chain: m.chain,
    regionBegin: e.regionBegin,
    regionEnd: e.regionEnd,
    regionBeginRelayBlock: e.regionBegin * TIMESLICE_PERIOD,
    regionBeginAt: relayDate(e.regionBegin * TIMESLICE_PERIOD),
    regionEndAt: relayDate(e.regionEnd * TIMESLICE_PERIOD),
    saleStart: e.saleStart,
    leadinLength: e.leadinLength,
    timeUnit: inRelay ? SaleTimeUnit.RelayBlock : SaleTimeUnit.ParachainBlock,
    saleStartAt: saleDate(e.saleStart),
    leadinEndAt: saleDate(e.saleStart + e.leadinLength),
    startPrice: e.startPrice,
    endPrice: e.endPrice,
    idealCoresSold: e.idealCoresSold,
    coresOffered: e.coresOffered,
    coresSold: prev?.coresSold ?? 0,
    coresPurchased: prev?.coresPurchased ?? 0,
    coresRenewed: prev?.coresRenewed ?? 0,
    // rotate_sale opens a sale with the end price as its sellout while it offers cores (seen in Paseo 2000006's
    // SaleInfo); purchases up to the ideal count replace it
    selloutPrice: prev?.selloutPrice ?? (e.coresOffered > 0 ? e.endPrice : null),
    bulkRevenue: prev?.bulkRevenue ?? 0n,
    renewalRevenue: prev?.renewalRevenue ?? 0n,
    specVersion: at.specVersion,
    blockNumber: c.blockNumber,
    timestamp: c.timestamp,
    eventId: ctxId(c),
    relayBlock: at.relayNow,
  })
  at.forecast(s)
  m.sales.set(s.id, s)
}

/**
 * An event's time on its sale's clock: a sale opened before the v4 migration keeps its start and lead-in in Coretime
 * blocks (its row was written then), so a purchase into it after the switch is timed by its Coretime block too; the
 * migration converted the pallet's own SaleInfo at 2 relay blocks a Coretime block, which gives the same lead-in
 * progress and price.
 */
const saleTimeOf = (at: Moment, s: CoretimeSale) => (s.timeUnit === SaleTimeUnit.ParachainBlock ? at.c.blockNumber : at.saleNow)

function purchase(m: Market, at: Moment, e: Change<'Purchased'>) {
  const { c, saleNow } = at
  const s = m.sale(e.region.begin)
  if (s) {
    s.coresSold += 1
    s.coresPurchased += 1
    s.bulkRevenue += e.price
    // pallet_broker do_purchase: the price of each sale up to the ideal count, or the first after it
    if (s.coresSold <= s.idealCoresSold || s.selloutPrice == null) s.selloutPrice = e.price
    at.forecast(s)
  }
  const time = s ? saleTimeOf(at, s) : saleNow
  const progress = s ? Math.min(1, Math.max(0, (time - s.saleStart) / s.leadinLength)) : null
  m.purchases.push(new CoretimePurchase({ id: ctxId(c), ...at.base, kind: CoretimePurchaseKind.Bulk, sale: s ?? null, regionBegin: e.region.begin, regionEnd: e.region.begin + e.duration, core: e.region.core, oldCore: null, mask: e.region.mask, who: m.account(e.who), price: e.price, saleTime: time, leadinProgress: progress, revenueTo: at.revenueTo ?? null }))
  m.newRegion(e.region, e.region.begin + e.duration, m.account(e.who), e.price, c)
}

function renew(m: Market, at: Moment, e: Change<'Renewed'>) {
  const { c } = at
  const s = m.sale(e.begin)
  if (s) {
    s.coresSold += 1
    s.coresRenewed += 1
    s.renewalRevenue += e.price
    at.forecast(s)
  }
  m.purchases.push(new CoretimePurchase({ id: ctxId(c), ...at.base, kind: CoretimePurchaseKind.Renewal, sale: s ?? null, regionBegin: e.begin, regionEnd: e.begin + e.duration, core: e.core, oldCore: e.oldCore, mask: null, who: m.account(e.who), price: e.price, saleTime: s ? saleTimeOf(at, s) : at.saleNow, leadinProgress: null, revenueTo: at.revenueTo ?? null }))
  const r = m.renewal(e.oldCore, e.begin)
  if (r) {
    r.status = CoreRenewalStatus.Renewed
    r.renewedBy = m.account(e.who)
    r.renewedPrice = e.price
    r.renewedEventId = ctxId(c)
    r.renewedTimestamp = c.timestamp
    r.updatedBlock = c.blockNumber
  }
}

function offerRenewal(m: Market, at: Moment, e: Change<'Renewable'>) {
  const { c } = at
  const id = renewalId(m.chain, e.core, e.begin)
  const prev = m.renewal(e.core, e.begin)
  m.renewals.set(
    id,
    new CoreRenewal({
      id,
      chain: m.chain,
      core: e.core,
      begin: e.begin,
      beginAt: at.relayDate(e.begin * TIMESLICE_PERIOD),
      price: e.price,
      workload: e.workload,
      status: prev?.status ?? CoreRenewalStatus.Renewable,
      renewableBlock: c.blockNumber,
      renewableEventId: ctxId(c),
      renewableTimestamp: c.timestamp,
      renewedBy: prev?.renewedBy ?? null,
      renewedPrice: prev?.renewedPrice ?? null,
      renewedEventId: prev?.renewedEventId ?? null,
      renewedTimestamp: prev?.renewedTimestamp ?? null,
      droppedEventId: prev?.droppedEventId ?? null,
      droppedTimestamp: prev?.droppedTimestamp ?? null,
      autoRenew: prev?.autoRenew ?? false,
      updatedBlock: c.blockNumber,
    }),
  )
}

function dropRenewal(m: Market, c: EventCtx, e: Change<'PotentialRenewalDropped'>, row: BrokerEvent) {
  row.core = e.core
  row.when = e.when
  const r = m.renewal(e.core, e.when)
  if (r) {
    r.status = CoreRenewalStatus.Dropped
    r.droppedEventId = ctxId(c)
    r.droppedTimestamp = c.timestamp
    r.updatedBlock = c.blockNumber
  }
}

function assignCore(m: Market, at: Moment, e: Change<'CoreAssigned'>) {
  const { c } = at
  e.assignment.forEach((a, i) =>
    m.assignments.push(
      new CoreAssignment({
        id: `${ctxId(c)}-${i}`,
        chain: m.chain,
        core: e.core,
        beginRelayBlock: e.when,
        beginTimeslice: Math.floor(e.when / TIMESLICE_PERIOD),
        beginAt: at.relayDate(e.when),
        kind: CoreAssignmentKind[a.kind],
        task: a.kind === 'Task' ? a.task : null,
        parts: a.parts,
        blockNumber: c.blockNumber,
        timestamp: c.timestamp,
        eventId: ctxId(c),
      }),
    ),
  )
}

function regionChange(m: Market, c: EventCtx, e: RegionChange, row: BrokerEvent) {
  row.core = e.region.core
  row.when = e.region.begin
  switch (e.kind) {
    case 'Transferred': {
      row.who = e.owner ? m.account(e.owner) : null
      const x = m.region(e.region) ?? m.newRegion(e.region, e.region.begin + e.duration, null, null, c)
      x.owner = row.who
      touch(x, c)
      break
    }
    case 'Partitioned':
    case 'Interlaced': {
      const old = m.region(e.region)
      const end = old?.end ?? null
      if (old) {
        old.status = RegionStatus.Split
        touch(old, c)
      }
      const [a, b] = e.into
      // a partition splits the time at b's begin; an interlace splits the mask over the same time
      m.newRegion(a, e.kind === 'Partitioned' ? b.begin : end, old?.owner ?? null, null, c)
      m.newRegion(b, end, old?.owner ?? null, null, c)
      break
    }
    case 'Assigned':
    case 'Pooled': {
      if (e.kind === 'Assigned') row.task = e.task
      const x = m.region(e.region) ?? m.newRegion(e.region, e.region.begin + e.duration, null, null, c)
      x.status = e.kind === 'Assigned' ? RegionStatus.Assigned : RegionStatus.Pooled
      x.task = e.kind === 'Assigned' ? e.task : null
      touch(x, c)
      break
    }
    case 'AssignmentRemoved':
    case 'RegionDropped': {
      const x = m.region(e.region)
      if (x) {
        x.status = e.kind === 'RegionDropped' ? RegionStatus.Dropped : RegionStatus.Owned
        x.task = null
        touch(x, c)
      }
      break
    }
  }
}

function otherEvent(m: Market, at: Moment, e: OtherChange): BrokerEvent {
  const row = new BrokerEvent({ id: ctxId(at.c), ...at.base, kind: BrokerEventKind[e.kind], who: null, amount: null, systemAmount: null, core: null, task: null, when: null, revenueTo: null })
  switch (e.kind) {
    case 'SalesStarted':
      row.amount = e.price
      row.when = e.coreCount
      break
    case 'CoreCountChanged':
      row.when = e.coreCount
      break
    case 'ReservationMade':
    case 'ReservationCancelled':
      row.when = e.index
      row.task = e.workload.find((w) => w.kind === 'Task')?.task ?? null
      break
    case 'Leased':
      row.task = e.task
      row.when = e.until
      break
    case 'LeaseEnding':
      row.task = e.task
      row.when = e.when
      break
    case 'LeaseRemoved':
      row.task = e.task
      break
    case 'HistoryInitialized':
      row.when = e.when
      break
    case 'ClaimsReady':
      row.when = e.when
      row.amount = e.privatePayout
      row.systemAmount = e.systemPayout
      break
    case 'RevenueClaimPaid':
      row.who = m.account(e.who)
      row.amount = e.amount
      break
    case 'CreditPurchased':
      row.who = m.account(e.who)
      row.amount = e.amount
      row.revenueTo = at.revenueTo ?? null
      break
    case 'PotentialRenewalDropped':
      dropRenewal(m, at.c, e, row)
      break
    case 'AutoRenewalEnabled':
    case 'AutoRenewalDisabled':
    case 'AutoRenewalFailed':
      row.core = e.core
      row.task = e.task ?? null
      row.who = e.who ? m.account(e.who) : null
      break
    case 'Transferred':
    case 'Partitioned':
    case 'Interlaced':
    case 'Assigned':
    case 'Pooled':
    case 'AssignmentRemoved':
    case 'RegionDropped':
      regionChange(m, at.c, e, row)
      break
  }
  return row
}

/** The auto-renewal flag follows the core's latest renewal offer in this batch. */
function followAutoRenewal(m: Market, items: BrokerItem[]) {
  for (const { event: e } of items) {
    if (e.kind !== 'AutoRenewalEnabled' && e.kind !== 'AutoRenewalDisabled') continue
    for (const r of m.renewals.values()) if (r.core === e.core) r.autoRenew = e.kind === 'AutoRenewalEnabled'
  }
}
