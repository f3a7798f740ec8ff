/**
 * The arithmetic of core utilisation, apart from the module so that it can be tested on plain numbers.
 *
 * A core's assignment is a list of segments as the relay's CoretimeAssignmentProvider has them: the current work
 * from the block it was read at, then each queued schedule from its begin block; a segment holds until the next one
 * begins, or until its end hint. A block of a core adds its segment's parts (of 57,600) to the core's capacity: a
 * timeslice of 80 blocks fully assigned to a task allows 80 × 57,600 parts·blocks, i.e. 80 para blocks. Counting
 * per block rather than per timeslice keeps days exact where a timeslice crosses midnight or an assignment changes
 * inside one.
 */

export const PARTS = 57_600
export const TIMESLICE = 80

export const sliceOf = (block: number): number => Math.floor(block / TIMESLICE)

/** One assignment of a core from block `from` on (until the next segment, or `end` exclusive). */
export interface Segment {
  from: number
  /** the end hint: the assignment stops at this block (exclusive) unless another begins */
  end?: number
  /** [para id, parts] */
  tasks: [number, number][]
  pool: number
  /** explicit Idle plus what the assignment leaves unassigned; 0 for a core with no work at all */
  idle: number
}

export type Timeline = Segment[]
export type Timelines = Record<number, Timeline>

/** The segment in effect at `block` (undefined: the core has no assignment then). */
export function segmentAt(t: Timeline, block: number): Segment | undefined {
  let found: Segment | undefined
  for (const s of t) if (s.from <= block) found = s
  return found && (found.end === undefined || block < found.end) ? found : undefined
}

/** A segment from the relay's assignment list ([kind, para, parts]); what is not assigned is idle. */
export function segmentOf(from: number, end: number | undefined, assignments: { kind: 'Task' | 'Pool' | 'Idle'; para?: number; parts: number }[]): Segment {
  const tasks = new Map<number, number>()
  let pool = 0
  for (const a of assignments) {
    if (a.kind === 'Task') tasks.set(a.para!, (tasks.get(a.para!) ?? 0) + a.parts)
    else if (a.kind === 'Pool') pool += a.parts
  }
  const used = [...tasks.values()].reduce((x, y) => x + y, 0) + pool
  return { from, end, tasks: [...tasks].sort((a, b) => a[0] - b[0]), pool, idle: Math.max(0, PARTS - used) }
}

/** No work from `from` on: what a core whose descriptor has no current work is. */
export const noWork = (from: number): Segment => ({ from, tasks: [], pool: 0, idle: 0 })

/** `t` up to block `from` (exclusive), then `next`: a read at `from` replaces what was known from there on. */
export function replaceFrom(t: Timeline, from: number, next: Segment[]): Timeline {
  return [...t.filter((s) => s.from < from), ...next].sort((a, b) => a.from - b.from)
}

/** What a timeline no longer needs once blocks up to `upTo` are accounted: segments replaced before it. */
export function prune(t: Timeline, upTo: number): Timeline {
  let i = -1
  t.forEach((s, j) => {
    if (s.from <= upTo) i = j
  })
  return i <= 0 ? t : t.slice(i)
}

export interface Capacity {
  task: number
  pool: number
  idle: number
}

/** The parts·blocks of blocks `a`..`b` (inclusive) of a core. */
export function capacityOver(t: Timeline, a: number, b: number): Capacity {
  const out: Capacity = { task: 0, pool: 0, idle: 0 }
  for (let i = 0; i < t.length; i++) {
    const s = t[i]
    const until = Math.min(i + 1 < t.length ? t[i + 1].from - 1 : Infinity, s.end === undefined ? Infinity : s.end - 1, b)
    const n = until - Math.max(s.from, a) + 1
    if (n <= 0) continue
    out.task += n * s.tasks.reduce((x, [, p]) => x + p, 0)
    out.pool += n * s.pool
    out.idle += n * s.idle
  }
  return out
}

/** included ÷ allowed, where allowed = (task + pool) parts·blocks ÷ 57,600; null when nothing was allowed. */
export function utilisation(included: number, task: bigint | number, pool: bigint | number): number | null {
  const allowed = BigInt(task) + BigInt(pool)
  return allowed === 0n ? null : (included * PARTS) / Number(allowed)
}

/** A run of blocks of one timeslice and one UTC day. */
export interface Chunk {
  from: number
  to: number
  slice: number
  day: string
}

/**
 * The blocks after `accountedTo` up to the last of `seen`, cut by timeslice and day. Blocks the processor did not
 * fetch (a batch holds only blocks with requested events) take the day of the next block it did.
 */
export function chunksOf(accountedTo: number, seen: { height: number; day: string }[]): Chunk[] {
  const out: Chunk[] = []
  let prev = accountedTo
  for (const { height, day } of [...seen].sort((a, b) => a.height - b.height)) {
    for (let a = prev + 1; a <= height; ) {
      const slice = sliceOf(a)
      const to = Math.min(height, (slice + 1) * TIMESLICE - 1)
      const last = out[out.length - 1]
      if (last && last.slice === slice && last.day === day && last.to === a - 1) last.to = to
      else out.push({ from: a, to, slice, day })
      a = to + 1
    }
    prev = Math.max(prev, height)
  }
  return out
}

/** How a segment reads in a table: 'Task 2000', 'Task 2000 28800 + Pool 28800', 'Idle', 'none'. */
export function describe(s: Segment | undefined): string {
  if (!s || (!s.tasks.length && !s.pool && !s.idle)) return 'none'
  const whole = (p: number) => (p === PARTS ? '' : ` ${p}`)
  const parts = [...s.tasks.map(([para, p]) => `Task ${para}${whole(p)}`), ...(s.pool ? [`Pool${whole(s.pool)}`] : [])]
  return parts.length ? parts.join(' + ') : 'Idle'
}
