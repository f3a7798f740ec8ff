/**
 * The year's clock: where each chain's blocks fall in time, on one relay-block timeline.
 *
 * Blocks are sparse in time (a few dozen a UTC day instead of 14,400), so that months of history build and index in
 * seconds, except inside the Asset Hub migration's windows: those are real block numbers (relay 28,490,502–
 * 28,495,696, Asset Hub 10,254,470–10,259,208), so the processors' migration rules apply to them, and they run at 6 s a
 * block as the real migration did (about 8.7 hours of one day).
 */
import { ReplayChainError } from '../chain'

export const DAY_MS = 86_400_000
export type YearChain = 'relay' | 'asset-hub' | 'coretime'

/** The Polkadot migration windows (the relay's and Asset Hub's, as the processors' profiles name them). */
export const MIGRATION = {
  relay: { from: 28_490_502, to: 28_495_696 },
  'asset-hub': { from: 10_254_470, to: 10_259_208 },
} as const

/** One block of one chain, as the contributors see it. */
export interface BlockAt {
  chain: YearChain
  number: number
  timestamp: number
  /** day index from the year's first day (0-based) and its UTC date */
  day: number
  date: string
  /** index of the block among its chain's blocks of that day, and how many that day has */
  k: number
  dayBlocks: number
  /** the chain's first block */
  first: boolean
  /** inside the chain's migration window (no extrinsics then: the migration blocked them) */
  inWindow: boolean
  /** before / after the chain's migration window (a chain without one is "after") */
  beforeMigration: boolean
  spec: string
  /** the relay block this block belongs to (the relay's own: its number) */
  relayBlock: number
}

export interface Schedule {
  numbers: number[]
  timestamps: number[]
}

/**
 * Block times of a chain: `perDay` blocks a day on a fixed grid from `start`, for `days` days; with a window, its
 * blocks (`window.from`..`window.to`) start at `window.at`, 6 s apart, and the grid resumes after them. The first
 * block's number follows from the window (the window's first block falls where it must), or is `from`.
 */
export function schedule(o: { start: number; days: number; perDay: number; from?: number; window?: { from: number; to: number; at: number } }): Schedule {
  if (!Number.isInteger(o.perDay) || o.perDay < 1 || o.perDay > 14_400) throw new ReplayChainError(`blocks per day must be 1..14400, got ${o.perDay}`)
  const interval = DAY_MS / o.perDay
  const end = o.start + o.days * DAY_MS
  const numbers: number[] = []
  const timestamps: number[] = []
  let t = o.start
  let n: number
  if (o.window) {
    const w = o.window
    if (w.at < o.start || w.at + (w.to - w.from) * 6000 >= end) throw new ReplayChainError(`the migration window (${w.from}..${w.to}) must fall inside the generated days`)
    const before = Math.ceil((w.at - o.start) / interval)
    n = w.from - before
    for (let j = 0; j < before; j++, n++) numbers.push(n), timestamps.push(o.start + Math.round(j * interval))
    for (; n <= w.to; n++) numbers.push(n), timestamps.push(w.at + (n - w.from) * 6000)
    const lastT = timestamps[timestamps.length - 1]
    t = o.start + Math.floor((lastT - o.start) / interval + 1) * interval
  } else n = o.from ?? 1
  for (let j = 0; t < end; j++, n++, t = o.start + Math.round(((t - o.start) / interval + 1)) * interval) numbers.push(n), timestamps.push(Math.round(t))
  return { numbers, timestamps }
}

export const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The relay block a parachain block at `timestamp` belongs to: the last relay block at or before it. */
export function relayBlockAt(relay: Schedule, timestamp: number): number {
  let lo = 0
  let hi = relay.timestamps.length - 1
  if (timestamp < relay.timestamps[0]) return relay.numbers[0]
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (relay.timestamps[mid] <= timestamp) lo = mid
    else hi = mid - 1
  }
  return relay.numbers[lo]
}

/** The BlockAt of every block of a schedule, in order. */
export function* blocksOf(chain: YearChain, s: Schedule, start: number, specOf: (n: number, timestamp: number) => string, relay?: Schedule): Generator<BlockAt> {
  const w = chain === 'coretime' ? undefined : MIGRATION[chain]
  // blocks per day, to tell each block its place in its day
  const perDay = new Map<number, number>()
  for (const t of s.timestamps) {
    const d = Math.floor((t - start) / DAY_MS)
    perDay.set(d, (perDay.get(d) ?? 0) + 1)
  }
  let k = 0
  let prevDay = -1
  for (let i = 0; i < s.numbers.length; i++) {
    const n = s.numbers[i]
    const timestamp = s.timestamps[i]
    const day = Math.floor((timestamp - start) / DAY_MS)
    k = day === prevDay ? k + 1 : 0
    prevDay = day
    yield {
      chain,
      number: n,
      timestamp,
      day,
      date: utcDate(timestamp),
      k,
      dayBlocks: perDay.get(day)!,
      first: i === 0,
      inWindow: !!w && n >= w.from && n <= w.to,
      beforeMigration: !!w && n < w.from,
      spec: specOf(n, timestamp),
      relayBlock: relay ? relayBlockAt(relay, timestamp) : n,
    }
  }
}
