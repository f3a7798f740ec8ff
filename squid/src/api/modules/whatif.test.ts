import { describe, expect, it } from 'vitest'
import { builderRewards, lotteryWeek } from './whatif'

const row = (contract: string, fees: bigint, income: bigint) => ({ contract, deployer: '0x' + '1d'.repeat(20), deployerAccount: null, calls: 1, callers: 1, fees, income })

describe('builder rewards what-if', () => {
  it('gives each deployer the share of its contract’s fees, taken pro rata from the recipients', () => {
    const r = builderRewards([row('a', 1_000n, 1_000n), row('b', 333n, 0n)], 20)
    expect(r.rows.map((x) => [x.reward, x.incomeWith])).toEqual([[200n, 800n], [66n, 0n]])
    expect([r.fees, r.reward, r.income, r.incomeWith]).toEqual([1_333n, 266n, 1_000n, 800n])
    expect(builderRewards([row('a', 1_000n, 1_000n)], 40).incomeWith).toBe(600n)
  })

  it('refuses a share that is not a whole percent', () => {
    expect(() => builderRewards([], 20.5)).toThrow('share must be a whole percent 0–100, got 20.5')
    expect(() => builderRewards([], 101)).toThrow(RangeError)
  })
})

describe('participation lottery what-if', () => {
  it('makes a pot of the week’s fees and gives each account its expected winnings by its fees', () => {
    const w = lotteryWeek([{ account: 'bob', fees: 15n }, { account: 'alice', fees: 60n }, { account: 'nobody', fees: 0n }], 10)
    // 10 % of 75 planck, rounded down; Alice holds 80 % of the tickets
    expect([w.pot, w.fees, w.accounts]).toEqual([7n, 75n, 2])
    expect(w.entries.map((e) => [e.account, e.expected])).toEqual([['alice', 5n], ['bob', 1n]])
    expect(w.herfindahl).toBeCloseTo(0.68, 12)
    expect(() => lotteryWeek([], 0)).toThrow('share must be a whole percent 1–100, got 0')
  })
})
