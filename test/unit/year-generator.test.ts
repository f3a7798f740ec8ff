/**
 * The year generator's clock and its refusals, without a chain: where blocks fall in time across the migration
 * windows, the relay block each parachain block belongs to, and a clear error for options that cannot make a
 * year. (The generated history itself is indexed and asserted in test/replay/year.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import { DAY_MS, MIGRATION, relayBlockAt, schedule } from '../../devnet/replay/year/clock'
import { writeYear } from '../../devnet/replay/year'

const START = Date.UTC(2025, 9, 28)

describe('the year generator', () => {
  it('a schedule: sparse blocks on a grid, the migration window at 6 s a block from its start, the grid after it', () => {
    const at = START + 7 * DAY_MS + 2 * 3_600_000
    const s = schedule({ start: START, days: 10, perDay: 48, window: { ...MIGRATION.relay, at } })
    const w = s.numbers.indexOf(MIGRATION.relay.from)
    // 7 days and 2 hours of 30-minute blocks before the window: 7 × 48 + 4
    expect(w).toBe(7 * 48 + 4)
    expect(s.numbers[0]).toBe(MIGRATION.relay.from - 340)
    expect(s.timestamps[w]).toBe(at)
    const end = s.numbers.indexOf(MIGRATION.relay.to)
    expect(s.timestamps[end] - s.timestamps[w]).toBe((MIGRATION.relay.to - MIGRATION.relay.from) * 6_000)
    // the window ends at 10:39:24; the grid resumes at 11:00
    expect(new Date(s.timestamps[end + 1]).toISOString()).toBe('2025-11-04T11:00:00.000Z')
    // numbers follow each other with no gap; the last block is on the last day
    expect(s.numbers.every((n, i) => i === 0 || n === s.numbers[i - 1] + 1)).toBe(true)
    expect(new Date(s.timestamps[s.timestamps.length - 1]).toISOString()).toBe('2025-11-06T23:30:00.000Z')
  })

  it('a parachain block belongs to the last relay block at or before its time', () => {
    const relay = { numbers: [100, 101, 102], timestamps: [0, 6_000, 12_000] }
    expect([relayBlockAt(relay, 0), relayBlockAt(relay, 5_999), relayBlockAt(relay, 6_000), relayBlockAt(relay, 99_000)]).toEqual([100, 100, 101, 102])
  })

  it('refuses options that cannot make a year, naming them', () => {
    expect(() => writeYear('/tmp/never', { days: 2 })).toThrow(/days must be a whole number from 3 to 366, got 2/)
    expect(() => writeYear('/tmp/never', { start: START + 1 })).toThrow(/start must be a UTC midnight, got 2025-10-28T00:00:00.001Z/)
    expect(() => writeYear('/tmp/never', { days: 10, migrationDay: 9 })).toThrow(/migrationDay must be 1\.\.8/)
    expect(() => schedule({ start: START, days: 3, perDay: 0 })).toThrow(/blocks per day must be 1\.\.14400, got 0/)
    // a window that would run past the last day
    expect(() => schedule({ start: START, days: 1, perDay: 48, window: { ...MIGRATION.relay, at: START + 20 * 3_600_000 } })).toThrow(/must fall inside the generated days/)
  })
})
