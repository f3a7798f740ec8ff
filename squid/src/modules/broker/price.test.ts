import { describe, expect, it } from 'vitest'
import { adaptPrice, fromRational, leadinFactor, leadinPrice } from './price'
import { priceRuleAt } from './decoders'

const ONE = 1_000_000_000n
const DOT = 10_000_000_000n

describe('pallet_broker price rules (adapt_price.rs, utility_impls.rs)', () => {
  it("CenterTargetPrice's lead-in factor at the points pallet_broker's own test checks: 100, 55, 10, 5.5, 1", () => {
    expect([0n, ONE / 4n, ONE / 2n, (3n * ONE) / 4n, ONE].map(leadinFactor)).toEqual([100n * ONE, 55n * ONE, 10n * ONE, 5_500_000_000n, ONE])
  })

  it('the lead-in price: 100 × the end price at the start, 10 × halfway, the end price after the lead-in, floored to the planck', () => {
    const end = 12_345_678_901n
    expect(leadinPrice(end, 100_800, 0)).toBe(1_234_567_890_100n)
    expect(leadinPrice(end, 100_800, -5)).toBe(1_234_567_890_100n)
    expect(leadinPrice(end, 100_800, 50_400)).toBe(123_456_789_010n)
    expect(leadinPrice(end, 100_800, 100_800)).toBe(end)
    expect(leadinPrice(end, 100_800, 1_000_000)).toBe(end)
    // a third of the way: through = 333_333_333 parts, factor 100 − 180 × that = 40.00000006
    expect(fromRational(1n, 3n)).toBe(333_333_333n)
    expect(leadinPrice(end, 3, 1)).toBe((40_000_000_060n * end) / ONE)
  })

  it('from_rational rounds to the nearest part, halves down', () => {
    expect(fromRational(2n, 3n)).toBe(666_666_667n)
    expect(fromRational(1n, 2_000_000_000n)).toBe(0n)
    expect(fromRational(3n, 2_000_000_000n)).toBe(1n)
    expect(fromRational(5n, 4_000_000_000n)).toBe(1n)
  })

  it('the next sale: CenterTargetPrice takes a tenth of the sellout price; without a sellout keeps the end price, target 10 ×', () => {
    expect(adaptPrice({ kind: 'CenterTargetPrice' }, { selloutPrice: 10_000n, endPrice: 100n })).toEqual({ endPrice: 1_000n, targetPrice: 10_000n })
    expect(adaptPrice({ kind: 'CenterTargetPrice' }, { selloutPrice: null, endPrice: 100n })).toEqual({ endPrice: 100n, targetPrice: 1_000n })
    // a tenth that rounds to zero would never recover: the sellout price stays
    expect(adaptPrice({ kind: 'CenterTargetPrice' }, { selloutPrice: 9n, endPrice: 1n })).toEqual({ endPrice: 9n, targetPrice: 9n })
  })

  it("MinimumPrice raises the end price to its minimum and the target to at least the end (pallet_broker's minimum_price tests)", () => {
    expect(adaptPrice({ kind: 'MinimumPrice', minimum: 10n }, { selloutPrice: 10n, endPrice: 10n })).toEqual({ endPrice: 10n, targetPrice: 10n })
    expect(adaptPrice({ kind: 'MinimumPrice', minimum: 10n }, { selloutPrice: 12n, endPrice: 10n })).toEqual({ endPrice: 10n, targetPrice: 12n })
    expect(adaptPrice({ kind: 'MinimumPrice', minimum: 10n * DOT }, { selloutPrice: 2_000n * DOT, endPrice: 100n * DOT })).toEqual({ endPrice: 200n * DOT, targetPrice: 2_000n * DOT })
  })

  it('Polkadot Coretime: CenterTargetPrice until spec 1006000, MinimumPrice(10 DOT) from it; Paseo: a fixed 500 PAS end, 750 PAS target', () => {
    expect(priceRuleAt('coretime-polkadot', 1_005_001)).toEqual({ kind: 'CenterTargetPrice' })
    expect(priceRuleAt('coretime-polkadot', 2_000_000)).toEqual({ kind: 'MinimumPrice', minimum: 10n * DOT })
    const paseo = priceRuleAt('coretime-paseo', 2_000_006)
    expect(paseo).toEqual({ kind: 'MinimumPriceWithFixedTargetPrice', minimum: 500n * DOT, target: 750n * DOT })
    // whatever the sale did: Paseo 2000006 under chopsticks sold a core at 365,000 PAS and the next sale ended at 500 PAS
    expect(adaptPrice(paseo, { selloutPrice: 365_000n * DOT, endPrice: 500n * DOT })).toEqual({ endPrice: 500n * DOT, targetPrice: 750n * DOT })
  })
})
