/**
 * Fees: what each extrinsic paid (TransactionFeePaid / AssetTxFeePaid: actual fee including the tip) and where
 * it went, read from the same extrinsic's events. The runtime's fee handler runs after dispatch, right before the
 * fee event: a refund to the payer (Balances.Deposit to the payer), then the fee's credit resolved into its
 * recipients (Balances.Deposit to each; the relay's treasury also emits Treasury.Deposit). A deposit is
 * classified by its account (mappings/palletAccounts.ts): a pallet account is that recipient; any other account
 * is the block author. What is left of the fee is burned (dropped credit).
 *
 * A fee paid in another asset (Asset Hub's AssetTxPayment) is swapped to native before dispatch
 * (AssetConversion.SwapCreditExecuted asset→native) and its refund swapped back after it (native→asset); the
 * native equivalent that the recipients share is the first swap's output minus the second swap's input.
 */
import type { Json } from '../../decoders/xcm'
import type { BalanceDeposit } from '../balances'
import type { FeePaid, SwapCredit } from './decoders'
import type { EventCtx } from '../../mappings/facts'
import { toJson } from '../../mappings/locations'
import { palletRecipient } from '../../mappings/palletAccounts'

export type FeeRunEvent =
  | { ctx: EventCtx; kind: 'balances-deposit'; deposit: BalanceDeposit }
  | { ctx: EventCtx; kind: 'treasury-deposit'; value: bigint }
  | { ctx: EventCtx; kind: 'swap'; swap: SwapCredit }
  | { ctx: EventCtx; kind: 'other' }

export interface FeeSplit {
  /** the fee in native units (undefined: paid in another asset whose swaps did not match the fee) */
  nativeFee: bigint | undefined
  /** swaps netted into nativeFee */
  feeSwaps: number
  toTreasury: bigint
  toAuthor: bigint
  toCollatorPot: bigint
  toDap: bigint
  burned: bigint
  /** the account credited as the block author */
  author?: string
  /** eventIndex of the deposits (Treasury.Deposit or Balances.Deposit to the treasury) that were its fee share */
  treasuryDepositEvents: number[]
}

/** Asset Hub's native token as its locations name it */
const NATIVE_LOCATION = toJson({ parents: 1, interior: { __kind: 'Here' } })

const isNative = (loc: Json) => toJson(loc) === NATIVE_LOCATION

/** Whether `s` swapped `from` into `to` (locations compared as JSON). */
function swaps(s: SwapCredit, from: string, to: string): boolean {
  return s.path.length >= 2 && toJson(s.path[0]) === from && toJson(s.path[s.path.length - 1]) === to
}

/**
 * The native equivalent of a fee paid in another asset, from the extrinsic's swaps: the fee's swap is the
 * extrinsic's first (it runs before dispatch), asset → native; its refund swap is the last native → asset swap
 * after it, kept only when the two net to exactly the asset amount AssetTxFeePaid reports. Without a refund swap
 * (nothing refunded, or the refund could not be swapped) the first swap's input is the whole asset fee.
 */
export function nativeEquivalent(fee: FeePaid, run: FeeRunEvent[]): { nativeFee: bigint | undefined; feeSwaps: number } {
  if (fee.assetId === undefined || isNative(fee.assetId)) return { nativeFee: fee.actualFee, feeSwaps: 0 }
  const asset = toJson(fee.assetId)
  const all = run.filter((e): e is Extract<FeeRunEvent, { kind: 'swap' }> => e.kind === 'swap').map((e) => e.swap)
  const first = all[0]
  if (!first || !swaps(first, asset, NATIVE_LOCATION)) return { nativeFee: undefined, feeSwaps: 0 }
  for (let i = all.length - 1; i > 0; i--) {
    const refund = all[i]
    if (swaps(refund, NATIVE_LOCATION, asset) && first.amountIn - refund.amountOut === fee.actualFee) {
      return { nativeFee: first.amountOut - refund.amountIn, feeSwaps: 2 }
    }
  }
  return first.amountIn === fee.actualFee ? { nativeFee: first.amountOut, feeSwaps: 1 } : { nativeFee: undefined, feeSwaps: 0 }
}

/** Whether the event before `i` is a fee share to a pallet account (the relay's treasury share precedes the author's). */
function followsPalletShare(before: FeeRunEvent[], i: number): boolean {
  const prev = before[i - 1]
  return prev?.kind === 'treasury-deposit' || (prev?.kind === 'balances-deposit' && palletRecipient(prev.deposit.who) !== undefined)
}

/**
 * Splits a fee over the events that precede its fee event in its extrinsic (`before`, in block order). Walks
 * back from the fee event over deposits only, and stops once the native fee is accounted for, so a deposit made
 * by the call itself is not mistaken for a fee share. A deposit to the payer is the author's share only when it
 * is the fee handler's last deposit and follows a share to a pallet account (the relay pays the treasury, then
 * the author, who may be the payer); anywhere else it is the refund of an overcharge.
 */
export function splitFee(fee: FeePaid, before: FeeRunEvent[]): FeeSplit {
  const { nativeFee, feeSwaps } = nativeEquivalent(fee, before)
  const target = nativeFee ?? 0n
  let treasuryEvent = 0n
  let treasuryBalance = 0n
  let author = 0n
  let pot = 0n
  let dap = 0n
  let authorAccount: string | undefined
  const treasuryDepositEvents: number[] = []
  for (let i = before.length - 1, first = true; i >= 0; i--, first = false) {
    // Treasury.Deposit and Balances.Deposit to the treasury account can both report the same money.
    const covered = (treasuryEvent > treasuryBalance ? treasuryEvent : treasuryBalance) + author + pot + dap
    // Checked before taking an event, so that a zero fee (Pays::No) takes none.
    if (covered >= target) break
    const e = before[i]
    if (e.kind === 'other' || e.kind === 'swap') break
    if (e.kind === 'treasury-deposit') {
      treasuryEvent += e.value
      treasuryDepositEvents.push(e.ctx.eventIndex)
      continue
    }
    const { who, amount } = e.deposit
    switch (palletRecipient(who)) {
      case 'Treasury':
        treasuryBalance += amount
        treasuryDepositEvents.push(e.ctx.eventIndex)
        break
      case 'CollatorPot':
        pot += amount
        break
      case 'DapStaging':
      case 'DapBuffer':
        dap += amount
        break
      default:
        if (who === fee.who && !(first && covered + amount <= target && followsPalletShare(before, i))) break
        author += amount
        authorAccount ??= who
    }
  }
  const toTreasury = treasuryEvent > treasuryBalance ? treasuryEvent : treasuryBalance
  const burned = target - toTreasury - author - pot - dap
  return { nativeFee, feeSwaps, toTreasury, toAuthor: author, toCollatorPot: pot, toDap: dap, burned: burned > 0n ? burned : 0n, author: authorAccount, treasuryDepositEvents }
}
