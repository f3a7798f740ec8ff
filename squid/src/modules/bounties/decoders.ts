/**
 * Classic Bounties and ChildBounties, on the relay until the Asset Hub migration and on Asset Hub after it: the same
 * pallets on both, so one set of decoders per runtime from the same builder. Bounties names its bounty `index` in
 * the bounty events but `bountyId` in the curator ones (and DepositPoked); the records name it `index` throughout.
 * MultiAssetBounties (Asset Hub only) is another pallet with its own ids, not decoded here.
 */
import { anyOf, eventDecoder, type Decoder, type EventVersions, type Runtime } from '../../decoders/decode'
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

export interface BountiesDecoders {
  bounty: Decoder<BountyChange>
  childBounty: Decoder<ChildBountyChange>
}

interface BountiesTypes {
  events: {
    bounties: Record<string, EventVersions | undefined>
    childBounties: Record<string, EventVersions>
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
  }
}

export const BOUNTIES_DECODERS: Readonly<Partial<Record<Runtime, BountiesDecoders>>> = {
  relay: bountiesDecoders(relay),
  assetHub: bountiesDecoders(assetHub),
}
