import { describe, expect, it } from 'vitest'
import {
  balanceNote,
  describeBeneficiary,
  eventHref,
  eventLabel,
  formatAmount,
  formatFigure,
  feeShare,
  formatPercent,
  formatUnits,
  parseEventId,
  shortenAddress,
  unitsToNumber,
} from './format'

describe('formatUnits (planck → units, bigint only)', () => {
  it('places the decimal point by the asset decimals and groups thousands', () => {
    expect(formatUnits(12_345_678_901_234n, 10)).toBe('1,234.5678901234')
    expect(formatUnits('12345678901234', 10)).toBe('1,234.5678901234')
  })

  it('keeps every digit of amounts beyond 2^53', () => {
    // 123,456,789,012.3456789012 DOT: a float would lose the trailing digits
    expect(formatUnits(1_234_567_890_123_456_789_012n, 10)).toBe('123,456,789,012.3456789012')
    expect(formatUnits(2n ** 64n, 0)).toBe('18,446,744,073,709,551,616')
  })

  it('trims trailing zeros, and shows whole amounts without a fraction', () => {
    expect(formatUnits(15_000_000_000n, 10)).toBe('1.5')
    expect(formatUnits(10_000_000_000n, 10)).toBe('1')
    expect(formatUnits(0n, 10)).toBe('0')
  })

  it('pads amounts below one unit', () => {
    expect(formatUnits(1n, 10)).toBe('0.0000000001')
    expect(formatUnits(250_000n, 6)).toBe('0.25')
  })

  it('works for 6-decimal assets (USDT, USDC) and 0 decimals', () => {
    expect(formatUnits(250_000_000_000n, 6)).toBe('250,000')
    expect(formatUnits(1_234_567n, 6)).toBe('1.234567')
    expect(formatUnits(42n, 0)).toBe('42')
  })

  it('rounds half away from zero when fraction digits are limited', () => {
    expect(formatUnits(12_345_678_901_234n, 10, { maxFractionDigits: 2 })).toBe('1,234.57')
    expect(formatUnits(12_344_999_999_999n, 10, { maxFractionDigits: 2 })).toBe('1,234.5')
    expect(formatUnits(99_995_000_000n, 10, { maxFractionDigits: 2 })).toBe('10')
    expect(formatUnits(-12_345_678_901_234n, 10, { maxFractionDigits: 2 })).toBe('-1,234.57')
    expect(formatUnits(-1n, 10, { maxFractionDigits: 2 })).toBe('0')
  })

  it('pads to a minimum of fraction digits', () => {
    expect(formatUnits(15_000_000_000n, 10, { maxFractionDigits: 2, minFractionDigits: 2 })).toBe('1.50')
  })

  it('can leave out grouping (CSV)', () => {
    expect(formatUnits(12_345_678_901_234n, 10, { group: false })).toBe('1234.5678901234')
  })

  it('rejects what is not an integer string rather than showing 0', () => {
    expect(() => formatUnits('', 10)).toThrow(/Not an integer/)
    expect(() => formatUnits('1.5', 10)).toThrow(/Not an integer/)
    expect(() => formatUnits('1e21', 10)).toThrow(/Not an integer/)
    expect(() => formatUnits(1n, -1)).toThrow(RangeError)
  })
})

describe('formatAmount and formatFigure', () => {
  const DOT = { symbol: 'DOT', decimals: 10 }
  it('adds the symbol', () => {
    expect(formatAmount('12345678901234', DOT)).toBe('1,234.5678901234 DOT')
    expect(formatAmount('250000000', { symbol: 'USDT', decimals: 6 })).toBe('250 USDT')
  })
  it('rounds key figures to two fixed digits from one unit up', () => {
    expect(formatFigure('12345678901234', DOT)).toBe('1,234.57 DOT')
    expect(formatFigure('15000000000', DOT)).toBe('1.50 DOT')
    expect(formatFigure('10000000000', DOT)).toBe('1.00 DOT')
    expect(formatFigure('0', DOT)).toBe('0 DOT')
    expect(formatFigure('7', { symbol: 'X', decimals: 0 })).toBe('7 X')
  })
  it('keeps four significant digits below one unit, so small sums never read as 0', () => {
    expect(formatFigure('12345678', DOT)).toBe('0.001235 DOT')
    expect(formatFigure('7000000000', DOT)).toBe('0.7 DOT')
    expect(formatFigure('10000', DOT)).toBe('0.000001 DOT')
    expect(formatFigure('1', DOT)).toBe('0.0000000001 DOT')
    expect(formatFigure('-12345678', DOT)).toBe('-0.001235 DOT')
    expect(formatFigure('999999', { symbol: 'USDT', decimals: 6 })).toBe('1 USDT')
  })
})

