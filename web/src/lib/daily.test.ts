import { describe, expect, it } from 'vitest'
import { balancesByChain, driftDays, feesByDate, migrationDays, treasuryByDate } from './daily'
import type { FeeDay, TreasuryDay } from './types'

const tday = (chain: string, date: string, inFees: string, outSpendPaid: string, closingBalance: string | null): TreasuryDay => ({
  chain,
  date,
  inFees,
  inDeposits: '0',
  inTransfers: '0',
  inBountyReturned: '0',
  outAwarded: '0',
  outSpendPaid,
  outBurnt: '0',
  outBountyFunded: '0',
  movedIn: '0',
  movedOut: '0',
  inflow: inFees,
  outflow: outSpendPaid,
  openingBalance: null,
  openingBlock: null,
  closingBalance,
  closingBlock: null,
  closed: false,
  drift: null,
  driftBlock: null,
  flowCount: 1,
})

const reconciledDay = (chain: string, date: string, drift: string, openingBlock: number, closingBlock: number, closed = true): TreasuryDay => ({
  ...tday(chain, date, '0', '0', '100'),
  openingBalance: '100',
  openingBlock,
  closingBlock,
  closed,
  drift,
})

describe('driftDays', () => {
  it('lists the days that do not reconcile by date then chain, with the blocks the drift lies between; counts the rest', () => {
    const r = driftDays([
      reconciledDay('relay', '2025-11-05', '50000000000', 28_490_499, 28_490_506, false),
      reconciledDay('relay', '2025-11-04', '0', 28_490_489, 28_490_499),
      reconciledDay('asset-hub', '2025-11-05', '-3', 10_259_204, 10_259_223),
      tday('asset-hub', '2025-11-06', '0', '0', null),
    ])
    expect(r).toEqual({
      drifting: [
        { chain: 'asset-hub', date: '2025-11-05', drift: -3n, openingBlock: 10_259_204, closingBlock: 10_259_223, driftBlock: null, closed: true },
        { chain: 'relay', date: '2025-11-05', drift: 50_000_000_000n, openingBlock: 28_490_499, closingBlock: 28_490_506, driftBlock: null, closed: false },
      ],
      reconciled: 1,
      unknown: 1,
    })
  })

  it('drift 0 on every day: nothing drifts', () => {
    expect(driftDays([reconciledDay('relay', '2025-11-04', '0', 1, 2)]).drifting).toEqual([])
  })
})

describe('migrationDays', () => {
  it('spans the earliest start to the latest end of the chains\' windows, as UTC days; unknown without indexed times', () => {
    expect(migrationDays([{ from: '2025-11-04T08:00:00.000Z', to: '2025-11-04T16:40:00.000Z' }, { from: '2025-11-04T08:01:00.000Z', to: '2025-11-05T00:10:00.000Z' }])).toEqual({ from: '2025-11-04', to: '2025-11-05' })
    expect(migrationDays([{ from: null, to: null }])).toBeUndefined()
  })
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
