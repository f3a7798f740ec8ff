/**
 * The impact method's inputs from the database: the funded proposals (spends paid out, bounties claimed), each with
 * its payout block, day and beneficiary, and a metric's daily panel (every unit of the metric's rollup, one value a
 * day, a day without a row being 0 inside the days the rollup covers).
 */
import type { ApiDb } from '../api/module'
import { parseFactId } from '../mappings/facts'
import type { CategoryTables } from '../api/categories'
import { type MetricDef, type MetricRef, type UnitKind } from './catalogue'
import type { ImpactPanel } from './types'

export interface FundedProposal {
  /** spend:<spend id> or bounty:<bounty id> */
  id: string
  kind: 'spend' | 'bounty'
  chain: string
  index: number
  referendum: number | null
  track: number | null
  trackName: string | null
  category: string | null
  subcategory: string | null
  beneficiary: string | null
  beneficiaryJson: string | null
  amount: string
  assetId: string | null
  assetSymbol: string | null
  assetDecimals: number | null
  payoutBlock: number
  payoutAt: Date
  /** the UTC day of the payout */
  payoutDate: string
  /** the event that paid it: <chain>-<block>-<index> */
  payoutEvent: string | null
}

const utcDay = (d: Date) => d.toISOString().slice(0, 10)

/** the event page's id (<chain>-<block>-<index>) of a stored fact id (zero-padded, mappings/facts) */
function eventIdOf(factId: string | null): string | null {
  const p = factId ? parseFactId(factId) : undefined
  return p ? `${p.chain}-${p.blockNumber}-${p.eventIndex}` : null
}

type SpendSql = {
  id: string
  chain: string
  index: number
  amount: string
  asset_id: string
  asset_symbol: string
  asset_decimals: number
  beneficiary: string
  beneficiary_json: string | null
  paid_block: number
  paid_at: Date
  paid_event_id: string | null
  referendum_index: number | null
  track: number | null
  track_name: string | null
}

type BountySql = {
  id: string
  chain: string
  index: number
  pallet: string
  beneficiary: string | null
  amount: string | null
  asset_id: string | null
  asset_symbol: string | null
  asset_decimals: number | null
  block_number: number
  timestamp: Date
  event_id: string
}

/** Every funded proposal, oldest payout first. A spend the migration copied to Asset Hub is counted once, as the relay's. */
export async function fundedProposals({ q }: ApiDb, cats: CategoryTables): Promise<FundedProposal[]> {
  const spends = await q<SpendSql>(
    `WITH link AS (SELECT r.index AS referendum_index, r.track, r.track_name, unnest(r.spend_ids) AS spend_id FROM referendum r)
     SELECT s.id, s.chain, s.index, s.amount::text, a.id AS asset_id, a.symbol AS asset_symbol, a.decimals AS asset_decimals, s.beneficiary, s.beneficiary_json,
            s.paid_block, s.paid_at, s.paid_event_id, l.referendum_index, l.track, l.track_name
       FROM spend s JOIN asset a ON a.id = s.asset_id LEFT JOIN link l ON l.spend_id = s.id
      WHERE s.paid_at IS NOT NULL AND s.status IN ('Paid', 'Completed') AND s.continues IS NULL`,
  )
  const bounties = await q<BountySql>(
    `SELECT DISTINCT ON (b.id) b.id, b.chain, b.index, b.pallet, b.beneficiary, coalesce(e.amount, b.payout)::text AS amount,
            a.id AS asset_id, a.symbol AS asset_symbol, a.decimals AS asset_decimals, e.block_number, e.timestamp, e.id AS event_id
       FROM bounty b JOIN bounty_event e ON e.bounty_id = b.id LEFT JOIN asset a ON a.id = b.asset_id
      WHERE e.kind IN ('Claimed', 'PayoutProcessed')
      ORDER BY b.id, e.block_number, e.event_index`,
  )
  const out: FundedProposal[] = []
  for (const s of spends) {
    const c = s.referendum_index == null ? undefined : cats.byKind.referendum.get(String(s.referendum_index))
    out.push({
      id: `spend:${s.id}`,
      kind: 'spend',
      chain: s.chain,
      index: s.index,
      referendum: s.referendum_index,
      track: s.track,
      trackName: s.track_name,
      category: c?.category || null,
      subcategory: c?.category ? c.subcategory || 'Other' : null,
      beneficiary: s.beneficiary || null,
      beneficiaryJson: s.beneficiary_json,
      amount: s.amount,
      assetId: s.asset_id,
      assetSymbol: s.asset_symbol,
      assetDecimals: s.asset_decimals,
      payoutBlock: s.paid_block,
      payoutAt: s.paid_at,
      payoutDate: utcDay(s.paid_at),
      payoutEvent: eventIdOf(s.paid_event_id),
    })
  }
  for (const b of bounties) {
    // the categories number the classic pallet's bounties; MultiAssetBounties are numbered apart
    const c = b.pallet === 'Bounties' ? cats.byKind.bounty.get(String(b.index)) : undefined
    out.push({
      id: `bounty:${b.id}`,
      kind: 'bounty',
      chain: b.chain,
      index: b.index,
      referendum: null,
      track: null,
      trackName: null,
      category: c?.category || null,
      subcategory: c?.category ? c.subcategory || 'Other' : null,
      beneficiary: b.beneficiary,
      beneficiaryJson: null,
      amount: b.amount ?? '0',
      assetId: b.asset_id,
      assetSymbol: b.asset_symbol,
      assetDecimals: b.asset_decimals,
      payoutBlock: b.block_number,
      payoutAt: b.timestamp,
      payoutDate: utcDay(b.timestamp),
      payoutEvent: eventIdOf(b.event_id),
    })
  }
  return out.sort((a, b) => a.payoutAt.getTime() - b.payoutAt.getTime() || a.id.localeCompare(b.id))
}

