/**
 * Replay: where relay fees and the era remainder went, on blocks of the real Polkadot relay runtime 2000000
 * (before the Asset Hub migration, when staking still ran on the relay), through the real compiled processor,
 * Postgres and the real API: 80 % of each fee (without the tip) to the treasury, 20 % and the tip to the block
 * author, also when the payer is the block author (its share is a share, not a refund), and the era remainder
 * to the treasury (Treasury.Deposit), and slashes: a staking offence (two Staking.Slashed, then one deposit into
 * `Slash` = Treasury) and a referendum's slashed decision deposit (the deposit, then Referenda.DepositSlashed), both to
 * the treasury. Every expected figure is computed from the description below.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter } from '../../devnet/replay/generator'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { encodeAccount } from '../../squid/src/mappings/locations'
import { gql } from '../support/api'
import { TREASURY, replayEnv, startReplayStack, waitForHeight, workDir, type ReplayStack } from './harness'

const POLKADOT_2000000 = 'polkadot/polkadot-2000000.opengov-cli-f5749517.v14.scale'
const FROM = 28_400_000
const LAST = FROM + 4
const T0 = Date.UTC(2025, 9, 28, 12, 0, 0)
const DAY = '2025-10-28'
const ALICE = '0x' + 'a1'.repeat(32)
const BOB = '0x' + 'b0'.repeat(32)
const AUTHOR = '0x' + 'c3'.repeat(32)
const DOT = 10n ** 10n

/** payer, fee (tip included), tip, and the overcharge refunded to the payer before the shares */
const FEES = [
  { block: FROM + 1, payer: ALICE, fee: 160_000_000n, tip: 10_000_000n, refund: 0n },
  // the block author pays: refund first (Balances.Deposit to it), then its author share (another Balances.Deposit to it)
  { block: FROM + 2, payer: AUTHOR, fee: 230_000_005n, tip: 30_000_000n, refund: 7_000_000n },
]
const ERA = { block: FROM + 3, era: 1_979, validatorPayout: 280_000n * DOT, remainder: 49_411n * DOT }
const VALIDATOR = '0x' + 'e1'.repeat(32)
const NOMINATOR = '0x' + 'e2'.repeat(32)
const PROPOSER = '0x' + 'e3'.repeat(32)
/** an offence applied in on_initialize: the validator's and a nominator's slash, resolved into the treasury at once */
const SLASH = { block: FROM + 4, validator: 1_200n * DOT + 7n, nominator: 345n * DOT }
const slashTotal = SLASH.validator + SLASH.nominator
/** Referenda `kill`: the decision deposit slashed into the treasury */
const DEPOSIT_SLASH = { block: FROM + 4, amount: 1_000n * DOT }
const toTreasuryOf = (f: (typeof FEES)[number]) => ((f.fee - f.tip) * 80n) / 100n
/** a deliberate change no event explains: the treasury's balance grows by this at block FROM + 2 with no event */
const UNEXPLAINED = { block: FROM + 2, amount: 3n * DOT + 17n }

let dir: string
let server: ReplayServer
let stack: ReplayStack
const api = (q: string) => gql(stack.apiUrl, q)
const ss58 = (a: string) => encodeAccount(a, 0)

