/**
 * Replay: the Hub's adoption and the DOT/USD day price on Asset Hub, through the real compiled processor, Postgres
 * and the real API. Blocks are encoded with the real statemint 2000006 metadata (days 1 and 2, the first two blocks
 * inside the Asset Hub migration's window) and statemint 2003001 (day 3, after an upgrade in the same file).
 * Day 1: the DOT/USDT and DOT/USDC pools are created and two swaps trade on DOT/USDT; day 2 has no swap, so its
 * price comes from the DOT/USDT pool's reserves (System.Account and Assets.Account of the pool's account) at its
 * last block; day 3 trades on both pools. Accounts are endowed (one by the migration), reaped, pay fees in DOT and
 * in USDT; USDT and USDC move. Every expected figure is computed from the description below.
 * Contracts are called by Revive.call (native signers) and by Revive.eth_transact: real Ethereum transactions
 * signed here with viem from two test keys, their fees paid by the signers' fallback accounts (H160 + 12 × 0xEE).
 * Three treasury spends (DOT, USDT, and asset 30 with an AssetRate written to storage at its approval) are valued
 * in USD at approval and at payout; the assets' accounts counters (Assets.Asset) are written for the holders.
 */
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keccak256, type Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter, type BlockBuilder } from '../../devnet/replay/generator'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { encodeAccount } from '../../squid/src/mappings/locations'
import { COLLATOR_POT, DAP_STAGING, TREASURY_POT } from '../../squid/src/mappings/palletAccounts'
import { nativePoolAccount } from '../../squid/src/modules/hub/price'
import { launchChromium } from '../../scripts/chromium'
import { gql, gqlRaw } from '../support/api'
import { replayEnv, startReplayStack, waitForHeight, workDir, type ReplayStack } from './harness'

const STATEMINT_2000006 = 'asset-hub-polkadot/statemint-2000006.snowbridge-34af5e3f.v14.scale'
const STATEMINT_2003001 = 'asset-hub-polkadot/statemint-2003001.npm-galacticcouncil-descriptors-2.6.0.v14.scale'
/** the migration's window on Polkadot Asset Hub ends at 10,259,208: the first two blocks are inside it */
const FROM = 10_259_207
const UPGRADE_AT = FROM + 7
const LAST = FROM + 9
const DAYS = ['2026-03-01', '2026-03-02', '2026-03-03']
const dayOf = (n: number) => (n <= FROM + 3 ? 0 : n <= FROM + 6 ? 1 : 2)
const timeOf = (n: number) => Date.UTC(2026, 2, 1 + dayOf(n), 10, 0, 0) + (n - FROM) * 12_000

const acct = (byte: string) => '0x' + byte.repeat(32)
const [ALICE, BOB, CAROL, DAVE, ERIN, FRANK, MIGRATED, ISSUER] = ['a1', 'b0', 'c3', 'd7', 'e2', 'f4', '9a', '5e'].map(acct)
const POOL_USDT = nativePoolAccount(1984)
const POOL_USDC = nativePoolAccount(1337)
const DOT = 10n ** 10n
const USD = 10n ** 6n
const DOT_LOC = { parents: 1, interior: 'Here' }
const usdLoc = (id: number) => ({ parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: id }] } })
const USDT_LOC = usdLoc(1984)
const USDC_LOC = usdLoc(1337)

