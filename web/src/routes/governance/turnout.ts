import type { ReferendumListed } from '$lib/types'

export interface TurnoutDay {
  date: string
  /** the mean of the day's turnouts (fractions of the active issuance) */
  mean: number
  referenda: { chain: string; index: number; trackName: string | null; ratio: number; blockNumber: number }[]
}

/** Referenda with a turnout, grouped by the UTC day of their latest tally, oldest day first. */
export function turnoutByDay(referenda: ReferendumListed[]): TurnoutDay[] {
  const byDay = new Map<string, TurnoutDay['referenda']>()
  for (const r of referenda) {
    if (!r.turnout || !r.tallyAt) continue
    const date = r.tallyAt.slice(0, 10)
    const list = byDay.get(date) ?? []
    list.push({ chain: r.chain, index: r.index, trackName: r.trackName ?? null, ratio: r.turnout.ratio, blockNumber: r.turnout.blockNumber })
    byDay.set(date, list)
  }
  return [...byDay]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, list]) => ({ date, mean: list.reduce((a, r) => a + r.ratio, 0) / list.length, referenda: list.sort((a, b) => a.index - b.index) }))
}
