/**
 * The dashboard in headless Chromium (scripts/chromium.ts picks Debian's or the one npm installs; playwright-core), against the real API: what the
 * pages show must be exactly what the API returns. Screenshots of every page go to test-artifacts/.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { Browser, Page } from 'playwright-core'
import { u8aToHex } from '@polkadot/util'
import { decodeAddress } from '@polkadot/util-crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyMigrations } from '../../db/migrate'
import { startDatabase, type DatabaseHandle } from '../../db/postgres'
import { launchChromium } from '../../scripts/chromium'
import { expectedAmount, gql, scenarioSpendAmounts, webTarget } from './web-env'

const REPO = path.resolve(__dirname, '..', '..')
const ARTIFACTS = path.join(REPO, 'test-artifacts')
const WEB_BUILD = path.join(REPO, 'web', 'build', 'index.js')

const target = webTarget()

interface ApiSpend {
  id: string
  status: string
  amount: string
  beneficiary: string
  asset: { symbol: string; decimals: number }
  approved: { id: string; chain: string; blockNumber: number; eventIndex: number } | null
}

const SPENDS = `query ($filter: SpendFilter, $limit: Int) {
  spends(filter: $filter, orderBy: APPROVED_DESC, limit: $limit, offset: 0) {
    totalCount items { id status amount beneficiary asset { symbol decimals } approved { id chain blockNumber eventIndex } }
  }
}`

async function apiSpends(filter: Record<string, unknown> = {}, limit = 50) {
  return (await gql<{ spends: { totalCount: number; items: ApiSpend[] } }>(target!.apiUrl, SPENDS, { filter, limit })).spends
}

async function freePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer()
      s.once('error', () => resolve(false))
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)))
    })
    if (free) return port
  }
  throw new Error(`no free port in ${from}-${to}`)
}

let browser: Browser
const pageErrors: string[] = []

async function open(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`))
  await page.goto(url, { waitUntil: 'networkidle' })
  return page
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(ARTIFACTS, `web-${name}.png`), fullPage: true })
}

/** Rows of the spends table as the reader sees them */
async function tableRows(page: Page) {
  return page.$$eval('[data-testid=spends-table] tbody tr', (trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute('data-spend-id')!,
      status: tr.querySelector('[data-testid=spend-status]')!.textContent!.trim(),
      amountText: tr.querySelector('[data-testid=spend-amount]')!.textContent!.trim(),
      amountValue: tr.querySelector('[data-testid=spend-amount] data')!.getAttribute('value'),
    })),
  )
}