/** The 0x contracts each of these accounts deployed on Revive, by deployer account. */
export async function contractsByDeployer({ q }: ApiDb, accounts: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  if (!accounts.length) return out
  const rows = await q<{ deployer_account: string; contract: string }>(`SELECT deployer_account, contract FROM hub_contract WHERE deployer_account = ANY($1) ORDER BY block_number, contract`, [accounts])
  for (const r of rows) out.set(r.deployer_account, [...(out.get(r.deployer_account) ?? []), r.contract.toLowerCase()])
  return out
}

/** A metric's daily values for every unit of it, over the days its rollup covers. */
export interface MetricTable {
  metric: MetricDef
  days: string[]
  units: Map<string, number[]>
  /** where the figures come from, in words */
  source: string
}

function daysBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); t <= end; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10))
  return out
}

type Cell = { unit: string; date: string; v: number | string }

const SQL: Record<string, { cells: string; span: string; source: string }> = {
  'para.included': { cells: `SELECT para_id::text AS unit, date, included AS v FROM para_usage_day`, span: 'para_usage_day', source: 'para_usage_day (inclusion module)' },
  'para.cores': { cells: `SELECT para_id::text AS unit, date, cardinality(cores) AS v FROM para_usage_day`, span: 'para_usage_day', source: 'para_usage_day (inclusion module)' },
  'para.onDemandOrders': { cells: `SELECT para_id::text AS unit, date, orders AS v FROM para_usage_day`, span: 'para_usage_day', source: 'para_usage_day (inclusion and on-demand modules)' },
  'contract.calls': { cells: `SELECT lower(contract) AS unit, to_char(timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS date, count(*)::int AS v FROM hub_contract_call GROUP BY 1, 2`, span: 'hub_day', source: 'hub_contract_call (hub module)' },
  'contract.callers': { cells: `SELECT lower(contract) AS unit, to_char(timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS date, count(DISTINCT caller)::int AS v FROM hub_contract_call GROUP BY 1, 2`, span: 'hub_day', source: 'hub_contract_call (hub module)' },
  'contract.fees': { cells: `SELECT lower(contract) AS unit, to_char(timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS date, (coalesce(sum(fee), 0) / 1e10)::float8 AS v FROM hub_contract_call GROUP BY 1, 2`, span: 'hub_day', source: 'hub_contract_call.fee (hub and fees modules), DOT' },
  'account.feePayments': { cells: `SELECT account AS unit, date, fee_payments AS v FROM hub_active_account`, span: 'hub_day', source: 'hub_active_account (hub module)' },
  'hub.activeAccounts': { cells: `SELECT 'hub' AS unit, date, sum(active_accounts)::int AS v FROM hub_day GROUP BY date`, span: 'hub_day', source: 'hub_day (hub module)' },
  'hub.newAccounts': { cells: `SELECT 'hub' AS unit, date, sum(new_accounts)::int AS v FROM hub_day GROUP BY date`, span: 'hub_day', source: 'hub_day (hub module)' },
  'hub.swaps': { cells: `SELECT 'hub' AS unit, date, sum(swaps)::int AS v FROM hub_day GROUP BY date`, span: 'hub_day', source: 'hub_day (hub module)' },
  'hub.contractsDeployed': { cells: `SELECT 'hub' AS unit, date, sum(contracts_deployed)::int AS v FROM hub_day GROUP BY date`, span: 'hub_day', source: 'hub_day (hub module)' },
  'cloud.blocksIncluded': { cells: `SELECT 'cloud' AS unit, date, sum(included)::int AS v FROM para_usage_day GROUP BY date`, span: 'para_usage_day', source: 'para_usage_day (inclusion module)' },
  'cloud.parasActive': { cells: `SELECT 'cloud' AS unit, date, count(*) FILTER (WHERE included > 0)::int AS v FROM para_usage_day GROUP BY date`, span: 'para_usage_day', source: 'para_usage_day (inclusion module)' },
  'cloud.onDemandOrders': { cells: `SELECT 'cloud' AS unit, date, sum(orders)::int AS v FROM para_usage_day GROUP BY date`, span: 'para_usage_day', source: 'para_usage_day (on-demand module)' },
}

