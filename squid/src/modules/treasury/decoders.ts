/**
 * Treasury decoders over a runtime's typegen'd Treasury events (squid/src/types/<runtime>/treasury): the pallet is
 * the same on the relay chain and on Asset Hub, the runtime versions and shapes are each chain's own. With them the
 * bounty events that move the treasury's money, and storage Treasury.Spends.
 */
import { anyOf, decodeVersioned, decoder, storageAt, type DecodableEvent, type Decoder, type EventVersions as Versions, type Runtime } from '../../decoders/decode'
import { versionedLocatableAccount, versionedLocatableAsset, versionedLocation, type Json } from '../../decoders/xcm'
import * as relay from '../../types/relay'
import * as assetHub from '../../types/assetHub'
import * as collectives from '../../types/collectives'

export type TreasuryEvent =
  | { kind: 'Proposed'; index: number }
  | { kind: 'Rejected'; index: number; slashed: bigint }
  | { kind: 'SpendApproved'; index: number; amount: bigint; beneficiary: string }
  | { kind: 'Awarded'; index: number; award: bigint; account: string }
  | { kind: 'AssetSpendApproved'; index: number; assetKind: Json; amount: bigint; beneficiary: Json; validFrom: number; expireAt: number }
  | { kind: 'AssetSpendVoided'; index: number }
  | { kind: 'Paid'; index: number; paymentId: bigint }
  | { kind: 'PaymentFailed'; index: number; paymentId: bigint }
  | { kind: 'SpendProcessed'; index: number }
  | { kind: 'Spending'; budgetRemaining: bigint }
  | { kind: 'Burnt'; burntFunds: bigint }
  | { kind: 'Rollover'; rolloverBalance: bigint }
  | { kind: 'Deposit'; value: bigint }
  /** bookkeeping only: no money moves */
  | { kind: 'UpdatedInactive'; reactivated: bigint; deactivated: bigint }

/** The Treasury events of one chain's typegen output; the legacy proposal flow exists only on some runtimes. */
export interface TreasuryEventTypes {
  proposed?: Versions
  rejected?: Versions
  awarded: Versions
  spendApproved: Versions
  assetSpendApproved: Versions
  assetSpendVoided: Versions
  paid: Versions
  paymentFailed: Versions
  spendProcessed: Versions
  spending: Versions
  burnt: Versions
  rollover: Versions
  deposit: Versions
  updatedInactive: Versions
}

/** How a chain presents an asset spend's asset kind and beneficiary (sts JSON of its runtime, or a plain shape). */
export interface SpendLocations {
  assetKind(x: unknown): Json
  beneficiary(x: unknown): Json
}

export const VERSIONED_JSON: SpendLocations = { assetKind: (x) => x, beneficiary: (x) => x }

