/**
 * Replay: the Fellowship's and the Ambassadors' treasuries, from the Collectives chain (real Collectives Polkadot
 * 2000000 metadata) and their accounts on Asset Hub (real statemint 2000006 metadata), through the real processors,
 * Postgres, API and web app.
 *
 * Asset Hub: the main treasury approves spend #30, 250,000 USDT to the Fellowship treasury's account (16VcQSRc…),
 * and pays it (Treasury.payout: Assets.Transferred, Treasury.Paid); the Fellowship's own spend of 12,000 USDT to
 * Carol arrives as its XCM's transfer out of that account; 7 micro-USDT appear in the account with no event (drift);
 * Alice transfers 100 DOT to the Ambassadors' account. A quiet block the next day closes the first.
 * Collectives: FellowshipTreasury approves, pays and processes that spend; FellowshipSalary starts cycle 3, Dave
 * registers for 6,000 USDT and is paid; AmbassadorSalary starts cycle 1 and Erin registers for 1,000 USDT.
 * Every expected figure is computed from these constants.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter, type BlockBuilder } from '../../devnet/replay/generator'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { encodeAccount } from '../../squid/src/mappings/locations'
import { SUB_TREASURIES, subTreasuryAccount } from '../../squid/src/modules/treasury/subTreasuries'
import { gql } from '../support/api'
import { TREASURY, replayEnv, startReplayStack, waitForHeight, workDir, type ReplayStack, useChromium } from './harness'

const STATEMINT_2000006 = 'asset-hub-polkadot/statemint-2000006.snowbridge-34af5e3f.v14.scale'
const COLLECTIVES_2000000 = 'collectives-polkadot/collectives-2000000.opengov-cli-f5749517.v14.scale'
const AH_FROM = 10_500_000
const AH_LAST = AH_FROM + 6
const C_FROM = 6_000_000
const C_LAST = C_FROM + 4
const T0 = Date.UTC(2026, 2, 2, 8, 0, 0)
const DAY1 = '2026-03-02'
const DAY2 = '2026-03-03'
const USD = 1_000_000n
const DOT = 10n ** 10n
const [FELLOWSHIP, AMBASSADOR] = SUB_TREASURIES.map(subTreasuryAccount)
const ALICE = '0x' + 'a1'.repeat(32)
const CAROL = '0x' + 'c3'.repeat(32)
const DAVE = '0x' + 'd4'.repeat(32)
const ERIN = '0x' + 'e5'.repeat(32)
const ss58 = (a: string) => encodeAccount(a, 0)

const FUNDING = { index: 30, amount: 250_000n * USD, approvedAt: AH_FROM + 1, paidAt: AH_FROM + 2 }
const XCM_PAYOUT = { at: AH_FROM + 3, amount: 12_000n * USD }
const AMBASSADOR_IN = { at: AH_FROM + 4, amount: 100n * DOT }
const DRIFT = { at: AH_FROM + 5, amount: 7n }
const TREASURY_USDT = 1_000_000n * USD
const SALARY = { cycle: 3, dave: 6_000n * USD, paymentId: 6n, ambassadorCycle: 1, erin: 1_000n * USD }

const HERE = { parents: 0, interior: { Here: null } }
const USDT_ON_AH = { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: 1984 }] } }
const accountLoc = (id: string) => ({ parents: 0, interior: { X1: [{ AccountId32: { network: null, id } }] } })

let dir: string
let server: ReplayServer
let stack: ReplayStack
const api = (q: string) => gql(stack.apiUrl, q)

const assetAccount = (b: BlockBuilder, who: string, balance: bigint) =>
  b.write(b.spec.storageKey('Assets.Account', [1984, who]), b.spec.storageValue('Assets.Account', { balance, status: 'Liquid', reason: 'Consumer', extra: null }))

beforeAll(async () => {
  dir = workDir('collectives')
  const ahFile = path.join(dir, 'asset-hub.jsonl')
  const ah = new ReplayWriter(ahFile, { chain: 'asset-hub', specs: { 'statemint/2000006': STATEMINT_2000006 }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' }, eventsAs: 'json' })
  ah.balance(ALICE, 10_000n * DOT).balance(TREASURY, 50_000n * DOT)
  const fellowshipUsdt = { now: 0n }
  for (let n = AH_FROM; n <= AH_LAST; n++) {
    const timestamp = n === AH_LAST ? Date.UTC(2026, 2, 3, 8, 0, 0) : T0 + (n - AH_FROM) * 12_000
    ah.block({ number: n, timestamp }, (b) => {
      if (n === AH_FROM) {
        const sym = '0x' + Buffer.from('USDT').toString('hex')
        b.write(b.spec.storageKey('Assets.Metadata', [1984]), b.spec.storageValue('Assets.Metadata', { deposit: 1n, name: sym, symbol: sym, decimals: 6, isFrozen: false }))
        assetAccount(b, TREASURY, TREASURY_USDT)
      }
      if (n === FUNDING.approvedAt) {
        b.event('Treasury.AssetSpendApproved', { index: FUNDING.index, assetKind: { V5: { location: HERE, assetId: USDT_ON_AH } }, amount: FUNDING.amount, beneficiary: { V5: { location: HERE, accountId: accountLoc(FELLOWSHIP) } }, validFrom: 1, expireAt: 100_000_000 })
      }
      if (n === FUNDING.paidAt) {
        const x = b.signed({ signer: ALICE, call: 'Treasury.payout', args: { index: FUNDING.index } })
        b.event('Assets.Transferred', { assetId: 1984, from: TREASURY, to: FELLOWSHIP, amount: FUNDING.amount }, x)
        b.event('Treasury.Paid', { index: FUNDING.index, paymentId: 1n }, x)
        assetAccount(b, TREASURY, TREASURY_USDT - FUNDING.amount)
        assetAccount(b, FELLOWSHIP, (fellowshipUsdt.now += FUNDING.amount))
      }
      if (n === XCM_PAYOUT.at) {
        // the Fellowship's spend arrives over XCM (no extrinsic): TransferAsset from its account
        b.event('Assets.Transferred', { assetId: 1984, from: FELLOWSHIP, to: CAROL, amount: XCM_PAYOUT.amount })
        assetAccount(b, FELLOWSHIP, (fellowshipUsdt.now -= XCM_PAYOUT.amount))
        assetAccount(b, CAROL, XCM_PAYOUT.amount)
      }
      if (n === AMBASSADOR_IN.at) {
        const x = b.signed({ signer: ALICE, call: 'Balances.transfer_keep_alive', args: { dest: { Id: AMBASSADOR }, value: AMBASSADOR_IN.amount } })
        b.event('Balances.Transfer', { from: ALICE, to: AMBASSADOR, amount: AMBASSADOR_IN.amount }, x).debit(ALICE, AMBASSADOR_IN.amount).credit(AMBASSADOR, AMBASSADOR_IN.amount)
      }
      // money no event explains
      if (n === DRIFT.at) assetAccount(b, FELLOWSHIP, (fellowshipUsdt.now += DRIFT.amount))
    })
  }
  ah.close()

  const cFile = path.join(dir, 'collectives.jsonl')
  const c = new ReplayWriter(cFile, { chain: 'collectives', specs: { 'collectives/2000000': COLLECTIVES_2000000 }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' }, eventsAs: 'json' })
  const usdtFromCollectives = { V5: { location: { parents: 1, interior: { X1: [{ Parachain: 1000 }] } }, assetId: USDT_ON_AH } }
  const blocks: ((b: BlockBuilder) => void)[] = [
    () => {},
    (b) => {
      b.event('FellowshipTreasury.AssetSpendApproved', { index: 0, assetKind: usdtFromCollectives, amount: XCM_PAYOUT.amount, beneficiary: { V5: accountLoc(CAROL) }, validFrom: C_FROM + 1, expireAt: C_FROM + 1_000_000 })
      b.event('FellowshipSalary.CycleStarted', { index: SALARY.cycle })
      b.event('AmbassadorSalary.CycleStarted', { index: SALARY.ambassadorCycle })
    },
    (b) => {
      b.event('FellowshipTreasury.Paid', { index: 0, paymentId: 5n })
      b.event('FellowshipSalary.Registered', { who: DAVE, amount: SALARY.dave })
      b.event('AmbassadorSalary.Registered', { who: ERIN, amount: SALARY.erin })
    },
    (b) => {
      b.event('FellowshipTreasury.SpendProcessed', { index: 0 })
      b.event('FellowshipSalary.Paid', { who: DAVE, beneficiary: DAVE, amount: SALARY.dave, id: SALARY.paymentId })
    },
    () => {},
  ]
  blocks.forEach((f, i) => c.block({ number: C_FROM + i, timestamp: T0 + i * 12_000 }, f))
  c.close()

  server = await startReplayServer([await ReplayChain.fromFile(ahFile), await ReplayChain.fromFile(cFile)])
  stack = await startReplayStack(dir, ['asset-hub', 'collectives'], { ...replayEnv('asset-hub', server.wsUrl('asset-hub'), AH_FROM), ...replayEnv('collectives', server.wsUrl('collectives'), C_FROM) }, { web: true })
  await waitForHeight(stack, 'asset-hub', AH_LAST)
  await waitForHeight(stack, 'collectives', C_LAST)
}, 180_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const VIEW = `{ treasury { name account fundingSpendCount spendCount }
  income { spend { id amount status } amount paid { blockNumber } }
  spends { id status amount beneficiary }
  salaryCycles { index registeredCount registeredTotal paidCount paidTotal payouts { who amount paymentId event { blockNumber } } }
  daily { chain date asset { symbol } inflow outflow openingBalance openingBlock closingBalance closingBlock closed drift driftBlock }
  flows { kind amount asset { symbol } event { blockNumber } } }`

describe('replay: the Fellowship and Ambassador treasuries on Collectives 2000000, their money on Asset Hub 2000006', () => {
  it('indexes Collectives as a chain of its own', async () => {
    const { syncStatus } = await api('{ syncStatus { chain specName specVersion indexedHeight } }')
    expect(syncStatus).toEqual([
      { chain: 'asset-hub', specName: 'statemint', specVersion: 2000006, indexedHeight: AH_LAST },
      { chain: 'collectives', specName: 'collectives', specVersion: 2000000, indexedHeight: C_LAST },
    ])
    expect(stack.exits).toEqual([])
  })

  it("links the main treasury's spend to the Fellowship's income, and lists the Fellowship's own spend and salaries", async () => {
    const { subTreasury: v } = await api(`{ subTreasury(name: "fellowship") ${VIEW} }`)
    expect(v.treasury).toEqual({ name: 'fellowship', account: '16VcQSRcMFy6ZHVjBvosKmo7FKqTb8ZATChDYo8ibutzLnos', fundingSpendCount: 1, spendCount: 1 })
    expect(v.income).toEqual([{ spend: { id: `asset-hub-asset-${FUNDING.index}`, amount: String(FUNDING.amount), status: 'Paid' }, amount: String(FUNDING.amount), paid: { blockNumber: FUNDING.paidAt } }])
    expect(v.spends).toEqual([{ id: 'collectives-fellowship-asset-0', status: 'Completed', amount: String(XCM_PAYOUT.amount), beneficiary: ss58(CAROL) }])
    expect(v.salaryCycles).toEqual([
      { index: SALARY.cycle, registeredCount: 1, registeredTotal: String(SALARY.dave), paidCount: 1, paidTotal: String(SALARY.dave), payouts: [{ who: ss58(DAVE), amount: String(SALARY.dave), paymentId: String(SALARY.paymentId), event: { blockNumber: C_FROM + 3 } }] },
    ])
  })

  it("reconciles the Fellowship's USDT on Asset Hub day by day: income, its payout, and drift at the block it appeared", async () => {
    const { subTreasury: v } = await api(`{ subTreasury(name: "fellowship") ${VIEW} }`)
    const usdt = v.daily.filter((d: any) => d.asset.symbol === 'USDT')
    const day1Closing = FUNDING.amount - XCM_PAYOUT.amount + DRIFT.amount
    expect(usdt).toEqual([
      { chain: 'asset-hub', date: DAY1, asset: { symbol: 'USDT' }, inflow: String(FUNDING.amount), outflow: String(XCM_PAYOUT.amount), openingBalance: '0', openingBlock: AH_FROM - 1, closingBalance: String(day1Closing), closingBlock: AH_LAST - 1, closed: true, drift: String(DRIFT.amount), driftBlock: DRIFT.at },
      { chain: 'asset-hub', date: DAY2, asset: { symbol: 'USDT' }, inflow: '0', outflow: '0', openingBalance: String(day1Closing), openingBlock: AH_LAST - 1, closingBalance: String(day1Closing), closingBlock: AH_LAST, closed: false, drift: '0', driftBlock: null },
    ])
    // its DOT and USDC never moved: every day reads 0 and reconciles
    for (const d of v.daily.filter((x: any) => x.asset.symbol !== 'USDT')) expect([d.inflow, d.outflow, d.closingBalance, d.drift]).toEqual(['0', '0', '0', '0'])
    expect(v.flows).toEqual([
      { kind: 'SubTreasuryPayout', amount: String(XCM_PAYOUT.amount), asset: { symbol: 'USDT' }, event: { blockNumber: XCM_PAYOUT.at } },
      { kind: 'Transfer', amount: String(FUNDING.amount), asset: { symbol: 'USDT' }, event: { blockNumber: FUNDING.paidAt } },
    ])
  })

  it("reconciles the Ambassadors' DOT, lists their cycle, and keeps both out of the main treasury's figures", async () => {
    const { subTreasury: v } = await api(`{ subTreasury(name: "ambassador") ${VIEW} }`)
    expect(v.treasury).toEqual({ name: 'ambassador', account: '14yYt1iVXT9hn4LczHbxofLU6i83eBpW9TPM7MZv8xuEb3b8', fundingSpendCount: 0, spendCount: 0 })
    const dot = v.daily.filter((d: any) => d.asset.symbol === 'DOT' && d.date === DAY1)
    expect(dot.map((d: any) => [d.inflow, d.outflow, d.openingBalance, d.closingBalance, d.drift])).toEqual([[String(AMBASSADOR_IN.amount), '0', '0', String(AMBASSADOR_IN.amount), '0']])
    expect(v.salaryCycles).toEqual([{ index: SALARY.ambassadorCycle, registeredCount: 1, registeredTotal: String(SALARY.erin), paidCount: 0, paidTotal: '0', payouts: [] }])
    // the main treasury's USDT days: the payout to the Fellowship left it (its USDT was written at the first block with
    // no event: drift there); the sub-treasuries' rows are not among its days
    const { treasuryAssetDaily } = await api(`{ treasuryAssetDaily(chain: "asset-hub") { date asset { symbol } outflow closingBalance drift driftBlock } }`)
    expect(treasuryAssetDaily.filter((d: any) => d.asset.symbol === 'USDT')).toEqual([
      { date: DAY1, asset: { symbol: 'USDT' }, outflow: String(FUNDING.amount), closingBalance: String(TREASURY_USDT - FUNDING.amount), drift: String(TREASURY_USDT), driftBlock: AH_FROM },
      { date: DAY2, asset: { symbol: 'USDT' }, outflow: '0', closingBalance: String(TREASURY_USDT - FUNDING.amount), drift: '0', driftBlock: null },
    ])
  })

  describe('in Chromium', () => {
    const chromium = useChromium()

    it('shows the Fellowship treasury: income from the main spend, its spend, salaries, the reconciliation with its drift', async () => {
      const { page, errors } = await chromium.open(`${stack.webUrl}treasury/fellowship`)
      const text = (sel: string) => page.locator(sel).innerText()
      const daily = await text('[data-testid=sub-treasury-daily]')
      expect(daily).toContain(`${DAY1}\tUSDT\t0 USDT`)
      expect(daily).toContain('238,000.000007 USDT')
      expect(daily).toContain(`first at block ${DRIFT.at.toLocaleString('en-US')}`)
      const flows = await text('[data-testid=sub-treasury-flows]')
      expect(flows).toContain('250,000 USDT')
      expect(flows).toContain('12,000 USDT')
      expect(await page.locator('body').innerText()).toContain('16VcQSRcMFy6ZHVjBvosKmo7FKqTb8ZATChDYo8ibutzLnos')
      expect(errors).toEqual([])
      await page.close()
    })
  })
})
