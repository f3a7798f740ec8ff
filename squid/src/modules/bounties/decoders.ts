/**
 * Classic Bounties and ChildBounties, on the relay until the Asset Hub migration and on Asset Hub after it: the same
 * pallets on both, so one set of decoders per runtime from the same builder. Bounties names its bounty `index` in
 * the bounty events but `bountyId` in the curator ones (and DepositPoked); the records name it `index` throughout.
 * MultiAssetBounties (Asset Hub from 2003001) is another pallet with its own ids: a bounty or, with `child`, one of
 * its child bounties, in any asset the treasury holds, paid out through the treasury's Paymaster (hence the
 * funding, payout and refund steps that each wait for a payment to be checked).
 */
import { anyOf, eventDecoder, storageAt, type Decoder, type EventVersions, type Runtime } from '../../decoders/decode'
import type { BlockHeader } from '../../block'
import { versionedLocatableAccount, versionedLocatableAsset, type LocatableAccount, type LocatableAsset } from '../../decoders/xcm'
import * as relay from '../../types/relay'
import * as assetHub from '../../types/assetHub'

/** A bounty's lifecycle, one kind per Bounties event. */
export type BountyChange =
  | { kind: 'Proposed' | 'BecameActive' | 'Canceled' | 'Extended' | 'Approved' | 'CuratorUnassigned'; index: number }
  | { kind: 'Rejected'; index: number; bond: bigint }
  | { kind: 'Awarded'; index: number; beneficiary: string }
  | { kind: 'Claimed'; index: number; payout: bigint; beneficiary: string }
  | { kind: 'CuratorProposed' | 'CuratorAccepted'; index: number; curator: string }
  | { kind: 'DepositPoked'; index: number; proposer: string; oldDeposit: bigint; newDeposit: bigint }

/** A child bounty's lifecycle: `index` is its parent bounty's, `child` its own within the parent. */
export type ChildBountyChange =
  | { kind: 'Added' | 'Canceled'; index: number; child: number }
  | { kind: 'Awarded'; index: number; child: number; beneficiary: string }
  | { kind: 'Claimed'; index: number; child: number; payout: bigint; beneficiary: string }

/** One MultiAssetBounties event: of bounty `index`, or of its child bounty `child` when set. */
export type MultiAssetChange = { index: number; child?: number } & (
  | { kind: 'Created' | 'FundingProcessed' | 'RefundProcessed' | 'Canceled' | 'CuratorUnassigned' }
  | { kind: 'CuratorProposed' | 'BecameActive'; curator: string }
  | { kind: 'Awarded'; beneficiary: LocatableAccount }
  | { kind: 'PayoutProcessed'; assetKind: LocatableAsset; value: bigint; beneficiary: LocatableAccount }
  | { kind: 'Paid' | 'PaymentFailed'; paymentId: bigint }
)

/** A classic bounty or child bounty as its storage holds it (the pallet removes it once claimed or cancelled). */
export interface StoredBounty {
  value: bigint
  /** the curator's fee, set when a curator is proposed and paid to them at the claim */
  fee: bigint
}

/** A multi-asset bounty (or child bounty) as its storage holds it: what it is worth, in which asset. */
export interface StoredMultiAssetBounty {
  /** a child bounty has its parent's */
  assetKind?: LocatableAsset
  value: bigint
}

export interface BountiesDecoders {
  bounty: Decoder<BountyChange>
  childBounty: Decoder<ChildBountyChange>
  /** Bounties.Bounties(index), or ChildBounties.ChildBounties(index, child): its value and its curator's fee */
  stored(chain: string, block: BlockHeader, index: number, child?: number): Promise<StoredBounty | undefined>
  /** MultiAssetBounties, on runtimes that have it */
  multiAsset?: Decoder<MultiAssetChange>
  /** MultiAssetBounties.Bounties(index), or .ChildBounties(index, child) */
  storedMultiAsset?(chain: string, block: BlockHeader, index: number, child?: number): Promise<StoredMultiAssetBounty | undefined>
}

interface BountiesTypes {
  events: {
    bounties: Record<string, EventVersions | undefined>
    childBounties: Record<string, EventVersions>
  }
  storage: {
    bounties: { bounties: Record<string, any> }
    childBounties: { childBounties: Record<string, any> }
  }
}