interface SwapSpec {
  block: number
  who: string
  /** [location, amount] hops as AssetConversion.SwapExecuted names them */
  path: [unknown, bigint][]
}
const SWAPS: SwapSpec[] = [
  // day 1: 100 DOT sold for 500 USDT, then 210 USDT sold for 40 DOT
  { block: FROM + 2, who: ALICE, path: [[DOT_LOC, 100n * DOT], [USDT_LOC, 500n * USD]] },
  { block: FROM + 3, who: BOB, path: [[USDT_LOC, 210n * USD], [DOT_LOC, 40n * DOT]] },
  // day 3: 20 DOT for 104 USDT, and 50 USDC for 10 DOT
  { block: FROM + 7, who: ERIN, path: [[DOT_LOC, 20n * DOT], [USDT_LOC, 104n * USD]] },
  { block: FROM + 8, who: ALICE, path: [[USDC_LOC, 50n * USD], [DOT_LOC, 10n * DOT]] },
]
const NATIVE_FEES = [
  { block: FROM + 2, who: ALICE, fee: 20_000_000n },
  { block: FROM + 3, who: BOB, fee: 15_000_000n },
  { block: FROM + 3, who: ALICE, fee: 10_000_000n },
  { block: FROM + 5, who: ALICE, fee: 12_000_000n },
  { block: FROM + 7, who: ERIN, fee: 18_000_000n },
  { block: FROM + 8, who: ALICE, fee: 11_000_000n },
  // Revive.call extrinsics: their fees are the builder-rewards what-if's (day 1 to the collators' pot, day 3 to DAP)
  { block: FROM + 3, who: ALICE, fee: 30_000_000n, contract: '0x' + 'c1'.repeat(20) },
  { block: FROM + 8, who: CAROL, fee: 40_000_000n, contract: '0x' + 'c2'.repeat(20) },
  { block: FROM + 9, who: ERIN, fee: 25_000_000n, contract: '0x' + 'c2'.repeat(20) },
  { block: FROM + 9, who: ERIN, fee: 17_000_000n, contract: '0x' + 'c3'.repeat(20) },
] as { block: number; who: string; fee: bigint; contract?: string; eth?: number }[]
/** two Ethereum keys (test only): their signers call contracts through Revive.eth_transact */
const ETH_KEYS = [('0x' + '11'.repeat(32)) as Hex, ('0x' + '22'.repeat(32)) as Hex]
const ETH = ETH_KEYS.map((k) => privateKeyToAccount(k))
const ethAddr = (i: number) => ETH[i].address.toLowerCase()
const fallback = (h160: string) => h160 + 'ee'.repeat(12)
/** eth_transact calls: (signer, contract, fee), all on day 3 (DAP's era); their fees are paid by the fallback accounts */
const ETH_CALLS = [
  { block: FROM + 8, eth: 0, contract: '0x' + 'c2'.repeat(20), fee: 10_000_000n, nonce: 0 },
  { block: FROM + 9, eth: 1, contract: '0x' + 'c3'.repeat(20), fee: 8_000_000n, nonce: 0 },
  { block: FROM + 9, eth: 0, contract: '0x' + 'c3'.repeat(20), fee: 6_000_000n, nonce: 1 },
]
for (const c of ETH_CALLS) NATIVE_FEES.push({ block: c.block, who: '', fee: c.fee, contract: c.contract, eth: ETH_CALLS.indexOf(c) })
/** the signed payloads, made in beforeAll (viem signs asynchronously) */
const payloads: Hex[] = []
const payerOf = (f: (typeof NATIVE_FEES)[number]) => (f.eth === undefined ? f.who : fallback(ethAddr(ETH_CALLS[f.eth].eth)))
/** day 2: Carol pays her fee in USDT: 2.1 USDT swapped for 0.4 DOT (one swap, nothing refunded) */
const USDT_FEE = { block: FROM + 4, who: CAROL, usdt: 2_100_000n, dot: 4_000_000_000n }
const ENDOWED = [
  { block: FROM, who: MIGRATED, amount: 1_000n * DOT },
  { block: FROM + 2, who: BOB, amount: 5n * DOT },
  { block: FROM + 7, who: FRANK, amount: 2n * DOT },
]
const KILLED = [
  { block: FROM + 5, who: DAVE },
  { block: FROM + 9, who: BOB },
]
const TRANSFERS = [
  { block: FROM + 3, asset: 1984, from: ALICE, to: CAROL, amount: 50n * USD },
  { block: FROM + 8, asset: 1337, from: ALICE, to: BOB, amount: 25n * USD },
  { block: FROM + 8, asset: 1984, from: BOB, to: CAROL, amount: 7n * USD },
]
/** Revive deployments: one on 2000006 (day 1), two by another deployer on 2003001 (day 3) */
const H160 = (byte: string) => '0x' + byte.repeat(20)
const DEPLOYS = [
  { block: FROM + 2, deployer: H160('1d'), contract: H160('c1') },
  { block: FROM + 8, deployer: H160('2e'), contract: H160('c2') },
  { block: FROM + 9, deployer: H160('2e'), contract: H160('c3') },
]
const ISSUED = { block: FROM + 4, asset: 1984, who: ISSUER, amount: 1_000_000n * USD }
const BURNED = { block: FROM + 5, asset: 1984, who: ALICE, amount: 10n * USD }
/** the DOT/USDT pool's USDT (Assets.Account) as written on day 2: once at its first block, then at its last */
const POOL_USDT_AT = { [FROM + 4]: 1_000_000n * USD, [FROM + 6]: 1_030_000n * USD }
const POOL_DOT = 200_000n * DOT
const TREASURY_DOT = 1_000n * DOT
/** the assets' accounts counters (Assets.Asset), written at these blocks; Frank is touched into USDT at FROM + 5 */
const ACCOUNTS = { 1984: { [FROM]: 1_000, [FROM + 4]: 1_001, [FROM + 5]: 1_002 }, 1337: { [FROM]: 500 } } as Record<number, Record<number, number>>
const TOUCHED = { block: FROM + 5, asset: 1984, who: FRANK }
/** treasury spends on Asset Hub: DOT (never paid here), USDT (paid day 2), asset 30 with an AssetRate (paid day 3) */
const HERE = { parents: 0, interior: { Here: null } }
const asset30Loc = usdLoc(30)
const SPENDS = [
  { index: 20, assetId: DOT_LOC, amount: 100n * DOT, approvedAt: FROM + 2, paidAt: undefined as number | undefined },
  { index: 21, assetId: USDT_LOC, amount: 1_500n * USD, approvedAt: FROM + 2, paidAt: FROM + 5 },
  { index: 22, assetId: asset30Loc, amount: 1_000n * 10n ** 10n, approvedAt: FROM + 5, paidAt: FROM + 8 },
]
/** AssetRate.ConversionRateToNative of asset 30, from FROM + 5 on: 0.2 planck per unit (FixedU128 2 × 10^17) */
const RATE_30 = 2n * 10n ** 17n
const assetKind = (assetId: unknown) => ({ V5: { location: HERE, assetId } })
const toBob = { V5: { location: HERE, accountId: { parents: 0, interior: { X1: [{ AccountId32: { network: null, id: BOB } }] } } } }
const U64_MAX = 2n ** 64n - 1n

let dir: string
let server: ReplayServer
let stack: ReplayStack
const api = (q: string) => gql(stack.apiUrl, q)
/** the DOT/USDT pool's DOT at day 2's last block (the fee swap paid DOT out of it) */
let reserveDotDay2 = 0n

const feeRecipient = (block: number) => (block >= UPGRADE_AT ? DAP_STAGING : COLLATOR_POT)

function nativeFee(b: BlockBuilder, f: (typeof NATIVE_FEES)[number]): void {
  const who = payerOf(f)
  const x = f.eth !== undefined
    ? b.extrinsic({ call: 'Revive.eth_transact', args: { payload: payloads[f.eth] } })
    : f.contract
    ? b.signed({ signer: f.who, call: 'Revive.call', args: { dest: f.contract, value: 0n, weightLimit: { refTime: 1_000_000n, proofSize: 10_000n }, storageDepositLimit: 0n, data: '0x' } })
    : b.signed({ signer: f.who, call: 'System.remark', args: { remark: '0x' } })
  b.event('Balances.Withdraw', { who, amount: f.fee }, x).debit(who, f.fee)
  b.event('Balances.Deposit', { who: feeRecipient(f.block), amount: f.fee }, x).credit(feeRecipient(f.block), f.fee)
  b.event('TransactionPayment.TransactionFeePaid', { who, actualFee: f.fee, tip: 0n }, x)
}

