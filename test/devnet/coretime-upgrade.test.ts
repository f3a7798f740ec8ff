/**
 * Devnet: the real Paseo runtimes under chopsticks, real signed extrinsics (devnet/coretime-upgrade.ts), indexed by
 * the real compiled processors into Postgres and read back through the real API.
 * - Coretime starts on coretime-paseo 1009003: configure + setLease + startSales under Sudo, Bob's purchase after
 *   the lead-in and his assignment to para 2001 (Renewable); sudo(system.setCode(2000006)) stores the code
 *   (ValidationFunctionStored) and the next block applies it (CodeUpdated); on 2000006 the next sale opens, Bob
 *   renews and Charlie buys a core.
 * - The relay (paseo 1009003): para 2004 is made a parathread (dev_setStorage of Paras.ParaLifecycles), and Dave
 *   places OnDemand.placeOrderAllowDeath and placeOrderKeepAlive orders.
 * Run it as every test that starts chopsticks: `flock /tmp/cloudhub-heavy.lock npx vitest run test/devnet/coretime-upgrade.test.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCoretimeUpgrade, type CoretimeUpgradeRecord, type UpgradeBlock } from '../../devnet/coretime-upgrade'
import { CORETIME_BEFORE_UPGRADE } from '../../devnet/specs'
import type { Stack } from '../../scripts/stack'
import { startDevnetRun, type DevnetRun } from './harness'
import { decodeAddress } from '@polkadot/util-crypto'
import { u8aToHex } from '@polkadot/util'
import { gql } from '../support/api'

let run: DevnetRun<CoretimeUpgradeRecord>
let stack: Stack
let rec: CoretimeUpgradeRecord
const api = (q: string) => gql(stack.apiUrl, q)
/** an account as its public key, whatever its SS58 prefix */
const pk = (a: string) => u8aToHex(decodeAddress(a))

beforeAll(async () => {
  run = await startDevnetRun({
    name: 'coretime-upgrade',
    chains: ['relay', 'coretime'],
    specs: { coretime: CORETIME_BEFORE_UPGRADE },
    drive: (urls) => runCoretimeUpgrade({ relay: urls.relay, coretime: urls.coretime }),
    fromBlocks: (r) => ({ relay: r.relay.firstBuiltBlock, coretime: r.coretime.firstBuiltBlock }),
  })
  ;({ stack, rec } = run)
}, 600_000)

afterAll(async () => {
  await run?.stop()
})

const PAS500 = 500n * 10n ** 10n
const brokerCount = (blocks: UpgradeBlock[]) => blocks.reduce((n, b) => n + b.events.filter((e) => e.name.startsWith('Broker.')).length, 0)
const eventOf = (name: string, spec: number) => rec.coretime.blocks.filter((b) => b.specVersion === spec).flatMap((b) => b.events.filter((e) => e.name === name).map((e) => ({ ...e, block: b.number })))