function bountiesDecoders(t: BountiesTypes): BountiesDecoders {
  const b = t.events.bounties
  const c = t.events.childBounties
  const need = (name: string): EventVersions => {
    const v = b[name]
    if (!v) throw new Error(`typegen has no Bounties.${name}: regenerate the decoders (npm run typegen:add)`)
    return v
  }
  const plain = (kind: 'Proposed' | 'BecameActive' | 'Canceled' | 'Extended' | 'Approved', v: EventVersions) => eventDecoder<{ index: number }, BountyChange>(v, (x) => ({ kind, index: x.index }))
  const curator = (kind: 'CuratorProposed' | 'CuratorAccepted', v: EventVersions) => eventDecoder<{ bountyId: number; curator: string }, BountyChange>(v, (x) => ({ kind, index: x.bountyId, curator: x.curator }))
  const child = (kind: 'Added' | 'Canceled', v: EventVersions) => eventDecoder<{ index: number; childIndex: number }, ChildBountyChange>(v, (x) => ({ kind, index: x.index, child: x.childIndex }))
  return {
    bounty: anyOf<BountyChange>(
      plain('Proposed', need('bountyProposed')),
      eventDecoder<{ index: number; bond: bigint }, BountyChange>(need('bountyRejected'), (x) => ({ kind: 'Rejected', index: x.index, bond: x.bond })),
      plain('BecameActive', need('bountyBecameActive')),
      eventDecoder<{ index: number; beneficiary: string }, BountyChange>(need('bountyAwarded'), (x) => ({ kind: 'Awarded', index: x.index, beneficiary: x.beneficiary })),
      eventDecoder<{ index: number; payout: bigint; beneficiary: string }, BountyChange>(need('bountyClaimed'), (x) => ({ kind: 'Claimed', index: x.index, payout: x.payout, beneficiary: x.beneficiary })),
      plain('Canceled', need('bountyCanceled')),
      plain('Extended', need('bountyExtended')),
      plain('Approved', need('bountyApproved')),
      curator('CuratorProposed', need('curatorProposed')),
      eventDecoder<{ bountyId: number }, BountyChange>(need('curatorUnassigned'), (x) => ({ kind: 'CuratorUnassigned', index: x.bountyId })),
      curator('CuratorAccepted', need('curatorAccepted')),
      // from relay 1007001 (and on Asset Hub): a runtime without it never emits it
      b.depositPoked &&
        eventDecoder<{ bountyId: number; proposer: string; oldDeposit: bigint; newDeposit: bigint }, BountyChange>(b.depositPoked, (x) => ({ kind: 'DepositPoked', index: x.bountyId, proposer: x.proposer, oldDeposit: x.oldDeposit, newDeposit: x.newDeposit })),
    ),
    childBounty: anyOf<ChildBountyChange>(
      child('Added', c.added),
      eventDecoder<{ index: number; childIndex: number; beneficiary: string }, ChildBountyChange>(c.awarded, (x) => ({ kind: 'Awarded', index: x.index, child: x.childIndex, beneficiary: x.beneficiary })),
      eventDecoder<{ index: number; childIndex: number; payout: bigint; beneficiary: string }, ChildBountyChange>(c.claimed, (x) => ({ kind: 'Claimed', index: x.index, child: x.childIndex, payout: x.payout, beneficiary: x.beneficiary })),
      child('Canceled', c.canceled),
    ),
    async stored(chain, block, index, child) {
      const v: { value: bigint; fee: bigint } | undefined =
        child === undefined
          ? await storageAt(chain, 'Bounties.Bounties', t.storage.bounties.bounties, block).get(block, index)
          : await storageAt(chain, 'ChildBounties.ChildBounties', t.storage.childBounties.childBounties, block).get(block, index, child)
      return v ? { value: v.value, fee: v.fee } : undefined
    },
  }
}

type Sub = { index: number; childIndex?: number }
const sub = (x: Sub) => ({ index: x.index, child: x.childIndex ?? undefined })

function multiAssetDecoders(t: typeof assetHub): Pick<BountiesDecoders, 'multiAsset' | 'storedMultiAsset'> {
  const m = t.events.multiAssetBounties
  const s = t.storage.multiAssetBounties
  const plain = (kind: 'Created' | 'FundingProcessed' | 'RefundProcessed' | 'Canceled' | 'CuratorUnassigned', v: EventVersions) => eventDecoder<Sub, MultiAssetChange>(v, (x) => ({ kind, ...sub(x) }))
  const curator = (kind: 'CuratorProposed' | 'BecameActive', v: EventVersions) => eventDecoder<Sub & { curator: string }, MultiAssetChange>(v, (x) => ({ kind, ...sub(x), curator: x.curator }))
  const payment = (kind: 'Paid' | 'PaymentFailed', v: EventVersions) => eventDecoder<Sub & { paymentId: bigint }, MultiAssetChange>(v, (x) => ({ kind, ...sub(x), paymentId: x.paymentId }))
  return {
    multiAsset: anyOf<MultiAssetChange>(
      plain('Created', m.bountyCreated),
      // a child bounty's creation names no Option: its child index is always there
      eventDecoder<{ index: number; childIndex: number }, MultiAssetChange>(m.childBountyCreated, (x) => ({ kind: 'Created', index: x.index, child: x.childIndex })),
      plain('FundingProcessed', m.bountyFundingProcessed),
      plain('RefundProcessed', m.bountyRefundProcessed),
      plain('Canceled', m.bountyCanceled),
      plain('CuratorUnassigned', m.curatorUnassigned),
      curator('CuratorProposed', m.curatorProposed),
      curator('BecameActive', m.bountyBecameActive),
      eventDecoder<Sub & { beneficiary: unknown }, MultiAssetChange>(m.bountyAwarded, (x) => ({ kind: 'Awarded', ...sub(x), beneficiary: versionedLocatableAccount(x.beneficiary) })),
      eventDecoder<Sub & { assetKind: unknown; value: bigint; beneficiary: unknown }, MultiAssetChange>(m.bountyPayoutProcessed, (x) => ({ kind: 'PayoutProcessed', ...sub(x), assetKind: versionedLocatableAsset(x.assetKind), value: x.value, beneficiary: versionedLocatableAccount(x.beneficiary) })),
      payment('Paid', m.paid),
      payment('PaymentFailed', m.paymentFailed),
    ),
    async storedMultiAsset(chain, block, index, child) {
      if (child === undefined) {
        const b = await storageAt(chain, 'MultiAssetBounties.Bounties', s.bounties, block).get(block, index)
        return b ? { assetKind: versionedLocatableAsset(b.assetKind), value: b.value } : undefined
      }
      const c = await storageAt(chain, 'MultiAssetBounties.ChildBounties', s.childBounties, block).get(block, index, child)
      return c ? { value: c.value } : undefined
    },
  }
}

export const BOUNTIES_DECODERS: Readonly<Partial<Record<Runtime, BountiesDecoders>>> = {
  relay: bountiesDecoders(relay),
  assetHub: { ...bountiesDecoders(assetHub), ...multiAssetDecoders(assetHub) },
}