describe('unitsToNumber (chart geometry only)', () => {
  it('converts through the decimal string', () => {
    expect(unitsToNumber(12_345_678_901_234n, 10)).toBeCloseTo(1234.5678901234, 10)
    expect(unitsToNumber('-25000000', 6)).toBe(-25)
  })
})

describe('addresses', () => {
  const alice = '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5'
  it('shortens SS58 to head…tail', () => {
    expect(shortenAddress(alice)).toBe('15oF4u…Hr6Sp5')
    expect(shortenAddress(alice, 4, 4)).toBe('15oF…6Sp5')
    expect(shortenAddress('short')).toBe('short')
  })
  it('describes an account beneficiary by its SS58, a location by what it is', () => {
    expect(describeBeneficiary(alice)).toEqual({ short: '15oF4u…Hr6Sp5', full: alice, isAccount: true })
    const loc = JSON.stringify({ parents: 0, interior: { __kind: 'X1', value: [{ __kind: 'Parachain', value: 2004 }] } })
    expect(describeBeneficiary(loc)).toEqual({ short: 'XCM location (parachain 2004)', full: loc, isAccount: false })
    expect(describeBeneficiary('{"parents":1,"interior":{"__kind":"Here"}}').short).toBe('{"parents":1,"interior"…')
  })
})

describe('events', () => {
  it('parses "<chain>-<block>-<index>" from the right, so hyphenated chains work', () => {
    expect(parseEventId('relay-28490502-7')).toEqual({ chain: 'relay', blockNumber: 28490502, eventIndex: 7 })
    expect(parseEventId('asset-hub-123-0')).toEqual({ chain: 'asset-hub', blockNumber: 123, eventIndex: 0 })
    expect(parseEventId('relay-12')).toBeNull()
    expect(parseEventId('relay-x-1')).toBeNull()
  })
  it('links carry the day, labels read "#block-index"', () => {
    const ref = { id: 'asset-hub-123-4', chain: 'asset-hub', blockNumber: 123, eventIndex: 4, timestamp: '2025-11-04T10:00:00.000Z' }
    expect(eventHref(ref)).toBe('/event/asset-hub-123-4?date=2025-11-04')
    expect(eventLabel(ref)).toBe('#123-4')
  })
})

describe('feeShare (of the fees, tips included in them)', () => {
  it('divides by the fees alone: the relay fee of 160,000,000 planck with its 10,000,000 tip gives the treasury 80 % of 150,000,000', () => {
    // toTreasury = 120,000,000; over fee + tip (170,000,000) it would read 70.5 %
    expect(feeShare('120000000', '160000000')).toBe('75.0 %')
    expect(feeShare(40_000_000n, 160_000_000n)).toBe('25.0 %')
    // two fees (the relay replay's): 280,000,004 planck of 390,000,005 to the treasury
    expect(feeShare('280000004', '390000005')).toBe('71.7 %')
  })

  it('rounds down to 0.1 % and shows a dash when nothing was paid', () => {
    expect(feeShare('1', '3')).toBe('33.3 %')
    expect(feeShare('2', '3')).toBe('66.6 %')
    expect(feeShare('5', '5')).toBe('100.0 %')
    expect(feeShare('0', '0')).toBe('—')
  })
})

describe('formatPercent', () => {
  it('never rounds an unfinished sync up to 100 %', () => {
    expect(formatPercent(0.99999)).toBe('99.9 %')
    expect(formatPercent(1)).toBe('100.0 %')
    expect(formatPercent(0.62)).toBe('62.0 %')
  })
})

describe('balanceNote', () => {
  it("says whose balance a figure is", () => {
    expect(balanceNote({ balance: '1', balanceBlock: 1234567, balanceDate: '2025-11-04', chain: 'relay' })).toBe('at block 1,234,567, 2025-11-04')
    expect(balanceNote({ balance: '1', balanceBlock: null, balanceDate: '2025-11-04', chain: null })).toBe("sum of each chain's latest balance, up to 2025-11-04")
    expect(balanceNote({ balance: null, balanceBlock: null, balanceDate: null, chain: null })).toMatch(/no balance/)
  })
})
