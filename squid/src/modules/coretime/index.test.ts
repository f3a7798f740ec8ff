/**
 * Where an on-demand order's spot price went, decoded from events encoded with the real Paseo relay 1009003
 * metadata (the runtime the devnet runs), in the order the runtimes emit them: the fee's pre-charge, the price's
 * withdrawal and its sink, the order, then the fee's shares.
 */
import { describe, expect, it } from 'vitest'
import { chainConfig } from '../../config'
import { decodeAll, type ChainEnv } from '../../handler'
import { palletAccount } from '../../mappings/palletAccounts'
import { moneyFlowsModule, type MoneyFlowRecords } from '../moneyFlows'
import { modulesOn } from '../registry'
import { TREASURY_ACCOUNT as TREASURY } from '../treasury'
import { coretimeModule, type OnDemandRecords } from '.'
import { processorBlock, testRuntime, type EventSpec } from '../../../../test/support/chain'
import { typegenRuntime } from '../../../../test/support/metadata'
import { ALICE, BOB, CHARLIE, DAVE } from '../../../../test/support/fixtures'

const paseo = testRuntime(typegenRuntime('relay', 'paseo', 1009003))
const env: ChainEnv = { cfg: chainConfig('relay', {}), ss58Prefix: 0, native: { id: 'native', symbol: 'DOT', decimals: 10, chain: 'relay' }, chainHeight: async () => 0 }
const ON_DEMAND_POT = palletAccount('py/ondmd')
const SPOT = 10_000_000n

const withdraw = (who: string, amount: bigint, x: number): EventSpec => ({ name: 'Balances.Withdraw', args: { who, amount }, extrinsic: x })
const deposit = (who: string, amount: bigint, x: number): EventSpec => ({ name: 'Balances.Deposit', args: { who, amount }, extrinsic: x })
const order = (orderedBy: string, spotPrice: bigint, x: number): EventSpec => ({ name: 'OnDemand.OnDemandOrderPlaced', args: { paraId: 2004, spotPrice, orderedBy }, extrinsic: x })

function decode(events: EventSpec[]) {
  const records = decodeAll(env, modulesOn(env), [processorBlock(paseo, { height: 3, timestamp: Date.UTC(2026, 11, 7, 12), events })])
  return { orders: (records.get(coretimeModule) as OnDemandRecords).items, flows: (records.get(moneyFlowsModule) as MoneyFlowRecords).flows.filter((f) => f.source === 'OnDemandOrder') }
}

describe('on-demand orders: where the spot price went', () => {
  it("Paseo 1009003's placeOrderAllowDeath as the devnet emitted it: Withdraw of the price, Rescinded of it, no deposit: burned", () => {
    const { orders, flows } = decode([
      withdraw(DAVE, 204_636_349n, 2), // 0: the fee's pre-charge
      withdraw(DAVE, SPOT, 2), // 1
      { name: 'System.NewAccount', args: { account: ON_DEMAND_POT }, extrinsic: 2 }, // 2: the pallet's inc_providers, no money
      { name: 'Balances.Rescinded', args: { amount: SPOT }, extrinsic: 2 }, // 3: the dropped imbalance
      order(DAVE, SPOT, 2), // 4
      deposit(TREASURY, 163_709_079n, 2), // 5: the fee's treasury share
      { name: 'TransactionPayment.TransactionFeePaid', args: { who: DAVE, actualFee: 204_636_349n, tip: 0n }, extrinsic: 2 }, // 6
    ])
    expect(orders.map((o) => [o.ctx.eventIndex, o.paid])).toEqual([[4, { kind: 'Burned', eventIndex: 3 }]])
    expect(flows).toEqual([{ date: '2026-12-07', source: 'OnDemandOrder', recipient: 'Burned', asset: env.native, amount: SPOT }])
  })

  it("a batch: a fee pre-charge equal to the price is not its payment; each order's window starts after the one before it", () => {
    const { orders, flows } = decode([
      withdraw(ALICE, SPOT, 1), // 0: fee, by chance the spot price
      order(ALICE, SPOT, 1), // 1: credits
      withdraw(ALICE, SPOT, 1), // 2
      deposit(ON_DEMAND_POT, SPOT, 1), // 3: Polkadot's pallet resolves the price into its account
      order(ALICE, SPOT, 1), // 4
      order(ALICE, SPOT, 1), // 5: credits again, though 2 and 3 moved the same amount before it
      { name: 'OnDemand.AccountCredited', args: { who: ALICE, amount: 5n }, extrinsic: 1 }, // 6
    ])
    expect(orders.map((o) => [o.ctx.eventIndex, o.paid])).toEqual([
      [1, { kind: 'Credits' }],
      [4, { kind: 'Deposit', to: ON_DEMAND_POT, eventIndex: 3 }],
      [5, { kind: 'Credits' }],
      [6, undefined],
    ])
    // the on-demand account is not the money's end, and credits were counted when bought
    expect(flows).toEqual([])
  })

  it('a Burned from the orderer, or a withdrawal with no sink at all, is a burn; a Rescinded without the orderer withdrawing the price is not', () => {
    const { orders, flows } = decode([
      withdraw(BOB, 1_000n, 1), // 0: fee
      withdraw(BOB, 7_000n, 1), // 1
      order(BOB, 7_000n, 1), // 2: dropped silently
      withdraw(CHARLIE, 1_000n, 2), // 3: fee
      withdraw(CHARLIE, 9n, 2), // 4
      { name: 'Balances.Burned', args: { who: CHARLIE, amount: 9n }, extrinsic: 2 }, // 5
      order(CHARLIE, 9n, 2), // 6
      withdraw(DAVE, 1_000n, 3), // 7: fee
      { name: 'Balances.Rescinded', args: { amount: 9n }, extrinsic: 3 }, // 8: not Dave's withdrawal
      order(DAVE, 9n, 3), // 9
    ])
    expect(orders.map((o) => [o.ctx.eventIndex, o.paid])).toEqual([
      [2, { kind: 'Burned', eventIndex: 1 }],
      [6, { kind: 'Burned', eventIndex: 5 }],
      [9, { kind: 'Credits' }],
    ])
    expect(flows.map((f) => [f.recipient, f.amount])).toEqual([['Burned', 7_000n], ['Burned', 9n]])
  })
})
