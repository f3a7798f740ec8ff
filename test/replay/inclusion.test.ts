/**
 * Replay: core utilisation on blocks of the real Polkadot relay runtime 2000006, through the real compiled processor,
 * Postgres and the real API. 320 relay blocks (4 timeslices) over two UTC days, 160 blocks each; the cores'
 * assignments are the relay's own CoretimeAssignmentProvider storage, written at the first block and changed by a
 * Coretime.CoreAssigned. Every expected figure comes from the scenario below:
 *
 *   core 0  Task 2000        2000 included on even blocks (80 a day); backed on odd blocks
 *   core 1  Task 2001        2001 included on every block (160 a day)         } 2001 is elastic: two cores
 *   core 2  Task 2001        2001 included every 4th block (40 a day)         }
 *   core 3  Task 2002        2002 included on blocks 0..119, then stops: day 2 the core is assigned and idle
 *   core 4  Idle             CoreAssigned at block 200: Task 2004 from block 240 (CoreSchedules), 2004 on even blocks
 *   core 5  Pool             on-demand para 3000: orders at blocks 10, 50 (day 1) and 170 (day 2), each included
 *                            on the pool core the block after
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter } from '../../devnet/replay/generator'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { POLKADOT_SPECS } from '../../devnet/replay/histories'
import { gql } from '../support/api'
import { replayEnv, sql, startReplayStack, waitForHeight, waitForIndexed, workDir, type ReplayStack, useChromium } from './harness'

const FROM = 28_800_000 // a timeslice boundary: 360,000 × 80
const SLICE0 = FROM / 80
const DAY1 = '2025-12-01'
const DAY2 = '2025-12-02'
const at = (k: number) => FROM + k
const LAST = at(319)
const RESTART = 130
const DOT = 10n ** 10n
const PARTS = 57_600
const H = '0x' + '11'.repeat(32)
const BUYER = '0x' + 'a9'.repeat(32)
const ORDERS = [
  { k: 10, price: 1n * DOT },
  { k: 50, price: 15n * (DOT / 10n) },
  { k: 170, price: 2n * DOT },
]

/** when each core's para includes a block (k: the block's offset from FROM) */
const PRODUCES: [core: number, para: number, when: (k: number) => boolean][] = [
  [0, 2000, (k) => k % 2 === 0],
  [1, 2001, () => true],
  [2, 2001, (k) => k % 4 === 0],
  [3, 2002, (k) => k < 120],
  [4, 2004, (k) => k >= 240 && k % 2 === 0],
  [5, 3000, (k) => ORDERS.some((o) => o.k + 1 === k)],
]

const receipt = (para: number, core: number) => ({
  descriptor: { paraId: para, relayParent: H, version: 0, coreIndex: core, sessionIndex: 1, reserved1: '0x' + '00'.repeat(25), persistedValidationDataHash: H, povHash: H, erasureRoot: H, reserved2: '0x' + '00'.repeat(64), paraHead: H, validationCodeHash: H },
  commitmentsHash: H,
})
const work = (assignment: unknown) => ({ assignments: [[assignment, { ratio: PARTS, remaining: PARTS }]], endHint: null, pos: 0, step: PARTS })

