/**
 * Spends as CSV for spreadsheets: one row per spend, amounts both as exact planck (for sums) and in the asset's
 * units (for reading), events as "<chain>-<block>-<eventIndex>" so a row can be traced back.
 */
import { stringify } from 'csv-stringify/sync'
import { formatUnits } from './format'
import type { EventRef, Spend } from './types'

export const SPEND_CSV_COLUMNS = [
  'id',
  'chain',
  'kind',
  'index',
  'status',
  'asset_id',
  'asset_symbol',
  'asset_decimals',
  'amount_planck',
  'amount',
  'beneficiary',
  'approved_event',
  'approved_at',
  'paid_event',
  'paid_at',
  'closed_event',
  'closed_at',
] as const

function eventCells(ref: EventRef | null): [string, string] {
  return ref ? [ref.id, ref.timestamp] : ['', '']
}

export function spendsToCsv(spends: Spend[]): string {
  const rows = spends.map((s) => [
    s.id,
    s.chain,
    s.kind,
    s.index,
    s.status,
    s.asset.id,
    s.asset.symbol,
    s.asset.decimals,
    s.amount,
    // No thousands separators: spreadsheets would read "1,234.5" as text
    // decimals unknown (no metadata): the amount column alone, never scaled as if 0 decimals
    s.asset.decimals == null ? '' : formatUnits(s.amount, s.asset.decimals, { group: false }),
    s.beneficiary,
    ...eventCells(s.approved),
    ...eventCells(s.paid),
    ...eventCells(s.closed),
  ])
  return stringify(rows, { header: true, columns: [...SPEND_CSV_COLUMNS], record_delimiter: 'unix' })
}
