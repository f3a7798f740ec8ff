import { describe, expect, it } from 'vitest'
import { formatUsd, microUsdOf, priceOn, usdOfDays } from './usd'
import type { DotPrice } from './types'

const price = (date: string, micro: string | null, source: string) => ({ date, microUsdPerDot: micro, source }) as DotPrice
const PRICES = [price('2026-03-01', '5071428', 'swaps:DOT/USDT'), price('2026-03-02', null, 'none'), price('2026-03-03', '5133333', 'swaps:DOT/USDT+DOT/USDC')]

describe('USD next to DOT', () => {
  it("takes the day's price, else the latest before it, never a later one", () => {
    expect(priceOn(PRICES, '2026-03-03')?.source).toBe('swaps:DOT/USDT+DOT/USDC')
    expect(priceOn(PRICES, '2026-03-02')?.date).toBe('2026-03-01')
    expect(priceOn(PRICES, '2026-02-28')).toBeUndefined()
  })

  it('values planck at micro-USD per DOT, rounded down, shown to the cent', () => {
    // 12.5 DOT at 5.071428 USD
    expect(microUsdOf(125_000_000_000n, 10, '5071428')).toBe(63_392_850n)
    expect(formatUsd(63_392_850n)).toBe('$63.39')
    expect(formatUsd(1_234_567_891n)).toBe('$1,234.57')
  })

  it('sums days each at its own price and counts the days it could not price', () => {
    const r = usdOfDays([{ date: '2026-02-28', amount: '10000000000' }, { date: '2026-03-01', amount: '20000000000' }, { date: '2026-03-03', amount: '10000000000' }], 10, PRICES)
    // 2 DOT at 5.071428 + 1 DOT at 5.133333
    expect(r).toEqual({ micro: 10_142_856n + 5_133_333n, unpriced: 1, sources: new Set(['swaps:DOT/USDT of 2026-03-01', 'swaps:DOT/USDT+DOT/USDC of 2026-03-03']) })
  })
})
