/**
 * Treasury pallet mapping, shared by every chain that has the pallet (the relay until the 2025 migration, Asset
 * Hub after it). Input: decoded events in block order; output: entity changes. The module (index.ts) loads the
 * spends the events touch (spendIdsOf) in the batch's load phase and writes what this returns.
 */
import { Spend, SpendEvent, SpendEventKind, SpendKind, SpendPeriod, SpendStatus, TreasuryFlow, TreasuryFlowDirection, TreasuryFlowKind, Asset } from '../../model'
import type { StoredSpend, TreasuryEvent } from './decoders'
import { ctxId, type EventCtx } from '../../mappings/facts'
import { assetOf } from '../module'
import { assetFromLocatable, beneficiaryFromLocation, encodeAccount, toJson, type AssetInfo } from '../../mappings/locations'
import { FLOW_KINDS } from './flowKinds'
import { subTreasuryOfBeneficiary, type SubTreasuryName } from './subTreasuries'

/** A failed Treasury.payout extrinsic (Asset Hub), read from the call and its success flag. */
export type PayoutFailedEvent = { kind: 'PayoutFailed'; index: number }

export interface TreasuryItem {
  ctx: EventCtx
  event: TreasuryEvent | PayoutFailedEvent
  /** set by the fee mapping: this Deposit was the treasury's share of a transaction fee */
  isFeeShare?: boolean
  /** a second report of money another item already counts */
  duplicate?: boolean
  /** made from a Balances.Deposit to the treasury account, not from a Treasury event */
  fromBalances?: boolean
  /** a sub-treasury's event (Collectives: FellowshipTreasury, AmbassadorTreasury); absent: the main treasury's */
  treasury?: SubTreasuryName
}

export interface TreasuryEnv {
  chain: string
  /** Asset Hub: LocalPay pays in the payout extrinsic, so Paid is the outflow; no check_status confirmation needed */
  localPay?: boolean
  ss58Prefix: number
  native: AssetInfo
  /** Asset entities by id, shared with other mappers of the batch; new ones are added here */
  assets: Map<string, Asset>
  /** the sub-treasury whose events these are (Collectives); absent: the main treasury */
  treasury?: SubTreasuryName
}

export interface TreasuryChanges {
  spends: Map<string, Spend>
  spendEvents: SpendEvent[]
  flows: TreasuryFlow[]
  periods: SpendPeriod[]
  /** events that referred to a spend approved before the indexed range */
  unknownSpendRefs: string[]
}

/** A sub-treasury's spends count from 0 like the main treasury's: its name keeps their ids apart. */
const spendPrefix = (chain: string, treasury?: SubTreasuryName) => (treasury ? `${chain}-${treasury}` : chain)

export function localSpendId(chain: string, index: number, treasury?: SubTreasuryName): string {
  return `${spendPrefix(chain, treasury)}-local-${index}`
}

export function assetSpendId(chain: string, index: number, treasury?: SubTreasuryName): string {
  return `${spendPrefix(chain, treasury)}-asset-${index}`
}

/** Ids of the spends the events refer to. */
export function spendIdsOf(chain: string, items: TreasuryItem[]): string[] {
  const ids = new Set<string>()
  for (const { event: e, treasury } of items) {
    switch (e.kind) {
      case 'Proposed':
      case 'Rejected':
      case 'SpendApproved':
      case 'Awarded':
        ids.add(localSpendId(chain, e.index, treasury))
        break
      case 'AssetSpendApproved':
      case 'AssetSpendVoided':
      case 'Paid':
      case 'PaymentFailed':
      case 'SpendProcessed':
      case 'PayoutFailed':
        ids.add(assetSpendId(chain, e.index, treasury))
        break
    }
  }
  return [...ids]
}

export function assetEntity(env: TreasuryEnv, info: AssetInfo): Asset {
  return assetOf(env.assets, info)
}

/** What one run of applyTreasuryEvents carries from event to event. */
interface ApplyState {
  env: TreasuryEnv
  loaded: Map<string, Spend>
  out: TreasuryChanges
  native: Asset
  /** A spend period's events all come from one block's on_initialize, after Spending. */
  period?: SpendPeriod
}

type ItemEvent = TreasuryItem['event']
type EventOf<K extends ItemEvent['kind']> = Extract<ItemEvent, { kind: K }>
type Handler<K extends ItemEvent['kind']> = (st: ApplyState, e: EventOf<K>, item: TreasuryItem) => void

