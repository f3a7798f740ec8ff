/**
 * USD next to DOT: each figure valued with the DOT/USD price of a named day (lib: the API's dotPrices, an import or
 * the chain's own pools), and saying which. Integers until formatted: a price is micro-USD per DOT.
 */
import { formatUnits } from './format'
import type { DotPrice } from './types'

/** The price of `date`, else of the latest priced day before it (undefined: none known by then). */
export function priceOn(prices: readonly DotPrice[], date: string | null | undefined): DotPrice | undefined {
  if (!date) return undefined
  let best: DotPrice | undefined
  for (const p of prices) if (p.microUsdPerDot != null && p.date <= date && (!best || p.date > best.date)) best = p
  return best
}

/** micro-USD of `planck` of a `decimals` token at `microUsdPerDot`, rounded down. */
export function microUsdOf(planck: string | bigint, decimals: number, microUsdPerDot: string | bigint): bigint {
  return (BigInt(planck) * BigInt(microUsdPerDot)) / 10n ** BigInt(decimals)
}

/** "$1,234.56" of micro-USD (cents rounded half up). */
export function formatUsd(micro: bigint): string {
  return `$${formatUnits(micro, 6, { maxFractionDigits: 2, minFractionDigits: 2 })}`
}

/**
 * The USD of a sum of days, each day's amount at that day's price (or the latest before it); days with no price
 * by then are counted, not guessed.
 */
export function usdOfDays(days: readonly { date: string; amount: string }[], decimals: number, prices: readonly DotPrice[]): { micro: bigint; unpriced: number; sources: Set<string> } {
  let micro = 0n
  let unpriced = 0
  const sources = new Set<string>()
  for (const d of days) {
    if (BigInt(d.amount) === 0n) continue
    const p = priceOn(prices, d.date)
    if (!p) {
      unpriced += 1
      continue
    }
    micro += microUsdOf(d.amount, decimals, p.microUsdPerDot!)
    sources.add(`${p.source} of ${p.date}`)
  }
  return { micro, unpriced, sources }
}
