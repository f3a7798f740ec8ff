import { describe, expect, it } from 'vitest'
import { balancesByChain, feesByDate, treasuryByDate } from './daily'
import type { FeeDay, TreasuryDay } from './types'

const tday = (chain: string, date: string, inFees: string, outSpendPaid: string, closingBalance: string | null): TreasuryDay => ({
  chain,
  date,
  inFees,
  inDeposits: '0',
  inTransfers: '0',
  outAwarded: '0',
  outSpendPaid,
  outBurnt: '0',
  inflow: inFees,
  outflow: outSpendPaid,
  closingBalance,
  closingBlock: null,
  flowCount: 1,
})

describe('treasuryByDate', () => {
  it('sums chains per day exactly, in date order', () => {
    const big = '123456789012345678901234567890'
    const rows = treasuryByDate([tday('asset-hub', '2025-11-05', big, '0', null), tday('relay', '2025-11-04', '5', '7', null), tday('relay', '2025-11-05', '1', '2', null)])
    expect(rows.map((r) => r.date)).toEqual(['2025-11-04', '2025-11-05'])
    expect(rows[1].sums.inFees).toBe(BigInt(big) + 1n)
    expect(rows[1].sums.outSpendPaid).toBe(2n)
  })
})

describe('balancesByChain', () => {
  it('carries the last close over days without one, and skips days before the first', () => {
    const b = balancesByChain([tday('relay', '2025-11-03', '0', '0', null), tday('relay', '2025-11-05', '0', '0', null), tday('relay', '2025-11-04', '0', '0', '100')])
    expect(b.get('relay')).toEqual([
      { date: '2025-11-04', balance: 100n, reported: true },
      { date: '2025-11-05', balance: 100n, reported: false },
    ])
  })
})

describe('feesByDate', () => {
  it('sums fees, tips, shares and extrinsic counts per day', () => {
    const f = (chain: string, extrinsics: number, fees: string): FeeDay => ({ chain, date: '2025-11-04', extrinsics, fees, tips: '1', toTreasury: '2', toAuthor: '3', toCollatorPot: '4', toDap: '5', burned: '0', assetFeeExtrinsics: 0, assetFeesNative: '0' })
    const [d] = feesByDate([f('relay', 3, '10'), f('coretime', 4, '20')])
    expect(d.extrinsics).toBe(7)
    expect(d.sums).toEqual({ fees: 30n, tips: 2n, toTreasury: 4n, toAuthor: 6n, toCollatorPot: 8n, toDap: 10n, burned: 0n })
  })
})