export function treasuryDecoder(T: TreasuryEventTypes, locations: SpendLocations = VERSIONED_JSON): Decoder<TreasuryEvent> {
  const decode = (chain: string, e: DecodableEvent): TreasuryEvent | undefined => {
    const d = <V>(versions: Versions) => decodeVersioned<V>(chain, e, versions)
    switch (e.name) {
      case T.proposed?.name:
        return { kind: 'Proposed', index: d<{ proposalIndex: number }>(T.proposed!).proposalIndex }
      case T.rejected?.name: {
        const v = d<{ proposalIndex: number; slashed: bigint }>(T.rejected!)
        return { kind: 'Rejected', index: v.proposalIndex, slashed: v.slashed }
      }
      case T.spendApproved.name: {
        const v = d<{ proposalIndex: number; amount: bigint; beneficiary: string }>(T.spendApproved)
        return { kind: 'SpendApproved', index: v.proposalIndex, amount: v.amount, beneficiary: v.beneficiary }
      }
      case T.awarded.name: {
        const v = d<{ proposalIndex: number; award: bigint; account: string }>(T.awarded)
        return { kind: 'Awarded', index: v.proposalIndex, award: v.award, account: v.account }
      }
      case T.assetSpendApproved.name: {
        const v = d<{ index: number; assetKind: unknown; amount: bigint; beneficiary: unknown; validFrom: number; expireAt: number }>(T.assetSpendApproved)
        return {
          kind: 'AssetSpendApproved',
          index: v.index,
          assetKind: locations.assetKind(v.assetKind),
          amount: v.amount,
          beneficiary: locations.beneficiary(v.beneficiary),
          validFrom: v.validFrom,
          expireAt: v.expireAt,
        }
      }
      case T.assetSpendVoided.name:
        return { kind: 'AssetSpendVoided', index: d<{ index: number }>(T.assetSpendVoided).index }
      case T.paid.name: {
        const v = d<{ index: number; paymentId: bigint }>(T.paid)
        return { kind: 'Paid', index: v.index, paymentId: v.paymentId }
      }
      case T.paymentFailed.name: {
        const v = d<{ index: number; paymentId: bigint }>(T.paymentFailed)
        return { kind: 'PaymentFailed', index: v.index, paymentId: v.paymentId }
      }
      case T.spendProcessed.name:
        return { kind: 'SpendProcessed', index: d<{ index: number }>(T.spendProcessed).index }
      case T.spending.name:
        return { kind: 'Spending', budgetRemaining: d<{ budgetRemaining: bigint }>(T.spending).budgetRemaining }
      case T.burnt.name:
        return { kind: 'Burnt', burntFunds: d<{ burntFunds: bigint }>(T.burnt).burntFunds }
      case T.rollover.name:
        return { kind: 'Rollover', rolloverBalance: d<{ rolloverBalance: bigint }>(T.rollover).rolloverBalance }
      case T.deposit.name:
        return { kind: 'Deposit', value: d<{ value: bigint }>(T.deposit).value }
      case T.updatedInactive.name: {
        const v = d<{ reactivated: bigint; deactivated: bigint }>(T.updatedInactive)
        return { kind: 'UpdatedInactive', reactivated: v.reactivated, deactivated: v.deactivated }
      }
      default:
        return undefined
    }
  }
  // every Treasury event of the runtime, also those no kind maps yet (they decode to undefined)
  return decoder(Object.values(T).map((v: Versions) => v.name), decode)
}

/** The bounty events that move the treasury's money: funding and returns. */
export type BountyMoneyEvent =
  | { kind: 'BountyBecameActive' | 'BountyCanceled'; index: number }
  /** MultiAssetBounties: the paymaster paid a bounty's funding (Paid) or its refund was processed */
  | { kind: 'MultiBountyPaid' | 'MultiBountyRefundProcessed'; index: number; childIndex?: number }

export interface BountyMoneyEventTypes {
  bounties?: { bountyBecameActive: Versions; bountyCanceled: Versions }
  multiAssetBounties?: { paid: Versions; bountyRefundProcessed: Versions }
}

export function bountyMoneyDecoder(T: BountyMoneyEventTypes): Decoder<BountyMoneyEvent> {
  const decode = (chain: string, e: DecodableEvent): BountyMoneyEvent | undefined => {
    const d = <V>(versions: Versions) => decodeVersioned<V>(chain, e, versions)
    switch (e.name) {
      case T.bounties?.bountyBecameActive.name:
        return { kind: 'BountyBecameActive', index: d<{ index: number }>(T.bounties!.bountyBecameActive).index }
      case T.bounties?.bountyCanceled.name:
        return { kind: 'BountyCanceled', index: d<{ index: number }>(T.bounties!.bountyCanceled).index }
      case T.multiAssetBounties?.paid.name: {
        const v = d<{ index: number; childIndex?: number }>(T.multiAssetBounties!.paid)
        return { kind: 'MultiBountyPaid', index: v.index, childIndex: v.childIndex ?? undefined }
      }
      case T.multiAssetBounties?.bountyRefundProcessed.name: {
        const v = d<{ index: number; childIndex?: number }>(T.multiAssetBounties!.bountyRefundProcessed)
        return { kind: 'MultiBountyRefundProcessed', index: v.index, childIndex: v.childIndex ?? undefined }
      }
      default:
        return undefined
    }
  }
  const names = [T.bounties?.bountyBecameActive, T.bounties?.bountyCanceled, T.multiAssetBounties?.paid, T.multiAssetBounties?.bountyRefundProcessed]
  return decoder(names.filter((v): v is Versions => !!v).map((v) => v.name), decode)
}

