/**
 * Replay: a treasury spend's impact, on blocks of the real Polkadot relay runtime 2000006, through the real compiled
 * processor, Postgres and the real API. 70 UTC days of 3 relay blocks each (the days are sparse: 3 blocks a day,
 * 6 s apart, at 10:00 UTC); 7 paras each on its own core:
 *
 *   para 2000  included on blocks 0 and 1 of each day (2 a day); from day 35, on block 2 as well (3 a day)
 *   para 2001  2 a day throughout
 *   2002–2006  2 a day throughout: the control pool
 *
 * On day 35 (block 0) two local spends are awarded (Treasury.Awarded): #1 to para 2000's sovereign account
 * ("para" + 2000 LE), #2 to para 2001's. With 30-day windows, spend #1's para rose by exactly 1 block a day
 * against the controls (difference-in-differences: 5 controls, a pre-period too short for synthetic control; the gap
 * is flat, so the bootstrap interval is [1, 1]): "increased". Spend #2's para did not move: "inconclusive".
 * Each para is the other's funded unit within the window, so neither is a control of the other.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter } from '../../devnet/replay/generator'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { POLKADOT_SPECS } from '../../devnet/replay/histories'
import * as ss58 from '@subsquid/ss58'
import { gql } from '../support/api'
import { replayEnv, startReplayStack, waitForIndexed, workDir, type ReplayStack, useChromium } from './harness'

const FROM = 28_800_000
const DAYS = 70
const PER_DAY = 3
const PAYOUT_DAY = 35
const LAST = FROM + DAYS * PER_DAY - 1
const DOT = 10n ** 10n
const PARTS = 57_600
const H = '0x' + '11'.repeat(32)
const PARAS = [2000, 2001, 2002, 2003, 2004, 2005, 2006]
const dayOf = (d: number) => new Date(Date.UTC(2025, 8, 1) + d * 86_400_000).toISOString().slice(0, 10)

/** para's sovereign account on the relay: "para" + its id as u32 LE, zero-padded to 32 bytes */
function sovereign(para: number): string {
  const b = Buffer.alloc(32)
  b.write('para', 0, 'ascii')
  b.writeUInt32LE(para, 4)
  return '0x' + b.toString('hex')
}
const SPENDS = [
  { index: 1, para: 2000, amount: 1_000n * DOT },
  { index: 2, para: 2001, amount: 500n * DOT },
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
  dir = workDir('impact')
  const file = path.join(dir, 'relay.jsonl')
  const w = new ReplayWriter(file, { chain: 'relay', specs: { 'polkadot/2000006': POLKADOT_SPECS['polkadot/2000006'] }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' } })
  for (let d = 0; d < DAYS; d++)
    for (let i = 0; i < PER_DAY; i++) {
      const k = d * PER_DAY + i
      w.block({ number: FROM + k, timestamp: Date.UTC(2025, 8, 1 + d, 10, 0, 0) + 6_000 * i }, (b) => {
        if (k === 0) PARAS.forEach((para, core) => b.write(b.spec.storageKey('CoretimeAssignmentProvider.CoreDescriptors', [core]), b.spec.storageValue('CoretimeAssignmentProvider.CoreDescriptors', { queue: null, currentWork: work({ Task: para }) })))
        if (d === PAYOUT_DAY && i === 0) for (const s of SPENDS) b.event('Treasury.Awarded', { proposalIndex: s.index, award: s.amount, account: sovereign(s.para) })
        PARAS.forEach((para, core) => {
          if (i < 2 || (para === 2000 && d >= PAYOUT_DAY)) b.event('ParaInclusion.CandidateIncluded', { 0: receipt(para, core), 1: '0x00', 2: core, 3: core })
        })
      })
    }
  w.close()
  const chain = await ReplayChain.fromFile(file)
  server = await startReplayServer(chain)
  stack = await startReplayStack(dir, 'relay', replayEnv('relay', server.wsUrl(), FROM), { web: true })
  await waitForIndexed(stack.db.url, LAST, 'the processor to index the head')
}, 240_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const SOV_2000 = ss58.codec(0).encode(sovereign(2000))

describe('replay: impact of treasury spends to two paras sovereign accounts', () => {
  it('lists both spends as funded, with the payout block and day, and suggests the para metrics from the sovereign account', async () => {
    const { fundedProposals } = await api(`{ fundedProposals(chain: "relay") { id kind index beneficiary beneficiaryPara amount payoutBlock payoutDate payoutEvent metrics { id source } } }`)
    const block = FROM + PAYOUT_DAY * PER_DAY
    expect(fundedProposals.map((p: any) => [p.id, p.kind, p.index, p.beneficiaryPara, p.amount, p.payoutBlock, p.payoutDate])).toEqual([
      ['spend:relay-local-1', 'spend', 1, 2000, String(1_000n * DOT), block, dayOf(PAYOUT_DAY)],
      ['spend:relay-local-2', 'spend', 2, 2001, String(500n * DOT), block, dayOf(PAYOUT_DAY)],
    ])
    expect(fundedProposals[0].beneficiary).toBe(SOV_2000)
    expect(fundedProposals[0].payoutEvent).toMatch(new RegExp(`^relay-${block}-\\d+$`))
    expect(fundedProposals[0].metrics).toEqual([
      { id: 'para.included:2000', source: 'the beneficiary is para 2000\'s sovereign account ("para" + 2000)' },
      { id: 'para.cores:2000', source: 'the beneficiary is para 2000\'s sovereign account ("para" + 2000)' },
      { id: 'para.onDemandOrders:2000', source: 'the beneficiary is para 2000\'s sovereign account ("para" + 2000)' },
    ])
  })

  it('para 2000 rose by exactly 1 block a day against 5 flat controls: increased, interval [1, 1], first among its placebos', async () => {
    const { proposalImpact: r } = await api(
      `{ proposalImpact(id: "spend:relay-local-1", windowDays: 30, seed: 7) { verdict reasonCode summary method effect low high bootstrapLow bootstrapHigh baseline rank pValue placebos { kind label effect } windowDays minDays before { from to days } after { from to days } payoutDate controls { unit weight } excludedFunded inactiveUnits seed blockLength source series { date treated control after } metric { id } } }`,
    )
    expect(r).toMatchObject({ verdict: 'increased', reasonCode: null, method: 'difference-in-differences', effect: 1, low: 1, high: 1, bootstrapLow: 1, bootstrapHigh: 1, baseline: 2, rank: 1, windowDays: 30, minDays: 28, seed: 7, blockLength: 4, payoutDate: dayOf(PAYOUT_DAY) })
    expect(r.metric.id).toBe('para.included:2000')
    expect(r.pValue).toBeCloseTo(1 / 6, 12)
    expect(r.before).toEqual({ from: dayOf(5), to: dayOf(34), days: 30 })
    expect(r.after).toEqual({ from: dayOf(35), to: dayOf(64), days: 30 })
    expect(r.controls).toEqual([2002, 2003, 2004, 2005, 2006].map((p) => ({ unit: String(p), weight: 0.2 })))
    expect(r.excludedFunded).toEqual(['2001'])
    // the 5 controls as if funded: none moved. 35 days before the payout leave no room for 28-day fake windows.
    expect(r.placebos).toEqual([2002, 2003, 2004, 2005, 2006].map((p) => ({ kind: 'space', label: String(p), effect: 0 })))
    expect(r.series).toHaveLength(60)
    expect(r.series[29]).toEqual({ date: dayOf(34), treated: 2, control: 2, after: false })
    expect(r.series[30]).toEqual({ date: dayOf(35), treated: 3, control: 2, after: true })
    expect(r.summary).toBe('Increased: after the payout the metric rose by 1.00 a day more than the average of comparable unfunded units (95 % range +1.00 to +1.00 a day); 0 of 5 fake tests showed a change as large.')
  })

  it('para 2001 did not move: inconclusive, the interval [0, 0] includes no change', async () => {
    const { proposalImpact: r } = await api(`{ proposalImpact(id: "spend:relay-local-2", windowDays: 30) { verdict reasonCode summary effect low high excludedFunded } }`)
    expect(r).toMatchObject({ verdict: 'inconclusive', reasonCode: 'interval-includes-zero', effect: 0, low: 0, high: 0, excludedFunded: ['2000'] })
    expect(r.summary).toBe('Inconclusive: compared with the average of comparable unfunded units, the metric moved +0.000 a day after the payout, but the 95 % range of plausible effects (+0.000 to +0.000 a day) includes no change at all, so it could be chance.')
  })

  it('the treasury-wide list: one increased, one inconclusive; the default 90-day window is too short here; bad arguments name themselves', async () => {
    const { treasuryImpact: t } = await api(`{ treasuryImpact(windowDays: 30) { totalCount increased decreased inconclusive items { proposal { id } metric { id } verdict effect low high } } }`)
    expect(t).toMatchObject({ totalCount: 2, increased: 1, decreased: 0, inconclusive: 1 })
    expect(t.items.map((i: any) => [i.proposal.id, i.metric.id, i.verdict, i.effect, i.low, i.high])).toEqual([
      ['spend:relay-local-1', 'para.included:2000', 'increased', 1, 1, 1],
      ['spend:relay-local-2', 'para.included:2001', 'inconclusive', 0, 0, 0],
    ])
    const { treasuryImpact: inc } = await api(`{ treasuryImpact(windowDays: 30, verdict: "increased", from: "${dayOf(PAYOUT_DAY)}", to: "${dayOf(PAYOUT_DAY)}") { totalCount items { proposal { id } } } }`)
    expect(inc.items.map((i: any) => i.proposal.id)).toEqual(['spend:relay-local-1'])
    const { proposalImpact: long } = await api(`{ proposalImpact(id: "spend:relay-local-1") { verdict reasonCode summary windowDays before { days } after { days } } }`)
    // 90-day windows: 35 days before and 35 after exist, 28 are needed
    expect(long).toMatchObject({ verdict: 'increased', windowDays: 90, before: { days: 35 }, after: { days: 35 } })
    const { proposalImpact: cores } = await api(`{ proposalImpact(id: "spend:relay-local-1", metric: "para.cores:2000", windowDays: 30) { verdict reasonCode effect metric { id source } } }`)
    expect(cores).toEqual({ verdict: 'inconclusive', reasonCode: 'interval-includes-zero', effect: 0, metric: { id: 'para.cores:2000', source: 'chosen in the request' } })
    const bad = await post(`{ proposalImpact(id: "spend:relay-local-1", metric: "para.blocks:2000") { verdict } }`)
    expect(bad.errors[0].message).toMatch(/^metric "para.blocks" is not known; use one of para.included, /)
    const noPara = await post(`{ proposalImpact(id: "spend:relay-local-1", metric: "para.included") { verdict } }`)
    expect(noPara.errors[0].message).toBe('metric "para.included" needs its para: "para.included:<para id>"')
    const none = await post(`{ proposalImpact(id: "spend:relay-local-9") { verdict } }`)
    expect(none.errors[0].message).toBe('no funded proposal "spend:relay-local-9": ids are spend:<spend id> (paid out) or bounty:<bounty id> (claimed); Query.fundedProposals lists them')
    const win = await post(`{ treasuryImpact(windowDays: 3) { totalCount } }`)
    expect(win.errors[0].message).toBe('windowDays must be a whole number of days from 7 to 730, got 3')
    const verdict = await post(`{ treasuryImpact(verdict: "better") { totalCount } }`)
    expect(verdict.errors[0].message).toBe('verdict "better" is not one of increased, decreased, inconclusive')
  })

  describe('in Chromium', () => {
    const chromium = useChromium()

    it('/impact lists both spends with their verdicts, filters live in the URL, and the CSV and JSON hold the same figures', async () => {
      const { page, errors } = await chromium.open(`${stack.webUrl}impact?window=30`)
      const rows = await page.$$eval('[data-testid=impact-table] tbody tr', (trs) => trs.map((tr) => ['proposal', 'verdict', 'effect', 'low', 'high'].map((k) => tr.getAttribute(`data-${k}`))))
      expect(rows).toEqual([
        ['spend:relay-local-1', 'increased', '1', '1', '1'],
        ['spend:relay-local-2', 'inconclusive', '0', '0', '0'],
      ])
      expect((await page.textContent('[data-testid=impact-counts]'))!.replace(/\s+/g, ' ')).toContain('2 funded proposals; on this page 1 increased, 0 decreased, 1 inconclusive (30-day windows, seed 1)')
      expect(await page.locator('nav a[href="/impact"]').count()).toBe(1)
      await page.goto(`${stack.webUrl}impact?window=30&verdict=increased`, { waitUntil: 'networkidle' })
      expect(await page.$$eval('[data-testid=impact-table] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-proposal')))).toEqual(['spend:relay-local-1'])
      const csv = (await (await fetch(`${stack.webUrl}impact/proposals.csv?window=30`)).text()).trim().split('\n')
      expect(csv).toHaveLength(3)
      expect(csv[0].split(',').slice(0, 3)).toEqual(['proposal', 'kind', 'chain'])
      expect(csv[1].split(',').slice(0, 3)).toEqual(['spend:relay-local-1', 'spend', 'relay'])
      const cols = csv[0].split(',')
      const cells = csv[1].split(',')
      expect([cells[cols.indexOf('metric')], cells[cols.indexOf('verdict')], cells[cols.indexOf('effect_per_day')], cells[cols.indexOf('interval_low')], cells[cols.indexOf('interval_high')], cells[cols.indexOf('beneficiary_para')]]).toEqual(['para.included:2000', 'increased', '1', '1', '1', '2000'])
      const json = await (await fetch(`${stack.webUrl}impact/proposals.json?window=30`)).json()
      expect(json.items.map((i: any) => [i.proposal.id, i.verdict, i.effect])).toEqual([
        ['spend:relay-local-1', 'increased', 1],
        ['spend:relay-local-2', 'inconclusive', 0],
      ])
      expect(errors).toEqual([])
      await page.close()
    })

    it('/impact/[id] shows the treated series against the control with the payout marked, the effect, its range, the placebo rank and the verdict in words', async () => {
      const { page, errors } = await chromium.open(`${stack.webUrl}impact/${encodeURIComponent('spend:relay-local-1')}?window=30`)
      expect(await page.getAttribute('[data-testid=impact-verdict]', 'data-verdict')).toBe('increased')
      expect(await page.textContent('[data-testid=impact-summary]')).toBe('Increased: after the payout the metric rose by 1.00 a day more than the average of comparable unfunded units (95 % range +1.00 to +1.00 a day); 0 of 5 fake tests showed a change as large.')
      expect(await page.getAttribute('[data-testid=impact-effect]', 'data-effect')).toBe('1')
      expect([await page.getAttribute('[data-testid=impact-interval]', 'data-low'), await page.getAttribute('[data-testid=impact-interval]', 'data-high')]).toEqual(['1', '1'])
      expect(await page.textContent('[data-testid=impact-rank]')).toContain('1 of 6 (p = 0.167)')
      expect(await page.getAttribute('[data-testid=impact-payout]', 'data-date')).toBe(dayOf(PAYOUT_DAY))
      expect(await page.locator('[data-testid=impact-treated]').getAttribute('d')).toMatch(/^M/)
      expect(await page.locator('[data-testid=impact-control]').getAttribute('d')).toMatch(/^M/)
      expect((await page.textContent('[data-testid=impact-controls]'))!.replace(/\s+/g, ' ').trim()).toBe('2002, 2003, 2004, 2005, 2006. Left out as funded within the window: 2001.')
      // another metric from the page, with no code change: the para's cores did not move
      await page.goto(`${stack.webUrl}impact/${encodeURIComponent('spend:relay-local-1')}?window=30&metric=para.cores:2000`, { waitUntil: 'networkidle' })
      expect(await page.getAttribute('[data-testid=impact-verdict]', 'data-verdict')).toBe('inconclusive')
      expect(await page.textContent('[data-testid=impact-metric]')).toBe('para.cores:2000')
      const missing = await page.goto(`${stack.webUrl}impact/${encodeURIComponent('spend:relay-local-9')}`)
      expect(missing!.status()).toBe(404)
      expect(errors).toEqual([])
      await page.close()
    })
  })
})
