/**
 * Replay: on-chain identities from the People chain (blocks of the real People Polkadot 2000000 runtime) beside the
 * relay chain's treasury (Polkadot 2000006 blocks on the same clock), through the real compiled processors, Postgres,
 * the real API and the built web app in Chromium. On People: Alice sets an identity ("Alice Foundation"), changes it
 * ("Alice Fdn", other web and X), asks registrar 0 for a judgement and gets Reasonable, and adds Bob as her
 * sub-identity "grants"; Carol sets one ("Carol") and clears it. On the relay, four spends are approved: 300 DOT to
 * Bob, 100 DOT to Carol, 25,000 USDT to Alice, 5 DOT to Dave (who never had an identity); Bob claims bounty 3's 40 DOT. The pages and the CSV name
 * Alice's and Bob's spends, with Alice's judgement; Carol's and Dave's show the bare address.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter } from '../../devnet/replay/generator'
import { addSub, clearIdentity, giveJudgement, PEOPLE_2000000, PEOPLE_SPEC, requestJudgement, setIdentity, type IdentityFields } from '../../devnet/replay/people'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { encodeAccount } from '../../squid/src/mappings/locations'
import { gql, gqlRaw } from '../support/api'
import { POLKADOT_2000006, TREASURY, replayEnv, sql, startReplayStack, waitForHeight, workDir, type ReplayStack, useChromium } from './harness'

const PEOPLE_FROM = 4_000_000
const RELAY_FROM = 28_600_000
const T0 = Date.UTC(2026, 1, 2, 9, 0, 0)
const DOT = 10n ** 10n
const p = (k: number) => PEOPLE_FROM + k
const PEOPLE_LAST = p(6)
const RELAY_LAST = RELAY_FROM + 5

const acct = (b: string) => '0x' + b.repeat(32)
const [ALICE, BOB, CAROL, DAVE] = ['a1', 'b2', 'c3', 'd4'].map(acct)
const ss58 = (a: string) => encodeAccount(a, 0)

const ALICE_V1: IdentityFields = { display: 'Alice Foundation', web: 'https://alice.example', twitter: '@alice_old' }
const ALICE_V2: IdentityFields = { display: 'Alice Fdn', legal: 'Alice Foundation AG', web: 'https://alicefdn.example', matrix: '@alice:matrix.org', email: 'hi@alicefdn.example', twitter: '@alicefdn' }
const JUDGEMENT_FEE = 10n * DOT
const SPENDS = { bob: { index: 10, amount: 300n * DOT }, carol: { index: 11, amount: 100n * DOT }, alice: { index: 12, amount: 25_000_000_000n }, dave: { index: 13, amount: 5n * DOT } }
// a bounty claimed by Bob (no storage of it: its value stays unknown, its payout is the event's)
const BOUNTY = { index: 3, payout: 40n * DOT }
const USDT = { V4: { location: { parents: 0, interior: { X1: [{ Parachain: 1000 }] } }, assetId: { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: 1984 }] } } } }

let dir: string
let server: ReplayServer
let stack: ReplayStack
const api = (q: string) => gql(stack.apiUrl, q)
const IDENTITY = 'address name display legal web matrix email twitter judgement judgements { registrarIndex judgement } parent subName blockNumber event { id blockNumber eventIndex timestamp }'

beforeAll(async () => {
  dir = workDir('identities')
  const peopleFile = path.join(dir, 'people.jsonl')
  const w = new ReplayWriter(peopleFile, { chain: 'people', specs: { [PEOPLE_SPEC]: PEOPLE_2000000 }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' }, eventsAs: 'json' })
  const block = (k: number, fill?: Parameters<typeof w.block>[1]) => w.block({ number: p(k), timestamp: T0 + k * 6_000 }, fill)
  block(0, (b) => {
    setIdentity(b, ALICE, ALICE_V1)
    setIdentity(b, CAROL, { display: 'Carol' })
  })
  block(1, (b) => setIdentity(b, ALICE, ALICE_V2))
  block(2, (b) => requestJudgement(b, ALICE, 0, JUDGEMENT_FEE, ALICE_V2))
  block(3, (b) => giveJudgement(b, ALICE, 0, 'Reasonable', ALICE_V2))
  block(4, (b) => addSub(b, ALICE, BOB, 'grants', [BOB]))
  block(5, (b) => clearIdentity(b, CAROL))
  block(6)
  w.close()

  const relayFile = path.join(dir, 'relay.jsonl')
  const r = new ReplayWriter(relayFile, { chain: 'relay', specs: { 'polkadot/2000006': POLKADOT_2000006 }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' }, eventsAs: 'json' })
  r.balance(TREASURY, 50_000n * DOT)
  r.block({ number: RELAY_FROM, timestamp: T0 })
  r.block({ number: RELAY_FROM + 1, timestamp: T0 + 6_000 }, (b) => b.event('Treasury.SpendApproved', { proposalIndex: SPENDS.bob.index, amount: SPENDS.bob.amount, beneficiary: BOB }))
  r.block({ number: RELAY_FROM + 2, timestamp: T0 + 12_000 }, (b) => b.event('Treasury.SpendApproved', { proposalIndex: SPENDS.carol.index, amount: SPENDS.carol.amount, beneficiary: CAROL }))
  r.block({ number: RELAY_FROM + 3, timestamp: T0 + 18_000 }, (b) =>
    b.event('Treasury.AssetSpendApproved', { index: SPENDS.alice.index, assetKind: USDT, amount: SPENDS.alice.amount, beneficiary: { V4: { parents: 0, interior: { X1: [{ AccountId32: { network: null, id: ALICE } }] } } }, validFrom: RELAY_FROM + 3, expireAt: RELAY_FROM + 1_000_000 }),
  )
  r.block({ number: RELAY_FROM + 4, timestamp: T0 + 24_000 }, (b) => b.event('Treasury.SpendApproved', { proposalIndex: SPENDS.dave.index, amount: SPENDS.dave.amount, beneficiary: DAVE }))
  r.block({ number: RELAY_FROM + 5, timestamp: T0 + 30_000 }, (b) => b.event('Bounties.BountyClaimed', { index: BOUNTY.index, payout: BOUNTY.payout, beneficiary: BOB }))
  r.close()

  server = await startReplayServer([await ReplayChain.fromFile(peopleFile), await ReplayChain.fromFile(relayFile)])
  stack = await startReplayStack(dir, ['people', 'relay'], { ...replayEnv('people', server.wsUrl('people'), PEOPLE_FROM), ...replayEnv('relay', server.wsUrl('relay'), RELAY_FROM) }, { web: true })
  await waitForHeight(stack, 'people', PEOPLE_LAST)
  await waitForHeight(stack, 'relay', RELAY_LAST)
}, 180_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const ALICE_IDENTITY = {
  address: ss58(ALICE),
  name: 'Alice Fdn',
  display: 'Alice Fdn',
  legal: 'Alice Foundation AG',
  web: 'https://alicefdn.example',
  matrix: '@alice:matrix.org',
  email: 'hi@alicefdn.example',
  twitter: '@alicefdn',
  judgement: 'Reasonable',
  judgements: [{ registrarIndex: 0, judgement: 'Reasonable' }],
  parent: null,
  subName: null,
  // SubIdentityAdded (block 4) touched Alice too: her SubsOf now lists Bob
  blockNumber: p(4),
  event: { id: `people-${p(4)}-0`, blockNumber: p(4), eventIndex: 0, timestamp: new Date(T0 + 4 * 6_000).toISOString() },
}

describe('replay: identities on People Polkadot 2000000 blocks, named on the relay treasury', () => {
  it('indexes the People chain as a fourth chain', async () => {
    const { syncStatus } = await api('{ syncStatus { chain specName specVersion indexedHeight } }')
    expect(syncStatus).toEqual([
      { chain: 'people', specName: 'people-polkadot', specVersion: 2000000, indexedHeight: PEOPLE_LAST },
      { chain: 'relay', specName: 'polkadot', specVersion: 2000006, indexedHeight: RELAY_LAST },
    ])
    expect(stack.exits).toEqual([])
  })

  it('keeps one row per Identity event, with its block, account and registrar', async () => {
    const rows = await sql(stack.db.url, `SELECT kind, account, main, registrar_index, deposit::text, block_number FROM identity_event ORDER BY block_number, event_index`)
    expect(rows).toEqual([
      { kind: 'IdentitySet', account: ss58(ALICE), main: null, registrar_index: null, deposit: null, block_number: p(0) },
      { kind: 'IdentitySet', account: ss58(CAROL), main: null, registrar_index: null, deposit: null, block_number: p(0) },
      { kind: 'IdentitySet', account: ss58(ALICE), main: null, registrar_index: null, deposit: null, block_number: p(1) },
      { kind: 'JudgementRequested', account: ss58(ALICE), main: null, registrar_index: 0, deposit: null, block_number: p(2) },
      { kind: 'JudgementGiven', account: ss58(ALICE), main: null, registrar_index: 0, deposit: null, block_number: p(3) },
      { kind: 'SubIdentityAdded', account: ss58(BOB), main: ss58(ALICE), registrar_index: null, deposit: '2000000000', block_number: p(4) },
      { kind: 'IdentityCleared', account: ss58(CAROL), main: null, registrar_index: null, deposit: '2000000000', block_number: p(5) },
    ])
  })

  it('answers identities from storage at each event: the changed identity, its judgement, a sub as parent/sub; a cleared one is gone', async () => {
    const { identities } = await api(`{ identities(addresses: ["${ss58(ALICE)}", "${ss58(BOB)}", "${ss58(CAROL)}", "${ss58(DAVE)}"]) { ${IDENTITY} } }`)
    expect(identities).toEqual([
      ALICE_IDENTITY,
      { address: ss58(BOB), name: 'Alice Fdn/grants', display: null, legal: null, web: null, matrix: null, email: null, twitter: null, judgement: 'Reasonable', judgements: [{ registrarIndex: 0, judgement: 'Reasonable' }], parent: ss58(ALICE), subName: 'grants', blockNumber: p(4), event: ALICE_IDENTITY.event },
    ])
    // a public key, or the generic-Substrate SS58 of the same account, is answered under the form asked
    const byKey = await api(`{ identities(addresses: ["${ALICE}", "${encodeAccount(ALICE, 42)}"]) { address name } }`)
    expect(byKey.identities).toEqual([{ address: ALICE, name: 'Alice Fdn' }, { address: encodeAccount(ALICE, 42), name: 'Alice Fdn' }])
    // the first identity, before the change and the judgement, as storage held it at block 0
    const [v1] = await sql(stack.db.url, `SELECT display, twitter, judgements FROM identity WHERE id = $1`, [ss58(CAROL)])
    expect(v1).toEqual({ display: null, twitter: null, judgements: [] })
    const { event } = await api(`{ event(id: "people-${p(5)}-0") { timestamp identityEvent { kind account main registrarIndex deposit } } }`)
    expect(event).toEqual({ timestamp: new Date(T0 + 5 * 6_000).toISOString(), identityEvent: { kind: 'IdentityCleared', account: ss58(CAROL), main: null, registrarIndex: null, deposit: '2000000000' } })
    const bad = await gqlRaw(stack.apiUrl, `{ identities(addresses: ["not-an-address"]) { name } }`)
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'addresses' })
  })

  it('finds spends by a beneficiary name: a display name, a sub-identity, never a cleared one', async () => {
    const spends = async (beneficiary: string) => (await api(`{ spends(filter: { beneficiary: "${beneficiary}" }, orderBy: APPROVED_ASC) { totalCount items { index beneficiary } } }`)).spends
    expect(await spends('alice fdn')).toEqual({ totalCount: 2, items: [{ index: SPENDS.bob.index, beneficiary: ss58(BOB) }, { index: SPENDS.alice.index, beneficiary: ss58(ALICE) }] })
    expect(await spends('GRANTS')).toEqual({ totalCount: 1, items: [{ index: SPENDS.bob.index, beneficiary: ss58(BOB) }] })
    expect(await spends('Carol')).toEqual({ totalCount: 0, items: [] })
    expect((await spends(ss58(DAVE))).totalCount).toBe(1)
    const typo = await gqlRaw(stack.apiUrl, `{ spends(filter: { beneficiary: "${ss58(DAVE).replace(/.$/, 'x')}" }) { totalCount } }`)
    expect(typo.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'beneficiary' })
    // the bounty beneficiary filter takes a name too
    const bounties = async (beneficiary: string) => (await api(`{ bounties(beneficiary: "${beneficiary}") { totalCount items { index beneficiary payout } } }`)).bounties
    expect(await bounties('Alice Fdn/grants')).toEqual({ totalCount: 1, items: [{ index: BOUNTY.index, beneficiary: ss58(BOB), payout: String(BOUNTY.payout) }] })
    expect((await bounties('Carol')).totalCount).toBe(0)
  })
})

describe('replay: identities on the pages in Chromium and in the CSV export', () => {
  const chromium = useChromium()

  it('names each spend beneficiary with its identity and judgement, the address beside it; a cleared identity shows the bare address', async () => {
    const { page, errors } = await chromium.open(`${stack.webUrl}treasury`)
    const cell = (index: number) => page.locator(`tr[data-spend-id="relay-local-${index}"] td:nth-child(4)`)
    const named = async (index: number) => {
      const id = cell(index).locator('[data-testid=identity]')
      if ((await id.count()) === 0) return { bare: (await cell(index).locator('.address').getAttribute('title')) ?? null }
      return { name: await id.locator('.name').textContent(), judgement: await id.locator('[data-testid=judgement]').textContent(), address: await id.getAttribute('data-address') }
    }
    const ids = await page.locator('tr[data-spend-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-spend-id')))
    expect(ids).toHaveLength(4)
    expect(await named(SPENDS.bob.index)).toEqual({ name: 'Alice Fdn/grants', judgement: 'Reasonable', address: ss58(BOB) })
    expect(await named(SPENDS.carol.index)).toEqual({ bare: ss58(CAROL) })
    expect(await named(SPENDS.dave.index)).toEqual({ bare: ss58(DAVE) })
    const assetSpend = ids.find((id) => id!.startsWith('relay-asset-'))!
    expect(await page.locator(`tr[data-spend-id="${assetSpend}"] [data-testid=identity] .name`).textContent()).toBe('Alice Fdn')
    // the address is one click away: the name links to the beneficiary's spends, the full SS58 in the title
    expect(await cell(SPENDS.bob.index).locator('[data-testid=identity]').getAttribute('title')).toBe(`Alice Fdn/grants: ${ss58(BOB)}`)

    // the beneficiary filter takes a name
    await page.goto(`${stack.webUrl}treasury?beneficiary=grants`, { waitUntil: 'networkidle' })
    expect(await page.locator('tr[data-spend-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-spend-id')))).toEqual([`relay-local-${SPENDS.bob.index}`])

    // the bounties page names the bounty's beneficiary, and finds it by name
    await page.goto(`${stack.webUrl}bounties?beneficiary=grants`, { waitUntil: 'networkidle' })
    expect(await page.locator(`tr[data-bounty="relay-${BOUNTY.index}"] td:nth-child(4) [data-testid=identity] .name`).textContent()).toBe('Alice Fdn/grants')
    expect(await page.locator('tr[data-bounty]').count()).toBe(1)

    // an identity's event (the figure's source) has its page: the sub-identity added, naming both accounts
    await page.goto(`${stack.webUrl}event/people-${p(4)}-0`, { waitUntil: 'networkidle' })
    expect(await page.locator('#identity-heading').textContent()).toBe('Identity: SubIdentityAdded')
    expect(await page.locator('[data-testid=identity-event] [data-testid=identity] .name').allTextContents()).toEqual(['Alice Fdn/grants', 'Alice Fdn'])

    // the spend's own page names its beneficiary too
    await page.goto(`${stack.webUrl}treasury/spend/relay-local-${SPENDS.bob.index}`, { waitUntil: 'networkidle' })
    expect(await page.locator('[data-testid=identity] .name').textContent()).toBe('Alice Fdn/grants')
    expect(errors).toEqual([])
    await page.close()
  })

  it('writes the name and judgement beside each beneficiary in the spends CSV, and the identities in the JSON', async () => {
    const csv = await (await fetch(`${stack.webUrl}treasury/spends.csv?order=approved_asc`)).text()
    const [header, ...lines] = csv.trim().split('\n')
    const cols = header.split(',')
    const cells = lines.map((l) => l.split(',')).map((c) => [c[cols.indexOf('index')], c[cols.indexOf('beneficiary')], c[cols.indexOf('beneficiary_name')], c[cols.indexOf('beneficiary_judgement')]])
    expect(cells).toEqual([
      [String(SPENDS.bob.index), ss58(BOB), 'Alice Fdn/grants', 'Reasonable'],
      [String(SPENDS.carol.index), ss58(CAROL), '', ''],
      [String(SPENDS.alice.index), ss58(ALICE), 'Alice Fdn', 'Reasonable'],
      [String(SPENDS.dave.index), ss58(DAVE), '', ''],
    ])
    const json = await (await fetch(`${stack.webUrl}treasury/spends.json`)).json()
    expect(Object.keys(json.identities).sort()).toEqual([ss58(ALICE), ss58(BOB)].sort())
    expect(json.identities[ss58(ALICE)]).toEqual({ ...ALICE_IDENTITY, event: { ...ALICE_IDENTITY.event, chain: 'people' } })
  })

  it("names the quarterly report's top beneficiaries beside their full addresses", async () => {
    const html = (await (await fetch(`${stack.webUrl}report/2026-Q1`)).text()).replace(/<!--[\s\S]*?-->/g, '')
    const table = html.slice(html.indexOf('data-testid="top-beneficiaries"'), html.indexOf('</table>', html.indexOf('data-testid="top-beneficiaries"')))
    const rows = [...table.matchAll(/<th scope="row">(.*?)<\/th>/g)].map(([, cell]) => [/data-testid="identity">([^<]*)</.exec(cell)?.[1] ?? null, /<code[^>]*>([^<]*)</.exec(cell)?.[1]])
    expect(rows.sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual(
      [
        ['Alice Fdn/grants (Reasonable)', ss58(BOB)],
        [null, ss58(CAROL)],
        ['Alice Fdn (Reasonable)', ss58(ALICE)],
        [null, ss58(DAVE)],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    )
  })
})
