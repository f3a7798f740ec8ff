/**
 * CSV for spreadsheets. Every CSV the product writes goes through toCsv, which quotes as RFC 4180 wants
 * (csv-stringify) and defuses formulas: strings come from the chain (beneficiaries, and soon identities and
 * remarks), so an attacker can make a cell start with `=`, `+`, `-`, `@`, a tab or a carriage return, which a
 * spreadsheet would run as a formula. Such a cell gets a leading `'` (OWASP's advice; the spreadsheet shows the text
 * as typed). A number stays a number, negative ones included: csv-stringify's own `escape_formulas` would also
 * prefix `-12.5` when it arrives as a string, as our exact amounts do.
 *
 * Referenda: one row per referendum, tallies in planck with the block (and source) they were taken at; votes:
 * one row per vote cast or removed, with its event and extrinsic.
 *
 * Spends: one row per spend, amounts both as exact planck (for sums) and in the asset's units (for reading), events
 * as "<chain>-<block>-<eventIndex>" so a row can be traced back. Its USD at approval and at payout each come with
 * the source and the day of the price used; an unpriced figure is an empty cell and the reason, never a 0.
 */
// The browser build: the table downloads run this in the page, where the Node build fails on its use of Buffer.
// It is the same code with Buffer polyfilled, so the server's exports give the same bytes.
import { stringify } from 'csv-stringify/browser/esm/sync'
import { formatUnits } from './format'
import type { BountyPayoutRow, EventRef, Identities, ReferendumListed, ReferendumVote, Spend } from './types'

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
  'beneficiary_name',
  'beneficiary_judgement',
  'approved_event',
  'approved_at',
  'paid_event',
  'paid_at',
  'closed_event',
  'closed_at',
  'usd_at_approval',
  'usd_at_approval_source',
  'usd_at_approval_day',
  'usd_at_approval_unpriced_reason',
  'usd_at_payout',
  'usd_at_payout_source',
  'usd_at_payout_day',
  'usd_at_payout_unpriced_reason',
  'asset_rate_to_native',
  'asset_rate_block',
  'asset_rate_source',
] as const

/** A leading character that makes a spreadsheet evaluate the cell (and the full-width forms some of them accept). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/
/** A plain decimal number, as we write amounts: no exponent, no grouping. */
const DECIMAL = /^-?\d+(\.\d+)?$/

/** The text of a string cell that no spreadsheet will evaluate; numbers pass unchanged. */
export function defuseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !DECIMAL.test(cell) ? `'${cell}` : cell
}

export type CsvCell = string | number | bigint | null | undefined

export function toCsv(columns: readonly string[], rows: CsvCell[][]): string {
  return stringify(rows, {
    header: true,
    columns: [...columns],
    record_delimiter: 'unix',
    // With a record_delimiter given, csv-stringify quotes only that one; a bare CR left unquoted ends the row in
    // spreadsheets that split on CR, and whatever follows it starts a fresh cell (a formula, unescaped).
    quote_record_delimiter: true,
    cast: { string: defuseFormula },
  })
}

function eventCells(ref: EventRef | null): [string, string] {
  return ref ? [ref.id, ref.timestamp] : ['', '']
}

/** The People-chain name and best judgement of an account, empty where it has none ($lib/identities) */
function identityCells(address: string | null | undefined, identities: Identities): [string, string] {
  const i = address ? identities[address] : undefined
  return [i?.name ?? '', i?.judgement ?? '']
}

/**
 * A table's rows with the name of every account they hold: after each column that holds an SS58 address in some row,
 * `<column>_name` (for tables whose columns are not fixed, such as the hub's)
 */
export function withNameColumns(columns: readonly string[], rows: Record<string, unknown>[], identities: Identities): { columns: string[]; rows: Record<string, unknown>[] } {
  const accounts = new Set(columns.filter((c) => rows.some((r) => typeof r[c] === 'string' && identities[r[c] as string] !== undefined)))
  return {
    columns: columns.flatMap((c) => (accounts.has(c) ? [c, `${c}_name`] : [c])),
    rows: rows.map((r) => Object.fromEntries(Object.entries(r).flatMap(([k, v]) => (accounts.has(k) ? [[k, v], [`${k}_name`, identities[v as string]?.name ?? '']] : [[k, v]])))),
  }
}

const UNPRICED = 'unpriced:'

