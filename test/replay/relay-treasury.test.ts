/**
 * Replay: the relay's treasury and fee mapping on blocks of the real Polkadot relay runtimes 2000006 and 2000007
 * (events and extrinsics encoded with their metadata), served by the replay chain at heights around the Asset
 * Hub migration (28,490,000), through the real compiled processor, Postgres and the real API. The runtime is
 * upgraded from 2000006 to 2000007 in the middle of the file. Every expected figure is computed from the
 * description below, never typed in.
 *
 * Today's decoders (Polkadot 1002005, Paseo 1009003) know every Treasury, Balances and TransactionPayment shape
 * these two runtimes emit; AssetSpendApproved's XCM v4/v5 locations match the Paseo 1009003 decoder.
 */
import fs from 'node:fs'
import path from 'node:path'
import { encodeAddress } from '@polkadot/util-crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter } from '../../devnet/replay/generator'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { gql } from '../support/api'
import { POLKADOT_2000006, POLKADOT_2000007, TREASURY, replayEnv, startReplayStack, waitForHeight, workDir, type ReplayStack } from './harness'

const FROM = 28_490_000
const T0 = Date.UTC(2025, 10, 3, 8, 0, 0)
const UPGRADE_AT = FROM + 6
const LAST = FROM + 9
const DAY = '2025-11-03'
const ALICE = '0x' + 'a1'.repeat(32)
const BOB = '0x' + 'b0'.repeat(32)
const AUTHOR = '0x' + 'c3'.repeat(32)
const DOT = 10n ** 10n

const TREASURY_OPENING = 50_000n * DOT
const DEPOSIT = 1_234n * DOT
const TRANSFER_IN = 77n * DOT
const FEES = [
  { block: FROM + 1, fee: 160_000_000n, tip: 10_000_000n },
  { block: FROM + 8, fee: 210_000_003n, tip: 0n },
]
const LOCAL_SPEND = { index: 41, amount: 300n * DOT, approvedAt: FROM + 2, awardedAt: FROM + 7 }
const USDT = { V4: { location: { parents: 0, interior: { X1: [{ Parachain: 1000 }] } }, assetId: { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: 1984 }] } } } }
const ASSET_SPEND = { index: 9, amount: 25_000_000_000n, paymentId: 77n, approvedAt: FROM + 3, paidAt: FROM + 9 }
/** the relay's AssetRate of USDT at the approval: 0.2 planck per USDT unit (FixedU128, × 10^18) */
const USDT_RATE = 200_000_000_000_000_000n
const BURNT = 12n * DOT

const share = (f: { fee: bigint; tip: bigint }) => {
  const toTreasury = ((f.fee - f.tip) * 80n) / 100n
  return { toTreasury, toAuthor: f.fee - toTreasury }
}

let dir: string
let server: ReplayServer
let stack: ReplayStack
let closing: bigint
const api = (q: string) => gql(stack.apiUrl, q)