export function applyTreasuryEvents(env: TreasuryEnv, items: TreasuryItem[], loaded: Map<string, Spend>): TreasuryChanges {
  const out: TreasuryChanges = { spends: new Map(), spendEvents: [], flows: [], periods: [], unknownSpendRefs: [] }
  const st: ApplyState = { env, loaded, out, native: assetEntity(env, env.native) }
  for (const item of items) {
    if (st.period && st.period.blockNumber !== item.ctx.blockNumber) st.period = undefined
    // the table is keyed by kind, so the handler takes this kind's event
    const handler = HANDLERS[item.event.kind] as Handler<ItemEvent['kind']>
    handler(st, item.event, item)
  }
  return out
}

/** One handler per event kind: a new kind without one fails to compile. */
const HANDLERS: { [K in ItemEvent['kind']]: Handler<K> } = {
  Proposed: onProposed,
  SpendApproved: onSpendApproved,
  Rejected: onRejected,
  Awarded: onAwarded,
  AssetSpendApproved: onAssetSpendApproved,
  AssetSpendVoided: onAssetSpendVoided,
  Paid: onPaid,
  PayoutFailed: onPayoutFailed,
  PaymentFailed: onPaymentFailed,
  SpendProcessed: onSpendProcessed,
  Spending: onSpending,
  Burnt: onBurnt,
  Rollover: (st, e) => {
    if (st.period) st.period.rollover = e.rolloverBalance
  },
  Deposit: (st, e, { ctx, isFeeShare }) => {
    flow(st, ctx, TreasuryFlowDirection.In, isFeeShare ? TreasuryFlowKind.Fees : TreasuryFlowKind.Deposit, st.native, e.value)
  },
  UpdatedInactive: () => {},
}

function onProposed(st: ApplyState, e: EventOf<'Proposed'>, { ctx }: TreasuryItem): void {
  // Legacy proposals carry only their index; the amount arrives with Awarded or never.
  const id = localSpendId(st.env.chain, e.index, st.env.treasury)
  const s = getSpend(st, id) ?? newSpend(id, st.env.chain, SpendKind.Local, e.index, st.native, 0n, '', st.env.treasury)
  s.status = SpendStatus.Proposed
  st.out.spends.set(id, s)
  lifecycle(st, s, ctx, SpendEventKind.Proposed)
}

function onSpendApproved(st: ApplyState, e: EventOf<'SpendApproved'>, { ctx }: TreasuryItem): void {
  const id = localSpendId(st.env.chain, e.index, st.env.treasury)
  const s = getSpend(st, id) ?? newSpend(id, st.env.chain, SpendKind.Local, e.index, st.native, e.amount, '', st.env.treasury)
  s.beneficiary = encodeAccount(e.beneficiary, st.env.ss58Prefix)
  s.fundsSubTreasury = subTreasuryOfBeneficiary(e.beneficiary)?.name ?? null
  approve(st, s, ctx, e.amount)
}

function onRejected(st: ApplyState, e: EventOf<'Rejected'>, { ctx }: TreasuryItem): void {
  const s = existingSpend(st, localSpendId(st.env.chain, e.index, st.env.treasury), ctx)
  if (!s) return
  close(s, ctx, SpendStatus.Rejected)
  lifecycle(st, s, ctx, SpendEventKind.Rejected, e.slashed)
}

function onAwarded(st: ApplyState, e: EventOf<'Awarded'>, { ctx }: TreasuryItem): void {
  const { chain, ss58Prefix } = st.env
  const id = localSpendId(chain, e.index, st.env.treasury)
  let s = getSpend(st, id)
  if (!s) {
    // approved before the indexed range: Awarded tells amount and beneficiary anyway
    s = newSpend(id, chain, SpendKind.Local, e.index, st.native, e.award, encodeAccount(e.account, ss58Prefix), st.env.treasury)
    st.out.spends.set(id, s)
  }
  markPaid(s, ctx)
  close(s, ctx, SpendStatus.Completed)
  lifecycle(st, s, ctx, SpendEventKind.Awarded, e.award)
  flow(st, ctx, TreasuryFlowDirection.Out, TreasuryFlowKind.Awarded, st.native, e.award, s)
  if (st.period) {
    st.period.awarded += e.award
    st.period.awardedCount += 1
  }
}

function onAssetSpendApproved(st: ApplyState, e: EventOf<'AssetSpendApproved'>, { ctx }: TreasuryItem): void {
  const { env } = st
  const id = assetSpendId(env.chain, e.index, env.treasury)
  const asset = assetEntity(env, assetFromLocatable(e.assetKind, env.native, env.chain))
  const s = getSpend(st, id) ?? newSpend(id, env.chain, SpendKind.Asset, e.index, asset, e.amount, '', st.env.treasury)
  s.asset = asset
  s.beneficiary = beneficiaryFromLocation(e.beneficiary, env.ss58Prefix)
  s.assetKindJson = toJson(e.assetKind)
  s.beneficiaryJson = toJson(e.beneficiary)
  s.fundsSubTreasury = subTreasuryOfBeneficiary(e.beneficiary)?.name ?? null
  s.validFrom = e.validFrom
  s.expireAt = e.expireAt
  approve(st, s, ctx, e.amount)
}