let dir: string
let server: ReplayServer
let stack: ReplayStack
const api = (q: string) => gql(stack.apiUrl, q)
const post = async (query: string) => (await fetch(stack.apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()

beforeAll(async () => {
  dir = workDir('inclusion')
  const file = path.join(dir, 'relay.jsonl')
  const w = new ReplayWriter(file, { chain: 'relay', specs: { 'polkadot/2000006': POLKADOT_SPECS['polkadot/2000006'] }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' } })
  for (let k = 0; k < 320; k++) {
    const timestamp = k < 160 ? Date.UTC(2025, 11, 1, 23, 44, 0) + 6_000 * k : Date.UTC(2025, 11, 2, 0, 0, 0) + 6_000 * (k - 160)
    w.block({ number: at(k), timestamp }, (b) => {
      if (k === 0) {
        const assigned: [number, unknown][] = [[0, { Task: 2000 }], [1, { Task: 2001 }], [2, { Task: 2001 }], [3, { Task: 2002 }], [4, 'Idle'], [5, 'Pool']]
        for (const [core, a] of assigned) b.write(b.spec.storageKey('CoretimeAssignmentProvider.CoreDescriptors', [core]), b.spec.storageValue('CoretimeAssignmentProvider.CoreDescriptors', { queue: null, currentWork: work(a) }))
      }
      if (k === 200) {
        // the broker's assignment for the next region: queued on the relay from block 240
        b.write(b.spec.storageKey('CoretimeAssignmentProvider.CoreSchedules', [[at(240), 4]]), b.spec.storageValue('CoretimeAssignmentProvider.CoreSchedules', { assignments: [[{ Task: 2004 }, PARTS]], endHint: null, nextSchedule: null }))
        b.write(b.spec.storageKey('CoretimeAssignmentProvider.CoreDescriptors', [4]), b.spec.storageValue('CoretimeAssignmentProvider.CoreDescriptors', { queue: { first: at(240), last: at(240) }, currentWork: work('Idle') }))
        b.event('Coretime.CoreAssigned', { core: 4 })
      }
      if (k === 240) {
        b.write(b.spec.storageKey('CoretimeAssignmentProvider.CoreSchedules', [[at(240), 4]]), null)
        b.write(b.spec.storageKey('CoretimeAssignmentProvider.CoreDescriptors', [4]), b.spec.storageValue('CoretimeAssignmentProvider.CoreDescriptors', { queue: null, currentWork: work({ Task: 2004 }) }))
      }
      if (k % 2 === 1) b.event('ParaInclusion.CandidateBacked', { 0: receipt(2000, 0), 1: '0x00', 2: 0, 3: 0 })
      for (const [core, para, when] of PRODUCES) if (when(k)) b.event('ParaInclusion.CandidateIncluded', { 0: receipt(para, core), 1: '0x00', 2: core, 3: core })
      for (const o of ORDERS) if (o.k === k) b.event('OnDemand.OnDemandOrderPlaced', { paraId: 3000, spotPrice: o.price, orderedBy: BUYER })
    })
  }
  w.close()
  const chain = await ReplayChain.fromFile(file)
  // the chain is first built up to block 130 (mid-timeslice, mid-day): the processor indexes it and stops; the rest
  // comes after a restart, which reads the assignments again and continues the day and timeslice rows it left
  chain.reveal(at(RESTART))
  server = await startReplayServer(chain)
  stack = await startReplayStack(dir, 'relay', replayEnv('relay', server.wsUrl(), FROM), { web: true })
  await waitForIndexed(stack.db.url, at(RESTART), 'the processor to index the chain up to the restart')
  await stack.stopProcessor('relay')
  chain.reveal(Infinity)
  stack.startProcessor('relay')
  // the last two blocks stay unfinalized (the chain's finality lag): indexed, as hot blocks
  await waitForHeight(stack, 'relay', LAST - 2)
  await waitForIndexed(stack.db.url, LAST, 'the processor to index the head')
}, 240_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const CORE_FIELDS = 'core date timeslice firstBlock lastBlock included backed poolIncluded allowed taskAllowed poolAllowed idle utilisation assignment paras firstEvent lastEvent'

describe('replay: core utilisation on Polkadot relay 2000006 blocks', () => {
  it('per core per day: blocks included ÷ what the assignment allowed, each core of the elastic para on its own', async () => {
    const { coreUsage } = await api(`{ coreUsage(chain: "relay") { totalCount items { ${CORE_FIELDS} } } }`)
    const table = coreUsage.items.map((r: any) => [r.date, r.core, r.assignment, r.included, r.allowed, r.idle, r.utilisation])
    expect(table).toEqual([
      [DAY1, 0, 'Task 2000', 80, 160, 0, 0.5],
      [DAY1, 1, 'Task 2001', 160, 160, 0, 1],
      [DAY1, 2, 'Task 2001', 40, 160, 0, 0.25],
      [DAY1, 3, 'Task 2002', 120, 160, 0, 0.75],
      [DAY1, 4, 'Idle', 0, 0, 160, null],
      [DAY1, 5, 'Pool', 2, 160, 0, 2 / 160],
      [DAY2, 0, 'Task 2000', 80, 160, 0, 0.5],
      [DAY2, 1, 'Task 2001', 160, 160, 0, 1],
      [DAY2, 2, 'Task 2001', 40, 160, 0, 0.25],
      [DAY2, 3, 'Task 2002', 0, 160, 0, 0],
      [DAY2, 4, 'Task 2004', 40, 80, 80, 0.5],
      [DAY2, 5, 'Pool', 1, 160, 0, 1 / 160],
    ])
    expect(coreUsage.totalCount).toBe(12)
    const [c0d1] = coreUsage.items
    // traceable: the blocks accounted and the first and last inclusion counted
    expect(c0d1).toMatchObject({ firstBlock: at(0), lastBlock: at(159), backed: 80, paras: [2000], taskAllowed: 160, poolAllowed: 0 })
    expect(c0d1.firstEvent).toMatch(new RegExp(`^relay-${at(0)}-\\d+$`))
    // its last: the CandidateBacked of block 159
    expect(c0d1.lastEvent).toMatch(new RegExp(`^relay-${at(159)}-\\d+$`))
    const pool = coreUsage.items.filter((r: any) => r.core === 5)
    expect(pool.map((r: any) => [r.poolIncluded, r.poolAllowed, r.paras])).toEqual([
      [2, 160, [3000]],
      [1, 160, [3000]],
    ])
  })

  it('the restart: the assignments were read at the first block, again at the first block after the restart, and at the CoreAssigned block', async () => {
    const [row] = await sql(stack.db.url, `SELECT accounted_to, read_blocks FROM core_accounting WHERE id = 'relay'`)
    expect(row.accounted_to).toBe(LAST)
    expect(row.read_blocks).toEqual([at(0), at(RESTART + 1), at(200)])
    const log = stack.processorLog()
    expect(log.match(/processing blocks from/g)).toHaveLength(2)
  })

  it('per core per timeslice: core 4 gets its new assignment at block 240, read from CoreSchedules at the CoreAssigned block', async () => {
    const { coreUsageSlices } = await api(`{ coreUsageSlices(chain: "relay", core: 4) { totalCount items { ${CORE_FIELDS} } } }`)
    expect(coreUsageSlices.items.map((r: any) => [r.timeslice, r.firstBlock, r.lastBlock, r.assignment, r.included, r.allowed, r.idle, r.utilisation])).toEqual([
      [SLICE0, at(0), at(79), 'Idle', 0, 0, 80, null],
      [SLICE0 + 1, at(80), at(159), 'Idle', 0, 0, 80, null],
      [SLICE0 + 2, at(160), at(239), 'Idle', 0, 0, 80, null],
      [SLICE0 + 3, at(240), at(319), 'Task 2004', 40, 80, 0, 0.5],
    ])
    const elastic = await api(`{ coreUsageSlices(chain: "relay", fromSlice: ${SLICE0 + 1}, toSlice: ${SLICE0 + 1}) { items { core included allowed utilisation } } }`)
    expect(elastic.coreUsageSlices.items.map((r: any) => [r.core, r.included, r.utilisation])).toEqual([
      [0, 40, 0.5],
      [1, 80, 1],
      [2, 20, 0.25],
      [3, 40, 0.5],
      [4, 0, null],
      [5, 0, 0],
    ])
  })

  it('per para per day: blocks on all its cores, the elastic para on two, the para that stopped, on-demand orders', async () => {
    const { paraUsage } = await api(`{ paraUsage(chain: "relay") { totalCount items { paraId date included backed onDemandIncluded cores elasticSlices orders spotPriceSum firstBlock lastBlock } } }`)
    expect(paraUsage.items.map((r: any) => [r.date, r.paraId, r.included, r.cores, r.elasticSlices, r.onDemandIncluded, r.orders, r.spotPriceSum])).toEqual([
      [DAY1, 2000, 80, [0], 0, 0, 0, '0'],
      [DAY1, 2001, 200, [1, 2], 2, 0, 0, '0'],
      [DAY1, 2002, 120, [3], 0, 0, 0, '0'],
      [DAY1, 3000, 2, [5], 0, 2, 2, String(25n * (DOT / 10n))],
      [DAY2, 2000, 80, [0], 0, 0, 0, '0'],
      [DAY2, 2001, 200, [1, 2], 2, 0, 0, '0'],
      [DAY2, 2004, 40, [4], 0, 0, 0, '0'],
      [DAY2, 3000, 1, [5], 0, 1, 1, String(2n * DOT)],
    ])
    expect(paraUsage.items[0]).toMatchObject({ backed: 80, firstBlock: at(0), lastBlock: at(159) })
    expect(paraUsage.items[2]).toMatchObject({ firstBlock: at(0), lastBlock: at(119) })
    const one = await api(`{ paraUsage(para: 2002, from: "${DAY2}") { totalCount } }`)
    expect(one.paraUsage.totalCount).toBe(0)
  })

  it('the Cloud per day: cores in use, idle cores, blocks, paras active, elastic paras, on-demand orders', async () => {
    const { cloudUsage } = await api(`{ cloudUsage(chain: "relay") { date coresInUse coresAssigned idleCores blocksIncluded poolIncluded allowed utilisation parasActive elasticParas onDemandOrders onDemandSpotPriceSum firstBlock lastBlock } }`)
    expect(cloudUsage).toEqual([
      { date: DAY1, coresInUse: 5, coresAssigned: 5, idleCores: 0, blocksIncluded: 402, poolIncluded: 2, allowed: 800, utilisation: 402 / 800, parasActive: 4, elasticParas: 1, onDemandOrders: 2, onDemandSpotPriceSum: String(25n * (DOT / 10n)), firstBlock: at(0), lastBlock: at(159) },
      { date: DAY2, coresInUse: 5, coresAssigned: 6, idleCores: 1, blocksIncluded: 321, poolIncluded: 1, allowed: 880, utilisation: 321 / 880, parasActive: 4, elasticParas: 1, onDemandOrders: 1, onDemandSpotPriceSum: String(2n * DOT), firstBlock: at(160), lastBlock: at(319) },
    ])
    const { idleCores } = await api(`{ idleCores(chain: "relay") { totalCount items { date core assignment allowed idle } } }`)
    expect(idleCores.items.map((r: any) => [r.date, r.core, r.assignment, r.allowed, r.idle])).toEqual([
      [DAY1, 4, 'Idle', 0, 160],
      [DAY2, 3, 'Task 2002', 160, 0],
    ])
  })

  it('filters by core, para and day; bad arguments are refused by name', async () => {
    const byPara = await api(`{ coreUsage(para: 2001, from: "${DAY2}", to: "${DAY2}") { totalCount items { core date } } }`)
    expect(byPara.coreUsage).toEqual({ totalCount: 2, items: [{ core: 1, date: DAY2 }, { core: 2, date: DAY2 }] })
    const byCore = await api(`{ coreUsage(core: 3, limit: 1, offset: 1) { totalCount limit offset items { date included } } }`)
    expect(byCore.coreUsage).toEqual({ totalCount: 2, limit: 1, offset: 1, items: [{ date: DAY2, included: 0 }] })
    const limit = await post('{ coreUsage(limit: 100000) { totalCount } }')
    expect(limit.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' })
    const core = await post('{ coreUsage(core: -1) { totalCount } }')
    expect(core.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'core' })
    const period = await post(`{ paraUsage(from: "${DAY2}", to: "${DAY1}") { totalCount } }`)
    expect(period.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' })
    const slices = await post(`{ coreUsageSlices(fromSlice: ${SLICE0 + 2}, toSlice: ${SLICE0}) { totalCount } }`)
    expect(slices.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'fromSlice' })
    const chain = await post('{ cloudUsage(chain: "mars") { date } }')
    expect(chain.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'chain' })
  })
})

describe('replay: the cores and cloud pages in Chromium (the built web app, the real API)', () => {
  const chromium = useChromium()

  it('/cores: the heat map has a cell per core and day with its utilisation, the tables the same figures; filters live in the URL', async () => {
    const { page, errors } = await chromium.open(`${stack.webUrl}cores`)
    const cells = await page.$$eval('[data-testid=core-heatmap] a', (as) => as.map((a) => [a.getAttribute('data-date'), Number(a.getAttribute('data-core')), a.getAttribute('data-utilisation'), a.getAttribute('href')]))
    expect(cells).toHaveLength(12)
    const cell = (date: string, core: number) => cells.find((c) => c[0] === date && c[1] === core)!
    expect(cell(DAY1, 2)[2]).toBe('0.25')
    expect(cell(DAY1, 4)[2]).toBe('')
    expect(cell(DAY2, 4)[2]).toBe('0.5')
    // a cell links to the first inclusion it counted; an idle one to that core's day
    expect(cell(DAY1, 0)[3]).toMatch(new RegExp(`^/event/relay-${at(0)}-\\d+$`))
    expect(cell(DAY1, 4)[3]).toBe(`/cores?from=${DAY1}&to=${DAY1}&core=4`)
    // the event a cell links to says which core and timeslice counted it
    const firstOfCore0 = await api(`{ coreUsageSlices(core: 0, fromSlice: ${SLICE0}, toSlice: ${SLICE0}) { items { firstEvent } } }`)
    expect(cell(DAY1, 0)[3]).toBe(`/event/${firstOfCore0.coreUsageSlices.items[0].firstEvent}`)
    const eventPage = await chromium.browser.newPage()
    await eventPage.goto(`${stack.webUrl}${String(cell(DAY1, 0)[3]).slice(1)}`, { waitUntil: 'networkidle' })
    expect(await eventPage.$$eval('[data-testid=core-slices] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-core'), tr.getAttribute('data-timeslice')]))).toEqual([['0', String(SLICE0)]])
    expect(await eventPage.locator('[data-testid=event-unknown]').count()).toBe(0)
    await eventPage.close()
    const rows = await page.$$eval('[data-testid=core-days] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-date'), Number(tr.getAttribute('data-core')), Number(tr.getAttribute('data-included')), Number(tr.getAttribute('data-allowed'))]))
    expect(rows).toContainEqual([DAY2, 4, 40, 80])
    expect(rows).toContainEqual([DAY1, 3, 120, 160])
    const paras = await page.$$eval('[data-testid=para-usage] tbody tr', (trs) => trs.map((tr) => [Number(tr.getAttribute('data-para')), Number(tr.getAttribute('data-included')), tr.getAttribute('data-cores'), Number(tr.getAttribute('data-elastic')), Number(tr.getAttribute('data-orders'))]))
    expect(paras).toEqual([
      [2000, 160, '0', 0, 0],
      [2001, 400, '1,2', 4, 0],
      [2002, 120, '3', 0, 0],
      [2004, 40, '4', 0, 0],
      [3000, 3, '5', 0, 3],
    ])
    expect(await page.$$eval('[data-testid=idle-cores] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-date'), tr.getAttribute('data-core')]))).toEqual([
      [DAY1, '4'],
      [DAY2, '3'],
    ])

    // the elastic para alone, on the second day: its two cores
    await page.goto(`${stack.webUrl}cores?para=2001&from=${DAY2}`, { waitUntil: 'networkidle' })
    expect(await page.$$eval('[data-testid=core-days] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-date'), tr.getAttribute('data-core'), tr.getAttribute('data-utilisation')]))).toEqual([
      [DAY2, '1', '1'],
      [DAY2, '2', '0.25'],
    ])
    const csv = await (await fetch(`${stack.webUrl}cores/usage.csv?para=2001&from=${DAY2}`)).text()
    expect(csv.trim().split('\n').map((l) => l.split(',').slice(1, 5))).toEqual([
      ['date', 'core', 'assignment', 'included'],
      [DAY2, '1', 'Task 2001', '160'],
      [DAY2, '2', 'Task 2001', '40'],
    ])
    const json = await (await fetch(`${stack.webUrl}cores/paras.json?para=3000`)).json()
    expect(json.items.map((p: any) => [p.date, p.orders, p.spotPriceSum])).toEqual([
      [DAY1, 2, String(25n * (DOT / 10n))],
      [DAY2, 1, String(2n * DOT)],
    ])
    expect(errors).toEqual([])
    await page.close()
  })

  it('/cloud: usage per day, each day linking to its cores; the CSV has the same figures', async () => {
    const { page, errors } = await chromium.open(`${stack.webUrl}cloud`)
    const days = await page.$$eval('[data-testid=cloud-days] tbody tr', (trs) =>
      trs.map((tr) => ['date', 'cores-in-use', 'idle-cores', 'blocks', 'paras', 'elastic', 'orders'].map((k) => tr.getAttribute(`data-${k}`))),
    )
    expect(days).toEqual([
      [DAY1, '5', '0', '402', '4', '1', '2'],
      [DAY2, '5', '1', '321', '4', '1', '1'],
    ])
    expect(await page.locator(`[data-testid=cloud-days] a[href="/cores?from=${DAY2}&to=${DAY2}"]`).count()).toBe(1)
    expect(await page.locator('[data-testid=cloud-chart] rect.included').count()).toBe(2)
    await page.locator('input[name=from]').fill(DAY2)
    await page.locator('form[aria-label=Period] button[type=submit]').click()
    await page.waitForURL((u) => u.searchParams.get('from') === DAY2)
    await page.waitForLoadState('networkidle')
    expect(await page.$$eval('[data-testid=cloud-days] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-date')))).toEqual([DAY2])
    const csv = await (await fetch(`${stack.webUrl}cloud/usage.csv?from=${DAY1}&to=${DAY1}`)).text()
    const [header, row] = csv.trim().split('\n').map((l) => l.split(','))
    expect(Object.fromEntries(header.map((h, i) => [h, row[i]]))).toMatchObject({ date: DAY1, cores_in_use: '5', blocks_included: '402', allowed: '800', utilisation: '0.5025', elastic_paras: '1', on_demand_orders: '2' })
    expect(errors).toEqual([])
    await page.close()
  })
})