beforeAll(async () => {
  dir = workDir('treasury')
  const file = path.join(dir, 'relay.jsonl')
  const w = new ReplayWriter(file, {
    chain: 'relay',
    specs: { 'polkadot/2000006': POLKADOT_2000006, 'polkadot/2000007': POLKADOT_2000007 },
    properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' },
    // decoded JSON in the file: the server encodes the events with each block's metadata
    eventsAs: 'json',
  })
  w.balance(TREASURY, TREASURY_OPENING).balance(ALICE, 10_000n * DOT).balance(BOB, 1_000n * DOT)
  for (let n = FROM; n <= LAST; n++) {
    w.block({ number: n, timestamp: T0 + (n - FROM) * 6000, spec: n >= UPGRADE_AT ? 'polkadot/2000007' : 'polkadot/2000006' }, (b) => {
      if (n === FROM) b.event('Treasury.Deposit', { value: DEPOSIT }).credit(TREASURY, DEPOSIT)
      for (const f of FEES.filter((x) => x.block === n)) {
        const x = b.signed({ signer: ALICE, call: 'Balances.transfer_keep_alive', args: { dest: { Id: BOB }, value: DOT }, tip: f.tip })
        b.event('Balances.Transfer', { from: ALICE, to: BOB, amount: DOT }, x).debit(ALICE, DOT).credit(BOB, DOT)
        b.fee(x, { payer: ALICE, fee: f.fee, tip: f.tip, author: AUTHOR, treasury: TREASURY })
      }
      if (n === LOCAL_SPEND.approvedAt) b.event('Treasury.SpendApproved', { proposalIndex: LOCAL_SPEND.index, amount: LOCAL_SPEND.amount, beneficiary: BOB })
      if (n === ASSET_SPEND.approvedAt) {
        b.write(b.spec.storageKey('AssetRate.ConversionRateToNative', [USDT]), b.spec.storageValue('AssetRate.ConversionRateToNative', USDT_RATE))
        b.event('Treasury.AssetSpendApproved', { index: ASSET_SPEND.index, assetKind: USDT, amount: ASSET_SPEND.amount, beneficiary: { V4: { parents: 0, interior: { X1: [{ AccountId32: { network: null, id: BOB } }] } } }, validFrom: n, expireAt: n + 1_000_000 })
      }
      if (n === FROM + 4) {
        const x = b.signed({ signer: BOB, call: 'Balances.transfer_keep_alive', args: { dest: { Id: TREASURY }, value: TRANSFER_IN } })
        b.event('Balances.Transfer', { from: BOB, to: TREASURY, amount: TRANSFER_IN }, x).debit(BOB, TRANSFER_IN).credit(TREASURY, TRANSFER_IN)
      }
      if (n === LOCAL_SPEND.awardedAt) {
        b.event('Treasury.Spending', { budgetRemaining: 1_000_000n * DOT })
        b.event('Treasury.Awarded', { proposalIndex: LOCAL_SPEND.index, award: LOCAL_SPEND.amount, account: BOB }).debit(TREASURY, LOCAL_SPEND.amount).credit(BOB, LOCAL_SPEND.amount)
        b.event('Treasury.Burnt', { burntFunds: BURNT }).debit(TREASURY, BURNT)
        b.event('Treasury.Rollover', { rolloverBalance: w.balanceOf(TREASURY) })
      }
      if (n === ASSET_SPEND.paidAt) {
        const x = b.signed({ signer: BOB, call: 'Treasury.payout', args: { index: ASSET_SPEND.index } })
        b.event('Treasury.Paid', { index: ASSET_SPEND.index, paymentId: ASSET_SPEND.paymentId }, x)
      }
    })
  }
  w.close()
  closing = w.balanceOf(TREASURY)

  server = await startReplayServer(await ReplayChain.fromFile(file))
  stack = await startReplayStack(dir, 'relay', replayEnv('relay', server.wsUrl(), FROM))
  await waitForHeight(stack, 'relay', LAST)
}, 180_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('replay: relay treasury and fees on Polkadot 2000006 → 2000007 blocks', () => {
  it('indexes up to the last block, on the upgraded runtime', async () => {
    const { syncStatus } = await api('{ syncStatus { chain network specName specVersion indexedHeight } }')
    expect(syncStatus).toEqual([{ chain: 'relay', network: 'polkadot', specName: 'polkadot', specVersion: 2000007, indexedHeight: LAST }])
  })

  it('fees: amount, tip and the 80/20 split of each extrinsic, on both runtimes', async () => {
    const { feePayments } = await api(`{ feePayments(chain: "relay") { items { payer fee tip toTreasury toAuthor burned event { blockNumber } } } }`)
    const expected = FEES.map((f) => ({
      payer: encodeAddress(ALICE, 0),
      fee: String(f.fee),
      tip: String(f.tip),
      toTreasury: String(share(f).toTreasury),
      toAuthor: String(share(f).toAuthor),
      burned: '0',
      event: { blockNumber: f.block },
    }))
    expect([...feePayments.items].sort((a: any, b: any) => a.event.blockNumber - b.event.blockNumber)).toEqual(expected)
    const { feeTotals } = await api(`{ feeTotals(chain: "relay") { extrinsics fees tips toTreasury toAuthor } }`)
    const sum = (k: 'toTreasury' | 'toAuthor') => FEES.reduce((a, f) => a + share(f)[k], 0n)
    expect(feeTotals).toEqual({
      extrinsics: FEES.length,
      fees: String(FEES.reduce((a, f) => a + f.fee, 0n)),
      tips: String(FEES.reduce((a, f) => a + f.tip, 0n)),
      toTreasury: String(sum('toTreasury')),
      toAuthor: String(sum('toAuthor')),
    })
  })

  it('treasury day: deposits, fees, transfers in, awarded and burnt, and the closing balance read from System.Account', async () => {
    const { treasuryDaily } = await api(`{ treasuryDaily(chain: "relay") { date inFees inDeposits inTransfers outAwarded outBurnt closingBalance closingBlock } }`)
    expect(treasuryDaily).toEqual([
      {
        date: DAY,
        inFees: String(FEES.reduce((a, f) => a + share(f).toTreasury, 0n)),
        inDeposits: String(DEPOSIT),
        inTransfers: String(TRANSFER_IN),
        outAwarded: String(LOCAL_SPEND.amount),
        outBurnt: String(BURNT),
        closingBalance: String(closing),
        closingBlock: LAST,
      },
    ])
    // the balance follows the flows: opening + in − out = closing
    const inflow = DEPOSIT + TRANSFER_IN + FEES.reduce((a, f) => a + share(f).toTreasury, 0n)
    expect(closing).toBe(TREASURY_OPENING + inflow - LOCAL_SPEND.amount - BURNT)
  })

  it('spends: the local spend approved then awarded (Completed), the USDT spend approved then paid', async () => {
    const { spends } = await api(`{ spends(filter: { chain: "relay" }, orderBy: INDEX_ASC) { items { kind index status amount beneficiary asset { symbol } paymentId approved { blockNumber } paid { blockNumber } } } }`)
    expect(spends.items).toEqual([
      { kind: 'Asset', index: ASSET_SPEND.index, status: 'Paid', amount: String(ASSET_SPEND.amount), beneficiary: encodeAddress(BOB, 0), asset: { symbol: 'USDT' }, paymentId: String(ASSET_SPEND.paymentId), approved: { blockNumber: ASSET_SPEND.approvedAt }, paid: { blockNumber: ASSET_SPEND.paidAt } },
      { kind: 'Local', index: LOCAL_SPEND.index, status: 'Completed', amount: String(LOCAL_SPEND.amount), beneficiary: encodeAddress(BOB, 0), asset: { symbol: 'DOT' }, paymentId: null, approved: { blockNumber: LOCAL_SPEND.approvedAt }, paid: { blockNumber: LOCAL_SPEND.awardedAt } },
    ])
  })

  it("the USDT spend's AssetRate read from the relay's storage at its approval block, and its USD at 1 USD a USDT", async () => {
    const { spends } = await api(`{ spends(filter: { chain: "relay", kind: Asset }) { items { index assetRate { rateToNative block source } usdAtApproval { microUsd source day } } } }`)
    expect(spends.items).toEqual([
      {
        index: ASSET_SPEND.index,
        assetRate: { rateToNative: String(USDT_RATE), block: ASSET_SPEND.approvedAt, source: `storage:AssetRate.ConversionRateToNative@${ASSET_SPEND.approvedAt}` },
        // 25,000 USDT (micro-USD units)
        usdAtApproval: { microUsd: String(ASSET_SPEND.amount), source: 'stablecoin:USDT at 1 USD', day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
      },
    ])
  })

  it('the processor used only methods the replay server serves, and read metadata of both runtimes', () => {
    expect(server.stats.unknown).toEqual(new Map())
    const calls = [...server.stats.calls.keys()].sort()
    console.log(`RPC methods the processor called: ${calls.map((m) => `${m} ×${server.stats.calls.get(m)}`).join(', ')}`)
    for (const m of ['system_properties', 'chain_getBlock', 'state_getStorageAt', 'state_getRuntimeVersion', 'state_getMetadata', 'chain_getFinalizedHead', 'chain_subscribeNewHeads']) {
      expect(calls).toContain(m)
    }
    expect(server.stats.calls.get('state_getMetadata')).toBeGreaterThanOrEqual(2)
  })
})
