/**
 * Bounties: the classic Bounties pallet's bounties and their ChildBounties, on the chains that run them (the relay
 * until the Asset Hub migration, Asset Hub after it), and MultiAssetBounties' bounties and child bounties (Asset Hub
 * from 2003001). Each event moves its bounty to the status the pallet gives it then and leaves one event row; the
 * ends the pallet does not keep (claimed, rejected, cancelled: it removes the bounty) are kept here as statuses.
 * What no event carries (a bounty's value, asset and curator fee) is read from the pallet's storage at the block of
 * the event that set it, while the pallet still holds the bounty.
 */
import { Bounty, BountyEvent, BountyEventKind, BountyPallet, BountyStatus, ChildBounty, ChildBountyEvent, ChildBountyEventKind, ChildBountyStatus, TreasuryFlowKind, type Asset } from '../../model'
import { namesOf } from '../../decoders/decode'
import { ctxId, type EventCtx } from '../../mappings/facts'
import { assetFromLocatable, beneficiaryFromLocation, encodeAccount } from '../../mappings/locations'
import { assetOf, decodersOn, defineModule, eventCtx, type BlockHeader, type StorageReads } from '../module'
import type { Block } from '../../block'
import type { MoneyFlow } from '../treasury'
import { BALANCES } from '../balances'
import { bountyAccount, bountyIndexOfAccount, treasuryModule } from '../treasury'
import { BOUNTIES_DECODERS, type BountiesDecoders, type BountyChange, type ChildBountyChange, type MultiAssetChange, type StoredBounty, type StoredMultiAssetBounty } from './decoders'

export type { BountyChange, ChildBountyChange, MultiAssetChange }

/** A storage read of one bounty (or child bounty) at the block of one of its events. */
interface StoredRead {
  key: string
  block: BlockHeader
  pallet: BountyPallet
  index: number
  child?: number
}

export interface BountiesRecords {
  bounties: { ctx: EventCtx; event: BountyChange }[]
  children: { ctx: EventCtx; event: ChildBountyChange }[]
  multi: { ctx: EventCtx; event: MultiAssetChange }[]
  stored: StoredRead[]
  /** the last block of the batch with an event of each classic bounty: its account's balance is read there */
  lastSeen: Map<number, BlockHeader>
  /** the treasury module's flows into a bounty (BountyFunded) and back (BountyReturned), each with its bounty */
  treasury: { ctx: EventCtx; kind: 'Funded' | 'Returned'; pallet: BountyPallet; index: number; amount: bigint }[]
}

type BountiesReads = Record<string, StoredBounty | StoredMultiAssetBounty | bigint | undefined>

const PREFIX: Record<BountyPallet, string> = { [BountyPallet.Bounties]: '', [BountyPallet.MultiAssetBounties]: 'multi-' }
export const bountyId = (chain: string, index: number, pallet = BountyPallet.Bounties) => `${chain}-${PREFIX[pallet]}${index}`
export const childBountyId = (chain: string, parent: number, child: number, pallet = BountyPallet.Bounties) => `${chain}-${PREFIX[pallet]}${parent}-${child}`
const storedKey = (pallet: BountyPallet, block: number, index: number, child?: number) => `${pallet}:${index}:${child ?? ''}@${block}`
const balanceKey = (index: number) => `balance:${index}`

/** The classic events whose block's storage holds what they set: the value when proposed or added, the fee when awarded. */
const READ_BOUNTY_AT: ReadonlySet<BountyChange['kind']> = new Set(['Proposed', 'Awarded'])
const READ_CHILD_AT: ReadonlySet<ChildBountyChange['kind']> = new Set(['Added', 'Awarded'])

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