describe.skipIf(!target)('web dashboard in headless Chromium', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    ;({ browser } = await launchChromium())
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('overview shows the sync status of every chain the API reports', async () => {
    const { syncStatus } = await gql<{ syncStatus: { chain: string; indexedHeight: number; chainHeight: number; synced: boolean }[] }>(
      target!.apiUrl,
      '{ syncStatus { chain indexedHeight chainHeight synced } }',
    )
    expect(syncStatus.length).toBeGreaterThan(0)
    const page = await open(`${target!.webUrl}/`)
    await shot(page, 'overview')
    for (const c of syncStatus) {
      const card = page.locator(`[data-chain="${c.chain}"]`)
      await expect(card.count()).resolves.toBe(1)
      const text = (await card.textContent())!.replace(/\s+/g, ' ')
      // The page may be newer than our query by a few blocks while chains still produce them
      expect(text).toMatch(/Block [\d,]+ of [\d,]+/)
      expect(await card.locator('progress').count()).toBe(1)
      expect(text).toContain(c.synced ? 'Synced' : 'Catching up')
    }
    expect(await page.title()).toContain('Overview')
    await page.close()
  })

  it('treasury page shows the exact spend amounts the API returns', async () => {
    const spends = await apiSpends()
    expect(spends.totalCount, 'the scenario should have created treasury spends').toBeGreaterThan(0)
    const page = await open(`${target!.webUrl}/treasury`)
    await shot(page, 'treasury')
    const rows = await tableRows(page)
    expect(rows.map((r) => r.id)).toEqual(spends.items.map((s) => s.id))
    for (const [i, s] of spends.items.entries()) {
      expect(rows[i].amountValue).toBe(s.amount)
      expect(rows[i].amountText).toBe(expectedAmount(s.amount, s.asset.decimals, s.asset.symbol))
      expect(rows[i].status).toBe(s.status)
    }
    expect(await page.locator('[data-testid=page-range]').textContent()).toContain(`of ${spends.totalCount.toLocaleString('en-US')}`)

    // Amounts the scenario recorded when it created the spends, if its record lists them
    const recorded = scenarioSpendAmounts(target!.scenario)
    if (recorded.length) {
      const all = await apiSpends({}, 500)
      const shown = new Set(all.items.map((s) => s.amount))
      for (const a of recorded) expect(shown, `scenario spend of ${a} planck`).toContain(a)
      const onPage = new Set(rows.map((r) => r.amountValue))
      for (const a of recorded.filter((a) => all.items.findIndex((s) => s.amount === a) < 50)) expect(onPage).toContain(a)
    }
    await page.close()
  })

  it('changing the status filter changes the table rows and the URL', async () => {
    const all = await apiSpends({}, 500)
    expect(all.totalCount, 'the scenario should have created treasury spends').toBeGreaterThan(0)
    const counts = new Map<string, number>()
    for (const s of all.items) counts.set(s.status, (counts.get(s.status) ?? 0) + 1)
    // A status that narrows the table if there is one; otherwise one no spend has, which empties it
    const status = [...counts.entries()].sort((a, b) => a[1] - b[1]).find(([, n]) => n < all.totalCount)?.[0] ?? (['Proposed', 'Approved', 'Paid', 'Failed', 'Completed', 'Voided', 'Rejected', 'Expired'].find((s) => !counts.has(s)) as string)
    const expected = await apiSpends({ status: [status] })

    const page = await open(`${target!.webUrl}/treasury`)
    await page.waitForSelector('body[data-hydrated=true]', { state: 'attached' })
    const before = await tableRows(page)
    await page.getByRole('checkbox', { name: status, exact: true }).check()
    await page.waitForURL((u) => u.searchParams.getAll('status').includes(status))
    await page.waitForLoadState('networkidle')
    expect(new URL(page.url()).search).toBe(`?status=${status}`)
    await shot(page, `treasury-status-${status}`)

    if (expected.totalCount === 0) {
      await expect(page.locator('[data-testid=no-spends]').textContent()).resolves.toContain('No spends match')
    } else {
      const after = await tableRows(page)
      expect(after.map((r) => r.id)).toEqual(expected.items.map((s) => s.id))
      expect(new Set(after.map((r) => r.status))).toEqual(new Set([status]))
      expect(after.map((r) => r.id)).not.toEqual(before.map((r) => r.id))
    }

    // The URL is the view: opening it afresh shows the same table
    const shared = await open(page.url())
    expect((await tableRows(shared)).map((r) => r.id)).toEqual(expected.items.map((s) => s.id))
    await shared.close()
    await page.close()
  })

  it('filters the spends by beneficiary, typed as a public key or picked from the table', async () => {
    const all = await apiSpends({}, 500)
    const counts = new Map<string, number>()
    for (const s of all.items) if (/^[1-9A-HJ-NP-Za-km-z]{46,50}$/.test(s.beneficiary)) counts.set(s.beneficiary, (counts.get(s.beneficiary) ?? 0) + 1)
    // the account with the fewest spends, so that the filter narrows the table
    const [account] = [...counts.entries()].sort((a, b) => a[1] - b[1])[0]
    const expected = all.items.filter((s) => s.beneficiary === account).map((s) => s.id)
    expect(expected.length).toBeLessThan(all.totalCount)
    const allIds = all.items.slice(0, 50).map((s) => s.id)

    const page = await open(`${target!.webUrl}/treasury`)
    await page.waitForSelector('body[data-hydrated=true]', { state: 'attached' })
    await page.getByLabel('Beneficiary').fill(u8aToHex(decodeAddress(account)))
    await page.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL((u) => u.searchParams.has('beneficiary'))
    await page.waitForLoadState('networkidle')
    expect((await tableRows(page)).map((r) => r.id)).toEqual(expected)

    await page.getByRole('link', { name: 'any beneficiary' }).click()
    await page.waitForURL((u) => !u.searchParams.has('beneficiary'))
    await page.waitForLoadState('networkidle')
    expect((await tableRows(page)).map((r) => r.id)).toEqual(allIds)

    await page.getByRole('link', { name: `Spends to ${account}` }).first().click()
    await page.waitForURL((u) => u.searchParams.get('beneficiary') === account)
    await page.waitForLoadState('networkidle')
    expect((await tableRows(page)).map((r) => r.id)).toEqual(expected)
    await shot(page, 'treasury-beneficiary')
    await page.close()

    // An address of the right shape with a broken checksum: the page says so and shows every spend
    const typo = account.slice(0, -1) + (account.endsWith('a') ? 'b' : 'a')
    const bad = await open(`${target!.webUrl}/treasury?beneficiary=${typo}`)
    expect(await bad.locator('[role=status]').first().textContent()).toContain(`Ignored beneficiary "${typo}": it is not a valid SS58 address`)
    expect((await tableRows(bad)).map((r) => r.id)).toEqual(allIds)
    await bad.close()
  })

  it('pages through the spends with limit and offset in the URL', async () => {
    const all = await apiSpends({}, 500)
    if (all.totalCount < 2) return // one spend has no second page
    const page = await open(`${target!.webUrl}/treasury?limit=1&offset=1`)
    const rows = await tableRows(page)
    expect(rows.map((r) => r.id)).toEqual([all.items[1].id])
    await page.getByRole('link', { name: 'Previous' }).click()
    await page.waitForURL((u) => !u.searchParams.has('offset'))
    await page.waitForLoadState('networkidle')
    expect((await tableRows(page)).map((r) => r.id)).toEqual([all.items[0].id])
    await page.close()
  })

  it('exports the filtered spends as CSV and JSON with exact amounts', async () => {
    const all = await apiSpends({}, 500)
    const csv = await fetch(`${target!.webUrl}/treasury/spends.csv`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    const lines = (await csv.text()).trimEnd().split('\n')
    const header = lines[0].split(',')
    expect(header).toContain('amount_planck')
    expect(lines).toHaveLength(all.totalCount + 1)
    const ids = lines.slice(1).map((l) => l.split(',')[0])
    expect(ids).toEqual(all.items.map((s) => s.id))
    const col = header.indexOf('amount_planck')
    // amount_planck precedes the only column that may hold commas (beneficiary as a location), so splitting is safe
    expect(lines.slice(1).map((l) => l.split(',')[col])).toEqual(all.items.map((s) => s.amount))

    const json = await fetch(`${target!.webUrl}/treasury/spends.json`)
    expect(json.headers.get('content-type')).toMatch(/^application\/json/)
    const body = (await json.json()) as { totalCount: number; items: { id: string; amount: string }[] }
    expect(body.totalCount).toBe(all.totalCount)
    expect(body.items.map((s) => s.amount)).toEqual(all.items.map((s) => s.amount))
  })

  it('links a spend to the event that approved it, and to its own page', async () => {
    const spends = await apiSpends()
    const withEvent = spends.items.find((s) => s.approved)
    if (!withEvent) return
    const ref = withEvent.approved!
    const page = await open(`${target!.webUrl}/treasury`)
    await page.waitForSelector('body[data-hydrated=true]', { state: 'attached' })
    await page.locator(`tr[data-spend-id="${withEvent.id}"] a[href^="/event/${ref.id}?"]`).first().click()
    await page.waitForURL((u) => u.pathname === `/event/${ref.id}`)
    await page.waitForLoadState('networkidle')
    await shot(page, 'event')
    const facts = (await page.locator('[data-testid=event-facts]').textContent())!.replace(/\s+/g, ' ')
    expect(facts).toContain(ref.blockNumber.toLocaleString('en-US'))
    expect(facts).toContain(ref.id)
    expect(await page.locator('main').textContent()).toContain(withEvent.id)
    await page.close()

    // and the spend's own page lists that event among its events, with the exact amount
    const spendPage = await open(`${target!.webUrl}/treasury/spend/${encodeURIComponent(withEvent.id)}`)
    await shot(spendPage, 'spend')
    expect(await spendPage.locator('[data-testid=spend-facts] data').first().getAttribute('value')).toBe(withEvent.amount)
    expect(await spendPage.locator(`a[href^="/event/${ref.id}?"]`).count()).toBeGreaterThan(0)
    await spendPage.close()
  })

  it('treasury page shows income by source adding up to its total, and the unattributed rest apart', async () => {
    const { treasuryIncome: inc } = await gql<{ treasuryIncome: { total: string; unattributed: string; sources: { source: string; slashKind: string | null; amount: string }[] } }>(
      target!.apiUrl,
      '{ treasuryIncome { total unattributed sources { source slashKind amount } } }',
    )
    const page = await open(`${target!.webUrl}/treasury`)
    const shown = await page.$$eval('[data-testid=income-table] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-source'), tr.querySelector('data')!.getAttribute('value')]))
    expect(shown).toEqual(inc.sources.map((s) => [s.source, s.amount]))
    expect(await page.locator('[data-testid=income-total] data').getAttribute('value')).toBe(inc.total)
    expect(inc.sources.reduce((a, s) => a + BigInt(s.amount), 0n)).toBe(BigInt(inc.total))
    expect(await page.locator('[data-testid=income-unattributed] data').getAttribute('value')).toBe(inc.unattributed)
    // the scenario's days all reconcile (the pipeline test asserts drift 0): nothing unattributed, and no day listed
    if (target!.scenario) expect([inc.unattributed, await page.locator('[data-testid=drift-days]').count()]).toEqual(['0', 0])
    await page.close()
  })

  it('treasury page splits spending by category and by asset, with the API\'s exact native sums, the split in the URL', async () => {
    const SPENDING = `query($by: SpendingDimension) { treasurySpending(by: $by) { rows { key nativeAmount spends } excluded { spends } } }`
    const byCategory = (await gql<{ treasurySpending: { rows: { key: string; nativeAmount: string; spends: number }[] } }>(target!.apiUrl, SPENDING, { by: 'CATEGORY' })).treasurySpending
    const page = await open(`${target!.webUrl}/treasury`)
    if (byCategory.rows.length === 0) {
      expect(await page.locator('[data-testid=no-spending]').count()).toBe(1)
      return
    }
    const shown = await page.$$eval('[data-testid=spending-table] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-key'), tr.querySelector('[data-testid=spending-native] data')!.getAttribute('value')]))
    expect(shown).toEqual(byCategory.rows.map((r) => [r.key, r.nativeAmount]))
    const total = byCategory.rows.reduce((a, r) => a + BigInt(r.nativeAmount), 0n)
    expect(await page.locator('[data-testid=spending-total] data').getAttribute('value')).toBe(String(total))
    // the scenario's spends are approved by sudo, not by a referendum: their own row, never a category's
    if (target!.scenario) expect(byCategory.rows.map((r) => r.key)).toEqual(['NO_REFERENDUM'])

    await page.waitForSelector('body[data-hydrated=true]', { state: 'attached' })
    await page.getByRole('navigation', { name: 'Split spending by' }).getByRole('link', { name: 'Asset' }).click()
    await page.waitForURL((u) => u.searchParams.get('spending') === 'asset')
    await page.waitForSelector('[data-testid=spending-table][data-by=ASSET]')
    const byAsset = (await gql<{ treasurySpending: { rows: { key: string; spends: number }[] } }>(target!.apiUrl, SPENDING, { by: 'ASSET' })).treasurySpending
    expect(await page.$$eval('[data-testid=spending-table] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-key')))).toEqual(byAsset.rows.map((r) => r.key))
    await shot(page, 'treasury-spending-by-asset')
    await page.close()
  })

  describe('governance', () => {
    interface ApiReferendum {
      id: string
      chain: string
      index: number
      status: string
      trackName: string | null
      tally: { ayes: string; nays: string; support: string } | null
      votes: { voters: number; direct: { ayes: string; nays: string; support: string }; delegated: { ayes: string; nays: string; support: string } | null }
    }
    const REFERENDA = `query($status: [ReferendumStatus!]) { referenda(status: $status, limit: 500) { totalCount items {
      id chain index status trackName tally { ayes nays support } votes { voters direct { ayes nays support } delegated { ayes nays support } } } } }`
    const apiReferenda = async (status?: string[]) => (await gql<{ referenda: { totalCount: number; items: ApiReferendum[] } }>(target!.apiUrl, REFERENDA, { status })).referenda
    /** the governance step of the scenario, when the stack ran it */
    const recorded = () => (target!.scenario as { governance?: { index: number; tally: { ayes: string; nays: string; support: string }; votes: unknown[] } } | undefined)?.governance

    it('lists the referenda the API returns, counts them by status and track, and filters by status in the URL', async () => {
      const all = await apiReferenda()
      const page = await open(`${target!.webUrl}/governance`)
      await shot(page, 'governance')
      const rows = await page.$$eval('[data-testid=referenda-table] tbody tr', (trs) => trs.map((tr) => ({ id: tr.getAttribute('data-referendum'), status: tr.getAttribute('data-status') })))
      expect(rows).toEqual(all.items.slice(0, 50).map((r) => ({ id: r.id, status: r.status })))
      const figures = (await page.locator('[data-testid=referenda-figures]').textContent())!.replace(/\s+/g, ' ')
      expect(figures).toMatch(new RegExp(`Referenda\\s*${all.totalCount.toLocaleString('en-US')}(?![\\d,])`))
      const g = recorded()
      if (g) expect(rows.map((r) => r.id)).toContain(`relay-${g.index}`)
      if (all.totalCount === 0) return

      await page.waitForSelector('body[data-hydrated=true]', { state: 'attached' })
      const status = all.items[0].status
      await page.locator(`input[name=status][value=${status}]`).check()
      await page.waitForURL((u) => u.searchParams.getAll('status').join() === status)
      await page.waitForLoadState('networkidle')
      const only = await apiReferenda([status])
      const filtered = await page.$$eval('[data-testid=referenda-table] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-referendum')))
      expect(filtered).toEqual(only.items.slice(0, 50).map((r) => r.id))
      await page.close()
    })

    it("a referendum's page shows the exact tally, its direct and delegated parts, and every vote", async () => {
      const all = await apiReferenda()
      const r = all.items.find((x) => x.tally) ?? all.items[0]
      if (!r) return
      const page = await open(`${target!.webUrl}/governance`)
      await page.waitForSelector('body[data-hydrated=true]', { state: 'attached' })
      await page.locator(`tr[data-referendum="${r.id}"] th a`).click()
      await page.waitForURL((u) => u.pathname === `/governance/${r.chain}/${r.index}`)
      await page.waitForLoadState('networkidle')
      await shot(page, 'referendum')
      expect(await page.locator('h1 [data-testid=referendum-status]').textContent()).toBe(r.status)
      if (r.tally) {
        const cells = async (row: string) => page.$$eval(`[data-testid=tally-table] tr[data-row=${row}] data`, (ds) => ds.map((d) => d.getAttribute('value')))
        expect(await cells('tally')).toEqual([r.tally.ayes, r.tally.nays, r.tally.support])
        expect(await cells('direct')).toEqual([r.votes.direct.ayes, r.votes.direct.nays, r.votes.direct.support])
        if (r.votes.delegated) expect(await cells('delegated')).toEqual([r.votes.delegated.ayes, r.votes.delegated.nays, r.votes.delegated.support])
      }
      const g = recorded()
      if (g && r.index === g.index && r.chain === 'relay') {
        // the runtime's own tally, as the scenario read it from storage
        expect(r.tally).toEqual({ ayes: g.tally.ayes, nays: g.tally.nays, support: g.tally.support })
        expect(await page.locator('[data-testid=votes-table] tbody tr').count()).toBe(g.votes.length)
        expect(await page.locator('[data-testid=tally-source]').textContent()).toContain('Referenda.ReferendumInfoFor')
      }
      const csv = await fetch(`${target!.webUrl}/governance/${r.chain}/${r.index}/votes.csv`)
      expect(csv.status).toBe(200)
      const { referendumVotes } = await gql<{ referendumVotes: { totalCount: number; items: { event: { id: string } }[] } }>(target!.apiUrl, `{ referendumVotes(chain: "${r.chain}", index: ${r.index}, limit: 500) { totalCount items { event { id } } } }`)
      const lines = (await csv.text()).trimEnd().split('\n')
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(referendumVotes.items.map((v) => v.event.id))
      await page.close()
    })

    it('exports the referenda as CSV and JSON; an unknown referendum is a 404 that says so', async () => {
      const all = await apiReferenda()
      const csv = await fetch(`${target!.webUrl}/governance/referenda.csv`)
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
      const lines = (await csv.text()).trimEnd().split('\n')
      expect(lines[0].split(',').slice(0, 3)).toEqual(['id', 'chain', 'index'])
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(all.items.map((r) => r.id))
      const col = lines[0].split(',').indexOf('ayes_planck')
      expect(lines.slice(1).map((l) => l.split(',')[col])).toEqual(all.items.map((r) => r.tally?.ayes ?? ''))
      const json = (await (await fetch(`${target!.webUrl}/governance/referenda.json`)).json()) as { totalCount: number; items: { id: string }[] }
      expect(json.totalCount).toBe(all.totalCount)
      const missing = await fetch(`${target!.webUrl}/governance/relay/2000000000`)
      expect(missing.status).toBe(404)
      expect(await missing.text()).toContain('knows no referendum #2000000000 on relay')
      // beyond a GraphQL Int no route matches: a plain 404, not an API error
      expect((await fetch(`${target!.webUrl}/governance/relay/4000000000`)).status).toBe(404)
      const bad = await fetch(`${target!.webUrl}/governance/referenda.csv?track=root`)
      expect(bad.status).toBe(400)
      expect(((await bad.json()) as { message: string }).message).toContain('Ignored track "root"')
    })
  })

  it('fees page shows the fee totals and a labelled chart', async () => {
    const { feeTotals } = await gql<{ feeTotals: { fees: string; extrinsics: number } }>(target!.apiUrl, '{ feeTotals { fees extrinsics } }')
    const page = await open(`${target!.webUrl}/fees`)
    await shot(page, 'fees')
    if (feeTotals.extrinsics === 0) {
      expect(await page.locator('[data-testid=empty-state]').count()).toBe(1)
    } else {
      expect(await page.locator('[data-testid=fee-totals] data').first().getAttribute('value')).toBe(feeTotals.fees)
      const chart = page.getByRole('img', { name: /Fee and tip revenue per day/ })
      expect(await chart.count()).toBe(1)
      expect(await page.locator('.axis-label').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/per day/), expect.stringMatching(/Day \(UTC\)/)]))
    }
    await page.close()
  })

  it('treasury page draws its charts when the API has daily figures', async () => {
    const { treasuryDaily } = await gql<{ treasuryDaily: unknown[] }>(target!.apiUrl, '{ treasuryDaily { date } }')
    const page = await open(`${target!.webUrl}/treasury`)
    const charts = await page.getByRole('img').count()
    expect(charts).toBe(treasuryDaily.length ? 2 : 0)
    await page.close()
  })

  describe.skipIf(!existsSync(WEB_BUILD))('with the API down', () => {
    let web: ChildProcess | undefined
    let webUrl = ''
    let deadApi = ''

    beforeAll(async () => {
      // Nothing listens on a port we just found free
      deadApi = `http://127.0.0.1:${await freePort(4460, 4499)}/graphql`
      const port = await freePort(3150, 3189)
      webUrl = `http://127.0.0.1:${port}`
      web = spawn(process.execPath, [WEB_BUILD], { env: { ...process.env, API_URL: deadApi, PORT: String(port), HOST: '127.0.0.1', ORIGIN: webUrl }, stdio: 'ignore' })
      for (let i = 0; i < 100; i++) {
        if (await fetch(webUrl).then(() => true, () => false)) return
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`the web app did not start on ${webUrl}`)
    })

    afterAll(() => {
      web?.kill()
    })

    it('says which API is not reachable instead of a blank page or a stack', async () => {
      for (const route of ['/', '/treasury', '/fees', '/governance', '/governance/relay/0', '/bounties', '/bounties/relay/0', '/report', '/report/2026-Q1']) {
        const res = await fetch(webUrl + route)
        expect(res.status).toBe(503)
        const page = await open(webUrl + route)
        const message = await page.locator('[data-testid=error-state] [role=alert]').textContent()
        expect(message).toBe(`The API at ${deadApi} is not reachable: connect ECONNREFUSED ${new URL(deadApi).host}`)
        expect(await page.locator('body').textContent()).not.toMatch(/\bat .*\.js:\d+/)
        if (route === '/treasury') await shot(page, 'api-down')
        await page.close()
      }
    })
  })

  describe.skipIf(!existsSync(WEB_BUILD))('while the indexer is catching up over an empty database', () => {
    // Its own Postgres, API and web: the stack's database already holds the scenario.
    const children: ChildProcess[] = []
    let db: DatabaseHandle | undefined
    let tmp = ''
    let webUrl = ''

    beforeAll(async () => {
      tmp = mkdtempSync(path.join(os.tmpdir(), 'cloudhub-e2e-empty-'))
      chmodSync(tmp, 0o755) // as root, the server runs as the postgres user, who must reach its data dir
      db = await startDatabase({ dataDir: path.join(tmp, 'postgres'), port: await freePort(5740, 5769), env: {}, log: () => {} })
      await applyMigrations(db.url)
      const owner = new pg.Client({ connectionString: db.url })
      await owner.connect()
      // what a processor writes after its first batch: 250 of 1,000 blocks on the relay, coretime at its head
      await owner.query(`INSERT INTO chain_sync (id, network, spec_name, spec_version, indexed_height, indexed_at, chain_height, updated_at) VALUES
        ('relay', 'devnet', 'paseo', 1009003, 250, now(), 1000, now()), ('coretime', 'devnet', 'coretime-paseo', 2000006, 40, now(), 40, now())`)
      await owner.end()
      const apiPort = await freePort(4500, 4529)
      const api = spawn(process.execPath, [path.join(REPO, 'squid', 'lib', 'api', 'server.js')], {
        env: { ...process.env, API_DB_URL: db.readOnlyUrl, API_PORT: String(apiPort), API_HOST: '127.0.0.1' },
        stdio: 'ignore',
      })
      children.push(api)
      const webPort = await freePort(3190, 3219)
      webUrl = `http://127.0.0.1:${webPort}`
      const web = spawn(process.execPath, [WEB_BUILD], {
        env: { ...process.env, API_URL: `http://127.0.0.1:${apiPort}/graphql`, PORT: String(webPort), HOST: '127.0.0.1', ORIGIN: webUrl },
        stdio: 'ignore',
      })
      children.push(web)
      for (let i = 0; i < 150; i++) {
        const up = await Promise.all([fetch(`http://127.0.0.1:${apiPort}/health`), fetch(webUrl)]).then((r) => r.every((x) => x.ok), () => false)
        if (up) return
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`the API (:${apiPort}) or the web app (${webUrl}) did not start`)
    })

    afterAll(async () => {
      for (const c of children) c.kill()
      await db?.stop()
      if (tmp) rmSync(tmp, { recursive: true, force: true })
    })

    it('every page says there is no data yet and shows how far each chain is indexed', async () => {
      const titles: Record<string, string> = { '/': 'No data indexed yet', '/treasury': 'No treasury data yet', '/fees': 'No fee payments yet', '/governance': 'No referenda yet', '/bounties': 'No bounties yet' }
      for (const [route, title] of Object.entries(titles)) {
        const page = await open(webUrl + route)
        const empty = page.locator('[data-testid=empty-state]')
        expect(await empty.locator('h2').first().textContent()).toBe(title)
        expect(await empty.textContent()).toContain('The indexer is still catching up')
        const relay = empty.locator('li[data-chain=relay]')
        expect(await relay.getAttribute('data-synced')).toBe('false')
        expect(await relay.locator('progress').getAttribute('value')).toBe('0.25')
        expect((await relay.locator('.figures').textContent())!.replace(/\s+/g, ' ')).toContain('Block 250 of 1,000 25.0 %')
        expect(await empty.locator('li[data-chain=coretime]').getAttribute('data-synced')).toBe('true')
        if (route === '/treasury') await shot(page, 'treasury-catching-up')
        await page.close()
      }
    })
  })

  it('raised no script errors in the pages', () => {
    expect(pageErrors).toEqual([])
  })
})
