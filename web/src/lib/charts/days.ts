/** Charts place daily rollups on a UTC time axis, one band per day. */

export const DAY_MS = 86_400_000

/** "2025-08-01" → the Date of that day's start in UTC */
export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`)
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS)
}

/** The x domain covering whole days: from the first day's start to the end of the last day */
export function dayDomain(days: string[]): [Date, Date] {
  if (days.length === 0) {
    const today = parseDay(new Date().toISOString().slice(0, 10))
    return [today, addDays(today, 1)]
  }
  const sorted = [...days].sort()
  return [parseDay(sorted[0]), addDays(parseDay(sorted[sorted.length - 1]), 1)]
}

/** A y domain that always includes zero, so bars and areas start from a true baseline */
export function valueDomain(values: number[]): [number, number] {
  let lo = 0
  let hi = 0
  for (const v of values) {
    if (!Number.isFinite(v)) continue
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  if (lo === hi) hi = lo + 1
  return [lo, hi]
}
