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
import { FLOW_KINDS } from '../../mappings/flowKinds'

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
}

export interface TreasuryEnv {
  chain: string
  /** Asset Hub: LocalPay pays in the payout extrinsic, so Paid is the outflow; no check_status confirmation needed */
  localPay?: boolean
  ss58Prefix: number
  native: AssetInfo
  /** Asset entities by id, shared with other mappers of the batch; new ones are added here */
  assets: Map<string, Asset>
}

export interface TreasuryChanges {
  spends: Map<string, Spend>
  spendEvents: SpendEvent[]
  flows: TreasuryFlow[]
  periods: SpendPeriod[]
  /** events that referred to a spend approved before the indexed range */
  unknownSpendRefs: string[]
}

export function localSpendId(chain: string, index: number): string {
  return `${chain}-local-${index}`
}

export function assetSpendId(chain: string, index: number): string {
  return `${chain}-asset-${index}`
}

/** Ids of the spends the events refer to. */
export function spendIdsOf(chain: string, items: TreasuryItem[]): string[] {
  const ids = new Set<string>()
  for (const { event: e } of items) {
    switch (e.kind) {
      case 'Proposed':
      case 'Rejected':
      case 'SpendApproved':
      case 'Awarded':
        ids.add(localSpendId(chain, e.index))
        break
      case 'AssetSpendApproved':
      case 'AssetSpendVoided':
      case 'Paid':
      case 'PaymentFailed':
      case 'SpendProcessed':
      case 'PayoutFailed':
        ids.add(assetSpendId(chain, e.index))
        break
    }
  }
  return [...ids]
}

export function assetEntity(env: TreasuryEnv, info: AssetInfo): Asset {
  return assetOf(env.assets, info)
}

