import { describe, expect, it } from 'vitest'
import { encodeAccount } from '../../mappings/locations'
import { formatMicroUsd, microUsdPerDot, nativePoolAccount, parseUsd } from './price'

describe('DOT/USD arithmetic', () => {
  it('prices micro-USD per DOT from planck and stablecoin units, rounded down', () => {
    // 1,500 USDT for 300 DOT: 5 USD per DOT
    expect(microUsdPerDot(300n * 10n ** 10n, 1_500_000_000n)).toBe(5_000_000n)
    // 10 USDT units (0.00001 USD) for 3 planck: 33,333,333,333.333… micro-USD per DOT, rounded down
    expect(microUsdPerDot(3n, 10n)).toBe(33_333_333_333n)
    expect(microUsdPerDot(0n, 10n)).toBeUndefined()
  })

  it('formats and parses USD to the micro-USD', () => {
    expect(formatMicroUsd(4_123_456n)).toBe('4.123456')
    expect(formatMicroUsd(7n)).toBe('0.000007')
    expect(parseUsd('4.1234567')).toBe(4_123_456n)
    expect(parseUsd(' 12 ')).toBe(12_000_000n)
    expect(parseUsd('1e3')).toBeUndefined()
    expect(parseUsd('-1')).toBeUndefined()
  })

  it("derives the DOT/USDT pool's account as the runtime does", () => {
    // the account seen on Polkadot Asset Hub paying out DOT in the fee swaps of fees paid in USDT
    expect(encodeAccount(nativePoolAccount(1984), 0)).toBe('12dvmstTqsjrPrPdouMpbsgaaQjPGYFh7gMaiNgZ7Rzaacok')
  })
})