/** pallet-asset-conversion-tx-payment's events: the USDT withdrawn, swapped for DOT out of the pool, deposited, the fee event */
function usdtFee(b: BlockBuilder): void {
  const f = USDT_FEE
  const x = b.signed({ signer: f.who, call: 'System.remark', args: { remark: '0x' } })
  b.event('Assets.Withdrawn', { assetId: 1984, who: f.who, amount: f.usdt }, x)
  b.event('Balances.Withdraw', { who: POOL_USDT, amount: f.dot }, x).debit(POOL_USDT, f.dot)
  b.event('AssetConversion.SwapCreditExecuted', { amountIn: f.usdt, amountOut: f.dot, path: [[USDT_LOC, f.usdt], [DOT_LOC, f.dot]] }, x)
  b.event('Balances.Deposit', { who: COLLATOR_POT, amount: f.dot }, x).credit(COLLATOR_POT, f.dot)
  b.event('AssetTxPayment.AssetTxFeePaid', { who: f.who, actualFee: f.usdt, tip: 0n, assetId: USDT_LOC }, x)
}

const assetAccount = (b: BlockBuilder, id: number, who: string, balance: bigint) =>
  b.write(b.spec.storageKey('Assets.Account', [id, who]), b.spec.storageValue('Assets.Account', { balance, status: 'Liquid', reason: 'Consumer', extra: null }))

