/**
 * Every treasury flow kind, its direction, and the TreasuryDay field that sums it per day (its count is the field
 * of the same name + "Count"). The rollups write these fields; the API reads them back by kind.
 */
import type { TreasuryFlowKind } from '../model/generated/_treasuryFlowKind'

export type TreasuryDayAmountField = 'inFees' | 'inDeposits' | 'inTransfers' | 'outAwarded' | 'outSpendPaid' | 'outBurnt'

export const FLOW_KIND_DAY_FIELDS: readonly { kind: `${TreasuryFlowKind}`; direction: 'In' | 'Out'; dayField: TreasuryDayAmountField }[] = [
  { kind: 'Fees', direction: 'In', dayField: 'inFees' },
  { kind: 'Deposit', direction: 'In', dayField: 'inDeposits' },
  { kind: 'Transfer', direction: 'In', dayField: 'inTransfers' },
  { kind: 'Awarded', direction: 'Out', dayField: 'outAwarded' },
  { kind: 'SpendPaid', direction: 'Out', dayField: 'outSpendPaid' },
  { kind: 'Burnt', direction: 'Out', dayField: 'outBurnt' },
]
