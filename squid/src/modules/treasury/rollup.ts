/** The treasury's daily rollup, updated in the same transaction as its flows so a page costs O(days), not O(events). */
import { TreasuryDay, TreasuryFlow, TreasuryFlowKind } from '../../model'
import { dayId } from '../../mappings/facts'
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