export async function metricTable({ q }: ApiDb, metric: MetricDef): Promise<MetricTable> {
  const s = SQL[metric.id]
  if (!s) throw new Error(`no query for metric ${metric.id}`)
  const [span] = await q<{ first: string | null; last: string | null }>(`SELECT min(date) AS first, max(date) AS last FROM ${s.span}`)
  const units = new Map<string, number[]>()
  if (!span?.first || !span.last) return { metric, days: [], units, source: s.source }
  const days = daysBetween(span.first, span.last)
  const at = new Map(days.map((d, i) => [d, i]))
  for (const c of await q<Cell>(s.cells)) {
    const i = at.get(c.date)
    if (i === undefined) continue
    let v = units.get(c.unit)
    if (!v) units.set(c.unit, (v = new Array(days.length).fill(0)))
    v[i] += Number(c.v)
  }
  if ((metric.unitKind === 'hub' || metric.unitKind === 'cloud') && !units.has(metric.unitKind)) units.set(metric.unitKind, new Array(days.length).fill(0))
  return { metric, days, units, source: s.source }
}

/** at most this many control units, the most active before the payout: a pool of thousands of accounts would say no more and cost much more */
export const MAX_CONTROLS = 50

export interface PanelChoice {
  panel: ImpactPanel
  /** units left out of the control pool because money went to them within the window */
  excludedFunded: string[]
  /** units of the metric with no activity before the payout (not comparable) */
  inactive: number
}

/**
 * The panel for one proposal and metric: its unit against every other unit of the metric active before the payout
 * and not funded from `windowDays` before the payout to `windowDays` after it (`fundedUnits`: unit → payout days).
 */
export function choosePanel(table: MetricTable, ref: MetricRef, payoutDate: string, windowDays: number, fundedUnits: Map<string, string[]>): PanelChoice {
  const { days, units } = table
  const kind: UnitKind = ref.metric.unitKind
  const treatedId = ref.unit ?? kind
  let p = days.findIndex((d) => d >= payoutDate)
  if (p < 0) p = days.length
  const zeros = () => new Array(days.length).fill(0)
  const treated = { id: treatedId, values: units.get(treatedId) ?? zeros() }
  const lo = Date.parse(`${payoutDate}T00:00:00Z`) - windowDays * 86_400_000
  const hi = Date.parse(`${payoutDate}T00:00:00Z`) + windowDays * 86_400_000
  const excludedFunded: string[] = []
  let inactive = 0
  const pool: { id: string; values: number[]; activity: number }[] = []
  if (kind !== 'hub' && kind !== 'cloud') {
    for (const [id, values] of units) {
      if (id === treatedId) continue
      if ((fundedUnits.get(id) ?? []).some((d) => Date.parse(`${d}T00:00:00Z`) >= lo && Date.parse(`${d}T00:00:00Z`) < hi)) {
        excludedFunded.push(id)
        continue
      }
      const activity = values.slice(Math.max(0, p - windowDays), p).reduce((a, b) => a + b, 0)
      if (activity <= 0) {
        inactive++
        continue
      }
      pool.push({ id, values, activity })
    }
  }
  pool.sort((a, b) => b.activity - a.activity || a.id.localeCompare(b.id, 'en', { numeric: true }))
  const controls = pool.slice(0, MAX_CONTROLS).map(({ id, values }) => ({ id, values }))
  // controls in a stable order (by id), so that a result does not depend on activity ties
  controls.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
  return { panel: { days, treated, controls, payoutIndex: p }, excludedFunded: excludedFunded.sort(), inactive }
}
