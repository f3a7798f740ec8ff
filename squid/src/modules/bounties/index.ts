/**
 * Bounties: the classic Bounties pallet's bounties and their ChildBounties, on the chains that run them (the relay
 * until the Asset Hub migration, Asset Hub after it). Each event moves its bounty to the status the pallet gives it
 * then and leaves one event row; the ends the pallet does not keep (claimed, rejected, cancelled: it removes the
 * bounty) are kept here as statuses.
 */
import { Bounty, BountyEvent, BountyEventKind, BountyStatus, ChildBounty, ChildBountyEvent, ChildBountyEventKind, ChildBountyStatus } from '../../model'
import { namesOf } from '../../decoders/decode'
import { ctxId, type EventCtx } from '../../mappings/facts'
import { encodeAccount } from '../../mappings/locations'
import { defineModule, eventCtx } from '../module'
import { BOUNTIES_DECODERS, type BountiesDecoders, type BountyChange, type ChildBountyChange } from './decoders'

export type { BountyChange, ChildBountyChange }

export interface BountiesRecords {
  bounties: { ctx: EventCtx; event: BountyChange }[]
  children: { ctx: EventCtx; event: ChildBountyChange }[]
}

export const bountyId = (chain: string, index: number) => `${chain}-${index}`
export const childBountyId = (chain: string, parent: number, child: number) => `${chain}-${parent}-${child}`

/** The status each event leaves a bounty in; DepositPoked and BountyExtended change none. */
const BOUNTY_STATUS: Partial<Record<BountyChange['kind'], BountyStatus>> = {
  Proposed: BountyStatus.Proposed,
  Approved: BountyStatus.Approved,
  BecameActive: BountyStatus.Funded,
  CuratorProposed: BountyStatus.CuratorProposed,
  // the pallet returns an unassigned bounty to Funded, whether its curator had accepted or not
  CuratorUnassigned: BountyStatus.Funded,
  CuratorAccepted: BountyStatus.Active,
  Awarded: BountyStatus.PendingPayout,
  Claimed: BountyStatus.Claimed,
  Rejected: BountyStatus.Rejected,
  Canceled: BountyStatus.Cancelled,
}

const CHILD_STATUS: Record<ChildBountyChange['kind'], ChildBountyStatus> = {
  Added: ChildBountyStatus.Added,
  Awarded: ChildBountyStatus.Awarded,
  Claimed: ChildBountyStatus.Claimed,
  Canceled: ChildBountyStatus.Cancelled,
}

function newBounty(chain: string, index: number, block: number): Bounty {
  return new Bounty({
    id: bountyId(chain, index),
    chain,
    index,
    status: BountyStatus.Proposed,
    curator: null,
    beneficiary: null,
    payout: null,
    slashedBond: null,
    proposedBlock: null,
    approvedBlock: null,
    activeBlock: null,
    awardedBlock: null,
    claimedBlock: null,
    cancelledBlock: null,
    updatedBlock: block,
  })
}