function onAssetSpendVoided(st: ApplyState, e: EventOf<'AssetSpendVoided'>, { ctx }: TreasuryItem): void {
  const s = existingSpend(st, assetSpendId(st.env.chain, e.index, st.env.treasury), ctx)
  if (!s) return
  close(s, ctx, SpendStatus.Voided)
  lifecycle(st, s, ctx, SpendEventKind.Voided)
}

function onPaid(st: ApplyState, e: EventOf<'Paid'>, { ctx }: TreasuryItem): void {
  const s = existingSpend(st, assetSpendId(st.env.chain, e.index, st.env.treasury), ctx)
  if (!s) return
  s.status = SpendStatus.Paid
  // Asset Hub's LocalPay gives every payment the id u64::MAX: it names no payment there.
  s.paymentId = e.paymentId
  markPaid(s, ctx)
  lifecycle(st, s, ctx, SpendEventKind.Paid, s.amount)
  // Over XCM (relay) the money counts as out when check_status confirms the payment (SpendProcessed): the
  // payout can still fail. LocalPay (Asset Hub) transferred it in this extrinsic.
  if (st.env.localPay) flow(st, ctx, TreasuryFlowDirection.Out, TreasuryFlowKind.SpendPaid, s.asset, s.amount, s)
}

function onPayoutFailed(st: ApplyState, e: EventOf<'PayoutFailed'>, { ctx }: TreasuryItem): void {
  const s = existingSpend(st, assetSpendId(st.env.chain, e.index, st.env.treasury), ctx)
  if (!s) return
  // the spend stays payable until it expires
  s.status = SpendStatus.PayoutFailed
  lifecycle(st, s, ctx, SpendEventKind.PayoutFailed)
}

function onPaymentFailed(st: ApplyState, e: EventOf<'PaymentFailed'>, { ctx }: TreasuryItem): void {
  const s = existingSpend(st, assetSpendId(st.env.chain, e.index, st.env.treasury), ctx)
  if (!s) return
  // The payout was attempted and failed; it can be retried, so this is not a closed state.
  s.status = SpendStatus.Failed
  s.paymentId = e.paymentId
  lifecycle(st, s, ctx, SpendEventKind.PaymentFailed)
}

function onSpendProcessed(st: ApplyState, e: EventOf<'SpendProcessed'>, { ctx }: TreasuryItem): void {
  const s = existingSpend(st, assetSpendId(st.env.chain, e.index, st.env.treasury), ctx)
  if (!s) return
  // check_status removes a spend when its payment succeeded, or when it expired unpaid.
  const paid = s.status === SpendStatus.Paid
  close(s, ctx, paid ? SpendStatus.Completed : SpendStatus.Expired)
  lifecycle(st, s, ctx, SpendEventKind.Processed)
  if (paid && !st.env.localPay) flow(st, ctx, TreasuryFlowDirection.Out, TreasuryFlowKind.SpendPaid, s.asset, s.amount, s)
}

function onSpending(st: ApplyState, e: EventOf<'Spending'>, { ctx }: TreasuryItem): void {
  st.period = new SpendPeriod({
    id: ctxId(ctx),
    chain: st.env.chain,
    blockNumber: ctx.blockNumber,
    timestamp: ctx.timestamp,
    eventIndex: ctx.eventIndex,
    budgetRemaining: e.budgetRemaining,
    awarded: 0n,
    awardedCount: 0,
    burnt: 0n,
    rollover: null,
  })
  st.out.periods.push(st.period)
}

function onBurnt(st: ApplyState, e: EventOf<'Burnt'>, { ctx }: TreasuryItem): void {
  if (st.period) st.period.burnt += e.burntFunds
  flow(st, ctx, TreasuryFlowDirection.Out, TreasuryFlowKind.Burnt, st.native, e.burntFunds)
}

/** A spend this run changed or loaded; a loaded one joins the changes. */
function getSpend(st: ApplyState, id: string): Spend | undefined {
  const s = st.out.spends.get(id) ?? st.loaded.get(id)
  if (s) st.out.spends.set(id, s)
  return s
}

/** the spend an event refers to; one approved before the indexed range is reported and skipped */
function existingSpend(st: ApplyState, id: string, ctx: EventCtx): Spend | undefined {
  const s = getSpend(st, id)
  if (!s) st.out.unknownSpendRefs.push(`${id} at ${ctxId(ctx)}`)
  return s
}

