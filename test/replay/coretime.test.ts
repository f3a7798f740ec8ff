/**
 * Replay: bulk coretime on blocks of the real Coretime Polkadot runtime 2000000 (sale times in relay blocks: after
 * the broker's v4 migration), through the real compiled processor, Postgres and the real API. Sale A (region
 * 361,500–366,540) opens with end price 50 DOT; two cores are bought at a quarter and at half of the lead-in (2,750
 * and 500 DOT: CenterTargetPrice's factors 55 and 10), core 0's workload is renewed for 40 DOT, credit is bought for
 * 7 DOT, one bought region is pooled. Sale B opens at the end price the runtime's MinimumPrice rule gives A's
 * outcome (sellout 500 DOT → 50 DOT), sells one core at its end price, and the pool's revenue for A's first
 * timeslice is claimed. Every payment is deposited to the burn stash py/ctbrn. On the relay (Polkadot 2000006 blocks on
 * the same clock) para 2004 orders on-demand blocks: one paid from a balance and one from credits while A runs, one
 * paid while B runs. Every expected figure comes from the
 * description below (sales before the v4 migration are covered by squid/src/modules/broker/broker.test.ts: no
 * runtime of that time is in the inputs).
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter, type BlockBuilder } from '../../devnet/replay/generator'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { encodeAccount } from '../../squid/src/mappings/locations'
import { palletAccount } from '../../squid/src/mappings/palletAccounts'
import { launchChromium } from '../../scripts/chromium'
import { gql } from '../support/api'
import { POLKADOT_2000006, TREASURY, replayEnv, startReplayStack, waitForHeight, workDir, type ReplayStack } from './harness'

const CORETIME_2000000 = 'coretime-polkadot/coretime-polkadot-2000000.opengov-cli-f5749517.v14.scale'
const FROM = 3_000_000
const T0 = Date.UTC(2026, 0, 5, 0, 0, 0)
const DOT = 10n ** 10n
const at = (k: number) => FROM + k
const ts = (k: number) => T0 + k * 6_000
const LAST = at(9)

const acct = (b: string) => '0x' + b.repeat(32)
const [BUYER1, BUYER2, RENEWER, CREDITOR] = ['a1', 'b2', 'c3', 'd4'].map(acct)
const BURN = palletAccount('py/ctbrn')
const ss58 = (a: string) => encodeAccount(a, 0)
const FULL = '0x' + 'ff'.repeat(10)

const R0 = 28_800_000
const LEADIN = 100_800
const A = { saleStart: R0 + 20, regionBegin: 361_500, regionEnd: 366_540, endPrice: 50n * DOT, ideal: 2, offered: 3 }
const B = { saleStart: R0 + 200_000, regionBegin: 366_540, regionEnd: 371_580, endPrice: 50n * DOT, ideal: 1, offered: 2 }
// the relay block each Coretime block saw
const RELAY = [R0, R0 + 1, A.saleStart + LEADIN / 4, A.saleStart + LEADIN / 2, A.saleStart + 60_000, A.saleStart + 60_010, B.saleStart - 100, B.saleStart - 10, B.saleStart + LEADIN + 5, B.saleStart + LEADIN + 6]
// relay blocks on the same clock: an order while A runs (paid), a credit and an order from it while A runs, an order while B runs
const RELAY_FROM = 28_800_000
const RELAY_TS = [T0, T0 + 18_000, T0 + 30_000, T0 + 48_000]
const ON_DEMAND_POT = palletAccount('py/ondmd')
const ORDER = { a: 2n * DOT, fromCredit: 1n * DOT, b: 3n * DOT, para: 2004 }
const PRICE = { q1: 2_750n * DOT, half: 500n * DOT, renewal: 40n * DOT, credit: 7n * DOT, bEnd: 50n * DOT, pool: 3n * DOT }

let dir: string
let server: ReplayServer
let stack: ReplayStack
const api = (q: string) => gql(stack.apiUrl, q)
const post = async (query: string) => (await fetch(stack.apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()

beforeAll(async () => {
  dir = workDir('coretime')
  const file = path.join(dir, 'coretime.jsonl')
  const w = new ReplayWriter(file, { chain: 'coretime', specs: { 'coretime-polkadot/2000000': CORETIME_2000000 }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' }, eventsAs: 'json' })
  const block = (k: number, fill?: (b: BlockBuilder) => void) =>
    w.block({ number: at(k), timestamp: ts(k) }, (b) => {
      b.write(b.spec.storageKey('ParachainSystem.LastRelayChainBlockNumber'), b.spec.storageValue('ParachainSystem.LastRelayChainBlockNumber', RELAY[k]))
      fill?.(b)
    })
  // the broker charges the buyer and deposits the price to its OnRevenue stash before it emits its own event
  const paid = (b: BlockBuilder, who: string, call: string, args: Record<string, unknown>, price: bigint) => {
    const x = b.signed({ signer: who, call, args })
    b.event('Balances.Withdraw', { who, amount: price }, x)
    b.event('Balances.Deposit', { who: BURN, amount: price }, x)
    return x
  }
  const task = (t: number) => [{ mask: FULL, assignment: { Task: t } }]
  const sale = (b: BlockBuilder, s: typeof A) =>
    b.event('Broker.SaleInitialized', { saleStart: s.saleStart, leadinLength: LEADIN, startPrice: 100n * s.endPrice, endPrice: s.endPrice, regionBegin: s.regionBegin, regionEnd: s.regionEnd, idealCoresSold: s.ideal, coresOffered: s.offered })

  block(0)
  block(1, (b) => {
    b.event('Broker.Renewable', { core: 0, price: PRICE.renewal, begin: A.regionBegin, workload: task(2000) })
    b.event('Broker.Renewable', { core: 1, price: PRICE.renewal, begin: A.regionBegin, workload: task(2001) })
    sale(b, A)
  })
  block(2, (b) => {
    const x = paid(b, BUYER1, 'Broker.purchase', { priceLimit: PRICE.q1 }, PRICE.q1)
    b.event('Broker.Purchased', { who: BUYER1, regionId: { begin: A.regionBegin, core: 2, mask: FULL }, price: PRICE.q1, duration: 5_040 }, x)
  })
  block(3, (b) => {
    const x = paid(b, BUYER2, 'Broker.purchase', { priceLimit: PRICE.half }, PRICE.half)
    b.event('Broker.Purchased', { who: BUYER2, regionId: { begin: A.regionBegin, core: 3, mask: FULL }, price: PRICE.half, duration: 5_040 }, x)
  })
  block(4, (b) => {
    const x = paid(b, RENEWER, 'Broker.renew', { core: 0 }, PRICE.renewal)
    b.event('Broker.Renewed', { who: RENEWER, price: PRICE.renewal, oldCore: 0, core: 0, begin: A.regionBegin, duration: 5_040, workload: task(2000) }, x)
    b.event('Broker.Renewable', { core: 0, price: 42n * DOT, begin: A.regionEnd, workload: task(2000) }, x)
  })
  block(5, (b) => {
    const x = paid(b, CREDITOR, 'Broker.purchase_credit', { amount: PRICE.credit, beneficiary: CREDITOR }, PRICE.credit)
    b.event('Broker.CreditPurchased', { who: CREDITOR, beneficiary: CREDITOR, amount: PRICE.credit }, x)
    const y = b.signed({ signer: BUYER2, call: 'Broker.pool', args: { regionId: { begin: A.regionBegin, core: 3, mask: FULL }, payee: BUYER2, finality: 'Final' } })
    b.event('Broker.Pooled', { regionId: { begin: A.regionBegin, core: 3, mask: FULL }, duration: 5_040 }, y)
  })
  block(6, (b) => {
    b.event('Broker.CoreAssigned', { core: 2, when: A.regionBegin * 80, assignment: [[{ Task: 2002 }, 28_800], ['Idle', 28_800]] })
    b.event('Broker.CoreAssigned', { core: 3, when: A.regionBegin * 80, assignment: [['Pool', 57_600]] })
    b.event('Broker.HistoryInitialized', { when: A.regionBegin, privatePoolSize: 80, systemPoolSize: 0 })
  })
  block(7, (b) => sale(b, B))
  block(8, (b) => {
    const x = paid(b, BUYER1, 'Broker.purchase', { priceLimit: PRICE.bEnd }, PRICE.bEnd)
    b.event('Broker.Purchased', { who: BUYER1, regionId: { begin: B.regionBegin, core: 2, mask: FULL }, price: PRICE.bEnd, duration: 5_040 }, x)
  })
  block(9, (b) => {
    b.event('Broker.ClaimsReady', { when: A.regionBegin, systemPayout: 0n, privatePayout: PRICE.pool })
    const x = b.signed({ signer: BUYER2, call: 'Broker.claim_revenue', args: { regionId: { begin: A.regionBegin, core: 3, mask: FULL }, maxTimeslices: 10 } })
    b.event('Broker.RevenueClaimPaid', { who: BUYER2, amount: PRICE.pool, next: null }, x)
  })
  w.close()

  const relayFile = path.join(dir, 'relay.jsonl')
  const r = new ReplayWriter(relayFile, { chain: 'relay', specs: { 'polkadot/2000006': POLKADOT_2000006 }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' }, eventsAs: 'json' })
  r.balance(TREASURY, 50_000n * DOT)
  const order = (b: BlockBuilder, price: bigint, paid: boolean) => {
    const x = b.signed({ signer: CREDITOR, call: 'OnDemand.place_order_allow_death', args: { maxAmount: price, paraId: ORDER.para } })
    if (paid) {
      b.event('Balances.Withdraw', { who: CREDITOR, amount: price }, x)
      b.event('Balances.Deposit', { who: ON_DEMAND_POT, amount: price }, x)
    }
    b.event('OnDemand.OnDemandOrderPlaced', { paraId: ORDER.para, spotPrice: price, orderedBy: CREDITOR }, x)
  }
  r.block({ number: RELAY_FROM, timestamp: RELAY_TS[0] })
  r.block({ number: RELAY_FROM + 1, timestamp: RELAY_TS[1] }, (b) => order(b, ORDER.a, true))
  r.block({ number: RELAY_FROM + 2, timestamp: RELAY_TS[2] }, (b) => {
    b.event('OnDemand.AccountCredited', { who: CREDITOR, amount: PRICE.credit })
    order(b, ORDER.fromCredit, false)
  })
  r.block({ number: RELAY_FROM + 3, timestamp: RELAY_TS[3] }, (b) => order(b, ORDER.b, true))
  r.close()

  server = await startReplayServer([await ReplayChain.fromFile(file), await ReplayChain.fromFile(relayFile)])
  stack = await startReplayStack(dir, ['coretime', 'relay'], { ...replayEnv('coretime', server.wsUrl('coretime'), FROM), ...replayEnv('relay', server.wsUrl('relay'), RELAY_FROM) }, { web: true })
  await waitForHeight(stack, 'coretime', LAST)
  await waitForHeight(stack, 'relay', RELAY_FROM + 3)
}, 180_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const relayDate = (k: number, relay: number) => new Date(ts(k) + (relay - RELAY[k]) * 6_000).toISOString()
const SALE = `chain regionBegin regionEnd regionBeginRelayBlock regionBeginAt regionEndAt saleStart leadinLength timeUnit saleStartAt leadinEndAt startPrice endPrice
  idealCoresSold coresOffered coresSold coresPurchased coresRenewed coresLeft selloutPrice priceRule nextEndPrice nextTargetPrice specVersion
  revenue { bulk renewal credits total burned toTreasury unattributed poolSystemPayout poolPrivatePayout poolClaimsPaid }
  purchases { kind core oldCore who price saleTime leadinProgress revenueTo extrinsicHash event { id blockNumber } }
  priceCurve { saleTime price } event { blockNumber }`

describe('replay: bulk coretime sales on Coretime Polkadot 2000000 blocks', () => {
  it('sale A: its parameters, times as relay blocks and dates, cores sold, the sellout price and the forecast by MinimumPrice(10 DOT)', async () => {
    const { coretimeSale: s } = await api(`{ coretimeSale(chain: "coretime", regionBegin: ${A.regionBegin}) { ${SALE} } }`)
    expect(s).toMatchObject({
      chain: 'coretime',
      regionBegin: A.regionBegin,
      regionEnd: A.regionEnd,
      regionBeginRelayBlock: A.regionBegin * 80,
      regionBeginAt: relayDate(1, A.regionBegin * 80),
      regionEndAt: relayDate(1, A.regionEnd * 80),
      saleStart: A.saleStart,
      leadinLength: LEADIN,
      timeUnit: 'RelayBlock',
      saleStartAt: relayDate(1, A.saleStart),
      leadinEndAt: relayDate(1, A.saleStart + LEADIN),
      startPrice: String(5_000n * DOT),
      endPrice: String(A.endPrice),
      idealCoresSold: 2,
      coresOffered: 3,
      coresSold: 3,
      coresPurchased: 2,
      coresRenewed: 1,
      coresLeft: 0,
      // both purchases were within the ideal count (renewals do not set it): the second one's price is the sellout
      selloutPrice: String(PRICE.half),
      priceRule: 'MinimumPrice(100000000000) over CenterTargetPrice',
      nextEndPrice: String(50n * DOT),
      nextTargetPrice: String(PRICE.half),
      specVersion: 2_000_000,
      event: { blockNumber: at(1) },
    })
    expect(s.purchases.map((p: any) => [p.kind, p.core, p.oldCore, p.who, p.price, p.saleTime, p.leadinProgress, p.revenueTo, p.event.blockNumber])).toEqual([
      ['Bulk', 2, null, ss58(BUYER1), String(PRICE.q1), RELAY[2], 0.25, 'Burned', at(2)],
      ['Bulk', 3, null, ss58(BUYER2), String(PRICE.half), RELAY[3], 0.5, 'Burned', at(3)],
      ['Renewal', 0, 0, ss58(RENEWER), String(PRICE.renewal), RELAY[4], null, 'Burned', at(4)],
    ])
    expect(s.purchases.every((p: any) => /^0x[0-9a-f]{64}$/.test(p.extrinsicHash))).toBe(true)
    // the curve is the runtime's: 100 × end at the start, 55 × at a quarter, 10 × halfway, 5.5 × at three quarters, the end price after
    const curve = new Map(s.priceCurve.map((p: any) => [p.saleTime, p.price]))
    expect(s.priceCurve).toHaveLength(41)
    expect([0, LEADIN / 4, LEADIN / 2, (3 * LEADIN) / 4, LEADIN].map((e) => curve.get(A.saleStart + e))).toEqual([5_000n, 2_750n, 500n, 275n, 50n].map((d) => String(d * DOT)))
    // each bulk purchase sits on the curve
    for (const p of s.purchases.filter((x: any) => x.kind === 'Bulk')) expect(curve.get(p.saleTime)).toBe(p.price)
  })

  it("sale B opened at the end price A's forecast gave; its one core sold at the end price, forecast 10 DOT (the minimum)", async () => {
    const { coretimeSale: s } = await api(`{ coretimeSale(chain: "coretime") { ${SALE} } }`)
    expect(s).toMatchObject({ regionBegin: B.regionBegin, endPrice: String(50n * DOT), coresSold: 1, coresPurchased: 1, coresLeft: 1, selloutPrice: String(PRICE.bEnd), nextEndPrice: String(10n * DOT), nextTargetPrice: String(PRICE.bEnd) })
    expect(s.purchases.map((p: any) => [p.who, p.price, p.leadinProgress])).toEqual([[ss58(BUYER1), String(PRICE.bEnd), 1]])
  })

  it('revenue per sale: bulk, renewals and credits burned, on-demand orders on the relay by time; the pool revenue and claims of the time sale B ran', async () => {
    const { coretimeSales } = await api(`{ coretimeSales(chain: "coretime") { totalCount items { regionBegin revenue { bulk renewal credits onDemand onDemandOrders total burned toTreasury unattributed poolSystemPayout poolPrivatePayout poolClaimsPaid } } } }`)
    expect(coretimeSales.totalCount).toBe(2)
    // on-demand orders paid into the relay's on-demand account are revenue not yet at its end (the pool): unattributed;
    // the order paid from credits is in neither sum (its money is the credit, bought on the Coretime chain)
    expect(coretimeSales.items.map((s: any) => [s.regionBegin, s.revenue])).toEqual([
      [B.regionBegin, { bulk: String(50n * DOT), renewal: '0', credits: '0', onDemand: String(ORDER.b), onDemandOrders: 1, total: String(53n * DOT), burned: String(50n * DOT), toTreasury: '0', unattributed: String(ORDER.b), poolSystemPayout: '0', poolPrivatePayout: String(PRICE.pool), poolClaimsPaid: String(PRICE.pool) }],
      [A.regionBegin, { bulk: String(3_250n * DOT), renewal: String(40n * DOT), credits: String(7n * DOT), onDemand: String(ORDER.a), onDemandOrders: 2, total: String(3_299n * DOT), burned: String(3_297n * DOT), toTreasury: '0', unattributed: String(ORDER.a), poolSystemPayout: '0', poolPrivatePayout: '0', poolClaimsPaid: '0' }],
    ])
    const { onDemandEvents } = await api(`{ onDemandEvents(chain: "relay") { totalCount items { kind paraId amount who depositTo payment paymentEvent { blockNumber eventIndex } event { blockNumber eventIndex } } } }`)
    // a paid order's payment event is the Deposit just before it
    const deposited = (e: any) => ({ blockNumber: e.event.blockNumber, eventIndex: e.event.eventIndex - 1 })
    expect(onDemandEvents.items.map((e: any) => [e.kind, e.paraId, e.amount, e.who, e.depositTo, e.payment, e.paymentEvent, e.event.blockNumber])).toEqual([
      ['OrderPlaced', ORDER.para, String(ORDER.b), ss58(CREDITOR), ss58(ON_DEMAND_POT), 'Deposit', deposited(onDemandEvents.items[0]), RELAY_FROM + 3],
      ['OrderPlaced', ORDER.para, String(ORDER.fromCredit), ss58(CREDITOR), null, 'Credits', null, RELAY_FROM + 2],
      ['AccountCredited', null, String(PRICE.credit), ss58(CREDITOR), null, null, null, RELAY_FROM + 2],
      ['OrderPlaced', ORDER.para, String(ORDER.a), ss58(CREDITOR), ss58(ON_DEMAND_POT), 'Deposit', deposited(onDemandEvents.items[3]), RELAY_FROM + 1],
    ])
    const para = await api(`{ onDemandEvents(kind: OrderPlaced, paraId: ${ORDER.para}, limit: 1) { totalCount items { amount } } }`)
    expect(para.onDemandEvents).toEqual({ totalCount: 3, items: [{ amount: String(ORDER.b) }] })
  })

  it('money flows show coretime revenue as burned, never as treasury income', async () => {
    const { moneyFlowDaily } = await api(`{ moneyFlowDaily(chain: "coretime") { date source recipient amount count } }`)
    const coretime = moneyFlowDaily.filter((f: any) => f.source.startsWith('Coretime'))
    expect(coretime.map((f: any) => [f.source, f.recipient, f.amount, f.count]).sort()).toEqual(
      [
        ['CoretimeBulk', 'Burned', String(3_300n * DOT), 3],
        ['CoretimeCredit', 'Burned', String(7n * DOT), 1],
        ['CoretimeRenewal', 'Burned', String(40n * DOT), 1],
      ].sort(),
    )
    expect(moneyFlowDaily.filter((f: any) => f.recipient === 'Treasury')).toEqual([])
    // the relay's orders went into the on-demand account, which passes them on to the pool: not yet at their end
    const relay = await api(`{ moneyFlowDaily(chain: "relay", source: OnDemandOrder) { amount } }`)
    expect(relay.moneyFlowDaily).toEqual([])
  })

  it('renewals per core: core 0 renewed and offered again, core 1 still renewable; assignments; credits and pool claims', async () => {
    const { coreRenewals } = await api(`{ coreRenewals(chain: "coretime") { totalCount items { core begin beginAt price status renewedBy renewedPrice workload { kind task mask } event { blockNumber } renewedEvent { blockNumber } } } }`)
    expect(coreRenewals.items.map((r: any) => [r.core, r.begin, r.price, r.status, r.renewedBy, r.renewedPrice, r.event.blockNumber, r.renewedEvent?.blockNumber ?? null])).toEqual([
      [0, A.regionBegin, String(PRICE.renewal), 'Renewed', ss58(RENEWER), String(PRICE.renewal), at(1), at(4)],
      [1, A.regionBegin, String(PRICE.renewal), 'Renewable', null, null, at(1), null],
      [0, A.regionEnd, String(42n * DOT), 'Renewable', null, null, at(4), null],
    ])
    expect(coreRenewals.items[1].workload).toEqual([{ kind: 'Task', task: 2001, mask: FULL }])
    const upcoming = await api(`{ coreRenewals(chain: "coretime", status: [Renewable]) { totalCount items { core begin } } }`)
    expect(upcoming.coreRenewals).toEqual({ totalCount: 2, items: [{ core: 1, begin: A.regionBegin }, { core: 0, begin: A.regionEnd }] })

    const { coreAssignments } = await api(`{ coreAssignments(chain: "coretime") { totalCount items { core beginRelayBlock beginTimeslice beginAt kind task parts event { blockNumber } } } }`)
    expect(coreAssignments.items.map((a: any) => [a.core, a.beginTimeslice, a.kind, a.task, a.parts])).toEqual([
      [2, A.regionBegin, 'Task', 2002, 28_800],
      [2, A.regionBegin, 'Idle', null, 28_800],
      [3, A.regionBegin, 'Pool', null, 57_600],
    ])
    expect(coreAssignments.items[0]).toMatchObject({ beginRelayBlock: A.regionBegin * 80, beginAt: relayDate(6, A.regionBegin * 80), event: { blockNumber: at(6) } })
    const task = await api(`{ coreAssignments(chain: "coretime", task: 2002) { totalCount } }`)
    expect(task.coreAssignments.totalCount).toBe(1)

    const { brokerEvents } = await api(`{ brokerEvents(chain: "coretime", kind: [CreditPurchased, ClaimsReady, RevenueClaimPaid, Pooled]) { totalCount items { kind who amount systemAmount core when revenueTo event { blockNumber } } } }`)
    expect(brokerEvents.items.map((e: any) => [e.kind, e.who, e.amount, e.systemAmount, e.core, e.when, e.revenueTo, e.event.blockNumber])).toEqual([
      ['RevenueClaimPaid', ss58(BUYER2), String(PRICE.pool), null, null, null, null, at(9)],
      ['ClaimsReady', null, String(PRICE.pool), '0', null, A.regionBegin, null, at(9)],
      ['Pooled', null, null, null, 3, A.regionBegin, null, at(5)],
      ['CreditPurchased', ss58(CREDITOR), String(PRICE.credit), null, null, null, 'Burned', at(5)],
    ])
  })

  it('purchases filter by kind, core and buyer; an event links to its purchase; hostile arguments are refused by name', async () => {
    const bulk = await api(`{ coretimePurchases(chain: "coretime", kind: Bulk) { totalCount items { regionBegin core price } } }`)
    expect(bulk.coretimePurchases).toEqual({ totalCount: 3, items: [{ regionBegin: B.regionBegin, core: 2, price: String(PRICE.bEnd) }, { regionBegin: A.regionBegin, core: 3, price: String(PRICE.half) }, { regionBegin: A.regionBegin, core: 2, price: String(PRICE.q1) }] })
    const byWho = await api(`{ coretimePurchases(who: "${BUYER1}", regionBegin: ${A.regionBegin}) { totalCount items { price event { id } } } }`)
    expect(byWho.coretimePurchases.totalCount).toBe(1)
    const { event } = await api(`{ event(id: "${byWho.coretimePurchases.items[0].event.id}") { coretimePurchase { kind who price revenueTo } } }`)
    expect(event.coretimePurchase).toEqual({ kind: 'Bulk', who: ss58(BUYER1), price: String(PRICE.q1), revenueTo: 'Burned' })

    const chain = await post('{ coretimeSales(chain: "mars") { totalCount } }')
    expect(chain.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'chain' })
    const limit = await post('{ coretimePurchases(limit: 100000) { totalCount } }')
    expect(limit.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' })
    const who = await post('{ coretimePurchases(who: "nobody") { totalCount } }')
    expect(who.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'who' })
    expect(JSON.stringify(await post('{ coreRenewals(status: [Expired]) { totalCount } }'))).toContain('Expired')
    expect((await api(`{ coretimeSale(chain: "coretime", regionBegin: 1) { regionBegin } }`)).coretimeSale).toBeNull()
  })
})

describe('replay: the coretime page in Chromium (the built web app, the real API)', () => {
  let browser: Browser
  beforeAll(async () => {
    ;({ browser } = await launchChromium())
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })

  it('shows the current sale, the lead-in with its purchases, cores per sale, upcoming renewals and revenue per sale; exports; links events', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${stack.webUrl}coretime`, { waitUntil: 'networkidle' })
    // the latest sale is B; its lead-in ended long before today, so the price now is its end price
    expect(await page.locator('[data-testid=current-sale]').getAttribute('data-sale')).toBe(String(B.regionBegin))
    expect(await page.locator('[data-testid=price-now] data').getAttribute('value')).toBe(String(B.endPrice))
    expect(await page.locator('[data-testid=cores-left]').textContent()).toBe('1')
    expect(await page.locator('[data-testid=time-left]').textContent()).toBe('ended')
    expect(await page.locator('[data-testid=next-end-price] data').getAttribute('value')).toBe(String(10n * DOT))
    expect(await page.$$eval('[data-testid=curve-purchase]', (cs) => cs.map((c) => c.getAttribute('data-price')))).toEqual([String(PRICE.bEnd)])
    // offered and sold per sale, oldest first
    expect(await page.$$eval('[data-testid=cores-offered]', (rs) => rs.map((r) => r.getAttribute('data-value')))).toEqual(['3', '2'])
    expect(await page.$$eval('[data-testid=cores-sold]', (rs) => rs.map((r) => r.getAttribute('data-value')))).toEqual(['3', '1'])
    expect(await page.$$eval('[data-testid=renewals] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-core'), tr.getAttribute('data-begin')]))).toEqual([
      ['1', String(A.regionBegin)],
      ['0', String(A.regionEnd)],
    ])
    const revenue = await page.$$eval('[data-testid=revenue] tbody tr', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-sale'), ...['rev-bulk', 'rev-renewal', 'rev-ondemand', 'rev-credits', 'rev-total', 'rev-burned', 'rev-treasury'].map((t) => tr.querySelector(`[data-testid=${t}] data`)?.getAttribute('value'))]),
    )
    expect(revenue).toEqual([
      [String(B.regionBegin), String(50n * DOT), '0', String(ORDER.b), '0', String(53n * DOT), String(50n * DOT), '0'],
      [String(A.regionBegin), String(3_250n * DOT), String(40n * DOT), String(ORDER.a), String(7n * DOT), String(3_299n * DOT), String(3_297n * DOT), '0'],
    ])

    // the sale in the URL: A's lead-in with its two bulk purchases on the curve
    await page.goto(`${stack.webUrl}coretime?sale=${A.regionBegin}`, { waitUntil: 'networkidle' })
    expect(await page.$$eval('[data-testid=curve-purchase]', (cs) => cs.map((c) => c.getAttribute('data-price')))).toEqual([String(PRICE.q1), String(PRICE.half)])
    expect(await page.$$eval('[data-testid=sale-purchases] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-kind')))).toEqual(['Bulk', 'Bulk', 'Renewal'])
    expect(await page.locator('[data-testid=price-curve-line]').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){40}$/)
    await page.goto(`${stack.webUrl}coretime?sale=abc`, { waitUntil: 'networkidle' })
    expect(await page.locator('[data-testid=current-sale]').count()).toBe(1)
    expect(await page.textContent('body')).toContain('sale must be')

    const csv = await (await fetch(`${stack.webUrl}coretime/sales.csv`)).text()
    const [header, ...lines] = csv.trim().split('\n')
    expect(header.split(',').slice(0, 2)).toEqual(['sale_region_begin', 'region_end'])
    const cols = header.split(',')
    const rowA = lines.map((l) => l.split(',')).find((c) => c[0] === String(A.regionBegin))!
    expect(['cores_sold', 'sellout_price', 'next_end_price', 'revenue_on_demand', 'revenue_total', 'revenue_burned', 'revenue_to_treasury'].map((c) => rowA[cols.indexOf(c)])).toEqual(['3', String(PRICE.half), String(50n * DOT), String(ORDER.a), String(3_299n * DOT), String(3_297n * DOT), '0'])
    const json = await (await fetch(`${stack.webUrl}coretime/sales.json`)).json()
    expect(json.totalCount).toBe(2)
    expect(json.items[1].purchases.map((p: any) => p.price)).toEqual([String(PRICE.q1), String(PRICE.half), String(PRICE.renewal)])

    // a purchase's event page says what it bought and where its money went
    const { coretimePurchases } = await api(`{ coretimePurchases(kind: Bulk, regionBegin: ${A.regionBegin}, core: 2) { items { event { id } } } }`)
    await page.goto(`${stack.webUrl}event/${coretimePurchases.items[0].event.id}`, { waitUntil: 'networkidle' })
    expect(await page.locator('[data-testid=coretime-purchase]').textContent()).toContain('Burned')
    expect(await page.locator(`#coretime-heading a[href="/coretime?sale=${A.regionBegin}"]`).count()).toBe(1)
    const { brokerEvents } = await api(`{ brokerEvents(kind: [CreditPurchased]) { items { event { id } } } }`)
    await page.goto(`${stack.webUrl}event/${brokerEvents.items[0].event.id}`, { waitUntil: 'networkidle' })
    expect(await page.locator('#broker-heading').textContent()).toBe('Coretime: CreditPurchased')
    expect(await page.locator('[data-testid=broker-event] data').getAttribute('value')).toBe(String(PRICE.credit))
    const { onDemandEvents } = await api(`{ onDemandEvents(kind: OrderPlaced, limit: 1) { items { event { id } } } }`)
    await page.goto(`${stack.webUrl}event/${onDemandEvents.items[0].event.id}`, { waitUntil: 'networkidle' })
    expect(await page.locator('#on-demand-heading').textContent()).toBe(`On-demand coretime: an order for para ${ORDER.para}`)
    expect(await page.locator('[data-testid=on-demand-event]').textContent()).toContain('from its balance')
    const sale = await api(`{ coretimeSale(chain: "coretime", regionBegin: ${A.regionBegin}) { event { id } } }`)
    await page.goto(`${stack.webUrl}event/${sale.coretimeSale.event.id}`, { waitUntil: 'networkidle' })
    expect(await page.locator(`#coretime-sale-heading a[href="/coretime?sale=${A.regionBegin}"]`).count()).toBe(1)
    expect(errors).toEqual([])
    await page.close()
  })
})