/** USD, its source and its day; or, unpriced, empty cells and why */
function usdCells(v: Spend['usdAtApproval'] | null | undefined): [string, string, string, string] {
  if (!v) return ['', '', '', 'no USD figure served']
  if (v.usd == null || v.source.startsWith(UNPRICED)) return ['', '', '', v.source.startsWith(UNPRICED) ? v.source.slice(UNPRICED.length) : v.source]
  return [v.usd, v.source, v.day ?? '', '']
}

export function spendsToCsv(spends: Spend[], identities: Identities = {}): string {
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
    ...identityCells(s.beneficiary, identities),
    ...eventCells(s.approved),
    ...eventCells(s.paid),
    ...eventCells(s.closed),
    ...usdCells(s.usdAtApproval),
    ...usdCells(s.usdAtPayout),
    s.assetRate?.rateToNative,
    s.assetRate?.block,
    s.assetRate?.source,
  ])
  return toCsv(SPEND_CSV_COLUMNS, rows)
}

export const REFERENDA_CSV_COLUMNS = [
  'id',
  'chain',
  'index',
  'track',
  'track_name',
  'status',
  'submitted_event',
  'submitted_at',
  'ended_block',
  'ended_at',
  'ayes_planck',
  'nays_planck',
  'support_planck',
  'tally_block',
  'tally_source',
  'active_issuance_planck',
  'turnout',
  'voters',
  'direct_ayes_planck',
  'direct_nays_planck',
  'direct_support_planck',
  'delegated_ayes_planck',
  'delegated_nays_planck',
  'delegated_support_planck',
  'enacted_block',
  'enacted_ok',
  'enacted_error',
  'spend_ids',
] as const

export function referendaToCsv(referenda: ReferendumListed[]): string {
  const rows = referenda.map((r) => [
    r.id,
    r.chain,
    r.index,
    r.track,
    r.trackName,
    r.status,
    ...eventCells(r.submitted ?? null),
    r.endedBlock,
    r.endedAt,
    r.tally?.ayes,
    r.tally?.nays,
    r.tally?.support,
    r.tallyBlock,
    r.tallySource,
    r.turnout?.activeIssuance,
    r.turnout?.ratio,
    r.votes.voters,
    r.votes.direct.ayes,
    r.votes.direct.nays,
    r.votes.direct.support,
    r.votes.delegated?.ayes,
    r.votes.delegated?.nays,
    r.votes.delegated?.support,
    r.enactment?.blockNumber,
    r.enactment ? String(r.enactment.ok) : '',
    r.enactment?.error,
    r.spends.map((s) => s.id).join(' '),
  ])
  return toCsv(REFERENDA_CSV_COLUMNS, rows)
}

export const VOTES_CSV_COLUMNS = ['event', 'block', 'timestamp', 'voter', 'voter_name', 'voter_judgement', 'cast', 'kind', 'aye', 'conviction', 'ayes_planck', 'nays_planck', 'support_planck', 'aye_capital_planck', 'nay_capital_planck', 'abstain_capital_planck', 'extrinsic_hash'] as const

export function votesToCsv(votes: ReferendumVote[], identities: Identities = {}): string {
  const rows = votes.map((v) => [
    v.event.id,
    v.event.blockNumber,
    v.event.timestamp,
    v.voter,
    ...identityCells(v.voter, identities),
    String(v.cast),
    v.kind,
    v.aye == null ? '' : String(v.aye),
    v.conviction,
    v.weight.ayes,
    v.weight.nays,
    v.weight.support,
    v.ayeCapital,
    v.nayCapital,
    v.abstainCapital,
    v.extrinsicHash,
  ])
  return toCsv(VOTES_CSV_COLUMNS, rows)
}

export const BOUNTY_PAYOUT_CSV_COLUMNS = ['key', 'category', 'subcategory', 'asset', 'symbol', 'decimals', 'amount', 'payouts', 'hide_in_spends', 'event_ids'] as const

/** Bounty payouts by category: the rows shown, then those the categories leave out of spending (hide_in_spends) */
export function bountyPayoutsToCsv(rows: BountyPayoutRow[], excluded: BountyPayoutRow[]): string {
  const cells = (r: BountyPayoutRow, hidden: boolean) => [r.key, r.category, r.subcategory, r.asset?.id, r.asset?.symbol, r.asset?.decimals, r.amount, r.payouts, String(hidden), r.eventIds.join(' ')]
  return toCsv(BOUNTY_PAYOUT_CSV_COLUMNS, [...rows.map((r) => cells(r, false)), ...excluded.map((r) => cells(r, true))])
}
