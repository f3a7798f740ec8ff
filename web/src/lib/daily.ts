/**
 * Daily rollups reshaped for charts. Sums stay bigint (exact, for tooltips and tables); toChartNumber gives the
 * float in whole units that only positions marks. Without a chain filter the API returns one row per chain and day,
 * so days are summed across chains here.
 */
import { unitsToNumber } from './format'
import type { FeeDay, TreasuryDay } from './types'

export interface DaySums<K extends string> {
  date: string
  sums: Record<K, bigint>
}

export function sumByDate<R extends { date: string }, K extends string>(rows: R[], keys: readonly K[], pick: (r: R, k: K) => string | bigint | null): DaySums<K>[] {
  const byDate = new Map<string, Record<K, bigint>>()
  for (const r of rows) {
    let sums = byDate.get(r.date)
    if (!sums) {
      sums = Object.fromEntries(keys.map((k) => [k, 0n])) as Record<K, bigint>
      byDate.set(r.date, sums)
    }
    for (const k of keys) {
      const v = pick(r, k)
      if (v != null) sums[k] += BigInt(v)
    }
  }
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, sums]) => ({ date, sums }))
}

export const TREASURY_IN_KEYS = ['inFees', 'inDeposits', 'inTransfers', 'inBountyReturned'] as const
export const TREASURY_OUT_KEYS = ['outAwarded', 'outSpendPaid', 'outBurnt', 'outBountyFunded'] as const
export const TREASURY_KEYS = [...TREASURY_IN_KEYS, ...TREASURY_OUT_KEYS] as const
export type TreasuryKey = (typeof TREASURY_KEYS)[number]

export function treasuryByDate(days: TreasuryDay[]): DaySums<TreasuryKey>[] {
  return sumByDate(days, TREASURY_KEYS, (r, k) => r[k])
}

export const FEE_SPLIT_KEYS = ['toTreasury', 'toAuthor', 'toCollatorPot', 'toDap', 'burned'] as const
export const FEE_KEYS = ['fees', 'tips', ...FEE_SPLIT_KEYS] as const
export type FeeKey = (typeof FEE_KEYS)[number]

export function feesByDate(days: FeeDay[]): (DaySums<FeeKey> & { extrinsics: number })[] {
  const extrinsics = new Map<string, number>()
  for (const d of days) extrinsics.set(d.date, (extrinsics.get(d.date) ?? 0) + d.extrinsics)
  return sumByDate(days, FEE_KEYS, (r, k) => r[k]).map((d) => ({ ...d, extrinsics: extrinsics.get(d.date) ?? 0 }))
}

export interface BalancePoint {
  date: string
  balance: bigint
  /** false when the day had no closing balance and the previous one is carried forward */
  reported: boolean
}

/**
 * Closing balance per chain. A day without a reported balance keeps the previous close (a balance holds until it
 * changes); days before the first reported balance are left out rather than drawn as zero.
 */
export function balancesByChain(days: TreasuryDay[]): Map<string, BalancePoint[]> {
  const out = new Map<string, BalancePoint[]>()
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  for (const d of sorted) {
    const points = out.get(d.chain) ?? []
    const prev = points.at(-1)
    if (d.closingBalance != null) points.push({ date: d.date, balance: BigInt(d.closingBalance), reported: true })
    else if (prev) points.push({ date: d.date, balance: prev.balance, reported: false })
    if (points.length) out.set(d.chain, points)
  }
  return out
}

/** Whole units as floats for chart geometry */
export function toChartNumber(v: bigint, decimals: number | null): number {
  // positions marks only; an asset without known decimals is drawn in raw units (its figures say so)
  return unitsToNumber(v, decimals ?? 0)
}

/** A chain's day whose balance change no indexed event explains (drift ≠ 0), with the blocks it lies between. */
export interface DriftDay {
  chain: string
  date: string
  drift: bigint
  openingBlock: number | null
  closingBlock: number | null
  /** the first block whose change no event explains, when bisected */
  driftBlock: number | null
  /** false: the day is still open, its closing is the last indexed block so far */
  closed: boolean
}

/**
 * The reconciliation of every chain's days: which did not reconcile (drift ≠ 0, by time then chain), and how many
 * did. Days without both balances (before the first read) are neither.
 */
export function driftDays(days: TreasuryDay[]): { drifting: DriftDay[]; reconciled: number; unknown: number } {
  const drifting: DriftDay[] = []
  let reconciled = 0
  let unknown = 0
  for (const d of days) {
    if (d.drift == null) unknown++
    else if (BigInt(d.drift) === 0n) reconciled++
    else drifting.push({ chain: d.chain, date: d.date, drift: BigInt(d.drift), openingBlock: d.openingBlock ?? null, closingBlock: d.closingBlock ?? null, driftBlock: d.driftBlock ?? null, closed: d.closed })
  }
  drifting.sort((a, b) => (a.date === b.date ? a.chain.localeCompare(b.chain) : a.date < b.date ? -1 : 1))
  return { drifting, reconciled, unknown }
}

/** The days (UTC) a migration window covers on the charts: from its first to its last indexed block's day. */
export function migrationDays(windows: { from?: string | null; to?: string | null }[]): { from: string; to: string } | undefined {
  const from = windows.map((w) => w.from).filter((x): x is string => !!x).sort()[0]
  const to = windows.map((w) => w.to).filter((x): x is string => !!x).sort().at(-1)
  return from && to ? { from: from.slice(0, 10), to: to.slice(0, 10) } : undefined
}
