/**
 * Replay: where fees and other money went on Asset Hub, on each side of polkadot-fellows 2.3.0, through the
 * real compiled processor, Postgres and the real API. Blocks are encoded with the real statemint 2000006
 * metadata (fees → the collators' pot PotStake; era remainder → the treasury) and, after a runtime upgrade in
 * the same file, statemint 2003001 (fees → DAP's staging account; staking no longer mints; DAP drips and drains).
 * Fees are paid in DOT and in USDT (both swaps, and one with only the first swap). Slashes on each side: a staking
 * slash and a referendum's deposit to the treasury on 2000006, a staking slash and a rejected bounty's bond to DAP's
 * staging account on 2003001, each read from its sink's deposit. Every expected figure is
 * computed from the description below. The last test reads the built web app's /fees page (npm run build).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter, type BlockBuilder } from '../../devnet/replay/generator'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { encodeAccount } from '../../squid/src/mappings/locations'
import { COLLATOR_POT, DAP_BUFFER, DAP_STAGING, TREASURY_POT } from '../../squid/src/mappings/palletAccounts'
import { gql } from '../support/api'
import { replayEnv, startReplayStack, waitForHeight, workDir, type ReplayStack } from './harness'

const STATEMINT_2000006 = 'asset-hub-polkadot/statemint-2000006.snowbridge-34af5e3f.v14.scale'
const STATEMINT_2003001 = 'asset-hub-polkadot/statemint-2003001.npm-galacticcouncil-descriptors-2.6.0.v14.scale'
const FROM = 10_400_000
const UPGRADE_AT = FROM + 6
const LAST = FROM + 10
/** day 1 on 2000006 (January 2026), day 2 on 2003001 (after the June 2026 upgrade) */
const T1 = Date.UTC(2026, 0, 10, 8, 0, 0)
const T2 = Date.UTC(2026, 5, 20, 8, 0, 0)
const DAY1 = '2026-01-10'
const DAY2 = '2026-06-20'
const ALICE = '0x' + 'a1'.repeat(32)
const BOB = '0x' + 'b0'.repeat(32)
const POOL = '0x' + 'd4'.repeat(32)
/** a staking reward pot (DAP budget recipient other than the buffer) */
const STAKER_POT = '0x' + 'e5'.repeat(32)
const DOT = 10n ** 10n
const DOT_LOC = { parents: 1, interior: 'Here' }
const USDT_LOC = { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: 1984 }] } }

interface AssetFee {
  block: number
  /** USDT sold by the first swap, and DOT it bought */
  swapIn: bigint
  swapOut: bigint
  /** the refund swap: DOT sold, USDT bought back (absent: nothing refunded, one swap) */
  refund?: { dotIn: bigint; usdtOut: bigint }
}
const NATIVE_FEES = [
  { block: FROM + 1, fee: 21_000_000n, tip: 1_000_000n, refund: 4_000_000n },
  { block: FROM + 7, fee: 33_000_000n, tip: 0n, refund: 0n },
]
const ASSET_FEES: AssetFee[] = [
  { block: FROM + 2, swapIn: 2_000_000n, swapOut: 30_000_000n, refund: { dotIn: 6_000_000n, usdtOut: 390_000n } },
  { block: FROM + 3, swapIn: 1_000_000n, swapOut: 15_000_000n },
  { block: FROM + 8, swapIn: 3_000_000n, swapOut: 45_000_000n, refund: { dotIn: 9_000_000n, usdtOut: 600_000n } },
]
const ERA_BEFORE = { block: FROM + 5, era: 1_990, validatorPayout: 250_000n * DOT, remainder: 44_117n * DOT, totalStake: 812_000_000n * DOT + 123n, validators: 600, nominators: 32_112 }
const ERA_AFTER = { block: FROM + 9, era: 2_140, validatorPayout: 260_000n * DOT, remainder: 45_000n * DOT, totalStake: 815_500_000n * DOT, validators: 612, nominators: 31_987 }