beforeAll(async () => {
  dir = workDir('relay-fee-recipients')
  const file = path.join(dir, 'relay.jsonl')
  const w = new ReplayWriter(file, { chain: 'relay', specs: { 'polkadot/2000000': POLKADOT_2000000 }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' }, eventsAs: 'json' })
  w.balance(TREASURY, 50_000n * DOT).balance(ALICE, 10_000n * DOT).balance(AUTHOR, 1_000n * DOT).balance(VALIDATOR, 100_000n * DOT).balance(NOMINATOR, 10_000n * DOT).balance(PROPOSER, 5_000n * DOT)
  for (let n = FROM; n <= LAST; n++) {
    w.block({ number: n, timestamp: T0 + (n - FROM) * 6000 }, (b) => {
      for (const f of FEES.filter((x) => x.block === n)) {
        const x = b.signed({ signer: f.payer, call: 'Balances.transfer_keep_alive', args: { dest: { Id: BOB }, value: DOT }, tip: f.tip })
        b.event('Balances.Withdraw', { who: f.payer, amount: f.fee + f.refund }, x).debit(f.payer, f.fee + f.refund)
        b.event('Balances.Transfer', { from: f.payer, to: BOB, amount: DOT }, x).debit(f.payer, DOT).credit(BOB, DOT)
        if (f.refund) b.event('Balances.Deposit', { who: f.payer, amount: f.refund }, x).credit(f.payer, f.refund)
        // DealWithFees: 80 % of the fee to the treasury (pallet_treasury's OnUnbalanced: the account's deposit and
        // Treasury.Deposit), 20 % and the tip to the author
        const t = toTreasuryOf(f)
        b.event('Balances.Deposit', { who: TREASURY, amount: t }, x).credit(TREASURY, t)
        b.event('Treasury.Deposit', { value: t }, x)
        b.event('Balances.Deposit', { who: AUTHOR, amount: f.fee - t }, x).credit(AUTHOR, f.fee - t)
        b.event('TransactionPayment.TransactionFeePaid', { who: f.payer, actualFee: f.fee, tip: f.tip }, x)
      }
      if (n === UNEXPLAINED.block) b.credit(TREASURY, UNEXPLAINED.amount)
      if (n === ERA.block) {
        // pallet-staking's end of era: EraPaid, then RewardRemainder = Treasury
        b.event('Staking.EraPaid', { eraIndex: ERA.era, validatorPayout: ERA.validatorPayout, remainder: ERA.remainder })
        b.event('Balances.Deposit', { who: TREASURY, amount: ERA.remainder }).credit(TREASURY, ERA.remainder)
        b.event('Treasury.Deposit', { value: ERA.remainder })
      }
      if (n === SLASH.block) {
        // pallet-staking apply_slash: each staker's slash (Balances.Slashed, Staking.Slashed), then no reporters and
        // the whole imbalance into Slash = Treasury (the account's deposit and Treasury.Deposit)
        for (const [who, amount] of [[VALIDATOR, SLASH.validator], [NOMINATOR, SLASH.nominator]] as const) {
          b.event('Balances.Slashed', { who, amount }).debit(who, amount)
          b.event('Staking.Slashed', { staker: who, amount })
        }
        b.event('Balances.Deposit', { who: TREASURY, amount: slashTotal }).credit(TREASURY, slashTotal)
        b.event('Treasury.Deposit', { value: slashTotal })
        // Referenda slash_deposit: Slash = Treasury first, then the event
        b.event('Balances.Slashed', { who: PROPOSER, amount: DEPOSIT_SLASH.amount }).debit(PROPOSER, DEPOSIT_SLASH.amount)
        b.event('Balances.Deposit', { who: TREASURY, amount: DEPOSIT_SLASH.amount }).credit(TREASURY, DEPOSIT_SLASH.amount)
        b.event('Treasury.Deposit', { value: DEPOSIT_SLASH.amount })
        b.event('Referenda.DepositSlashed', { who: PROPOSER, amount: DEPOSIT_SLASH.amount })
      }
    })
  }
  w.close()
  server = await startReplayServer(await ReplayChain.fromFile(file))
  // from the block after the genesis balances: the first day opens at the balance they wrote, so its drift is only
  // what the blocks leave unexplained
  stack = await startReplayStack(dir, 'relay', replayEnv('relay', server.wsUrl(), FROM + 1))
  await waitForHeight(stack, 'relay', LAST)
}, 180_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('replay: relay fee recipients and the era remainder on Polkadot 2000000 blocks', () => {
  it('each fee: 80 % to the treasury, 20 % and the tip to the author; a paying author keeps a share, its refund is none', async () => {
    const { feePayments } = await api(`{ feePayments(chain: "relay") { items { payer fee tip nativeFee toTreasury toAuthor toCollatorPot toDap burned author event { blockNumber } } } }`)
    expect([...feePayments.items].sort((a: any, b: any) => a.event.blockNumber - b.event.blockNumber)).toEqual(
      FEES.map((f) => ({
        payer: ss58(f.payer),
        fee: String(f.fee),
        tip: String(f.tip),
        nativeFee: String(f.fee),
        toTreasury: String(toTreasuryOf(f)),
        toAuthor: String(f.fee - toTreasuryOf(f)),
        toCollatorPot: '0',
        toDap: '0',
        burned: '0',
        author: ss58(AUTHOR),
        event: { blockNumber: f.block },
      })),
    )
    // 80 % of 200,000,005 planck is 160,000,004; the author's 40,000,001 + the 30,000,000 tip
    expect(FEES[1].fee - toTreasuryOf(FEES[1])).toBe(70_000_001n)
  })

  it('the day per recipient, with the era payout and its remainder to the treasury', async () => {
    const { moneyFlowDaily } = await api(`{ moneyFlowDaily(chain: "relay") { date source recipient asset { id } paidIn { id } amount count } }`)
    const sum = (k: (f: (typeof FEES)[number]) => bigint) => String(FEES.reduce((s, f) => s + k(f), 0n))
    const key = (r: any) => `${r.source}|${r.recipient}`
    expect([...moneyFlowDaily].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [
        { date: DAY, source: 'EraPayout', recipient: 'Stakers', asset: { id: 'native' }, paidIn: null, amount: String(ERA.validatorPayout), count: 1 },
        { date: DAY, source: 'EraRemainder', recipient: 'Treasury', asset: { id: 'native' }, paidIn: null, amount: String(ERA.remainder), count: 1 },
        { date: DAY, source: 'Fee', recipient: 'Author', asset: { id: 'native' }, paidIn: null, amount: sum((f) => f.fee - toTreasuryOf(f)), count: 2 },
        { date: DAY, source: 'Fee', recipient: 'Treasury', asset: { id: 'native' }, paidIn: null, amount: sum(toTreasuryOf), count: 2 },
        // the offence (one sink deposit for both stakers) and the referendum deposit: a row per kind
        { date: DAY, source: 'Slash', recipient: 'Treasury', asset: { id: 'native' }, paidIn: null, amount: String(DEPOSIT_SLASH.amount), count: 1 },
        { date: DAY, source: 'Slash', recipient: 'Treasury', asset: { id: 'native' }, paidIn: null, amount: String(slashTotal), count: 1 },
      ].sort((a, b) => key(a).localeCompare(key(b))),
    )
    const { eraPayouts } = await api(`{ eraPayouts(chain: "relay") { items { era remainderRecipient remainderAccount event { blockNumber } } } }`)
    expect(eraPayouts.items).toEqual([{ era: ERA.era, remainderRecipient: 'Treasury', remainderAccount: ss58(TREASURY), event: { blockNumber: ERA.block } }])
  })

  it('slashes: the staking offence and the referendum deposit went to the treasury, read from their deposits', async () => {
    const { moneyFlowDaily } = await api(`{ moneyFlowDaily(chain: "relay", source: Slash) { date recipient slashKind amount count } }`)
    // 1,200.0000000007 + 345 DOT of the offence, 1,000 DOT of the deposit
    expect(moneyFlowDaily).toEqual([
      { date: DAY, recipient: 'Treasury', slashKind: 'ReferendumDeposit', amount: '10000000000000', count: 1 },
      { date: DAY, recipient: 'Treasury', slashKind: 'Staking', amount: '15450000000007', count: 1 },
    ])
    expect(slashTotal + DEPOSIT_SLASH.amount).toBe(25_450_000_000_007n)
  })

  it("the treasury's fee income is the fees' shares; the remainder is a deposit (the fees module's treasuryFeeShares)", async () => {
    const { treasuryDaily } = await api(`{ treasuryDaily(chain: "relay") { date inFees inDeposits } }`)
    // the slashes' Treasury.Deposit count as deposits too
    expect(treasuryDaily).toEqual([{ date: DAY, inFees: String(FEES.reduce((s, f) => s + toTreasuryOf(f), 0n)), inDeposits: String(ERA.remainder + slashTotal + DEPOSIT_SLASH.amount) }])
  })

  it('income by source: fees, inflation, slashes per kind and nothing else; the unexplained change is unattributed, with its day and block', async () => {
    const { treasuryIncome } = await api(`{ treasuryIncome(chain: "relay") { asset { symbol } sources { source slashKind amount count } total unattributed unattributedDays { chain date drift openingBlock closingBlock driftBlock } movedIn } }`)
    const fees = FEES.reduce((s, f) => s + toTreasuryOf(f), 0n)
    expect(treasuryIncome.sources).toEqual([
      { source: 'Fees', slashKind: null, amount: String(fees), count: 2 },
      { source: 'Inflation', slashKind: null, amount: String(ERA.remainder), count: 1 },
      { source: 'Slash', slashKind: 'ReferendumDeposit', amount: String(DEPOSIT_SLASH.amount), count: 1 },
      { source: 'Slash', slashKind: 'Staking', amount: String(slashTotal), count: 1 },
      { source: 'BountyReturned', slashKind: null, amount: '0', count: 0 },
      { source: 'Transfers', slashKind: null, amount: '0', count: 0 },
      // every Treasury.Deposit was a fee share, the era remainder or a slash
      { source: 'Other', slashKind: null, amount: '0', count: null },
    ])
    expect(treasuryIncome.total).toBe(String(fees + ERA.remainder + slashTotal + DEPOSIT_SLASH.amount))
    // the credit no event explains is in no source: it is the day's drift, found at its block
    expect(treasuryIncome.unattributed).toBe(String(UNEXPLAINED.amount))
    expect(treasuryIncome.unattributedDays).toEqual([{ chain: 'relay', date: DAY, drift: String(UNEXPLAINED.amount), openingBlock: FROM, closingBlock: LAST, driftBlock: UNEXPLAINED.block }])
    expect(treasuryIncome.movedIn).toBe('0')
  })
})
