import { describe, expect, it } from 'vitest'
import { priceOn, spendUsd, type DayPrice } from './usd'

const PRICES: DayPrice[] = [
  { date: '2026-03-01', microUsdPerDot: 5_071_428n, source: 'swaps:DOT/USDT' },
  { date: '2026-03-03', microUsdPerDot: 5_133_333n, source: 'swaps:DOT/USDT+DOT/USDC' },
]
const DOT = 10n ** 10n

describe('a spend in USD', () => {
  it('DOT at the latest price on or before the day, naming the price’s source and day', () => {
    expect(priceOn(PRICES, '2026-02-28')).toBeUndefined()
    expect(priceOn(PRICES, '2026-03-02')?.date).toBe('2026-03-01')
    expect(spendUsd({ assetId: 'native', amount: 100n * DOT }, '2026-03-02', PRICES)).toEqual({ microUsd: 507_142_800n, source: 'swaps:DOT/USDT', day: '2026-03-01' })
    expect(spendUsd({ assetId: 'native', amount: DOT }, '2026-02-01', PRICES)).toEqual({ microUsd: null, source: 'unpriced:no DOT/USD price on or before 2026-02-01', day: null })
  })
  it('stablecoins at 1 USD; another asset through its AssetRate (FixedU128), else unpriced', () => {
    expect(spendUsd({ assetId: 'assethub-assets:1984', amount: 2_500_000n }, '2026-03-01', [])).toEqual({ microUsd: 2_500_000n, source: 'stablecoin:USDT at 1 USD', day: '2026-03-01' })
    // 3 units (12 decimals) at 0.5 DOT each: 1.5 DOT at 5.133333 = 7.6999995 USD
    const rate = { rateToNative: 5n * 10n ** 15n, source: 'storage:AssetRate.ConversionRateToNative@7' }
    expect(spendUsd({ assetId: 'assethub-assets:30', amount: 3n * 10n ** 12n }, '2026-03-03', PRICES, rate)).toEqual({ microUsd: 7_699_999n, source: 'storage:AssetRate.ConversionRateToNative@7+swaps:DOT/USDT+DOT/USDC', day: '2026-03-03' })
    expect(spendUsd({ assetId: 'assethub-assets:30', amount: 1n }, '2026-03-03', PRICES).microUsd).toBeNull()
  })
})