/** staking-async's state when an era is paid: its total exposure and the intention counters */
function stakingState(b: BlockBuilder, era: typeof ERA_BEFORE) {
  b.write(b.spec.storageKey('Staking.ErasTotalStake', [era.era]), b.spec.storageValue('Staking.ErasTotalStake', era.totalStake))
  b.write(b.spec.storageKey('Staking.CounterForValidators'), b.spec.storageValue('Staking.CounterForValidators', era.validators))
  b.write(b.spec.storageKey('Staking.CounterForNominators'), b.spec.storageValue('Staking.CounterForNominators', era.nominators))
}
const DRIP = { block: FROM + 9, total: 1_000n * DOT, elapsed: 60_000n }
const toBuffer = (DRIP.total * 15n) / 100n
const DRAIN_AT = FROM + 10
const VALIDATOR = '0x' + 'f1'.repeat(32)
const PROPOSER = '0x' + 'f2'.repeat(32)
/** 2000006: staking Slash = ResolveTo<TreasuryAccount> (a Balances.Deposit to py/trsry only); Referenda Slash = Treasury */
const SLASHES_BEFORE = { block: FROM + 4, staking: 12_345n * DOT + 1n, referendumDeposit: 1_000n * DOT }
/** 2003001: staking Slash = Dap, Bounties OnSlash = DapLegacyAdapter: both resolve into the staging account */
const SLASHES_AFTER = { block: FROM + 8, staking: 6_000n * DOT, bountyBond: 25n * DOT + 500n }

const nativeOf = (f: AssetFee) => f.swapOut - (f.refund?.dotIn ?? 0n)
const usdtOf = (f: AssetFee) => f.swapIn - (f.refund?.usdtOut ?? 0n)
const recipientOf = (block: number) => (block >= UPGRADE_AT ? DAP_STAGING : COLLATOR_POT)
const onDay = (block: number) => (block >= UPGRADE_AT ? DAY2 : DAY1)

let dir: string
let server: ReplayServer
let stack: ReplayStack
const api = (q: string) => gql(stack.apiUrl, q)
let stagingDrained = 0n

function nativeFee(b: BlockBuilder, f: (typeof NATIVE_FEES)[number]): void {
  const x = b.signed({ signer: ALICE, call: 'Balances.transfer_keep_alive', args: { dest: { Id: BOB }, value: DOT }, tip: f.tip })
  const to = recipientOf(f.block)
  b.event('Balances.Withdraw', { who: ALICE, amount: f.fee + f.refund }, x).debit(ALICE, f.fee + f.refund)
  b.event('Balances.Transfer', { from: ALICE, to: BOB, amount: DOT }, x).debit(ALICE, DOT).credit(BOB, DOT)
  if (f.refund) b.event('Balances.Deposit', { who: ALICE, amount: f.refund }, x).credit(ALICE, f.refund)
  b.event('Balances.Deposit', { who: to, amount: f.fee }, x).credit(to, f.fee)
  b.event('TransactionPayment.TransactionFeePaid', { who: ALICE, actualFee: f.fee, tip: f.tip }, x)
}

/** The events of pallet-asset-conversion-tx-payment, in its order (see the facts: withdraw, swap, call, refund, swap back, deposit, event). */
function assetFee(b: BlockBuilder, f: AssetFee): void {
  const x = b.signed({ signer: ALICE, call: 'Balances.transfer_keep_alive', args: { dest: { Id: BOB }, value: DOT } })
  const to = recipientOf(f.block)
  b.event('Assets.Withdrawn', { assetId: 1984, who: ALICE, amount: f.swapIn }, x)
  b.event('Balances.Withdraw', { who: POOL, amount: f.swapOut }, x).debit(POOL, f.swapOut)
  b.event('AssetConversion.SwapCreditExecuted', { amountIn: f.swapIn, amountOut: f.swapOut, path: [[USDT_LOC, f.swapIn], [DOT_LOC, f.swapOut]] }, x)
  b.event('Balances.Transfer', { from: ALICE, to: BOB, amount: DOT }, x).debit(ALICE, DOT).credit(BOB, DOT)
  if (f.refund) {
    b.event('Assets.Deposited', { assetId: 1984, who: ALICE, amount: f.refund.usdtOut }, x)
    b.event('Balances.Deposit', { who: POOL, amount: f.refund.dotIn }, x).credit(POOL, f.refund.dotIn)
    b.event('AssetConversion.SwapCreditExecuted', { amountIn: f.refund.dotIn, amountOut: f.refund.usdtOut, path: [[DOT_LOC, f.refund.dotIn], [USDT_LOC, f.refund.usdtOut]] }, x)
  }
  b.event('Balances.Deposit', { who: to, amount: nativeOf(f) }, x).credit(to, nativeOf(f))
  b.event('AssetTxPayment.AssetTxFeePaid', { who: ALICE, actualFee: usdtOf(f), tip: 0n, assetId: USDT_LOC }, x)
}

