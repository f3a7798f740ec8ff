/**
 * Where a slash went: the sink read from the deposit next to the slash events, in the order each pallet emits
 * them (staking: the Slashed events, reporters' rewards, then the sink; Referenda and Bounties: the sink, then
 * their event), and what no deposit received.
 */
import { describe, expect, it } from 'vitest'
import type { EventCtx } from '../../squid/src/mappings/facts'
import { slashesOf, type SlashRunEvent } from '../../squid/src/modules/slashes'

let index = 0
const ctx = (extrinsicIndex?: number): EventCtx => ({ chain: 'relay', blockNumber: 7, timestamp: new Date(0), eventIndex: index++, extrinsicIndex })
const staking = (amount: bigint, x?: number): SlashRunEvent => ({ ctx: ctx(x), slash: { kind: 'Staking', amount } })
const referendum = (amount: bigint, x?: number): SlashRunEvent => ({ ctx: ctx(x), slash: { kind: 'ReferendumDeposit', amount } })
const bond = (amount: bigint, x?: number): SlashRunEvent => ({ ctx: ctx(x), slash: { kind: 'BountyBond', amount } })
const toTreasury = (amount: bigint, x?: number): SlashRunEvent => ({ ctx: ctx(x), deposit: { recipient: 'Treasury', amount } })
const toStaging = (amount: bigint, x?: number): SlashRunEvent => ({ ctx: ctx(x), deposit: { recipient: 'DapStaging', amount } })
const toAccount = (amount: bigint, x?: number): SlashRunEvent => ({ ctx: ctx(x), deposit: { amount } })
const other = (x?: number): SlashRunEvent => ({ ctx: ctx(x) })

const pick = (r: ReturnType<typeof slashesOf>) => r.map(({ kind, events, amount, recipient, toRecipient, toReporters, burned }) => ({ kind, events, amount, recipient, toRecipient, toReporters, burned }))

describe('slashesOf', () => {
  it('a staking offence: its Slashed events sum to one slash, the first pallet deposit after them is its sink', () => {
    index = 0
    const run = [other(), staking(7_000n), other(), staking(3_000n), toTreasury(10_000n), toTreasury(10_000n)]
    const [s] = slashesOf(run)
    expect(pick([s])).toEqual([{ kind: 'Staking', events: 2, amount: 10_000n, recipient: 'Treasury', toRecipient: 10_000n, toReporters: 0n, burned: 0n }])
    // the Balances.Deposit to py/trsry (event 4) comes before the Treasury.Deposit (5); both are the same money
    expect([s.ctx.eventIndex, s.depositEventIndex]).toEqual([1, 4])
  })

  it("the reporters' reward is paid to other accounts before the sink; the rest to DAP's staging account", () => {
    index = 0
    expect(pick(slashesOf([staking(9_000n), toAccount(900n), toStaging(8_100n)]))).toEqual([{ kind: 'Staking', events: 1, amount: 9_000n, recipient: 'DapStaging', toRecipient: 8_100n, toReporters: 900n, burned: 0n }])
  })

  it('a slash with no sink deposit in its phase is burned; a deposit in another phase is not its sink', () => {
    index = 0
    expect(pick(slashesOf([staking(5_000n, 0), toTreasury(5_000n, 1)]))).toEqual([{ kind: 'Staking', events: 1, amount: 5_000n, recipient: 'Burned', toRecipient: 0n, toReporters: 0n, burned: 5_000n }])
    // a sink that received less than the slash: the difference deposited nowhere
    expect(pick(slashesOf([staking(5_000n), toTreasury(4_000n)]))).toEqual([{ kind: 'Staking', events: 1, amount: 5_000n, recipient: 'Treasury', toRecipient: 4_000n, toReporters: 0n, burned: 1_000n }])
  })

  it('governance slashes: the deposit of exactly the amount just before DepositSlashed / BountyRejected', () => {
    index = 0
    const run = [toTreasury(400n, 2), toTreasury(400n, 2), referendum(400n, 2), toStaging(1_250n, 3), other(3), bond(1_250n, 3), toStaging(77n, 4), bond(50n, 4)]
    expect(pick(slashesOf(run))).toEqual([
      { kind: 'ReferendumDeposit', events: 1, amount: 400n, recipient: 'Treasury', toRecipient: 400n, toReporters: 0n, burned: 0n },
      { kind: 'BountyBond', events: 1, amount: 1_250n, recipient: 'DapStaging', toRecipient: 1_250n, toReporters: 0n, burned: 0n },
      // 77 is not the bond of 50: no sink
      { kind: 'BountyBond', events: 1, amount: 50n, recipient: 'Burned', toRecipient: 0n, toReporters: 0n, burned: 50n },
    ])
  })

  it('two offences in one phase are two slashes, each with its own sink', () => {
    index = 0
    const r = slashesOf([staking(100n), toTreasury(100n), staking(200n), staking(300n), toTreasury(500n)])
    expect(r.map((s) => [s.events, s.amount, s.toRecipient, s.depositEventIndex])).toEqual([
      [1, 100n, 100n, 1],
      [2, 500n, 500n, 4],
    ])
  })
})