export function applyTreasuryEvents(env: TreasuryEnv, items: TreasuryItem[], loaded: Map<string, Spend>): TreasuryChanges {
  const { chain } = env
  const spends = new Map<string, Spend>()
  const out: TreasuryChanges = { spends, spendEvents: [], flows: [], periods: [], unknownSpendRefs: [] }
  const native = assetEntity(env, env.native)
  // A spend period's events all come from one block's on_initialize, after Spending.
  let period: SpendPeriod | undefined

  const get = (id: string): Spend | undefined => {
    const s = spends.get(id) ?? loaded.get(id)
    if (s) spends.set(id, s)
    return s
  }
  const lifecycle = (spend: Spend, ctx: EventCtx, kind: SpendEventKind, amount?: bigint) => {
    out.spendEvents.push(
      new SpendEvent({
        id: ctxId(ctx),
        spend,
        kind,
        chain,
        blockNumber: ctx.blockNumber,
        timestamp: ctx.timestamp,
        eventIndex: ctx.eventIndex,
        extrinsicHash: ctx.extrinsicHash,
        amount,
      }),
    )
  }
  const flow = (ctx: EventCtx, direction: TreasuryFlowDirection, kind: TreasuryFlowKind, asset: Asset, amount: bigint, spend?: Spend) => {
    out.flows.push(
      new TreasuryFlow({
        id: ctxId(ctx),
        chain,
        blockNumber: ctx.blockNumber,
        timestamp: ctx.timestamp,
        eventIndex: ctx.eventIndex,
        extrinsicHash: ctx.extrinsicHash,
        direction,
        kind,
        asset,
        amount,
        spend,
      }),
    )
  }
  const close = (spend: Spend, ctx: EventCtx, status: SpendStatus) => {
    spend.status = status
    spend.closedBlock = ctx.blockNumber
    spend.closedAt = ctx.timestamp
    spend.closedEventId = ctxId(ctx)
  }
  /** the spend an event refers to; one approved before the indexed range is reported and skipped */
  const existing = (id: string, ctx: EventCtx): Spend | undefined => {
    const s = get(id)
    if (!s) out.unknownSpendRefs.push(`${id} at ${ctxId(ctx)}`)
    return s
  }
  const approve = (s: Spend, ctx: EventCtx, amount: bigint) => {
    s.amount = amount
    s.status = SpendStatus.Approved
    s.approvedBlock = ctx.blockNumber
    s.approvedAt = ctx.timestamp
    s.approvedEventId = ctxId(ctx)
    spends.set(s.id, s)
    lifecycle(s, ctx, SpendEventKind.Approved, amount)
  }
  const markPaid = (s: Spend, ctx: EventCtx) => {
    s.paidBlock = ctx.blockNumber
    s.paidAt = ctx.timestamp
    s.paidEventId = ctxId(ctx)
  }

  for (const { ctx, event: e, isFeeShare } of items) {
    if (period && period.blockNumber !== ctx.blockNumber) period = undefined
    switch (e.kind) {
      case 'Proposed': {
        // Legacy proposals carry only their index; the amount arrives with Awarded or never.
        const id = localSpendId(chain, e.index)
        const s = get(id) ?? newSpend(id, chain, SpendKind.Local, e.index, native, 0n, '')
        s.status = SpendStatus.Proposed
        spends.set(id, s)
        lifecycle(s, ctx, SpendEventKind.Proposed)
        break
      }
      case 'SpendApproved': {
        const id = localSpendId(chain, e.index)
        const s = get(id) ?? newSpend(id, chain, SpendKind.Local, e.index, native, e.amount, '')
        s.beneficiary = encodeAccount(e.beneficiary, env.ss58Prefix)
        approve(s, ctx, e.amount)
        break
      }
      case 'Rejected': {
        const s = existing(localSpendId(chain, e.index), ctx)
        if (!s) break
        close(s, ctx, SpendStatus.Rejected)
        lifecycle(s, ctx, SpendEventKind.Rejected, e.slashed)
        break
      }
      case 'Awarded': {
        const id = localSpendId(chain, e.index)
        let s = get(id)
        if (!s) {
          // approved before the indexed range: Awarded tells amount and beneficiary anyway
          s = newSpend(id, chain, SpendKind.Local, e.index, native, e.award, encodeAccount(e.account, env.ss58Prefix))
          spends.set(id, s)
        }
        markPaid(s, ctx)
        close(s, ctx, SpendStatus.Completed)
        lifecycle(s, ctx, SpendEventKind.Awarded, e.award)
        flow(ctx, TreasuryFlowDirection.Out, TreasuryFlowKind.Awarded, native, e.award, s)
        if (period) {
          period.awarded += e.award
          period.awardedCount += 1
        }
        break
      }
      case 'AssetSpendApproved': {
        const id = assetSpendId(chain, e.index)
        const asset = assetEntity(env, assetFromLocatable(e.assetKind, env.native, chain))
        const s = get(id) ?? newSpend(id, chain, SpendKind.Asset, e.index, asset, e.amount, '')
        s.asset = asset
        s.beneficiary = beneficiaryFromLocation(e.beneficiary, env.ss58Prefix)
        s.assetKindJson = toJson(e.assetKind)
        s.beneficiaryJson = toJson(e.beneficiary)
        s.validFrom = e.validFrom
        s.expireAt = e.expireAt
        approve(s, ctx, e.amount)
        break
      }
      case 'AssetSpendVoided': {
        const s = existing(assetSpendId(chain, e.index), ctx)
        if (!s) break
        close(s, ctx, SpendStatus.Voided)
        lifecycle(s, ctx, SpendEventKind.Voided)
        break
      }
      case 'Paid': {
        const s = existing(assetSpendId(chain, e.index), ctx)
        if (!s) break
        s.status = SpendStatus.Paid
        // Asset Hub's LocalPay gives every payment the id u64::MAX: it names no payment there.
        s.paymentId = e.paymentId
        markPaid(s, ctx)
        lifecycle(s, ctx, SpendEventKind.Paid, s.amount)
        // Over XCM (relay) the money counts as out when check_status confirms the payment (SpendProcessed): the
        // payout can still fail. LocalPay (Asset Hub) transferred it in this extrinsic.
        if (env.localPay) flow(ctx, TreasuryFlowDirection.Out, TreasuryFlowKind.SpendPaid, s.asset, s.amount, s)
        break
      }
      case 'PayoutFailed': {
        const s = existing(assetSpendId(chain, e.index), ctx)
        if (!s) break
        // the spend stays payable until it expires
        s.status = SpendStatus.PayoutFailed
        lifecycle(s, ctx, SpendEventKind.PayoutFailed)
        break
      }
      case 'PaymentFailed': {
        const s = existing(assetSpendId(chain, e.index), ctx)
        if (!s) break
        // The payout was attempted and failed; it can be retried, so this is not a closed state.
        s.status = SpendStatus.Failed
        s.paymentId = e.paymentId
        lifecycle(s, ctx, SpendEventKind.PaymentFailed)
        break
      }
      case 'SpendProcessed': {
        const s = existing(assetSpendId(chain, e.index), ctx)
        if (!s) break
        // check_status removes a spend when its payment succeeded, or when it expired unpaid.
        const paid = s.status === SpendStatus.Paid
        close(s, ctx, paid ? SpendStatus.Completed : SpendStatus.Expired)
        lifecycle(s, ctx, SpendEventKind.Processed)
        if (paid && !env.localPay) flow(ctx, TreasuryFlowDirection.Out, TreasuryFlowKind.SpendPaid, s.asset, s.amount, s)
        break
      }
      case 'Spending':
        period = new SpendPeriod({
          id: ctxId(ctx),
          chain,
          blockNumber: ctx.blockNumber,
          timestamp: ctx.timestamp,
          eventIndex: ctx.eventIndex,
          budgetRemaining: e.budgetRemaining,
          awarded: 0n,
          awardedCount: 0,
          burnt: 0n,
          rollover: null,
        })
        out.periods.push(period)
        break
      case 'Burnt':
        if (period) period.burnt += e.burntFunds
        flow(ctx, TreasuryFlowDirection.Out, TreasuryFlowKind.Burnt, native, e.burntFunds)
        break
      case 'Rollover':
        if (period) period.rollover = e.rolloverBalance
        break
      case 'Deposit':
        flow(ctx, TreasuryFlowDirection.In, isFeeShare ? TreasuryFlowKind.Fees : TreasuryFlowKind.Deposit, native, e.value)
        break
      case 'UpdatedInactive':
        break
    }
  }
  return out
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
    s.validFrom = st.validFrom
    s.expireAt = st.expireAt
    s.fromStorageBlock = at.block
    s.status = st.status === 'Attempted' ? SpendStatus.Paid : st.status === 'Failed' ? SpendStatus.Failed : SpendStatus.Approved
    s.continues = continues?.(st) ?? null
    out.push(s)
  }
  return out
}

function newSpend(id: string, chain: string, kind: SpendKind, index: number, asset: Asset, amount: bigint, beneficiary: string): Spend {
  return new Spend({ id, chain, kind, index, asset, amount, beneficiary, status: SpendStatus.Approved })
}
