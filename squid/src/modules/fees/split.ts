/**
 * Fees: what each extrinsic paid (TransactionFeePaid: actual fee including the tip) and where it went, read from
 * the same extrinsic's events. The runtime's fee handler runs after dispatch, right before TransactionFeePaid:
 * a refund to the payer (Balances.Deposit to the payer), the treasury's share (Treasury.Deposit, and/or
 * Balances.Deposit to the treasury account), the block author's share (Balances.Deposit to the author).
 * What is left of the fee is burned (dropped credit: the runtime may emit Balances.Rescinded or nothing).
 */
import type { BalanceDeposit, FeePaid, TreasuryEvent } from '../../decoders/records'
import type { EventCtx } from '../../mappings/facts'

export type FeeRunEvent =
  | { ctx: EventCtx; kind: 'balances-deposit'; deposit: BalanceDeposit }
  | { ctx: EventCtx; kind: 'treasury-deposit'; value: bigint }
  | { ctx: EventCtx; kind: 'other' }

export interface FeeSplit {
  toTreasury: bigint
  toAuthor: bigint
  burned: bigint
  /** eventIndex of the deposits (Treasury.Deposit or Balances.Deposit to the treasury) that were its fee share */
  treasuryDepositEvents: number[]
}

/**
 * Splits a fee over the events that precede TransactionFeePaid in its extrinsic (`before`, in block order).
 * Walks back from the fee event over deposits only, and stops once the whole fee is accounted for, so a deposit
 * made by the call itself is not mistaken for a fee share.
 */
export function splitFee(fee: FeePaid, before: FeeRunEvent[], treasuryAccount: string): FeeSplit {
  let treasuryEvent = 0n
  let treasuryBalance = 0n
  let author = 0n
  const treasuryDepositEvents: number[] = []
  for (let i = before.length - 1; i >= 0; i--) {
    // Treasury.Deposit and Balances.Deposit to the treasury account can both report the same money.
    const covered = treasuryEvent > treasuryBalance ? treasuryEvent : treasuryBalance
    // Checked before taking an event, so that a zero fee (Pays::No) takes none.
    if (covered + author >= fee.actualFee) break
    const e = before[i]
    if (e.kind === 'other') break
    if (e.kind === 'treasury-deposit') {
      treasuryEvent += e.value
      treasuryDepositEvents.push(e.ctx.eventIndex)
    } else if (e.deposit.who === treasuryAccount) {
      treasuryBalance += e.deposit.amount
      treasuryDepositEvents.push(e.ctx.eventIndex)
    } else if (e.deposit.who !== fee.who) {
      author += e.deposit.amount
    }
  }
  const toTreasury = treasuryEvent > treasuryBalance ? treasuryEvent : treasuryBalance
  const burned = fee.actualFee - toTreasury - author
  return { toTreasury, toAuthor: author, burned: burned > 0n ? burned : 0n, treasuryDepositEvents }
}

export function isTreasuryDeposit(e: TreasuryEvent | undefined): e is Extract<TreasuryEvent, { kind: 'Deposit' }> {
  return e?.kind === 'Deposit'
}
