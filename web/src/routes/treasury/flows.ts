/** How each kind of treasury flow is named and drawn, shared by the daily chart and the by-kind table. */
import { COLORS, type SeriesDef } from '$lib/charts'
import type { TreasuryKey } from '$lib/daily'
import type { FlowDirection, FlowKind } from '$lib/types'

export interface FlowSeries extends SeriesDef {
  key: TreasuryKey
  direction: FlowDirection
  kind: FlowKind
}

// Inflows in the accent colour, outflows in ink; the pattern alone tells the kinds apart
export const FLOW_SERIES: FlowSeries[] = [
  { key: 'inFees', direction: 'In', kind: 'Fees', label: 'In: fees', pattern: 'solid-accent', stroke: COLORS.accent },
  { key: 'inDeposits', direction: 'In', kind: 'Deposit', label: 'In: deposits', pattern: 'hatch-accent', stroke: COLORS.accent },
  { key: 'inTransfers', direction: 'In', kind: 'Transfer', label: 'In: transfers', pattern: 'dots-accent', stroke: COLORS.accent },
  { key: 'inBountyReturned', direction: 'In', kind: 'BountyReturned', label: 'In: returned by bounties', pattern: 'solid-grey', stroke: COLORS.accent },
  { key: 'outAwarded', direction: 'Out', kind: 'Awarded', label: 'Out: awarded (proposals)', pattern: 'solid-ink', stroke: COLORS.ink },
  { key: 'outSpendPaid', direction: 'Out', kind: 'SpendPaid', label: 'Out: spends paid', pattern: 'hatch-ink', stroke: COLORS.ink },
  { key: 'outBurnt', direction: 'Out', kind: 'Burnt', label: 'Out: burnt', pattern: 'cross-grey', stroke: COLORS.grey },
  { key: 'outBountyFunded', direction: 'Out', kind: 'BountyFunded', label: 'Out: bounties funded', pattern: 'dots-ink', stroke: COLORS.ink },
]

export function flowSeries(direction: FlowDirection, kind: FlowKind): FlowSeries | undefined {
  return FLOW_SERIES.find((s) => s.direction === direction && s.kind === kind)
}
