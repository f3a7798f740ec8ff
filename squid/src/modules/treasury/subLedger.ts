/**
 * The sub-treasuries' money on Asset Hub, reconciled like the main treasury's.
 *
 * The Fellowship's and the Ambassadors' treasuries decide on Collectives but hold and pay on Asset Hub, from the
 * accounts of their pallets' locations (subTreasuries.ts). So Asset Hub's treasury module keeps one ledger per
 * sub-treasury and asset (DOT, and each reconciled Assets-pallet asset): every transfer into the account is income
 * (a main-treasury spend's payout, or anyone's transfer), every transfer out is a SubTreasuryPayout (the XCM of a
 * spend decided on Collectives, which counts the outflow once, as its SpendPaid there). Each day's balance of the
 * account is read at the day's last block, and what the transfers do not explain is drift, with the block it appeared
 * in: the same search as the main treasury's days (days.ts).
 */
import { TreasuryFlowKind } from '../../model'
import { BALANCE_SIGN } from './flowKinds'
import type { EventCtx } from '../../mappings/facts'
import { SUB_TREASURIES, subTreasuryAccount, type SubTreasury, type SubTreasuryName } from './subTreasuries'

/** One transfer touching a sub-treasury's Asset Hub account. */
export interface SubTreasuryFlow {
  ctx: EventCtx
  treasury: SubTreasuryName
  kind: TreasuryFlowKind.Transfer | TreasuryFlowKind.SubTreasuryPayout
  amount: bigint
  /** an Assets-pallet asset; the native token when absent */
  assetNumber?: number
}

/** A sub-treasury's ledger of one asset: the key of its storage read and of its balance handed to the next batch. */
export const subLedgerKey = (treasury: SubTreasuryName, assetNumber?: number) => `subDayBalances:${treasury}:${assetNumber ?? 'native'}` as const
export type SubLedgerKey = ReturnType<typeof subLedgerKey>

const ACCOUNTS: readonly [string, SubTreasury][] = SUB_TREASURIES.map((t) => [subTreasuryAccount(t), t])

/** What a transfer is to each sub-treasury it touches (both, for a transfer between them). */
export function subTreasuryTransfer(ctx: EventCtx, t: { from: string; to: string; amount: bigint }, assetNumber?: number): SubTreasuryFlow[] {
  const out: SubTreasuryFlow[] = []
  for (const [account, s] of ACCOUNTS) {
    if (t.to === account && t.from !== account) out.push({ ctx, treasury: s.name, kind: TreasuryFlowKind.Transfer, amount: t.amount, assetNumber })
    if (t.from === account && t.to !== account) out.push({ ctx, treasury: s.name, kind: TreasuryFlowKind.SubTreasuryPayout, amount: t.amount, assetNumber })
  }
  return out
}

/** The change each flow makes to its ledger's balance, per ledger and height: what reconciliation expects. */
export function subLedgerDeltas(flows: SubTreasuryFlow[]): Map<SubLedgerKey, Map<number, bigint>> {
  const out = new Map<SubLedgerKey, Map<number, bigint>>()
  for (const f of flows) {
    const key = subLedgerKey(f.treasury, f.assetNumber)
    const deltas = out.get(key) ?? out.set(key, new Map()).get(key)!
    const v = BigInt(BALANCE_SIGN[f.kind]) * f.amount
    deltas.set(f.ctx.blockNumber, (deltas.get(f.ctx.blockNumber) ?? 0n) + v)
  }
  return out
}

/** The ledgers Asset Hub keeps for the sub-treasuries: each sub-treasury's native balance and reconciled assets. */
export function subLedgers(reconciledAssets: number[]): { treasury: SubTreasury; account: string; assetNumber?: number; key: SubLedgerKey }[] {
  return SUB_TREASURIES.flatMap((t) =>
    [undefined, ...reconciledAssets].map((n) => ({ treasury: t, account: subTreasuryAccount(t), assetNumber: n, key: subLedgerKey(t.name, n) })),
  )
}