/** A spend as storage Treasury.Spends holds it (approved, not yet processed). */
export interface StoredSpend {
  index: number
  assetKind: unknown
  amount: bigint
  beneficiary: unknown
  validFrom: number
  expireAt: number
  /** Pending, Attempted{id} or Failed */
  status: string
}

interface VersionedMap<V> {
  is(block: any): boolean
  getPairsPaged(pageSize: number, block: any): AsyncIterable<[number, V | undefined][]>
}

export type SpendsReader = (block: any) => Promise<StoredSpend[]>

/** Storage Treasury.Spends of every runtime version typegen knows: all open spends at a block. */
export function storedSpendsReader(chain: string, versions: Record<string, VersionedMap<any>>, locations: SpendLocations = VERSIONED_JSON): SpendsReader {
  return async (block: any): Promise<StoredSpend[]> => {
    // a runtime without the Treasury pallet (Asset Hub before the migration) has no spends
    if (block._runtime && !block._runtime.hasStorageItem('Treasury.Spends')) return []
    const v = storageAt(chain, 'Treasury.Spends', versions, block)
    {
      // paged (state_getKeysPaged): nodes and chopsticks no longer serve the unbounded state_getKeys
      const pairs: [number, any][] = []
      for await (const page of v.getPairsPaged(100, block)) pairs.push(...page)
      return pairs
        .filter(([, s]) => s)
        .map(([index, s]) => ({
          index,
          assetKind: locations.assetKind(s.assetKind),
          amount: s.amount,
          beneficiary: locations.beneficiary(s.beneficiary),
          validFrom: s.validFrom,
          expireAt: s.expireAt,
          status: s.status.__kind,
        }))
    }
  }
}

export interface TreasuryDecoders {
  treasury: Decoder<TreasuryEvent>
  bounties: Decoder<BountyMoneyEvent>
  /** storage Treasury.Spends at a block: the spends open there */
  spends: SpendsReader
}

// The relay mapping stores an asset spend's asset kind and beneficiary as the runtime's versioned JSON
// (Spend.assetKindJson, beneficiaryJson), so the relay keeps that form.
/**
 * On Asset Hub (pallet 60 from spec 2000000) asset kinds and beneficiaries are plain LocatableAsset /
 * LocatableAccount records (decoders/xcm.ts), relative to Asset Hub (the chain that pays).
 */
const ASSET_HUB_LOCATIONS: SpendLocations = { assetKind: versionedLocatableAsset, beneficiary: versionedLocatableAccount }

/**
 * On Collectives the sub-treasuries' asset kinds are relative to Collectives (Asset Hub is {parents:1,
 * X1(Parachain 1000)}), their beneficiaries VersionedLocations relative to Asset Hub, where PayOverXcm pays.
 */
const COLLECTIVES_LOCATIONS: SpendLocations = { assetKind: versionedLocatableAsset, beneficiary: versionedLocation }

const NO_BOUNTIES = bountyMoneyDecoder({})

export const TREASURY_DECODERS: Readonly<Partial<Record<Runtime, TreasuryDecoders>>> = {
  relay: {
    treasury: treasuryDecoder(relay.events.treasury),
    bounties: bountyMoneyDecoder({ bounties: relay.events.bounties }),
    spends: storedSpendsReader('relay', relay.storage.treasury.spends),
  },
  assetHub: {
    treasury: treasuryDecoder(assetHub.events.treasury, ASSET_HUB_LOCATIONS),
    bounties: bountyMoneyDecoder({ bounties: assetHub.events.bounties, multiAssetBounties: assetHub.events.multiAssetBounties }),
    spends: storedSpendsReader('asset-hub', assetHub.storage.treasury.spends as any, ASSET_HUB_LOCATIONS),
  },
  // the Fellowship's and the Ambassadors' instances: one decoder over both pallets' events, the item's treasury
  // read from the event's pallet (subTreasuries.ts); spends open before the first block are not read (a gap, README)
  collectives: {
    treasury: anyOf(treasuryDecoder(collectives.events.fellowshipTreasury, COLLECTIVES_LOCATIONS), treasuryDecoder(collectives.events.ambassadorTreasury, COLLECTIVES_LOCATIONS)),
    bounties: NO_BOUNTIES,
    spends: async () => [],
  },
}