beforeAll(async () => {
  for (const c of ETH_CALLS) {
    payloads.push(await ETH[c.eth].signTransaction({ type: 'eip1559', chainId: 420_420_419, nonce: c.nonce, to: c.contract as Hex, value: 0n, gas: 100_000n, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 0n, data: '0xd09de08a' }))
  }
  dir = workDir('hub-adoption')
  const file = path.join(dir, 'asset-hub.jsonl')
  const w = new ReplayWriter(file, {
    chain: 'asset-hub',
    specs: { 'statemint/2000006': STATEMINT_2000006, 'statemint/2003001': STATEMINT_2003001 },
    properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' },
    eventsAs: 'json',
  })
  for (const a of [ALICE, BOB, CAROL, DAVE, ERIN]) w.balance(a, 1_000n * DOT)
  w.balance(POOL_USDT, POOL_DOT).balance(POOL_USDC, 50_000n * DOT)
  // the treasury holds 1,000 DOT throughout: its page values them in USD
  w.balance(TREASURY_POT, TREASURY_DOT)
  for (const i of [0, 1]) w.balance(fallback(ethAddr(i)), 10n * DOT)
  for (let n = FROM; n <= LAST; n++) {
    w.block({ number: n, timestamp: timeOf(n), spec: n >= UPGRADE_AT ? 'statemint/2003001' : 'statemint/2000006' }, (b) => {
      if (n === FROM + 1) {
        for (const [loc, account, lpToken] of [[USDT_LOC, POOL_USDT, 0], [USDC_LOC, POOL_USDC, 1]] as const) {
          const x = b.signed({ signer: ALICE, call: 'System.remark', args: { remark: '0x' } })
          b.event('AssetConversion.PoolCreated', { creator: ALICE, poolId: [DOT_LOC, loc], poolAccount: account, lpToken }, x)
        }
      }
      for (const e of ENDOWED.filter((x) => x.block === n)) b.event('Balances.Endowed', { account: e.who, freeBalance: e.amount }).credit(e.who, e.amount)
      for (const s of SWAPS.filter((x) => x.block === n)) {
        const x = b.signed({ signer: s.who, call: 'System.remark', args: { remark: '0x' } })
        b.event('AssetConversion.SwapExecuted', { who: s.who, sendTo: s.who, amountIn: s.path[0][1], amountOut: s.path[s.path.length - 1][1], path: s.path }, x)
      }
      for (const t of TRANSFERS.filter((x) => x.block === n)) {
        const x = b.signed({ signer: t.from, call: 'System.remark', args: { remark: '0x' } })
        b.event('Assets.Transferred', { assetId: t.asset, from: t.from, to: t.to, amount: t.amount }, x)
      }
      for (const d of DEPLOYS.filter((x) => x.block === n)) {
        const x = b.signed({ signer: ALICE, call: 'System.remark', args: { remark: '0x' } })
        b.event('Revive.Instantiated', { deployer: d.deployer, contract: d.contract }, x)
      }
      if (n === ISSUED.block) b.event('Assets.Issued', { assetId: ISSUED.asset, owner: ISSUED.who, amount: ISSUED.amount })
      if (n === BURNED.block) b.event('Assets.Burned', { assetId: BURNED.asset, owner: BURNED.who, balance: BURNED.amount })
      for (const k of KILLED.filter((x) => x.block === n)) b.event('System.KilledAccount', { account: k.who })
      for (const f of NATIVE_FEES.filter((x) => x.block === n)) nativeFee(b, f)
      if (n === USDT_FEE.block) usdtFee(b)
      if (POOL_USDT_AT[n] !== undefined) assetAccount(b, 1984, POOL_USDT, POOL_USDT_AT[n])
      if (n === FROM + 6) reserveDotDay2 = w.balanceOf(POOL_USDT)
      for (const [id, at] of Object.entries(ACCOUNTS)) {
        const accounts = at[n]
        if (accounts === undefined) continue
        b.write(b.spec.storageKey('Assets.Asset', [Number(id)]), b.spec.storageValue('Assets.Asset', { owner: ISSUER, issuer: ISSUER, admin: ISSUER, freezer: ISSUER, supply: 10n ** 15n, deposit: 0n, minBalance: 10_000n, isSufficient: true, accounts, sufficients: accounts, approvals: 0, status: 'Live' }))
      }
      if (n === TOUCHED.block) b.event('Assets.Touched', { assetId: TOUCHED.asset, who: TOUCHED.who, depositor: TOUCHED.who })
      for (const sp of SPENDS) {
        if (sp.approvedAt === n) {
          if (sp.index === 22) b.write(b.spec.storageKey('AssetRate.ConversionRateToNative', [assetKind(sp.assetId)]), b.spec.storageValue('AssetRate.ConversionRateToNative', RATE_30))
          b.event('Treasury.AssetSpendApproved', { index: sp.index, assetKind: assetKind(sp.assetId), amount: sp.amount, beneficiary: toBob, validFrom: 1, expireAt: 10_000_000 })
        }
        if (sp.paidAt === n) {
          const x = b.signed({ signer: BOB, call: 'Treasury.payout', args: { index: sp.index } })
          b.event('Treasury.Paid', { index: sp.index, paymentId: U64_MAX }, x)
        }
      }
    })
  }
  w.close()

  server = await startReplayServer(await ReplayChain.fromFile(file))
  stack = await startReplayStack(dir, 'asset-hub', { ...replayEnv('asset-hub', server.wsUrl(), FROM), ASSET_HUB_DAP_FROM_BLOCK: String(UPGRADE_AT) }, { web: true })
  await waitForHeight(stack, 'asset-hub', LAST)
}, 180_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const ss58 = (a: string) => encodeAccount(a, 0)
const sum = (xs: bigint[]) => xs.reduce((s, x) => s + x, 0n)
/** micro-USD per DOT of a swap-weighted day: USD units × 10^10 / planck, rounded down */
const vwap = (swaps: SwapSpec[]) => {
  const dot = sum(swaps.flatMap((s) => s.path.filter(([l]) => l === DOT_LOC).map(([, a]) => a)))
  const usd = sum(swaps.flatMap((s) => s.path.filter(([l]) => l !== DOT_LOC).map(([, a]) => a)))
  return { dot, usd, micro: (usd * DOT) / dot }
}

describe('replay: Hub adoption and the DOT/USD price on statemint 2000006 → 2003001 blocks', () => {
  it('indexes up to the last block, on the upgraded runtime', async () => {
    const { syncStatus } = await api('{ syncStatus { chain specVersion indexedHeight } }')
    expect(syncStatus).toEqual([{ chain: 'asset-hub', specVersion: 2003001, indexedHeight: LAST }])
  })

  it('adoption per day: distinct fee payers, new accounts (the migration’s apart), reaped accounts, swaps, pools', async () => {
    const { hubDaily } = await api('{ hubDaily { date activeAccounts feePayments newAccounts migratedAccounts reapedAccounts swaps poolsCreated contractsDeployed firstBlock lastBlock } }')
    expect(hubDaily).toEqual([
      // Alice paid three times (once calling a contract) and Bob once: 2 accounts, 4 fees; Bob endowed after the window, the migrated account inside it
      { date: DAYS[0], activeAccounts: 2, feePayments: 4, newAccounts: 1, migratedAccounts: 1, reapedAccounts: 0, swaps: 2, poolsCreated: 2, contractsDeployed: 1, firstBlock: FROM, lastBlock: FROM + 3 },
      // Carol (in USDT) and Alice; Dave reaped; the fee's swap is no SwapExecuted
      { date: DAYS[1], activeAccounts: 2, feePayments: 2, newAccounts: 0, migratedAccounts: 0, reapedAccounts: 1, swaps: 0, poolsCreated: 0, contractsDeployed: 0, firstBlock: FROM + 4, lastBlock: FROM + 6 },
      // Erin, Alice, Carol, and the fallback accounts of the two Ethereum signers (eth_transact): 8 fees
      { date: DAYS[2], activeAccounts: 5, feePayments: 8, newAccounts: 1, migratedAccounts: 0, reapedAccounts: 1, swaps: 2, poolsCreated: 0, contractsDeployed: 2, firstBlock: FROM + 7, lastBlock: LAST },
    ])
    // the same figures from the description
    expect(DAYS.map((_, d) => new Set(NATIVE_FEES.filter((f) => dayOf(f.block) === d).map(payerOf).concat(d === 1 ? [USDT_FEE.who] : [])).size)).toEqual([2, 2, 5])
  })

  it('each asset per day: transfers, volume, supply issued and burned, and the fees paid in it', async () => {
    const { hubAssetDaily } = await api('{ hubAssetDaily { date asset { id symbol decimals } transfers volume issued burned feePayments fees lastBlock } }')
    const USDT = { id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6 }
    const USDC = { id: 'assethub-assets:1337', symbol: 'USDC', decimals: 6 }
    expect(hubAssetDaily).toEqual([
      { date: DAYS[0], asset: USDT, transfers: 1, volume: String(50n * USD), issued: '0', burned: '0', feePayments: 0, fees: '0', lastBlock: FROM + 3 },
      { date: DAYS[1], asset: USDT, transfers: 0, volume: '0', issued: String(ISSUED.amount), burned: String(BURNED.amount), feePayments: 1, fees: String(USDT_FEE.usdt), lastBlock: FROM + 5 },
      { date: DAYS[2], asset: USDC, transfers: 1, volume: String(25n * USD), issued: '0', burned: '0', feePayments: 0, fees: '0', lastBlock: FROM + 8 },
      { date: DAYS[2], asset: USDT, transfers: 1, volume: String(7n * USD), issued: '0', burned: '0', feePayments: 0, fees: '0', lastBlock: FROM + 8 },
    ])
    const { hubAssetDaily: usdc } = await api('{ hubAssetDaily(asset: "assethub-assets:1337") { date volume } }')
    expect(usdc).toEqual([{ date: DAYS[2], volume: '25000000' }])
  })

  it('pools per day: the pools created, their swaps and the volume of each side', async () => {
    const { hubPoolDaily } = await api('{ hubPoolDaily { date pool asset1 { symbol } asset2 { symbol } swaps amount1 amount2 createdEventId lastBlock } }')
    const created = (n: number) => expect.stringMatching(new RegExp(`^asset-hub-00${n}-\\d{6}$`))
    expect(hubPoolDaily).toEqual([
      { date: DAYS[0], pool: 'native/assethub-assets:1337', asset1: { symbol: 'DOT' }, asset2: { symbol: 'USDC' }, swaps: 0, amount1: '0', amount2: '0', createdEventId: created(FROM + 1), lastBlock: FROM + 1 },
      { date: DAYS[0], pool: 'native/assethub-assets:1984', asset1: { symbol: 'DOT' }, asset2: { symbol: 'USDT' }, swaps: 2, amount1: String(140n * DOT), amount2: String(710n * USD), createdEventId: created(FROM + 1), lastBlock: FROM + 3 },
      { date: DAYS[2], pool: 'native/assethub-assets:1337', asset1: { symbol: 'DOT' }, asset2: { symbol: 'USDC' }, swaps: 1, amount1: String(10n * DOT), amount2: String(50n * USD), createdEventId: null, lastBlock: FROM + 8 },
      { date: DAYS[2], pool: 'native/assethub-assets:1984', asset1: { symbol: 'DOT' }, asset2: { symbol: 'USDT' }, swaps: 1, amount1: String(20n * DOT), amount2: String(104n * USD), createdEventId: null, lastBlock: FROM + 7 },
    ])
  })

  it('the DOT/USD price of each day: swap-weighted, else from the pool reserves at the day’s last block', async () => {
    const { dotPrices } = await api('{ dotPrices { date usdPerDot microUsdPerDot source swaps dotVolume usdVolume reserveDot reserveUsd reserveBlock } }')
    const d1 = vwap(SWAPS.filter((s) => dayOf(s.block) === 0))
    const d3 = vwap(SWAPS.filter((s) => dayOf(s.block) === 2))
    // 710 USDT for 140 DOT; 1,030,000 USDT against the pool's DOT; 154 USD (USDT and USDC) for 30 DOT
    expect([d1.micro, d3.micro]).toEqual([5_071_428n, 5_133_333n])
    expect(reserveDotDay2).toBe(POOL_DOT - USDT_FEE.dot)
    const d2 = (1_030_000n * USD * DOT) / reserveDotDay2
    expect(d2).toBe(5_150_010n)
    expect(dotPrices).toEqual([
      { date: DAYS[0], usdPerDot: '5.071428', microUsdPerDot: String(d1.micro), source: 'swaps:DOT/USDT', swaps: 2, dotVolume: String(d1.dot), usdVolume: String(d1.usd), reserveDot: null, reserveUsd: null, reserveBlock: null },
      { date: DAYS[1], usdPerDot: '5.150010', microUsdPerDot: String(d2), source: `reserves:DOT/USDT@${FROM + 6}`, swaps: 0, dotVolume: '0', usdVolume: '0', reserveDot: String(reserveDotDay2), reserveUsd: String(1_030_000n * USD), reserveBlock: FROM + 6 },
      { date: DAYS[2], usdPerDot: '5.133333', microUsdPerDot: String(d3.micro), source: 'swaps:DOT/USDT+DOT/USDC', swaps: 2, dotVolume: String(d3.dot), usdVolume: String(d3.usd), reserveDot: null, reserveUsd: null, reserveBlock: null },
    ])
  })

  it('Revive calls: Revive.call callers and eth_transact signers recovered from real signed Ethereum transactions', async () => {
    const { hubContractCalls } = await api('{ hubContractCalls { contract via caller callerH160 fee blockNumber } }')
    // a native caller's Revive address: the last 20 bytes of keccak-256 of its AccountId32 (AccountId32Mapper)
    const h160Of = (account: string) => '0x' + keccak256(account as Hex).slice(26)
    const C = (b: string) => H160(b)
    const call = (contract: string, who: string, fee: bigint, block: number) => ({ contract, via: 'call', caller: ss58(who), callerH160: h160Of(who), fee: String(fee), blockNumber: block })
    const eth = (i: number) => {
      const c = ETH_CALLS[i]
      return { contract: c.contract, via: 'eth_transact', caller: ss58(fallback(ethAddr(c.eth))), callerH160: ethAddr(c.eth), fee: String(c.fee), blockNumber: c.block }
    }
    expect(hubContractCalls).toEqual([
      call(C('c1'), ALICE, 30_000_000n, FROM + 3),
      call(C('c2'), CAROL, 40_000_000n, FROM + 8),
      eth(0),
      call(C('c2'), ERIN, 25_000_000n, FROM + 9),
      call(C('c3'), ERIN, 17_000_000n, FROM + 9),
      eth(1),
      eth(2),
    ])
    // the keys' addresses as every Ethereum library derives them: the recovered signers are these
    expect(ETH.map((a) => a.address)).toEqual(['0x19E7E376E7C213B7E7e7e46cc70A5dD086DAff2A', '0x1563915e194D8CfBA1943570603F7606A3115508'])
    const { hubContractCalls: mine } = await api(`{ hubContractCalls(caller: "${ETH[0].address}") { contract fee } }`)
    expect(mine).toEqual([{ contract: C('c2'), fee: '10000000' }, { contract: C('c3'), fee: '6000000' }])
    const bad = await gqlRaw(stack.apiUrl, '{ hubContractCalls(contract: "c2") { fee } }')
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'contract' } })
  })

  it('holders per asset day: the assets’ accounts counters after their last move of the day, and the touched accounts', async () => {
    const { hubAssetDaily } = await api('{ hubAssetDaily { date asset { id } touched holders holdersBlock } }')
    const a = (id: number) => ({ id: `assethub-assets:${id}` })
    expect(hubAssetDaily).toEqual([
      { date: DAYS[0], asset: a(1984), touched: 0, holders: ACCOUNTS[1984][FROM], holdersBlock: FROM + 3 },
      // issued to the issuer (1,001), then Frank touched (1,002): read after the day's last move, at FROM + 5
      { date: DAYS[1], asset: a(1984), touched: 1, holders: 1_002, holdersBlock: FROM + 5 },
      { date: DAYS[2], asset: a(1337), touched: 0, holders: 500, holdersBlock: FROM + 8 },
      { date: DAYS[2], asset: a(1984), touched: 0, holders: 1_002, holdersBlock: FROM + 8 },
    ])
  })

  it('spends in USD at approval and at payout, each naming its source and day; the AssetRate at approval', async () => {
    const { spends } = await api('{ spends(filter: { chain: "asset-hub" }, orderBy: INDEX_ASC) { items { index asset { id } amount usdAtApproval { microUsd usd source day } usdAtPayout { microUsd usd source day } assetRate { rateToNative block source } } } }')
    const rateAt = (b: number) => `storage:AssetRate.ConversionRateToNative@${b}`
    const usd = (microUsd: bigint, source: string, day: string) => ({ microUsd: String(microUsd), usd: `${microUsd / 1_000_000n}.${String(microUsd % 1_000_000n).padStart(6, '0')}`, source, day })
    // 100 DOT at day 1's 5.071428; 1,500 USDT at 1 USD; asset 30: 10^13 units × 0.2 planck = 200 DOT, at day 2's
    // reserve price 5.150010 (approval) and day 3's swaps 5.133333 (payout)
    expect((SPENDS[2].amount * RATE_30) / 10n ** 18n).toBe(200n * DOT)
    expect([100n * 5_071_428n, 200n * 5_150_010n, 200n * 5_133_333n]).toEqual([507_142_800n, 1_030_002_000n, 1_026_666_600n])
    expect(spends.items).toEqual([
      {
        index: 20, asset: { id: 'native' }, amount: String(100n * DOT),
        usdAtApproval: usd(507_142_800n, 'swaps:DOT/USDT', DAYS[0]),
        usdAtPayout: { microUsd: null, usd: null, source: 'unpriced:no such day (not approved or not paid in the indexed range)', day: null },
        assetRate: { rateToNative: null, block: FROM + 2, source: rateAt(FROM + 2) },
      },
      {
        index: 21, asset: { id: 'assethub-assets:1984' }, amount: String(1_500n * USD),
        usdAtApproval: usd(1_500_000_000n, 'stablecoin:USDT at 1 USD', DAYS[0]),
        usdAtPayout: usd(1_500_000_000n, 'stablecoin:USDT at 1 USD', DAYS[1]),
        assetRate: { rateToNative: null, block: FROM + 2, source: rateAt(FROM + 2) },
      },
      {
        index: 22, asset: { id: 'assethub-assets:30' }, amount: String(SPENDS[2].amount),
        usdAtApproval: usd(1_030_002_000n, `${rateAt(FROM + 5)}+reserves:DOT/USDT@${FROM + 6}`, DAYS[1]),
        usdAtPayout: usd(1_026_666_600n, `${rateAt(FROM + 5)}+swaps:DOT/USDT+DOT/USDC`, DAYS[2]),
        assetRate: { rateToNative: String(RATE_30), block: FROM + 5, source: rateAt(FROM + 5) },
      },
    ])
    // the spends download carries the same figures, each with its source and day; an unpriced one is empty and says why
    const rows = parse(await (await fetch(`${stack.webUrl}treasury/spends.csv?chain=asset-hub&order=INDEX_ASC`)).text(), { columns: true }) as Record<string, string>[]
    const usdColumns = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).filter(([k]) => k === 'index' || k.startsWith('usd_') || k.startsWith('asset_rate_')))
    expect(rows.map(usdColumns).sort((a, b) => Number(a.index) - Number(b.index))).toEqual([
      {
        index: '20',
        usd_at_approval: '507.142800', usd_at_approval_source: 'swaps:DOT/USDT', usd_at_approval_day: DAYS[0], usd_at_approval_unpriced_reason: '',
        usd_at_payout: '', usd_at_payout_source: '', usd_at_payout_day: '', usd_at_payout_unpriced_reason: 'no such day (not approved or not paid in the indexed range)',
        asset_rate_to_native: '', asset_rate_block: String(FROM + 2), asset_rate_source: rateAt(FROM + 2),
      },
      {
        index: '21',
        usd_at_approval: '1500.000000', usd_at_approval_source: 'stablecoin:USDT at 1 USD', usd_at_approval_day: DAYS[0], usd_at_approval_unpriced_reason: '',
        usd_at_payout: '1500.000000', usd_at_payout_source: 'stablecoin:USDT at 1 USD', usd_at_payout_day: DAYS[1], usd_at_payout_unpriced_reason: '',
        asset_rate_to_native: '', asset_rate_block: String(FROM + 2), asset_rate_source: rateAt(FROM + 2),
      },
      {
        index: '22',
        usd_at_approval: '1030.002000', usd_at_approval_source: `${rateAt(FROM + 5)}+reserves:DOT/USDT@${FROM + 6}`, usd_at_approval_day: DAYS[1], usd_at_approval_unpriced_reason: '',
        usd_at_payout: '1026.666600', usd_at_payout_source: `${rateAt(FROM + 5)}+swaps:DOT/USDT+DOT/USDC`, usd_at_payout_day: DAYS[2], usd_at_payout_unpriced_reason: '',
        asset_rate_to_native: String(RATE_30), asset_rate_block: String(FROM + 5), asset_rate_source: rateAt(FROM + 5),
      },
    ])
  })

  it('an imported price takes precedence for its day and names its file and line; a bad file names its line and writes nothing', async () => {
    const csv = path.join(dir, 'prices.csv')
    const run = (file: string) => execFileSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, '../../scripts/prices-import.ts'), file], { env: { ...process.env, DB_URL: stack.db.url }, encoding: 'utf8', stdio: 'pipe' })
    fs.writeFileSync(csv, 'date,usd_per_dot\n2026-03-02,5.25\n')
    expect(run(csv)).toContain('imported 1 DOT/USD prices')
    const bad = path.join(dir, 'bad.csv')
    fs.writeFileSync(bad, 'date,usd_per_dot\n2026-03-03,4.9\n2026-03-3,5\n')
    expect(() => run(bad)).toThrow(/bad\.csv:3: "2026-03-3" is not a UTC day/)
    const { dotPrices } = await api('{ dotPrices(from: "2026-03-02", to: "2026-03-03") { date usdPerDot source chainSource } }')
    expect(dotPrices).toEqual([
      { date: DAYS[1], usdPerDot: '5.250000', source: 'import:prices.csv:2', chainSource: `reserves:DOT/USDT@${FROM + 6}` },
      { date: DAYS[2], usdPerDot: '5.133333', source: 'swaps:DOT/USDT+DOT/USDC', chainSource: 'swaps:DOT/USDT+DOT/USDC' },
    ])
  })

  it('Revive deployments: each contract with its deployer in 20-byte and SS58 (fallback account) forms', async () => {
    const { hubContracts } = await api('{ hubContracts { contract deployer deployerAccount blockNumber eventId } }')
    expect(hubContracts).toEqual(
      DEPLOYS.map((d) => ({ contract: d.contract, deployer: d.deployer, deployerAccount: ss58(d.deployer + 'ee'.repeat(12)), blockNumber: d.block, eventId: expect.stringMatching(new RegExp(`^asset-hub-00${d.block}-\\d{6}$`)) })),
    )
    const { hubContracts: byDeployer } = await api(`{ hubContracts(deployer: "${H160('2e').toUpperCase().replace('0X', '0x')}") { contract } }`)
    expect(byDeployer).toEqual([{ contract: H160('c2') }, { contract: H160('c3') }])
    const bad = await gqlRaw(stack.apiUrl, '{ hubContracts(deployer: "0x1234") { contract } }')
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'deployer' } })
  })

  it('builder rewards at 20 % and 40 %: the table computed by hand', async () => {
    // contract: calls, callers, fees of its calls, of which the treasury/DAP received (day 1: the collators' pot).
    // C2: Carol 40 M and Erin 25 M (Revive.call), Ethereum signer 0 10 M (eth_transact): 3 calls, 3 callers, 75 M.
    // C3: Erin 17 M, Ethereum signers 1 (8 M) and 0 (6 M): 3 calls, 3 callers, 31 M. C1: Alice 30 M on day 1.
    const C1 = H160('c1'), C2 = H160('c2'), C3 = H160('c3')
    const TABLE = {
      20: [
        { contract: C2, calls: 3, callers: 3, fees: 75_000_000n, reward: 15_000_000n, income: 75_000_000n, incomeWith: 60_000_000n },
        { contract: C3, calls: 3, callers: 3, fees: 31_000_000n, reward: 6_200_000n, income: 31_000_000n, incomeWith: 24_800_000n },
        { contract: C1, calls: 1, callers: 1, fees: 30_000_000n, reward: 6_000_000n, income: 0n, incomeWith: 0n },
      ],
      40: [
        { contract: C2, calls: 3, callers: 3, fees: 75_000_000n, reward: 30_000_000n, income: 75_000_000n, incomeWith: 45_000_000n },
        { contract: C3, calls: 3, callers: 3, fees: 31_000_000n, reward: 12_400_000n, income: 31_000_000n, incomeWith: 18_600_000n },
        { contract: C1, calls: 1, callers: 1, fees: 30_000_000n, reward: 12_000_000n, income: 0n, incomeWith: 0n },
      ],
    }
    const TOTALS = { 20: { fees: 136_000_000n, reward: 27_200_000n, income: 106_000_000n, incomeWith: 84_800_000n }, 40: { fees: 136_000_000n, reward: 54_400_000n, income: 106_000_000n, incomeWith: 63_600_000n } }
    const deployerOf = (c: string) => DEPLOYS.find((d) => d.contract === c)!.deployer
    for (const share of [20, 40] as const) {
      const { builderRewards } = await api(`{ builderRewards(sharePercent: ${share}) { sharePercent rows { contract deployer deployerAccount calls callers fees reward income incomeWith } fees reward income incomeWith } }`)
      const str = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'bigint' ? String(v) : v]))
      expect(builderRewards).toEqual({
        sharePercent: share,
        rows: TABLE[share].map((r) => str({ ...r, deployer: deployerOf(r.contract), deployerAccount: ss58(deployerOf(r.contract) + 'ee'.repeat(12)) })),
        ...str(TOTALS[share]),
      })
    }
    const bad = await gqlRaw(stack.apiUrl, '{ builderRewards(sharePercent: 50) { fees } }')
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'sharePercent' } })
  })

  it('lottery at 10 %: weekly pots of the fees, tickets by fees paid, expected winnings and concentration, by hand', async () => {
    const { lottery } = await api('{ lottery(sharePercent: 10) { sharePercent weeks { week pot fees accounts herfindahl entries { account fees expected chance } } } }')
    // UTC weeks from Monday: day 1 (a Sunday) is the week of 2026-02-23, days 2 and 3 that of 2026-03-02.
    // Week 1: Alice 20 + 10 + 30 (a contract call) = 60 M planck, Bob 15 M. Week 2: Carol 0.4 DOT (her USDT fee's
    // native equivalent) + 40 M, Erin 18 + 25 + 17 = 60 M, Alice 12 + 11 = 23 M, the fallback accounts of Ethereum
    // signer 0 (10 + 6 = 16 M) and 1 (8 M).
    const W1 = { week: '2026-02-23', fees: 75_000_000n, entries: [[ALICE, 60_000_000n], [BOB, 15_000_000n]] as const }
    const E0 = fallback(ethAddr(0)), E1 = fallback(ethAddr(1))
    const W2 = { week: '2026-03-02', fees: 4_147_000_000n, entries: [[CAROL, 4_040_000_000n], [ERIN, 60_000_000n], [ALICE, 23_000_000n], [E0, 16_000_000n], [E1, 8_000_000n]] as const }
    expect(lottery.sharePercent).toBe(10)
    expect(lottery.weeks.map((w: any) => ({ ...w, herfindahl: undefined, entries: w.entries.map((e: any) => [e.account, e.fees, e.expected]) }))).toEqual([
      { week: W1.week, pot: '7500000', fees: String(W1.fees), accounts: 2, herfindahl: undefined, entries: [[ss58(ALICE), '60000000', '6000000'], [ss58(BOB), '15000000', '1500000']] },
      { week: W2.week, pot: '414700000', fees: String(W2.fees), accounts: 5, herfindahl: undefined, entries: [[ss58(CAROL), '4040000000', '404000000'], [ss58(ERIN), '60000000', '6000000'], [ss58(ALICE), '23000000', '2300000'], [ss58(E0), '16000000', '1600000'], [ss58(E1), '8000000', '800000']] },
    ])
    const hhi = (w: typeof W1 | typeof W2) => w.entries.reduce((a, [, f]) => a + (Number(f) / Number(w.fees)) ** 2, 0)
    expect(lottery.weeks[0].herfindahl).toBeCloseTo(0.68, 12)
    expect(lottery.weeks[1].herfindahl).toBeCloseTo(hhi(W2), 12)
    // (4040² + 60² + 23² + 16² + 8²) / 4147²
    expect(hhi(W2)).toBeCloseTo(16_326_049 / 17_197_609, 12)
    expect(hhi(W2)).toBeCloseTo(0.9493, 4)
  })

  it('refuses a bad asset or pool argument, naming it', async () => {
    const a = await gqlRaw(stack.apiUrl, '{ hubAssetDaily(asset: "USDT") { date } }')
    expect(a.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'asset' } })
    const p = await gqlRaw(stack.apiUrl, '{ hubPoolDaily(pool: "native") { date } }')
    expect(p.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'pool' } })
  })

  it('the /hub page shows adoption, the stablecoins, the pools and each day’s price with its source (Chromium)', async () => {
    const { browser } = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.goto(`${stack.webUrl}hub?from=${DAYS[0]}&to=${DAYS[2]}`)
      const text = (sel: string) => page.locator(sel).innerText()
      const prices = await text('[data-testid="dot-prices"]')
      expect(prices).toContain('5.071428')
      expect(prices).toContain('swaps:DOT/USDT')
      expect(prices).toContain(`reserves:DOT/USDT@${FROM + 6}`)
      // the chart's table: one row per day, the first day's 2 active accounts of 3 fee payments
      const dayRows = page.locator('[data-testid="hub-days"] tbody tr')
      expect(await dayRows.count()).toBe(3)
      expect((await dayRows.first().textContent())?.replace(/\s+/g, ' ')).toContain(`${DAYS[0]}`)
      expect(await page.locator('[data-testid="hub-chart"] svg').count()).toBeGreaterThan(0)
      const stable = await text('[data-testid="stablecoins"]')
      expect(stable).toContain('USDT')
      expect(stable).toContain('1,000,000')
      const contracts = await text('[data-testid="hub-contracts"]')
      expect(contracts).toContain(H160('c2'))
      expect(contracts).toContain(ss58(H160('2e') + 'ee'.repeat(12)))
      const pools = await text('[data-testid="hub-pools"]')
      expect(pools).toContain('DOT/USDT')
      // the builder-rewards what-if takes its share from the URL and states its formula
      await page.goto(`${stack.webUrl}hub/builder-rewards?share=40`)
      expect(await text('[data-testid="builder-formula"]')).toContain('floor(fees × share / 100)')
      const totals = await text('[data-testid="builder-totals"]')
      // 54,400,000 planck to deployers; treasury/DAP income 106,000,000 → 63,600,000 planck
      expect(totals).toContain('0.00544 DOT')
      expect(totals).toContain('0.00636 DOT')
      expect(await page.locator('[data-testid="builder-rewards"] tbody tr').count()).toBe(3)
      const csv = await (await fetch(`${stack.webUrl}hub/builder-rewards.csv?share=20`)).text()
      expect(csv.split('\n')[1]).toContain(`20,${H160('c2')}`)
      await page.goto(`${stack.webUrl}hub/lottery?share=10`)
      expect(await text('[data-testid="lottery-formula"]')).toContain('floor(pot × its fees')
      const weeks = await text('[data-testid="lottery-weeks"]')
      // week 2's pot: 414,700,000 planck; Carol's expected 404,000,000
      expect(weeks).toContain('0.04147 DOT')
      expect(weeks).toContain('0.0404 DOT')
      expect(weeks).toContain('0.9493')
      const lotteryJson = await (await fetch(`${stack.webUrl}hub/lottery.json?share=10`)).json()
      expect(lotteryJson.rows).toHaveLength(7)
      await page.goto(`${stack.webUrl}hub?from=${DAYS[0]}&to=${DAYS[2]}`)
      // the JSON export is the same data
      const json = await (await fetch(`${stack.webUrl}hub/prices.json?from=${DAYS[0]}&to=${DAYS[2]}`)).json()
      expect(json.rows.map((r: any) => r.source)).toEqual(['swaps:DOT/USDT', 'import:prices.csv:2', 'swaps:DOT/USDT+DOT/USDC'])
    } finally {
      await browser.close()
    }
  })

  it("the treasury page shows its balance in USD at the balance day's price, naming the source", async () => {
    const html = (await (await fetch(`${stack.webUrl}treasury?chain=asset-hub`)).text()).replace(/<!--[\s\S]*?-->/g, '')
    const usd = /<span data-testid="usd-balance">([^<]*)<\/span>/.exec(html)?.[1]
    // 1,000 DOT at day 3's 5.133333 USD (its swaps): 5,133.333 USD
    expect(TREASURY_DOT * 5_133_333n / DOT).toBe(5_133_333_000n)
    expect(usd).toBe(`≈ $5,133.33 at 5.133333 USD/DOT (swaps:DOT/USDT+DOT/USDC of ${DAYS[2]})`)
  })
})