beforeAll(async () => {
  dir = workDir('asset-hub-flows')
  const file = path.join(dir, 'asset-hub.jsonl')
  const w = new ReplayWriter(file, {
    chain: 'asset-hub',
    specs: { 'statemint/2000006': STATEMINT_2000006, 'statemint/2003001': STATEMINT_2003001 },
    properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' },
    eventsAs: 'json',
  })
  w.balance(ALICE, 10_000n * DOT).balance(POOL, 1_000_000n * DOT).balance(TREASURY_POT, 50_000n * DOT).balance(VALIDATOR, 100_000n * DOT).balance(PROPOSER, 5_000n * DOT)
  for (let n = FROM; n <= LAST; n++) {
    const timestamp = (n >= UPGRADE_AT ? T2 + (n - UPGRADE_AT) * 12_000 : T1 + (n - FROM) * 12_000)
    w.block({ number: n, timestamp, spec: n >= UPGRADE_AT ? 'statemint/2003001' : 'statemint/2000006' }, (b) => {
      for (const f of NATIVE_FEES.filter((x) => x.block === n)) nativeFee(b, f)
      for (const f of ASSET_FEES.filter((x) => x.block === n)) assetFee(b, f)
      if (n === ERA_BEFORE.block) {
        // staking-async end of era (an XCM session report, processed in on_initialize): EraPaid, then the
        // remainder issued into RewardRemainder = the treasury account
        b.event('Staking.EraPaid', { eraIndex: ERA_BEFORE.era, validatorPayout: ERA_BEFORE.validatorPayout, remainder: ERA_BEFORE.remainder })
        stakingState(b, ERA_BEFORE)
        b.event('Balances.Issued', { amount: ERA_BEFORE.remainder })
        b.event('Balances.Deposit', { who: TREASURY_POT, amount: ERA_BEFORE.remainder }).credit(TREASURY_POT, ERA_BEFORE.remainder)
      }
      if (n === SLASHES_BEFORE.block) {
        // staking-async apply_slash: the stash's slash, then the imbalance into Slash (the treasury account)
        b.event('Balances.Slashed', { who: VALIDATOR, amount: SLASHES_BEFORE.staking }).debit(VALIDATOR, SLASHES_BEFORE.staking)
        b.event('Staking.Slashed', { staker: VALIDATOR, amount: SLASHES_BEFORE.staking })
        b.event('Balances.Deposit', { who: TREASURY_POT, amount: SLASHES_BEFORE.staking }).credit(TREASURY_POT, SLASHES_BEFORE.staking)
        // Referenda slash_deposit: into Slash = Treasury (its OnUnbalanced: the deposit and Treasury.Deposit), then the event
        b.event('Balances.Slashed', { who: PROPOSER, amount: SLASHES_BEFORE.referendumDeposit }).debit(PROPOSER, SLASHES_BEFORE.referendumDeposit)
        b.event('Balances.Deposit', { who: TREASURY_POT, amount: SLASHES_BEFORE.referendumDeposit }).credit(TREASURY_POT, SLASHES_BEFORE.referendumDeposit)
        b.event('Treasury.Deposit', { value: SLASHES_BEFORE.referendumDeposit })
        b.event('Referenda.DepositSlashed', { who: PROPOSER, amount: SLASHES_BEFORE.referendumDeposit })
      }
      if (n === SLASHES_AFTER.block) {
        b.event('Balances.Slashed', { who: VALIDATOR, amount: SLASHES_AFTER.staking }).debit(VALIDATOR, SLASHES_AFTER.staking)
        b.event('Staking.Slashed', { staker: VALIDATOR, amount: SLASHES_AFTER.staking })
        b.event('Balances.Deposit', { who: DAP_STAGING, amount: SLASHES_AFTER.staking }).credit(DAP_STAGING, SLASHES_AFTER.staking)
        // Bounties reject_bounty: the bond into OnSlash (DapLegacyAdapter → staging), then BountyRejected
        b.event('Balances.Slashed', { who: PROPOSER, amount: SLASHES_AFTER.bountyBond }).debit(PROPOSER, SLASHES_AFTER.bountyBond)
        b.event('Balances.Deposit', { who: DAP_STAGING, amount: SLASHES_AFTER.bountyBond }).credit(DAP_STAGING, SLASHES_AFTER.bountyBond)
        b.event('Bounties.BountyRejected', { index: 77, bond: SLASHES_AFTER.bountyBond })
      }
      if (n === DRIP.block) {
        // pallet-dap's drip in on_initialize: a mint per budget recipient, then IssuanceMinted
        b.event('Balances.Minted', { who: DAP_BUFFER, amount: toBuffer }).credit(DAP_BUFFER, toBuffer)
        b.event('Balances.Minted', { who: STAKER_POT, amount: DRIP.total - toBuffer }).credit(STAKER_POT, DRIP.total - toBuffer)
        b.event('Dap.IssuanceMinted', { totalMinted: DRIP.total, elapsedMillis: DRIP.elapsed })
        // non-minting staking: the era's remainder is reported but RewardRemainder is unused, nothing deposited
        b.event('Staking.EraPaid', { eraIndex: ERA_AFTER.era, validatorPayout: ERA_AFTER.validatorPayout, remainder: ERA_AFTER.remainder })
        stakingState(b, ERA_AFTER)
      }
      if (n === DRAIN_AT) {
        // on_idle: the staging account's DOT to the buffer
        stagingDrained = w.balanceOf(DAP_STAGING)
        b.debit(DAP_STAGING, stagingDrained).credit(DAP_BUFFER, stagingDrained)
        b.events.push({ name: 'Balances.Transfer', args: { from: DAP_STAGING, to: DAP_BUFFER, amount: stagingDrained }, phase: 'Finalization' })
        b.events.push({ name: 'Dap.StagingDrained', args: { amount: stagingDrained }, phase: 'Finalization' })
      }
    })
  }
  w.close()

  server = await startReplayServer(await ReplayChain.fromFile(file))
  // the dap module fetches its events and mints only from the first 2003001 block (config.dapFromBlock)
  stack = await startReplayStack(dir, 'asset-hub', { ...replayEnv('asset-hub', server.wsUrl(), FROM), ASSET_HUB_DAP_FROM_BLOCK: String(UPGRADE_AT) }, { web: true })
  await waitForHeight(stack, 'asset-hub', LAST)
}, 180_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const ss58 = (a: string) => encodeAccount(a, 0)

describe('replay: Asset Hub money flows on statemint 2000006 → 2003001 blocks', () => {
  it('indexes up to the last block, on the upgraded runtime', async () => {
    const { syncStatus } = await api('{ syncStatus { chain specName specVersion indexedHeight } }')
    expect(syncStatus).toEqual([{ chain: 'asset-hub', specName: 'statemint', specVersion: 2003001, indexedHeight: LAST }])
  })

  it("native fees: to the collators' pot on 2000006, to DAP's staging account on 2003001; the refund is no share", async () => {
    const { feePayments } = await api(
      `{ feePayments(chain: "asset-hub") { items { payer fee tip nativeFee feeSwaps toTreasury toAuthor toCollatorPot toDap burned author asset { id } event { blockNumber } } } }`,
    )
    const native = feePayments.items.filter((p: any) => p.asset.id === 'native').sort((a: any, b: any) => a.event.blockNumber - b.event.blockNumber)
    expect(native).toEqual(
      NATIVE_FEES.map((f) => ({
        payer: ss58(ALICE),
        fee: String(f.fee),
        tip: String(f.tip),
        nativeFee: String(f.fee),
        feeSwaps: 0,
        toTreasury: '0',
        toAuthor: '0',
        toCollatorPot: f.block < UPGRADE_AT ? String(f.fee) : '0',
        toDap: f.block >= UPGRADE_AT ? String(f.fee) : '0',
        burned: '0',
        author: null,
        asset: { id: 'native' },
        event: { blockNumber: f.block },
      })),
    )
  })

  it('fees paid in USDT keep their USDT units; their DOT equivalent is netted from the two swaps (or the one)', async () => {
    const { feePayments } = await api(`{ feePayments(chain: "asset-hub") { items { fee nativeFee feeSwaps toCollatorPot toDap burned asset { id symbol decimals } event { blockNumber } } } }`)
    const inUsdt = feePayments.items.filter((p: any) => p.asset.id !== 'native').sort((a: any, b: any) => a.event.blockNumber - b.event.blockNumber)
    expect(inUsdt).toEqual(
      ASSET_FEES.map((f) => ({
        fee: String(usdtOf(f)),
        nativeFee: String(nativeOf(f)),
        feeSwaps: f.refund ? 2 : 1,
        toCollatorPot: f.block < UPGRADE_AT ? String(nativeOf(f)) : '0',
        toDap: f.block >= UPGRADE_AT ? String(nativeOf(f)) : '0',
        burned: '0',
        asset: { id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6 },
        event: { blockNumber: f.block },
      })),
    )
    // 2,000,000 − 390,000 USDT units; 30,000,000 − 6,000,000 planck
    expect([inUsdt[0].fee, inUsdt[0].nativeFee]).toEqual(['1610000', '24000000'])
  })

  it('fee days: native sums in DOT only; the USDT fees count apart, with their native equivalent labelled', async () => {
    const { feeDaily } = await api(`{ feeDaily(chain: "asset-hub") { date extrinsics fees tips toCollatorPot toDap toAuthor burned assetFeeExtrinsics assetFeesNative } }`)
    const day = (d: string) => {
      const n = NATIVE_FEES.filter((f) => onDay(f.block) === d)
      const a = ASSET_FEES.filter((f) => onDay(f.block) === d)
      const sum = (xs: bigint[]) => String(xs.reduce((s, x) => s + x, 0n))
      return {
        date: d,
        extrinsics: n.length + a.length,
        fees: sum(n.map((f) => f.fee)),
        tips: sum(n.map((f) => f.tip)),
        toCollatorPot: d === DAY1 ? sum(n.map((f) => f.fee)) : '0',
        toDap: d === DAY2 ? sum(n.map((f) => f.fee)) : '0',
        toAuthor: '0',
        burned: '0',
        assetFeeExtrinsics: a.length,
        assetFeesNative: sum(a.map(nativeOf)),
      }
    }
    expect(feeDaily).toEqual([day(DAY1), day(DAY2)])
  })

  it('money per day and recipient: each row one unit, traceable to its facts', async () => {
    const { moneyFlowDaily } = await api(`{ moneyFlowDaily(chain: "asset-hub") { date source recipient asset { id } paidIn { id } amount count } }`)
    const USDT = 'assethub-assets:1984'
    const row = (date: string, source: string, recipient: string, asset: string, amount: bigint, count: number, paidIn: string | null = null) => ({ date, source, recipient, asset: { id: asset }, paidIn: paidIn && { id: paidIn }, amount: String(amount), count })
    const sum = (fs: AssetFee[], f: (x: AssetFee) => bigint) => fs.reduce((s, x) => s + f(x), 0n)
    const a1 = ASSET_FEES.filter((f) => onDay(f.block) === DAY1)
    const a2 = ASSET_FEES.filter((f) => onDay(f.block) === DAY2)
    const key = (r: any) => [r.date, r.source, r.recipient, r.asset.id, r.paidIn?.id ?? '', r.amount.padStart(30, '0')].join('|')
    const expected = [
      row(DAY1, 'Fee', 'CollatorPot', 'native', NATIVE_FEES[0].fee, 1),
      row(DAY1, 'Fee', 'CollatorPot', 'native', sum(a1, nativeOf), a1.length, USDT),
      row(DAY1, 'Fee', 'SwapPool', USDT, sum(a1, usdtOf), a1.length),
      row(DAY1, 'EraPayout', 'Stakers', 'native', ERA_BEFORE.validatorPayout, 1),
      // before v2.3.0 the era remainder went to the treasury
      row(DAY1, 'EraRemainder', 'Treasury', 'native', ERA_BEFORE.remainder, 1),
      // before v2.1.0 slashes went to the treasury; governance slashes until v2.3.0
      // a row per kind of slash
      row(DAY1, 'Slash', 'Treasury', 'native', SLASHES_BEFORE.referendumDeposit, 1),
      row(DAY1, 'Slash', 'Treasury', 'native', SLASHES_BEFORE.staking, 1),
      row(DAY2, 'Slash', 'DapStaging', 'native', SLASHES_AFTER.bountyBond, 1),
      row(DAY2, 'Slash', 'DapStaging', 'native', SLASHES_AFTER.staking, 1),
      row(DAY2, 'Fee', 'DapStaging', 'native', NATIVE_FEES[1].fee, 1),
      row(DAY2, 'Fee', 'DapStaging', 'native', sum(a2, nativeOf), a2.length, USDT),
      row(DAY2, 'Fee', 'SwapPool', USDT, sum(a2, usdtOf), a2.length),
      row(DAY2, 'EraPayout', 'Stakers', 'native', ERA_AFTER.validatorPayout, 1),
      // after it, no account received the remainder
      row(DAY2, 'EraRemainder', 'Unminted', 'native', ERA_AFTER.remainder, 1),
      row(DAY2, 'DapDrip', 'DapBuffer', 'native', toBuffer, 1),
      row(DAY2, 'DapDrip', 'Stakers', 'native', DRIP.total - toBuffer, 1),
      row(DAY2, 'DapStagingDrain', 'DapBuffer', 'native', stagingDrained, 1),
    ]
    expect([...moneyFlowDaily].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))))
    // what staging received from fees and slashes on day 2 is what on_idle drained
    expect(stagingDrained).toBe(NATIVE_FEES[1].fee + sum(a2, nativeOf) + SLASHES_AFTER.staking + SLASHES_AFTER.bountyBond)
    const { moneyFlowDaily: eras } = await api(`{ moneyFlowDaily(chain: "asset-hub", source: EraRemainder, from: "${DAY1}", to: "${DAY1}") { recipient amount } }`)
    expect(eras).toEqual([{ recipient: 'Treasury', amount: String(ERA_BEFORE.remainder) }])
  })

  it("slashes: to the treasury on 2000006 (staking by Balances.Deposit, the referendum deposit by Treasury.Deposit), to DAP's staging account on 2003001", async () => {
    const { moneyFlowDaily } = await api(`{ moneyFlowDaily(chain: "asset-hub", source: Slash) { date recipient slashKind amount count } }`)
    expect(moneyFlowDaily).toEqual([
      // 1,000 DOT of a referendum deposit and 12,345.0000000001 DOT of an offence
      { date: DAY1, recipient: 'Treasury', slashKind: 'ReferendumDeposit', amount: String(SLASHES_BEFORE.referendumDeposit), count: 1 },
      { date: DAY1, recipient: 'Treasury', slashKind: 'Staking', amount: String(SLASHES_BEFORE.staking), count: 1 },
      // 25.00000005 DOT of a bounty bond and 6,000 DOT of an offence
      { date: DAY2, recipient: 'DapStaging', slashKind: 'BountyBond', amount: String(SLASHES_AFTER.bountyBond), count: 1 },
      { date: DAY2, recipient: 'DapStaging', slashKind: 'Staking', amount: String(SLASHES_AFTER.staking), count: 1 },
    ])
    expect([SLASHES_BEFORE.staking + SLASHES_BEFORE.referendumDeposit, SLASHES_AFTER.staking + SLASHES_AFTER.bountyBond]).toEqual([133_450_000_000_001n, 60_250_000_000_500n])
  })

  it('era payouts name where each remainder went, with the deposit event, and who staked in the era', async () => {
    const { eraPayouts } = await api(`{ eraPayouts(chain: "asset-hub") { totalCount items { era validatorPayout remainder remainderRecipient remainderAccount remainderEvent { blockNumber eventIndex } event { blockNumber } participation { totalStake validators nominators stakers source } } } }`)
    const participation = (e: typeof ERA_BEFORE) => ({ totalStake: String(e.totalStake), validators: e.validators, nominators: e.nominators, stakers: e.validators + e.nominators, source: `storage:Staking.ErasTotalStake(${e.era})+CounterForValidators+CounterForNominators@${e.block}` })
    expect(eraPayouts.totalCount).toBe(2)
    expect(eraPayouts.items).toEqual([
      { era: ERA_AFTER.era, validatorPayout: String(ERA_AFTER.validatorPayout), remainder: String(ERA_AFTER.remainder), remainderRecipient: 'Unminted', remainderAccount: null, remainderEvent: null, event: { blockNumber: ERA_AFTER.block }, participation: participation(ERA_AFTER) },
      {
        era: ERA_BEFORE.era,
        validatorPayout: String(ERA_BEFORE.validatorPayout),
        remainder: String(ERA_BEFORE.remainder),
        remainderRecipient: 'Treasury',
        remainderAccount: ss58(TREASURY_POT),
        // EraPaid is event 0 of the block (Initialization), Balances.Issued 1, the deposit 2
        remainderEvent: { blockNumber: ERA_BEFORE.block, eventIndex: 2 },
        event: { blockNumber: ERA_BEFORE.block },
        participation: participation(ERA_BEFORE),
      },
    ])
  })

  it('the Hub page shows staking participation per era, and its CSV has the same figures with their source', async () => {
    const html = (await (await fetch(`${stack.webUrl}hub?from=${DAY1}&to=${DAY2}`)).text()).replace(/<!--[\s\S]*?-->/g, '')
    const section = html.slice(html.indexOf('data-testid="hub-staking"'), html.indexOf('data-testid="dot-prices"'))
    // 812,000,000.0000000123 DOT staked by 600 validators and 32,112 nominators (32,712 stakers) in era 1,990
    for (const text of ['2140', '815,500,000 DOT', '612', '31,987', '32,599', '1990', '812,000,000.0000000123 DOT', '600', '32,112', '32,712']) expect(section).toContain(`>${text}<`)
    const rows = parse(await (await fetch(`${stack.webUrl}hub/staking.csv?from=${DAY1}&to=${DAY2}`)).text(), { columns: true }) as Record<string, string>[]
    expect(rows.map((r) => [r.era, r.chain, r.block, r.totalStake, r.validators, r.nominators, r.stakers, r.source])).toEqual(
      [ERA_AFTER, ERA_BEFORE].map((e) => [String(e.era), 'asset-hub', String(e.block), String(e.totalStake), String(e.validators), String(e.nominators), String(e.validators + e.nominators), `storage:Staking.ErasTotalStake(${e.era})+CounterForValidators+CounterForNominators@${e.block}`]),
    )
  })

  it("DAP: the drip's split read from its mints, and the drain of staging into the buffer", async () => {
    const { dapEvents } = await api(`{ dapEvents(chain: "asset-hub") { totalCount items { kind amount elapsedMillis toBuffer toStakers event { blockNumber } } } }`)
    expect(dapEvents).toEqual({
      totalCount: 2,
      items: [
        { kind: 'StagingDrained', amount: String(stagingDrained), elapsedMillis: null, toBuffer: null, toStakers: null, event: { blockNumber: DRAIN_AT } },
        { kind: 'IssuanceMinted', amount: String(DRIP.total), elapsedMillis: String(DRIP.elapsed), toBuffer: String(toBuffer), toStakers: String(DRIP.total - toBuffer), event: { blockNumber: DRIP.block } },
      ],
    })
  })

  it('the fees page shows each recipient per day, the USDT fees in USDT and their native equivalent labelled', async () => {
    const html = await (await fetch(`${stack.webUrl}fees?chain=asset-hub`)).text()
    const table = /<table data-testid="money-flows"[\s\S]*?<\/table>/.exec(html)?.[0]
    expect(table, 'the money-flows table').toBeDefined()
    const rows = table!.split('<tr').slice(2).map((r) => r.replace(/<!--[\s\S]*?-->/g, ''))
    const find = (...parts: string[]) => rows.filter((r) => parts.every((p) => r.includes(p)))
    const a1 = ASSET_FEES.filter((f) => onDay(f.block) === DAY1)
    const usdt1 = a1.reduce((s, f) => s + usdtOf(f), 0n)
    const native1 = a1.reduce((s, f) => s + nativeOf(f), 0n)
    expect(find(DAY1, 'Swap pool', `value="${usdt1}"`, 'USDT')).toHaveLength(1)
    expect(find(DAY1, "Collators' pot", `value="${native1}"`, 'native equivalent of fees paid in USDT')).toHaveLength(1)
    expect(find(DAY1, 'Staking era remainder', 'Treasury', `value="${ERA_BEFORE.remainder}"`)).toHaveLength(1)
    expect(find(DAY2, 'Staking era remainder', 'Nobody (not minted)', `value="${ERA_AFTER.remainder}"`)).toHaveLength(1)
    expect(find(DAY2, 'DAP staging drained', 'DAP buffer', `value="${stagingDrained}"`)).toHaveLength(1)
    expect(find(DAY1, 'Slashes: staking offences', 'Treasury', `value="${SLASHES_BEFORE.staking}"`)).toHaveLength(1)
    expect(find(DAY1, 'Slashes: referendum deposits', 'Treasury', `value="${SLASHES_BEFORE.referendumDeposit}"`)).toHaveLength(1)
    expect(find(DAY2, 'Slashes: staking offences', 'DAP staging account', `value="${SLASHES_AFTER.staking}"`)).toHaveLength(1)
    expect(find(DAY2, 'Slashes: bounty bonds', 'DAP staging account', `value="${SLASHES_AFTER.bountyBond}"`)).toHaveLength(1)
    expect(rows).toHaveLength(17)
  })

  it("the fees page's shares are of the fees, whose amounts include the tips (never fees + tips)", async () => {
    const html = (await (await fetch(`${stack.webUrl}fees?chain=asset-hub`)).text()).replace(/<!--[\s\S]*?-->/g, '')
    const totals = /<dl class="figures" data-testid="fee-totals"[\s\S]*?<\/dl>/.exec(html)?.[0]
    expect(totals, 'the fee totals').toBeDefined()
    // native fees 21,000,000 (collators' pot) + 33,000,000 (DAP) = 54,000,000 planck, the 1,000,000 tip inside them:
    // 38.8 % and 61.1 % (over fees + tips, 55,000,000, they would read 38.1 % and 60.0 %)
    expect(NATIVE_FEES.reduce((s, f) => s + f.fee, 0n)).toBe(54_000_000n)
    expect(totals).toContain('38.8 % of fees')
    expect(totals).toContain('61.1 % of fees')
    expect(totals).toContain('0.0 % of fees')
    expect(totals).not.toContain('38.1 %')
  })
})
