import { describe, expect, it } from 'vitest'
import { inQuarter, parseQuarter, quarterOf, quartersOf } from './quarter'

describe('quarters', () => {
  it('parses 2026-Q1 into its first and last day, leap years included', () => {
    expect(parseQuarter('2026-Q1')).toEqual({ value: { year: 2026, q: 1, key: '2026-Q1', from: '2026-01-01', to: '2026-03-31' } })
    expect(parseQuarter('2028-Q1')).toMatchObject({ value: { to: '2028-03-31' } })
    expect(parseQuarter('2025-Q4')).toMatchObject({ value: { from: '2025-10-01', to: '2025-12-31' } })
    expect(parseQuarter('2026-Q2')).toMatchObject({ value: { from: '2026-04-01', to: '2026-06-30' } })
  })

  it('refuses text that is not a quarter, saying what a quarter looks like', () => {
    expect(parseQuarter('2026-Q5')).toEqual({ problem: '"2026-Q5" is not a quarter: write the year, "-Q" and the quarter number 1 to 4, e.g. 2026-Q1' })
    expect(parseQuarter('Q1-2026')).toHaveProperty('problem')
    expect(parseQuarter('1999-Q1')).toEqual({ problem: '"1999-Q1": the year must be between 2020 (Polkadot\'s launch) and 2100' })
  })

  it('finds the quarters of days, newest first, and whether a timestamp is in one', () => {
    expect(quarterOf('2025-11-03').key).toBe('2025-Q4')
    expect(quartersOf(['2025-11-03', '2026-01-01', '2025-12-31', '2025-03-31']).map((q) => q.key)).toEqual(['2026-Q1', '2025-Q4', '2025-Q1'])
    const q = quarterOf('2025-11-03')
    expect(inQuarter('2025-12-31T23:59:59.000Z', q)).toBe(true)
    expect(inQuarter('2026-01-01T00:00:00.000Z', q)).toBe(false)
    expect(inQuarter(null, q)).toBe(false)
  })
})