export const bountiesModule = defineModule<BountiesRecords, {}, unknown, BountiesDecoders>({
  name: 'bounties',
  version: 1,
  // parents first: written in this order (a child bounty points at its bounty), deleted in reverse
  entities: [Bounty, BountyEvent, ChildBounty, ChildBountyEvent],
  decoders: BOUNTIES_DECODERS,
  empty: () => ({ bounties: [], children: [] }),

  requests: (_env, d) => ({ events: [{ names: namesOf(d.bounty, d.childBounty), extrinsic: true }] }),

  decode(env, blocks, _recordsOf, d) {
    const chain = env.cfg.chain
    const out: BountiesRecords = { bounties: [], children: [] }
    for (const block of blocks) {
      for (const e of block.events) {
        const change = d.bounty(chain, e)
        if (change) {
          out.bounties.push({ ctx: eventCtx(chain, block, e), event: change })
          continue
        }
        const child = d.childBounty(chain, e)
        if (child) out.children.push({ ctx: eventCtx(chain, block, e), event: child })
      }
    }
    return out
  },

  load(env, { bounties, children }) {
    const chain = env.cfg.chain
    // a child bounty's row points at its parent: the parent is loaded too
    const parents = new Set([...bounties.map((b) => b.event.index), ...children.map((c) => c.event.index)].map((i) => bountyId(chain, i)))
    const kids = new Set(children.map((c) => childBountyId(chain, c.event.index, c.event.child)))
    return [
      { entity: Bounty, ids: parents },
      { entity: ChildBounty, ids: kids },
    ]
  },

  apply(env, records, ctx) {
    const chain = env.cfg.chain
    const account = (a: string) => encodeAccount(a, env.ss58Prefix)
    const bounties = new Map<string, Bounty>()
    const bounty = (index: number, block: number): Bounty => {
      const id = bountyId(chain, index)
      const b = bounties.get(id) ?? ctx.loaded(Bounty, id) ?? newBounty(chain, index, block)
      bounties.set(id, b)
      return b
    }
    const children = new Map<string, ChildBounty>()
    const events: BountyEvent[] = []
    const childEvents: ChildBountyEvent[] = []

    // block and event order across both pallets: a child bounty's first event may create its parent's row
    type Step = { ctx: EventCtx; run: () => void }
    const steps: Step[] = [
      ...records.bounties.map(({ ctx: c, event }): Step => ({ ctx: c, run: () => events.push(applyBounty(bounty(event.index, c.blockNumber), c, event, account)) })),
      ...records.children.map(({ ctx: c, event }): Step => ({
        ctx: c,
        run: () => {
          const parent = bounty(event.index, c.blockNumber)
          const id = childBountyId(chain, event.index, event.child)
          const child =
            children.get(id) ??
            ctx.loaded(ChildBounty, id) ??
            new ChildBounty({ id, chain, parent, parentIndex: event.index, index: event.child, status: ChildBountyStatus.Added, beneficiary: null, payout: null, addedBlock: null, awardedBlock: null, claimedBlock: null, cancelledBlock: null, updatedBlock: c.blockNumber })
          child.parent = parent
          children.set(id, child)
          childEvents.push(applyChild(child, c, event, account))
        },
      })),
    ]
    steps.sort((a, b) => a.ctx.blockNumber - b.ctx.blockNumber || a.ctx.eventIndex - b.ctx.eventIndex).forEach((s) => s.run())

    ctx.write(Bounty, bounties.values())
    ctx.write(BountyEvent, events)
    ctx.write(ChildBounty, children.values())
    ctx.write(ChildBountyEvent, childEvents)
  },
})

function applyBounty(b: Bounty, c: EventCtx, e: BountyChange, account: (a: string) => string): BountyEvent {
  let who: string | null = null
  let amount: bigint | null = null
  switch (e.kind) {
    case 'Proposed':
      b.proposedBlock = c.blockNumber
      break
    case 'Approved':
      b.approvedBlock = c.blockNumber
      break
    case 'BecameActive':
      b.activeBlock = c.blockNumber
      break
    case 'CuratorProposed':
    case 'CuratorAccepted':
      who = b.curator = account(e.curator)
      break
    case 'CuratorUnassigned':
      b.curator = null
      break
    case 'Awarded':
      who = b.beneficiary = account(e.beneficiary)
      b.awardedBlock = c.blockNumber
      break
    case 'Claimed':
      who = b.beneficiary = account(e.beneficiary)
      amount = b.payout = e.payout
      b.claimedBlock = c.blockNumber
      break
    case 'Rejected':
      amount = b.slashedBond = e.bond
      b.cancelledBlock = c.blockNumber
      break
    case 'Canceled':
      b.cancelledBlock = c.blockNumber
      break
    case 'DepositPoked':
      who = account(e.proposer)
      amount = e.newDeposit
      break
  }
  b.status = BOUNTY_STATUS[e.kind] ?? b.status
  b.updatedBlock = c.blockNumber
  return new BountyEvent({ id: ctxId(c), chain: c.chain, blockNumber: c.blockNumber, timestamp: c.timestamp, eventIndex: c.eventIndex, extrinsicHash: c.extrinsicHash ?? null, bounty: b, kind: BountyEventKind[e.kind], who, amount })
}

function applyChild(b: ChildBounty, c: EventCtx, e: ChildBountyChange, account: (a: string) => string): ChildBountyEvent {
  let who: string | null = null
  let amount: bigint | null = null
  switch (e.kind) {
    case 'Added':
      b.addedBlock = c.blockNumber
      break
    case 'Awarded':
      who = b.beneficiary = account(e.beneficiary)
      b.awardedBlock = c.blockNumber
      break
    case 'Claimed':
      who = b.beneficiary = account(e.beneficiary)
      amount = b.payout = e.payout
      b.claimedBlock = c.blockNumber
      break
    case 'Canceled':
      b.cancelledBlock = c.blockNumber
      break
  }
  b.status = CHILD_STATUS[e.kind]
  b.updatedBlock = c.blockNumber
  return new ChildBountyEvent({ id: ctxId(c), chain: c.chain, blockNumber: c.blockNumber, timestamp: c.timestamp, eventIndex: c.eventIndex, extrinsicHash: c.extrinsicHash ?? null, childBounty: b, kind: ChildBountyEventKind[e.kind], who, amount })
}
