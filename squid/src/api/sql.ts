/** SQL and row helpers the API's domain modules share. */
import { parseFactId } from '../mappings/facts'
import type { FeeDay, TreasuryDay } from '../model/generated'
import type { ApiDb } from './module'
import type { AssetCols, Row } from './row'
import { chainArg, period } from './validate'

/** Builds "WHERE a AND b" with numbered parameters. */
export class Where {
  parts: string[] = []
  params: unknown[] = []
  add(sql: string, ...values: unknown[]) {
    let s = sql
    for (const v of values) {
      this.params.push(v)
      s = s.replace('?', `$${this.params.length}`)
    }
    this.parts.push(s)
    return this
  }
  get sql() {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : ''
  }
  next(v: unknown) {
    this.params.push(v)
    return `$${this.params.length}`
  }
}

/** chain and period of a query over the daily rollups (their `date` column) */
export function dailyFilter(args: { chain?: string; from?: string; to?: string }) {
  const chain = chainArg(args.chain)
  const p = period(args.from, args.to)
  const w = new Where()
  if (chain) w.add('chain = ?', chain)
  if (p.from) w.add('date >= ?', p.from)
  if (p.to) w.add('date <= ?', p.to)
  return { chain, p, w }
}

/** The daily rollup tables, each with its model. */
interface DailyTables {
  treasury_day: TreasuryDay
  fee_day: FeeDay
}

/** The rows of a daily rollup table for a chain and period, oldest day first. */
export async function dailyRows<T extends keyof DailyTables>(q: ApiDb['q'], table: T, args: { chain?: string; from?: string; to?: string }) {
  const { w } = dailyFilter(args)
  return q<Row<DailyTables[T]>>(`SELECT * FROM ${table} ${w.sql} ORDER BY date, chain`, w.params)
}

/** Day bounds of a period as timestamps: [from 00:00, to+1 00:00). */
export function dayRange(w: Where, col: string, from?: string, to?: string) {
  if (from) w.add(`${col} >= ?::date`, from)
  if (to) w.add(`${col} < (?::date + 1)`, to)
}

/** The asset columns of a fact joined with `asset a`, named as asset() reads them. */
export const ASSET_COLS = 'a.id AS asset_id, a.symbol AS asset_symbol, a.decimals AS asset_decimals, a.chain AS asset_chain'
export const ASSET_OWN_COLS = 'id AS asset_id, symbol AS asset_symbol, decimals AS asset_decimals, chain AS asset_chain'

export function asset(r: AssetCols) {
  return { id: r.asset_id, symbol: r.asset_symbol, decimals: r.asset_decimals, chain: r.asset_chain }
}

/** The native token's Asset, for figures that are native-only by definition (rollup sums). */
export async function nativeAsset(q: ApiDb['q']) {
  const [a] = await q<AssetCols>(`SELECT ${ASSET_OWN_COLS} FROM asset WHERE id = 'native'`)
  return a ? asset(a) : { id: 'native', symbol: '?', decimals: 0, chain: 'relay' }
}

export function eventRef(chain: string, block: number | null, index: number | null, ts: Date | null) {
  if (block == null || index == null) return null
  return { chain, blockNumber: block, eventIndex: index, timestamp: ts, id: `${chain}-${block}-${index}` }
}

/** The EventRef of a fact id stored in a column (e.g. a spend's approved_event_id), with its time column. */
export function eventRefOfFactId(chain: string, factId: string | null, ts: Date | null) {
  const p = factId ? parseFactId(factId) : undefined
  return p ? eventRef(chain, p.blockNumber, p.eventIndex, ts) : null
}

/**
 * A spend's value in the native token (the spend aliased `s`): its own amount when it is in the native token, else
 * what the AssetRate converted it to at approval; null for an asset without a rate, which sums must count apart.
 */
export const SPEND_NATIVE_VALUE = "coalesce(s.native_amount, CASE WHEN s.asset_id = 'native' THEN s.amount END)"

/** Spends (aliased `s`) in the order they were approved: block, then the approval event's index within it */
export const SPEND_APPROVAL_ORDER = "s.approved_block NULLS FIRST, (regexp_replace(s.approved_event_id, '^.*-', ''))::int NULLS FIRST, s.id"