function newBounty(chain: string, pallet: BountyPallet, index: number, block: number): Bounty {
  return new Bounty({
    id: bountyId(chain, index, pallet),
    chain,
    pallet,
    index,
    asset: null,
    value: null,
    curatorFee: null,
    accountBalance: null,
    accountBalanceBlock: null,
    fundedByTreasury: null,
    fundingFlow: null,
    returnedToTreasury: null,
    returnFlow: null,
    status: pallet === BountyPallet.Bounties ? BountyStatus.Proposed : BountyStatus.Funding,
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

export const bountiesModule = defineModule<BountiesRecords, BountiesReads, unknown, BountiesDecoders>({
  name: 'bounties',
  // 2: MultiAssetBounties; values, assets and curator fees read from storage
  version: 2,
  // parents first: written in this order (a child bounty points at its bounty), deleted in reverse
  entities: [Bounty, BountyEvent, ChildBounty, ChildBountyEvent],
  decoders: BOUNTIES_DECODERS,
  // the money into and out of a bounty is the treasury's (its flows): read here, not counted again
  after: [treasuryModule],
  empty: () => ({ bounties: [], children: [], multi: [], stored: [], lastSeen: new Map(), treasury: [] }),

  requests: (_env, d) => ({ events: [{ names: namesOf(d.bounty, d.childBounty, ...(d.multiAsset ? [d.multiAsset] : [])), extrinsic: true }] }),

  decode(env, blocks, recordsOf, d) {
    const chain = env.cfg.chain
    const out: BountiesRecords = { bounties: [], children: [], multi: [], stored: [], lastSeen: new Map(), treasury: [] }
    const readAt = (block: BlockHeader, pallet: BountyPallet, index: number, child?: number) => out.stored.push({ key: storedKey(pallet, block.height, index, child), block, pallet, index, child })
    for (const block of blocks) {
      for (const e of block.events) {
        const change = d.bounty(chain, e)
        if (change) {
          out.bounties.push({ ctx: eventCtx(chain, block, e), event: change })
          out.lastSeen.set(change.index, block.header)
          if (READ_BOUNTY_AT.has(change.kind)) readAt(block.header, BountyPallet.Bounties, change.index)
          continue
        }
        const child = d.childBounty(chain, e)
        if (child) {
          out.children.push({ ctx: eventCtx(chain, block, e), event: child })
          out.lastSeen.set(child.index, block.header)
          if (READ_CHILD_AT.has(child.kind)) readAt(block.header, BountyPallet.Bounties, child.index, child.child)
          continue
        }
        const multi = d.multiAsset?.(chain, e)
        if (multi) {
          out.multi.push({ ctx: eventCtx(chain, block, e), event: multi })
          if (multi.kind === 'Created') readAt(block.header, BountyPallet.MultiAssetBounties, multi.index, multi.child)
        }
      }
    }
    out.treasury = treasuryFlowsOf(env.cfg.chain, blocks, recordsOf(treasuryModule).moneyFlows, out.multi)
    return out
  },

  load(env, { bounties, children, multi }) {
    const chain = env.cfg.chain
    // a child bounty's row points at its parent: the parent is loaded too
    const parents = new Set([
      ...[...bounties, ...children].map((b) => bountyId(chain, b.event.index)),
      ...multi.map((m) => bountyId(chain, m.event.index, BountyPallet.MultiAssetBounties)),
    ])
    const kids = new Set([
      ...children.map((c) => childBountyId(chain, c.event.index, c.event.child)),
      ...multi.flatMap((m) => (m.event.child === undefined ? [] : [childBountyId(chain, m.event.index, m.event.child, BountyPallet.MultiAssetBounties)])),
    ])
    return [
      { entity: Bounty, ids: parents, relations: { asset: true } },
      { entity: ChildBounty, ids: kids },
    ]
  },

  reads(env, { stored, lastSeen }) {
    const d = decodersOn(bountiesModule, env)
    const out: StorageReads<BountiesReads> = {}
    if (!d) return out
    const chain = env.cfg.chain
    for (const r of stored) {
      const name = r.pallet === BountyPallet.Bounties ? (r.child === undefined ? `Bounties.Bounties(${r.index})` : `ChildBounties.ChildBounties(${r.index}, ${r.child})`) : r.child === undefined ? `MultiAssetBounties.Bounties(${r.index})` : `MultiAssetBounties.ChildBounties(${r.index}, ${r.child})`
      out[r.key] = {
        block: r.block,
        what: `${name} (its value, asset and curator fee)`,
        read: (b) => (r.pallet === BountyPallet.Bounties ? d.stored(chain, b, r.index, r.child) : d.storedMultiAsset!(chain, b, r.index, r.child)),
      }
    }
    // what the bounty holds now: funded by the treasury, less what its child bounties took, until its claim empties it
    const free = env.accountFree ?? BALANCES[env.cfg.decoders].accountFree
    for (const [index, block] of lastSeen) {
      out[balanceKey(index)] = { block, what: `System.Account of bounty ${index}'s account`, read: (b) => free(b, bountyAccount(index)) }
    }
    return out
  },

  apply(env, records, ctx) {
    const chain = env.cfg.chain
    const account = (a: string) => encodeAccount(a, env.ss58Prefix)
    const native = assetOf(ctx.assets, env.native)
    const bounties = new Map<string, Bounty>()
    const bounty = (pallet: BountyPallet, index: number, block: number): Bounty => {
      const id = bountyId(chain, index, pallet)
      const b = bounties.get(id) ?? ctx.loaded(Bounty, id) ?? newBounty(chain, pallet, index, block)
      if (pallet === BountyPallet.Bounties) b.asset = native
      bounties.set(id, b)
      return b
    }
    const children = new Map<string, ChildBounty>()
    const child = (pallet: BountyPallet, index: number, childIndex: number, block: number): ChildBounty => {
      const parent = bounty(pallet, index, block)
      const id = childBountyId(chain, index, childIndex, pallet)
      const c =
        children.get(id) ??
        ctx.loaded(ChildBounty, id) ??
        new ChildBounty({ id, chain, pallet, parent, parentIndex: index, index: childIndex, status: pallet === BountyPallet.Bounties ? ChildBountyStatus.Added : ChildBountyStatus.Funding, value: null, curatorFee: null, curator: null, beneficiary: null, payout: null, addedBlock: null, awardedBlock: null, claimedBlock: null, cancelledBlock: null, updatedBlock: block })
      c.parent = parent
      children.set(id, c)
      return c
    }
    const stored = <T>(pallet: BountyPallet, c: EventCtx, index: number, childIndex?: number) => ctx.read(storedKey(pallet, c.blockNumber, index, childIndex)) as T | undefined
    const setBalance = (b: Bounty, index: number) => {
      const block = records.lastSeen.get(index)
      const free = ctx.read(balanceKey(index)) as bigint | undefined
      if (!block || (b.accountBalanceBlock ?? -1) >= block.height) return
      b.accountBalance = free ?? 0n
      b.accountBalanceBlock = block.height
    }
    const events: BountyEvent[] = []
    const childEvents: ChildBountyEvent[] = []
    const multiAsset = (assetKind: unknown): Asset => assetOf(ctx.assets, assetFromLocatable(assetKind, env.native, chain))
    const location = (l: unknown) => beneficiaryFromLocation(l, env.ss58Prefix)

    // block and event order across the pallets: a child bounty's first event may create its parent's row
    type Step = { ctx: EventCtx; run: () => void }
    const classic = BountyPallet.Bounties
    const steps: Step[] = [
      ...records.bounties.map(({ ctx: c, event }): Step => ({
        ctx: c,
        run: () => {
          const b = bounty(classic, event.index, c.blockNumber)
          const s = stored<StoredBounty>(classic, c, event.index)
          if (s) b.value = s.value
          if (s && event.kind === 'Awarded') b.curatorFee = s.fee
          events.push(applyBounty(b, c, event, account))
          setBalance(b, event.index)
        },
      })),
      ...records.children.map(({ ctx: c, event }): Step => ({
        ctx: c,
        run: () => {
          const k = child(classic, event.index, event.child, c.blockNumber)
          const s = stored<StoredBounty>(classic, c, event.index, event.child)
          if (s) k.value = s.value
          if (s && event.kind === 'Awarded') k.curatorFee = s.fee
          childEvents.push(applyChild(k, c, event, account))
          setBalance(k.parent, event.index)
        },
      })),
      ...records.multi.map(({ ctx: c, event }): Step => ({
        ctx: c,
        run: () => {
          const pallet = BountyPallet.MultiAssetBounties
          const s = event.kind === 'Created' ? stored<StoredMultiAssetBounty>(pallet, c, event.index, event.child) : undefined
          if (event.child === undefined) {
            const b = bounty(pallet, event.index, c.blockNumber)
            if (s) {
              b.value = s.value
              b.asset = multiAsset(s.assetKind)
            }
            if (event.kind === 'PayoutProcessed') b.asset ??= multiAsset(event.assetKind)
            events.push(applyMultiAsset(b, c, event, account, location))
          } else {
            const k = child(pallet, event.index, event.child, c.blockNumber)
            if (s) k.value = s.value
            childEvents.push(applyMultiAssetChild(k, c, event, account, location))
          }
        },
      })),
    ]
    steps.sort((a, b) => a.ctx.blockNumber - b.ctx.blockNumber || a.ctx.eventIndex - b.ctx.eventIndex).forEach((s) => s.run())

    for (const f of records.treasury) {
      const b = bounty(f.pallet, f.index, f.ctx.blockNumber)
      if (f.kind === 'Funded') {
        b.fundedByTreasury = (b.fundedByTreasury ?? 0n) + f.amount
        b.fundingFlow = ctxId(f.ctx)
      } else {
        b.returnedToTreasury = (b.returnedToTreasury ?? 0n) + f.amount
        b.returnFlow = ctxId(f.ctx)
      }
    }

    ctx.write(Bounty, bounties.values())
    ctx.write(BountyEvent, events)
    ctx.write(ChildBounty, children.values())
    ctx.write(ChildBountyEvent, childEvents)
  },
})

/**
 * The bounty of each treasury flow into or out of a bounty. A classic bounty's flow moves its own account (the
 * deposit into it, the transfer out of it); a multi-asset bounty's is the Paymaster transfer in the extrinsic of its
 * Paid (funding) or RefundProcessed (return) event.
 */
function treasuryFlowsOf(chain: string, blocks: Block[], flows: MoneyFlow[], multi: BountiesRecords['multi']): BountiesRecords['treasury'] {
  const out: BountiesRecords['treasury'] = []
  const byHeight = new Map(blocks.map((b) => [b.header.height, b]))
  for (const f of flows) {
    const kind = f.kind === TreasuryFlowKind.BountyFunded ? 'Funded' : f.kind === TreasuryFlowKind.BountyReturned ? 'Returned' : undefined
    if (!kind) continue
    const e = byHeight.get(f.ctx.blockNumber)?.events.find((x) => x.index === f.ctx.eventIndex)
    const args = e?.args as { who?: string; from?: string; to?: string } | undefined
    const account = kind === 'Funded' ? (args?.who ?? args?.to) : args?.from
    const classic = account ? bountyIndexOfAccount(account) : undefined
    if (classic !== undefined) {
      out.push({ ctx: f.ctx, kind, pallet: BountyPallet.Bounties, index: classic, amount: f.amount })
      continue
    }
    const step = kind === 'Funded' ? 'Paid' : 'RefundProcessed'
    const m = multi.find((x) => x.ctx.blockNumber === f.ctx.blockNumber && x.ctx.extrinsicIndex === f.ctx.extrinsicIndex && x.event.kind === step && x.event.child === undefined)
    if (m) out.push({ ctx: f.ctx, kind, pallet: BountyPallet.MultiAssetBounties, index: m.event.index, amount: f.amount })
  }
  return out
}

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
  return bountyEvent(b, c, BountyEventKind[e.kind], who, amount)
}

const eventFacts = (c: EventCtx) => ({ id: ctxId(c), chain: c.chain, blockNumber: c.blockNumber, timestamp: c.timestamp, eventIndex: c.eventIndex, extrinsicHash: c.extrinsicHash ?? null })
const bountyEvent = (b: Bounty, c: EventCtx, kind: BountyEventKind, who: string | null, amount: bigint | null, paymentId: bigint | null = null) =>
  new BountyEvent({ ...eventFacts(c), bounty: b, kind, who, amount, paymentId })
const childBountyEvent = (b: ChildBounty, c: EventCtx, kind: ChildBountyEventKind, who: string | null, amount: bigint | null, paymentId: bigint | null = null) =>
  new ChildBountyEvent({ ...eventFacts(c), childBounty: b, kind, who, amount, paymentId })

/** The status each MultiAssetBounties event leaves a bounty in; RefundProcessed, Paid and PaymentFailed change none. */
const MULTI_STATUS: Partial<Record<MultiAssetChange['kind'], BountyStatus>> = {
  Created: BountyStatus.Funding,
  FundingProcessed: BountyStatus.Funded,
  CuratorProposed: BountyStatus.CuratorProposed,
  BecameActive: BountyStatus.Active,
  CuratorUnassigned: BountyStatus.Funded,
  Awarded: BountyStatus.PendingPayout,
  PayoutProcessed: BountyStatus.Claimed,
  Canceled: BountyStatus.Cancelled,
}
const MULTI_CHILD_STATUS: Partial<Record<MultiAssetChange['kind'], ChildBountyStatus>> = {
  Created: ChildBountyStatus.Funding,
  FundingProcessed: ChildBountyStatus.Added,
  CuratorUnassigned: ChildBountyStatus.Added,
  BecameActive: ChildBountyStatus.Active,
  Awarded: ChildBountyStatus.Awarded,
  PayoutProcessed: ChildBountyStatus.Claimed,
  Canceled: ChildBountyStatus.Cancelled,
}
/** The event kind a MultiAssetBounties event is recorded as: BecameActive is the curator's acceptance. */
const MULTI_KIND: Record<MultiAssetChange['kind'], keyof typeof BountyEventKind & keyof typeof ChildBountyEventKind> = {
  Created: 'Created',
  FundingProcessed: 'FundingProcessed',
  CuratorProposed: 'CuratorProposed',
  BecameActive: 'CuratorAccepted',
  CuratorUnassigned: 'CuratorUnassigned',
  Awarded: 'Awarded',
  PayoutProcessed: 'PayoutProcessed',
  Canceled: 'Canceled',
  RefundProcessed: 'RefundProcessed',
  Paid: 'Paid',
  PaymentFailed: 'PaymentFailed',
}

/** What a MultiAssetBounties event sets on its bounty or child bounty (both have these fields). */
function applyMultiAssetFields(b: Bounty | ChildBounty, c: EventCtx, e: MultiAssetChange, account: (a: string) => string, location: (l: unknown) => string) {
  let who: string | null = null
  let amount: bigint | null = null
  let paymentId: bigint | null = null
  switch (e.kind) {
    case 'Created':
      amount = b.value ?? null
      break
    case 'CuratorProposed':
    case 'BecameActive':
      who = b.curator = account(e.curator)
      break
    case 'CuratorUnassigned':
      b.curator = null
      break
    case 'Awarded':
      who = b.beneficiary = location(e.beneficiary)
      b.awardedBlock = c.blockNumber
      break
    case 'PayoutProcessed':
      who = b.beneficiary = location(e.beneficiary)
      amount = b.payout = e.value
      b.claimedBlock = c.blockNumber
      break
    case 'Canceled':
      b.cancelledBlock = c.blockNumber
      break
    case 'Paid':
    case 'PaymentFailed':
      paymentId = e.paymentId
      break
  }
  b.updatedBlock = c.blockNumber
  return { who, amount, paymentId }
}

function applyMultiAsset(b: Bounty, c: EventCtx, e: MultiAssetChange, account: (a: string) => string, location: (l: unknown) => string): BountyEvent {
  const f = applyMultiAssetFields(b, c, e, account, location)
  if (e.kind === 'Created') b.approvedBlock = c.blockNumber
  if (e.kind === 'FundingProcessed') b.activeBlock = c.blockNumber
  b.status = MULTI_STATUS[e.kind] ?? b.status
  return bountyEvent(b, c, BountyEventKind[MULTI_KIND[e.kind]], f.who, f.amount, f.paymentId)
}

function applyMultiAssetChild(b: ChildBounty, c: EventCtx, e: MultiAssetChange, account: (a: string) => string, location: (l: unknown) => string): ChildBountyEvent {
  const f = applyMultiAssetFields(b, c, e, account, location)
  if (e.kind === 'Created') b.addedBlock = c.blockNumber
  b.status = MULTI_CHILD_STATUS[e.kind] ?? b.status
  return childBountyEvent(b, c, ChildBountyEventKind[MULTI_KIND[e.kind]], f.who, f.amount, f.paymentId)
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
  return childBountyEvent(b, c, ChildBountyEventKind[e.kind], who, amount)
}
