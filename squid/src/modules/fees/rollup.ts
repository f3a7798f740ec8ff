/** The fees' daily rollup, updated in the same transaction as the payments so a page costs O(days), not O(events). */
import { FeeDay, FeePayment } from '../../model'
import { dayId } from '../../mappings/facts'

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