function lifecycle(st: ApplyState, spend: Spend, ctx: EventCtx, kind: SpendEventKind, amount?: bigint): void {
  st.out.spendEvents.push(
    new SpendEvent({
      id: ctxId(ctx),
      spend,
      kind,
      chain: st.env.chain,
      blockNumber: ctx.blockNumber,
      timestamp: ctx.timestamp,
      eventIndex: ctx.eventIndex,
      extrinsicHash: ctx.extrinsicHash,
      amount,
    }),
  )
}

function flow(st: ApplyState, ctx: EventCtx, direction: TreasuryFlowDirection, kind: TreasuryFlowKind, asset: Asset, amount: bigint, spend?: Spend): void {
  st.out.flows.push(
    new TreasuryFlow({
      id: ctxId(ctx),
      chain: st.env.chain,
      blockNumber: ctx.blockNumber,
      timestamp: ctx.timestamp,
      eventIndex: ctx.eventIndex,
      extrinsicHash: ctx.extrinsicHash,
      direction,
      kind,
      asset,
      amount,
      spend,
      treasury: st.env.treasury ?? 'main',
    }),
  )
}

function close(spend: Spend, ctx: EventCtx, status: SpendStatus): void {
  spend.status = status
  spend.closedBlock = ctx.blockNumber
  spend.closedAt = ctx.timestamp
  spend.closedEventId = ctxId(ctx)
}

function approve(st: ApplyState, s: Spend, ctx: EventCtx, amount: bigint): void {
  s.amount = amount
  s.status = SpendStatus.Approved
  s.approvedBlock = ctx.blockNumber
  s.approvedAt = ctx.timestamp
  s.approvedEventId = ctxId(ctx)
  st.out.spends.set(s.id, s)
  lifecycle(st, s, ctx, SpendEventKind.Approved, amount)
}

function markPaid(s: Spend, ctx: EventCtx): void {
  s.paidBlock = ctx.blockNumber
  s.paidAt = ctx.timestamp
  s.paidEventId = ctxId(ctx)
}

/** A native-token flow another pallet's event shows (transfers in, bounty funding and returns, migration moves). */
/** A flow in the native token, or in `asset` (an Asset Hub asset the treasury holds). */
export function nativeFlow(env: TreasuryEnv, ctx: EventCtx, kind: TreasuryFlowKind, amount: bigint, asset: AssetInfo = env.native): TreasuryFlow {
  return new TreasuryFlow({
    id: ctxId(ctx),
    chain: env.chain,
    blockNumber: ctx.blockNumber,
    timestamp: ctx.timestamp,
    eventIndex: ctx.eventIndex,
    extrinsicHash: ctx.extrinsicHash,
    direction: FLOW_DIRECTION[kind],
    kind,
    asset: assetEntity(env, asset),
    amount,
    treasury: env.treasury ?? 'main',
  })
}

const FLOW_DIRECTION = Object.fromEntries(FLOW_KINDS.map((k) => [k.kind, k.direction])) as Record<TreasuryFlowKind, TreasuryFlowDirection>

/** Spends read from storage Treasury.Spends: approved before the indexed range, or moved there by the migration. */
export function storedSpends(env: TreasuryEnv, stored: StoredSpend[], at: { block: number }, loaded: Map<string, Spend>, continues?: (s: StoredSpend) => string | undefined): Spend[] {
  const out: Spend[] = []
  for (const st of stored) {
    const id = assetSpendId(env.chain, st.index)
    if (loaded.has(id)) continue
    const asset = assetEntity(env, assetFromLocatable(st.assetKind, env.native, env.chain))
    const s = newSpend(id, env.chain, SpendKind.Asset, st.index, asset, st.amount, beneficiaryFromLocation(st.beneficiary, env.ss58Prefix))
    s.assetKindJson = toJson(st.assetKind)
    s.beneficiaryJson = toJson(st.beneficiary)
    s.fundsSubTreasury = subTreasuryOfBeneficiary(st.beneficiary)?.name ?? null
    s.validFrom = st.validFrom
    s.expireAt = st.expireAt
    s.fromStorageBlock = at.block
    s.status = st.status === 'Attempted' ? SpendStatus.Paid : st.status === 'Failed' ? SpendStatus.Failed : SpendStatus.Approved
    s.continues = continues?.(st) ?? null
    out.push(s)
  }
  return out
}

function newSpend(id: string, chain: string, kind: SpendKind, index: number, asset: Asset, amount: bigint, beneficiary: string, treasury: string = 'main'): Spend {
  return new Spend({ id, chain, kind, index, asset, amount, beneficiary, status: SpendStatus.Approved, treasury })
}
