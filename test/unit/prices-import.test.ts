import { describe, expect, it } from 'vitest'
import { parsePriceCsv } from '../../scripts/prices-import'

describe('prices:import CSV', () => {
  it('reads each day with its micro-USD price and the line it came from', () => {
    const prices = parsePriceCsv('date,usd_per_dot\n2026-03-02,5.2\n\n2026-03-03,"4.1234567"\n', '/tmp/prices.csv')
    expect(prices).toEqual([
      { date: '2026-03-02', usdPerDot: '5.2', microUsdPerDot: 5_200_000n, source: 'import:prices.csv:2' },
      // a blank line is skipped, and the line numbers stay the file's
      { date: '2026-03-03', usdPerDot: '4.1234567', microUsdPerDot: 4_123_456n, source: 'import:prices.csv:4' },
    ])
  })

  it('names the bad line and why', () => {
    expect(() => parsePriceCsv('date,usd_per_dot\n2026-03-02,5.2\n2026-02-30,5\n', 'p.csv')).toThrow('p.csv:3: "2026-02-30" is not a UTC day (YYYY-MM-DD)')
    expect(() => parsePriceCsv('date,usd_per_dot\n2026-03-02,five\n', 'p.csv')).toThrow('p.csv:2: usd_per_dot "five" is not a positive decimal number such as 4.25')
    expect(() => parsePriceCsv('date,usd_per_dot\n2026-03-02,5\n2026-03-02,6\n', 'p.csv')).toThrow('p.csv:3: 2026-03-02 is already priced on line 2')
    expect(() => parsePriceCsv('day,price\n2026-03-02,5\n', 'p.csv')).toThrow('p.csv:1: the header must be "date,usd_per_dot", got "day,price"')
    expect(() => parsePriceCsv('date,usd_per_dot\n2026-03-02,5,7\n', 'p.csv')).toThrow(/^p\.csv: .*line 2/)
  })
})
