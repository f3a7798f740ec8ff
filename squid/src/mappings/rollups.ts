/** Daily rollups, updated in the same transaction as the facts so a page costs O(days), not O(events). */
import { FeeDay, FeePayment, TreasuryDay, TreasuryFlow, TreasuryFlowKind } from '../model'
import { dayId } from './facts'
import { FLOW_KIND_DAY_FIELDS, type TreasuryDayAmountField } from './flowKinds'

export function emptyTreasuryDay(chain: string, date: string): TreasuryDay {
  return new TreasuryDay({
    id: dayId(chain, date),
    chain,
    date,
    inFees: 0n,
    inDeposits: 0n,
    inTransfers: 0n,
    outAwarded: 0n,
    outSpendPaid: 0n,
    outBurnt: 0n,
    outBountyFunded: 0n,
    inBountyReturned: 0n,
    movedOut: 0n,
    movedIn: 0n,
    relayPayout: 0n,
    closingBalance: null,
    closingBlock: null,
    closed: false,
    openingBalance: null,
    openingBlock: null,
    drift: null,
    driftBlock: null,
    flowCount: 0,
    inFeesCount: 0,
    inDepositsCount: 0,
    inTransfersCount: 0,
    outAwardedCount: 0,
    outSpendPaidCount: 0,
    outBurntCount: 0,
    outBountyFundedCount: 0,
    inBountyReturnedCount: 0,
    movedOutCount: 0,
    movedInCount: 0,
    relayPayoutCount: 0,
  })
}

/** The day's sum of each flow kind; its count is the field of the same name + "Count". */
const DAY_FIELD = Object.fromEntries(FLOW_KIND_DAY_FIELDS.map((k) => [k.kind, k.dayField])) as Partial<Record<TreasuryFlowKind, TreasuryDayAmountField>>

/** Adds a flow to its day. Only native-token flows enter the sums and per-kind counts; other assets count in flowCount only. */
export function addFlow(day: TreasuryDay, f: TreasuryFlow, nativeAssetId: string): void {
  day.flowCount += 1
  if (f.asset.id !== nativeAssetId) return
  const field = DAY_FIELD[f.kind]
  if (!field) return
  day[field] += f.amount
  day[`${field}Count`] += 1
}

export function emptyFeeDay(chain: string, date: string): FeeDay {
  return new FeeDay({
    id: dayId(chain, date),
    chain,
    date,
    extrinsics: 0,
    fees: 0n,
    tips: 0n,
    toTreasury: 0n,
    toAuthor: 0n,
    toCollatorPot: 0n,
    toDap: 0n,
    burned: 0n,
    assetFeeExtrinsics: 0,
    assetFeesNative: 0n,
  })
}

/**
 * Fee days sum native-token fees and their split; a fee paid in another asset counts in `extrinsics` and
 * `assetFeeExtrinsics`, and its native equivalent in `assetFeesNative` only (its asset amounts are in
 * MoneyFlowDay, in their own unit).
 */
export function addFee(day: FeeDay, p: FeePayment, nativeAssetId: string): void {
  day.extrinsics += 1
  if (p.asset.id !== nativeAssetId) {
    day.assetFeeExtrinsics += 1
    day.assetFeesNative += p.nativeFee ?? 0n
    return
  }
  day.fees += p.fee
  day.tips += p.tip
  day.toTreasury += p.toTreasury
  day.toAuthor += p.toAuthor
  day.toCollatorPot += p.toCollatorPot
  day.toDap += p.toDap
  day.burned += p.burned
}
