/**
 * Every treasury flow kind, its direction, and the TreasuryDay field that sums it per day (its count is the field
 * of the same name + "Count"). The rollups write these fields; the API reads them back by kind.
 *
 * Moves (direction Move) are money the Asset Hub migration carried between the treasury's accounts: they change a
 * chain's treasury balance, so the day's reconciliation counts them, but they are neither income nor spending and
 * stay out of the inflow and outflow totals. Consolidated (the old Asset Hub treasury drained into the unified one)
 * moves money between two accounts of the same side, so it changes no side's balance and has no day field.
 * RelayPayout is the Asset Hub leg of a relay asset spend paid from the relay treasury's account there: it lowers Asset
 * Hub's balance, while the relay counts the spending once, as SpendPaid.
 */
import type { TreasuryFlowKind } from '../../model/generated/_treasuryFlowKind'

export type TreasuryDayAmountField =
  | 'inFees'
  | 'inDeposits'
  | 'inTransfers'
  | 'outAwarded'
  | 'outSpendPaid'
  | 'outBurnt'
  | 'outBountyFunded'
  | 'inBountyReturned'
  | 'movedOut'
  | 'movedIn'
  | 'relayPayout'

export type FlowDirection = 'In' | 'Out' | 'Move'

export interface FlowKindRollup {
  kind: `${TreasuryFlowKind}`
  direction: FlowDirection
  /** +1: the chain's treasury balance grows by the amount; -1: it shrinks; 0: it stays (a move between its own accounts) */
  balanceSign: 1 | -1 | 0
  dayField?: TreasuryDayAmountField
}

export const FLOW_KINDS: readonly FlowKindRollup[] = [
  { kind: 'Fees', direction: 'In', balanceSign: 1, dayField: 'inFees' },
  { kind: 'Deposit', direction: 'In', balanceSign: 1, dayField: 'inDeposits' },
  { kind: 'Transfer', direction: 'In', balanceSign: 1, dayField: 'inTransfers' },
  { kind: 'BountyReturned', direction: 'In', balanceSign: 1, dayField: 'inBountyReturned' },
  { kind: 'Awarded', direction: 'Out', balanceSign: -1, dayField: 'outAwarded' },
  { kind: 'SpendPaid', direction: 'Out', balanceSign: -1, dayField: 'outSpendPaid' },
  { kind: 'Burnt', direction: 'Out', balanceSign: -1, dayField: 'outBurnt' },
  { kind: 'BountyFunded', direction: 'Out', balanceSign: -1, dayField: 'outBountyFunded' },
  { kind: 'MigratedOut', direction: 'Move', balanceSign: -1, dayField: 'movedOut' },
  { kind: 'MigratedIn', direction: 'Move', balanceSign: 1, dayField: 'movedIn' },
  { kind: 'Consolidated', direction: 'Move', balanceSign: 0 },
  { kind: 'RelayPayout', direction: 'Move', balanceSign: -1, dayField: 'relayPayout' },
  // a sub-treasury's flow: never in the main treasury's days
  { kind: 'SubTreasuryPayout', direction: 'Move', balanceSign: -1 },
]

/** The kinds summed per day, each with its TreasuryDay field. */
/** each kind's effect on the treasury's balance (FlowKindRollup.balanceSign), by kind */
export const BALANCE_SIGN = Object.fromEntries(FLOW_KINDS.map((k) => [k.kind, k.balanceSign])) as Record<TreasuryFlowKind, 1 | -1 | 0>

export const FLOW_KIND_DAY_FIELDS = FLOW_KINDS.filter((k): k is FlowKindRollup & { dayField: TreasuryDayAmountField } => k.dayField !== undefined)