describe('devnet: Coretime 1009003 → 2000006 inside the indexed range, and relay on-demand orders (chopsticks, real runtimes)', () => {
  it('the chain ran 1009003 up to the setCode block and 2000006 from the block that applied it', () => {
    const specs = rec.coretime.blocks.map((b) => [b.number, b.specVersion])
    expect(specs.filter(([n]) => n <= rec.coretime.storedAt).every(([, v]) => v === 1_009_003)).toBe(true)
    expect(specs.filter(([n]) => n >= rec.coretime.upgradedAt).every(([, v]) => v === 2_000_006)).toBe(true)
    expect(rec.coretime.upgradedAt).toBe(rec.coretime.storedAt + 1)
    expect(rec.coretime.blocks.find((b) => b.number === rec.coretime.upgradedAt)!.events.map((e) => e.name)).toContain('System.CodeUpdated')
    // the broker events the calls caused on each side (HistoryInitialized comes once a timeslice, as many as blocks were built)
    const kinds = (spec: number) => rec.coretime.blocks.filter((b) => b.specVersion === spec).flatMap((b) => b.events.map((e) => e.name)).filter((n) => n.startsWith('Broker.') && n !== 'Broker.HistoryInitialized')
    expect(kinds(1_009_003)).toEqual(['Broker.Leased', 'Broker.CoreCountRequested', 'Broker.SalesStarted', 'Broker.SaleInitialized', 'Broker.Purchased', 'Broker.Renewable', 'Broker.Assigned'])
    expect(kinds(2_000_006)).toEqual(['Broker.SaleInitialized', 'Broker.CoreAssigned', 'Broker.CoreAssigned', 'Broker.CoreAssigned', 'Broker.Renewed', 'Broker.Renewable', 'Broker.Purchased'])
    expect(brokerCount(rec.coretime.blocks)).toBeGreaterThan(14)
    // Paseo's MinimumPriceWithFixedTargetPrice: every sale ends at 500 PAS; each payment was made at the end price
    for (const [name, spec] of [['Broker.Purchased', 1_009_003], ['Broker.Renewed', 2_000_006], ['Broker.Purchased', 2_000_006]] as const) expect(eventOf(name, spec).map((e) => String(e.data.price))).toEqual([String(PAS500)])
  })

  it('both sales through the API: the first opened on 1009003, the next on 2000006, with their exact prices and cores', async () => {
    const [s1] = eventOf('Broker.SaleInitialized', 1_009_003)
    const [s2] = eventOf('Broker.SaleInitialized', 2_000_006)
    const { coretimeSales } = await api(`{ coretimeSales(chain: "coretime") { totalCount items { regionBegin regionEnd saleStart leadinLength timeUnit startPrice endPrice idealCoresSold coresOffered coresSold coresPurchased coresRenewed specVersion priceRule event { blockNumber } revenue { bulk renewal onDemand total burned toTreasury unattributed } } } }`)
    expect(coretimeSales.totalCount).toBe(2)
    const [b, a] = coretimeSales.items
    const [bought1] = eventOf('Broker.Purchased', 1_009_003)
    const [renewed] = eventOf('Broker.Renewed', 2_000_006)
    const [bought2] = eventOf('Broker.Purchased', 2_000_006)
    expect(a).toMatchObject({ regionBegin: s1.data.regionBegin, regionEnd: s1.data.regionEnd, saleStart: s1.data.saleStart, leadinLength: s1.data.leadinLength, timeUnit: 'RelayBlock', startPrice: String(s1.data.startPrice), endPrice: String(s1.data.endPrice), coresOffered: s1.data.coresOffered, coresSold: 1, coresPurchased: 1, coresRenewed: 0, specVersion: 1_009_003, event: { blockNumber: s1.block } })
    expect(a.revenue).toMatchObject({ bulk: String(PAS500), renewal: '0', onDemand: '0', total: String(PAS500) })
    // Dave's two on-demand orders on the relay, placed after the last Coretime block, are the second sale's (burned)
    expect(b.revenue).toMatchObject({ bulk: String(PAS500), renewal: String(PAS500), onDemand: '20000000', total: String(2n * PAS500 + 20_000_000n) })
    expect([a.endPrice, b.endPrice]).toEqual([String(PAS500), String(PAS500)])
    expect(b).toMatchObject({ regionBegin: s2.data.regionBegin, saleStart: s2.data.saleStart, endPrice: String(s2.data.endPrice), coresSold: 2, coresPurchased: 1, coresRenewed: 1, specVersion: 2_000_006, priceRule: 'MinimumPriceWithFixedTargetPrice(5000000000000, 7500000000000)', event: { blockNumber: s2.block } })
    expect(b.revenue).toMatchObject({ bulk: String(bought2.data.price), renewal: String(renewed.data.price), total: String(BigInt(bought2.data.price) + BigInt(renewed.data.price) + 20_000_000n) })
    // the devnet's payments are deposited to py/ctbrn, as on Polkadot, and the relay burned the orders' price: burned
    expect([a.revenue.burned, b.revenue.burned, a.revenue.toTreasury, b.revenue.toTreasury]).toEqual([a.revenue.total, b.revenue.total, '0', '0'])

    const { coretimePurchases } = await api(`{ coretimePurchases(chain: "coretime") { items { kind who price core event { blockNumber } } } }`)
    expect(coretimePurchases.items.map((p: any) => [p.kind, pk(p.who), p.price, p.event.blockNumber])).toEqual([
      ['Bulk', pk(rec.accounts.charlie), String(bought2.data.price), bought2.block],
      ['Renewal', pk(rec.accounts.bob), String(renewed.data.price), renewed.block],
      ['Bulk', pk(rec.accounts.bob), String(bought1.data.price), bought1.block],
    ])
  })

  it('every Broker event of both runtimes is indexed, block by block', async () => {
    const q = await api(`{
      coretimeSales(chain: "coretime") { items { event { blockNumber } } }
      coretimePurchases(chain: "coretime") { items { event { blockNumber } } }
      coreRenewals(chain: "coretime") { items { event { blockNumber } renewedEvent { blockNumber } } }
      coreAssignments(chain: "coretime", limit: 100) { items { event { blockNumber } } }
      brokerEvents(chain: "coretime", limit: 100) { items { kind event { blockNumber } } }
    }`)
    const indexed = new Map<number, number>()
    const add = (n: number) => indexed.set(n, (indexed.get(n) ?? 0) + 1)
    q.coretimeSales.items.forEach((x: any) => add(x.event.blockNumber))
    q.coretimePurchases.items.forEach((x: any) => add(x.event.blockNumber))
    q.coreRenewals.items.forEach((x: any) => add(x.event.blockNumber))
    q.brokerEvents.items.forEach((x: any) => add(x.event.blockNumber))
    // a CoreAssigned row per assignment item: one event may give several rows
    const assigned = new Set<number>()
    const perBlockAssign = new Map<number, number>()
    for (const b of rec.coretime.blocks) for (const e of b.events) if (e.name === 'Broker.CoreAssigned') perBlockAssign.set(b.number, (perBlockAssign.get(b.number) ?? 0) + e.data.assignment.length)
    q.coreAssignments.items.forEach((x: any) => assigned.add(x.event.blockNumber))
    const expected = new Map<number, number>()
    for (const b of rec.coretime.blocks) {
      const n = b.events.filter((e) => e.name.startsWith('Broker.') && e.name !== 'Broker.CoreAssigned' && e.name !== 'Broker.CoreCountRequested').length
      if (n) expected.set(b.number, n)
    }
    expect([...indexed].sort((x, y) => x[0] - y[0])).toEqual([...expected].sort((x, y) => x[0] - y[0]))
    expect(q.coreAssignments.items.length).toBe([...perBlockAssign.values()].reduce((a, b) => a + b, 0))
    expect([...assigned].sort()).toEqual([...perBlockAssign.keys()].sort())
  })

  it('on-demand orders on the relay: para 2004, Dave, the spot price, the blocks; the price was burned (Withdraw, then Rescinded, no deposit)', async () => {
    expect(rec.relay.orders.map((o) => [o.call, o.para, pk(o.who)])).toEqual([
      ['placeOrderAllowDeath', 2004, pk(rec.accounts.dave)],
      ['placeOrderKeepAlive', 2004, pk(rec.accounts.dave)],
    ])
    // one order a block, in the two blocks after the parathread was set up
    expect(rec.relay.orders.map((o) => o.blockNumber)).toEqual([rec.relay.firstBuiltBlock + 1, rec.relay.firstBuiltBlock + 2])
    // what the runtime emitted in each order's extrinsic: the fee's pre-charge, the price withdrawn from Dave and
    // rescinded (the pallet drops the imbalance), the order, the fee's shares; no deposit of the price
    const burns = rec.relay.orders.map((o) => {
      const b = rec.relay.blocks.find((x) => x.number === o.blockNumber)!
      const order = b.events.findIndex((e) => e.name === 'OnDemand.OnDemandOrderPlaced')
      const own = b.events.map((e, index) => ({ ...e, index })).filter((e) => e.extrinsicIndex === b.events[order].extrinsicIndex && e.name.startsWith('Balances.'))
      expect(own.filter((e) => e.name === 'Balances.Withdraw').map((e) => [pk(e.data.who), String(e.data.amount)]).at(-1)).toEqual([pk(rec.accounts.dave), o.spotPrice])
      expect(own.filter((e) => e.name === 'Balances.Rescinded').map((e) => String(e.data.amount))).toEqual([o.spotPrice])
      expect(own.filter((e) => e.name === 'Balances.Deposit' && String(e.data.amount) === o.spotPrice)).toEqual([])
      const rescinded = own.find((e) => e.name === 'Balances.Rescinded')!.index
      expect(rescinded).toBeLessThan(order)
      return { block: o.blockNumber, order, rescinded }
    })

    const { onDemandEvents } = await api(`{ onDemandEvents(chain: "relay") { totalCount items { kind paraId amount who depositTo payment paymentEvent { blockNumber eventIndex } event { blockNumber eventIndex timestamp } } } }`)
    expect(onDemandEvents.totalCount).toBe(2)
    expect(onDemandEvents.items.map((e: any) => [e.kind, e.paraId, e.amount, pk(e.who), e.depositTo, e.payment, e.paymentEvent, e.event.blockNumber, e.event.eventIndex])).toEqual(
      [...burns].reverse().map((b) => ['OrderPlaced', 2004, '10000000', pk(rec.accounts.dave), null, 'Burned', { blockNumber: b.block, eventIndex: b.rescinded }, b.block, b.order]),
    )

    // the sale that ran when they were placed (relay and Coretime joined by time): the second, whose window is open
    const { coretimeSales } = await api(`{ coretimeSales(chain: "coretime") { items { regionBegin event { timestamp } revenue { bulk renewal credits onDemand onDemandOrders total burned toTreasury unattributed } } } }`)
    const [second, first] = coretimeSales.items
    const orderTimes: string[] = onDemandEvents.items.map((e: any) => e.event.timestamp)
    for (const t of orderTimes) expect(new Date(t).getTime()).toBeGreaterThan(new Date(second.event.timestamp).getTime())
    expect(second.revenue).toEqual({ bulk: String(PAS500), renewal: String(PAS500), credits: '0', onDemand: '20000000', onDemandOrders: 2, total: String(2n * PAS500 + 20_000_000n), burned: String(2n * PAS500 + 20_000_000n), toTreasury: '0', unattributed: '0' })
    expect(first.revenue).toEqual({ bulk: String(PAS500), renewal: '0', credits: '0', onDemand: '0', onDemandOrders: 0, total: String(PAS500), burned: String(PAS500), toTreasury: '0', unattributed: '0' })

    // the money-flows rollup of the relay: burned, never treasury income
    const { moneyFlowDaily } = await api(`{ moneyFlowDaily(chain: "relay", source: OnDemandOrder) { date source recipient amount count } }`)
    const days = [...new Set(orderTimes.map((t) => t.slice(0, 10)))].sort()
    expect(moneyFlowDaily).toEqual(days.map((date) => ({ date, source: 'OnDemandOrder', recipient: 'Burned', amount: String(10_000_000n * BigInt(orderTimes.filter((t) => t.startsWith(date)).length)), count: orderTimes.filter((t) => t.startsWith(date)).length })))
  })
})
