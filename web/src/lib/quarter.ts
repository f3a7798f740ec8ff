/**
 * Calendar quarters in UTC, written "2026-Q1": what the quarterly treasury report is made for. A quarter is the
 * closed range of days [from, to] that the API's period arguments take.
 */
export interface Quarter {
  year: number
  /** 1 to 4 */
  q: number
  /** "2026-Q1" */
  key: string
  /** first day, "2026-01-01" */
  from: string
  /** last day, "2026-03-31" */
  to: string
}

const QUARTER = /^(\d{4})-Q([1-4])$/

function iso(d: Date): string {
  return d.toISOString().slice(0, 10)
}

export function quarter(year: number, q: number): Quarter {
  const from = new Date(Date.UTC(year, (q - 1) * 3, 1))
  // day 0 of the next quarter's first month is the quarter's last day
  const to = new Date(Date.UTC(year, q * 3, 0))
  return { year, q, key: `${year}-Q${q}`, from: iso(from), to: iso(to) }
}

/** The quarter "2026-Q1" names, or a sentence saying what is wrong with the text. */
export function parseQuarter(text: string): { value: Quarter } | { problem: string } {
  const m = QUARTER.exec(text.trim())
  if (!m) return { problem: `"${text}" is not a quarter: write the year, "-Q" and the quarter number 1 to 4, e.g. 2026-Q1` }
  const year = Number(m[1])
  if (year < 2020 || year > 2100) return { problem: `"${text}": the year must be between 2020 (Polkadot's launch) and 2100` }
  return { value: quarter(year, Number(m[2])) }
}

/** The quarter holding day `date` ("2026-02-14" → 2026-Q1). */
export function quarterOf(date: string): Quarter {
  return quarter(Number(date.slice(0, 4)), Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1)
}

/** The distinct quarters of some days, newest first. */
export function quartersOf(dates: Iterable<string>): Quarter[] {
  const keys = new Map<string, Quarter>()
  for (const d of dates) {
    const q = quarterOf(d)
    keys.set(q.key, q)
  }
  return [...keys.values()].sort((a, b) => (a.key < b.key ? 1 : -1))
}

/** Whether the ISO timestamp or day `at` falls in the quarter (by its UTC day). */
export function inQuarter(at: string | null | undefined, q: Pick<Quarter, 'from' | 'to'>): boolean {
  if (!at) return false
  const day = at.slice(0, 10)
  return day >= q.from && day <= q.to
}
