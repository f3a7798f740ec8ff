import { describe, expect, it } from 'vitest'
import { cloudQuarter, reconcileQuarter } from './report'
import type { TreasuryDay } from './types'

const day = (chain: string, date: string, o: Partial<TreasuryDay>): TreasuryDay =>
  ({ chain, date, inflow: '0', outflow: '0', movedIn: '0', movedOut: '0', openingBalance: null, openingBlock: null, closingBalance: null, closingBlock: null, drift: null, driftBlock: null, closed: true, ...o }) as TreasuryDay

describe('the quarter\'s reconciliation', () => {
  it('adds a chain\'s days: opening of the first, closing of the last, flows and the migration\'s moves between, drift the rest', () => {
    const days = [
      day('relay', '2025-11-02', { openingBalance: '1000', openingBlock: 9, inflow: '50', outflow: '20', closingBalance: '1030', closingBlock: 19, drift: '0' }),
      day('relay', '2025-11-03', { openingBalance: '1030', openingBlock: 19, inflow: '5', movedOut: '1000', closingBalance: '42', closingBlock: 29, drift: '7' }),
      day('asset-hub', '2025-11-03', { openingBalance: '0', openingBlock: 100, movedIn: '1000', closingBalance: '1000', closingBlock: 110, drift: '0' }),
    ]
    expect(reconcileQuarter(days)).toEqual([
      { chain: 'asset-hub', days: 1, opening: 0n, openingBlock: 100, inflow: 0n, outflow: 0n, movedIn: 1000n, movedOut: 0n, expected: 1000n, closing: 1000n, closingBlock: 110, drift: 0n, dailyDrift: 0n, driftDays: 0 },
      { chain: 'relay', days: 2, opening: 1000n, openingBlock: 9, inflow: 55n, outflow: 20n, movedIn: 0n, movedOut: 1000n, expected: 35n, closing: 42n, closingBlock: 29, drift: 7n, dailyDrift: 7n, driftDays: 1 },
    ])
  })

  it('says "not known" rather than 0 when a balance was never read', () => {
    const [r] = reconcileQuarter([day('relay', '2025-11-02', { inflow: '5' })])
    expect([r.opening, r.expected, r.closing, r.drift, r.dailyDrift]).toEqual([null, null, null, null, null])
  })
})

describe('the quarter\'s Cloud utilisation', () => {
  it('is blocks included over blocks allowed across the days, not an average of daily ratios', () => {
    const c = cloudQuarter([
      { date: '2026-01-01', blocksIncluded: 10, allowed: 10, coresInUse: 1, parasActive: 1, onDemandOrders: 2, onDemandSpotPriceSum: '30', firstBlock: 1, lastBlock: 10 },
      { date: '2026-01-02', blocksIncluded: 10, allowed: 30, coresInUse: 3, parasActive: 2, onDemandOrders: 0, onDemandSpotPriceSum: '0', firstBlock: 11, lastBlock: 40 },
    ])
    expect(c).toEqual({ days: 2, blocksIncluded: 20, allowed: 40, utilisation: 0.5, maxCoresInUse: 3, maxParasActive: 2, onDemandOrders: 2, onDemandSpotPriceSum: 30n, firstBlock: 1, lastBlock: 40 })
    expect(cloudQuarter([]).utilisation).toBeNull()
  })
})
