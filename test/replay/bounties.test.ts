/**
 * Replay: classic Bounties and ChildBounties on blocks of the real Polkadot relay runtime 2000000 (before the Asset
 * Hub migration, when the bounties ran on the relay), through the real compiled processor, Postgres and the real
 * API. Bounty 11 goes the whole way: proposed (by an extrinsic), approved, funded, a curator proposed and
 * accepting, two child bounties (one awarded and claimed, one cancelled), then awarded and claimed. Bounty 12 is
 * rejected and its bond slashed. The values and curator fees no event carries are written to the pallets' storage
 * in the blocks that set them, as the runtime does. Every expected figure comes from the description below.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter } from '../../devnet/replay/generator'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { encodeAccount } from '../../squid/src/mappings/locations'
import { bountyAccount } from '../../squid/src/modules/treasury'
import { gql } from '../support/api'
import { TREASURY, replayEnv, startReplayStack, waitForHeight, workDir, type ReplayStack, useChromium } from './harness'

const POLKADOT_2000000 = 'polkadot/polkadot-2000000.opengov-cli-f5749517.v14.scale'
const FROM = 28_600_000
const T0 = Date.UTC(2025, 9, 30, 12, 0, 0)
const DOT = 10n ** 10n
const at = (k: number) => FROM + k
const LAST = at(8)

const acct = (b: string) => '0x' + b.repeat(32)
const [PROPOSER, CURATOR, HUNTER, WINNER] = ['a7', 'b8', 'c9', 'da'].map(acct)
const ss58 = (a: string) => encodeAccount(a, 0)

// the claim pays what the bounty account holds (its value less the funded children's) less the curator's fee
const BOUNTY = { index: 11, value: 1_000n * DOT, fee: 25n * DOT, payout: 875n * DOT }
const CHILD_PAID = { index: 0, value: 100n * DOT, fee: 25n * DOT, payout: 75n * DOT }
const CHILD_CANCELLED = { index: 1, value: 50n * DOT }
const REJECTED = { index: 12, bond: 12n * DOT }
// funded and still open: its account holds its value
const OPEN = { index: 13, value: 200n * DOT }

let dir: string
let server: ReplayServer
let stack: ReplayStack
const api = (q: string) => gql(stack.apiUrl, q)
const post = async (query: string) => (await fetch(stack.apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()

beforeAll(async () => {
  dir = workDir('bounties')
  const file = path.join(dir, 'relay.jsonl')
  const w = new ReplayWriter(file, { chain: 'relay', specs: { 'polkadot/2000000': POLKADOT_2000000 }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' }, eventsAs: 'json' })
  w.balance(TREASURY, 50_000n * DOT)
  w.balance(PROPOSER, 1_000n * DOT)
  const child = (b: any, name: string, args: Record<string, unknown>) => b.event(`ChildBounties.${name}`, { index: BOUNTY.index, ...args })
  const storeBounty = (b: any, fee: bigint, status: unknown) =>
    b.write(b.spec.storageKey('Bounties.Bounties', [BOUNTY.index]), b.spec.storageValue('Bounties.Bounties', { proposer: PROPOSER, value: BOUNTY.value, fee, curatorDeposit: 0n, bond: DOT, status }))
  const storeChild = (b: any, c: { index: number; value: bigint }, fee: bigint, status: unknown) =>
    b.write(b.spec.storageKey('ChildBounties.ChildBounties', [BOUNTY.index, c.index]), b.spec.storageValue('ChildBounties.ChildBounties', { parentBounty: BOUNTY.index, value: c.value, fee, curatorDeposit: 0n, status }))

  w.block({ number: at(0), timestamp: T0 })
  w.block({ number: at(1), timestamp: T0 + 6_000 }, (b) => {
    b.event('Bounties.BountyProposed', { index: BOUNTY.index }, b.signed({ signer: PROPOSER, call: 'Bounties.propose_bounty', args: { value: BOUNTY.value, description: '0x626f756e7479' } }))
    b.event('Bounties.BountyProposed', { index: REJECTED.index })
    storeBounty(b, 0n, 'Proposed')
  })
  w.block({ number: at(2), timestamp: T0 + 12_000 }, (b) => {
    b.event('Bounties.BountyApproved', { index: BOUNTY.index })
    b.event('Bounties.BountyRejected', { index: REJECTED.index, bond: REJECTED.bond })
  })
  w.block({ number: at(3), timestamp: T0 + 18_000 }, (b) => {
    b.event('Bounties.BountyBecameActive', { index: BOUNTY.index })
    b.debit(TREASURY, BOUNTY.value).credit(bountyAccount(BOUNTY.index), BOUNTY.value)
    b.event('Bounties.BountyBecameActive', { index: OPEN.index })
    b.debit(TREASURY, OPEN.value).credit(bountyAccount(OPEN.index), OPEN.value)
  })
  w.block({ number: at(4), timestamp: T0 + 24_000 }, (b) => {
    b.event('Bounties.CuratorProposed', { bountyId: BOUNTY.index, curator: CURATOR })
  })
  w.block({ number: at(5), timestamp: T0 + 30_000 }, (b) => {
    b.event('Bounties.CuratorAccepted', { bountyId: BOUNTY.index, curator: CURATOR })
    child(b, 'Added', { childIndex: CHILD_PAID.index })
    child(b, 'Added', { childIndex: CHILD_CANCELLED.index })
    storeChild(b, CHILD_PAID, 0n, 'Added')
    storeChild(b, CHILD_CANCELLED, 0n, 'Added')
    // adding a child bounty moves its value out of the parent's account
    b.debit(bountyAccount(BOUNTY.index), CHILD_PAID.value + CHILD_CANCELLED.value)
  })
  w.block({ number: at(6), timestamp: T0 + 36_000 }, (b) => {
    child(b, 'Awarded', { childIndex: CHILD_PAID.index, beneficiary: HUNTER })
    child(b, 'Canceled', { childIndex: CHILD_CANCELLED.index })
    storeChild(b, CHILD_PAID, CHILD_PAID.fee, { PendingPayout: { curator: CURATOR, beneficiary: HUNTER, unlockAt: at(7) } })
    b.credit(bountyAccount(BOUNTY.index), CHILD_CANCELLED.value)
  })
  w.block({ number: at(7), timestamp: T0 + 42_000 }, (b) => {
    child(b, 'Claimed', { childIndex: CHILD_PAID.index, payout: CHILD_PAID.payout, beneficiary: HUNTER })
    b.event('Bounties.BountyAwarded', { index: BOUNTY.index, beneficiary: WINNER })
    storeBounty(b, BOUNTY.fee, { PendingPayout: { curator: CURATOR, beneficiary: WINNER, unlockAt: at(8) } })
  })
  w.block({ number: at(8), timestamp: T0 + 48_000 }, (b) => {
    b.event('Bounties.BountyClaimed', { index: BOUNTY.index, payout: BOUNTY.payout, beneficiary: WINNER })
    b.debit(bountyAccount(BOUNTY.index), BOUNTY.payout + BOUNTY.fee)
  })
  w.close()
  server = await startReplayServer(await ReplayChain.fromFile(file))
  stack = await startReplayStack(dir, 'relay', replayEnv('relay', server.wsUrl(), FROM), { web: true })
  await waitForHeight(stack, 'relay', LAST)
}, 180_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const EVENTS = 'events { id kind who amount extrinsicHash event { blockNumber eventIndex } }'
const BOUNTY_FIELDS = `chain pallet index asset { id symbol } value curatorFee unallocated accountBalance accountBalanceBlock status curator beneficiary payout slashedBond proposedBlock approvedBlock activeBlock awardedBlock claimedBlock cancelledBlock updatedBlock ${EVENTS}
  childBounties { chain parentIndex index value curatorFee status beneficiary payout addedBlock awardedBlock claimedBlock cancelledBlock ${EVENTS} }`

describe('replay: bounties and child bounties on Polkadot relay 2000000 blocks', () => {
  it('bounty 11: its lifecycle from proposal to claim, its curator, beneficiary and payout', async () => {
    const { bounty } = await api(`{ bounty(chain: "relay", index: ${BOUNTY.index}) { ${BOUNTY_FIELDS} } }`)
    expect(bounty).toMatchObject({
      chain: 'relay',
      pallet: 'Bounties',
      index: BOUNTY.index,
      asset: { id: 'native', symbol: 'DOT' },
      value: String(BOUNTY.value),
      curatorFee: String(BOUNTY.fee),
      // value − the claimed child's value (the cancelled one's went back) − the curator's fee = what the claim paid
      unallocated: String(BOUNTY.payout),
      // the claim emptied its account
      accountBalance: '0',
      accountBalanceBlock: at(8),
      status: 'Claimed',
      curator: ss58(CURATOR),
      beneficiary: ss58(WINNER),
      payout: String(BOUNTY.payout),
      slashedBond: null,
      proposedBlock: at(1),
      approvedBlock: at(2),
      activeBlock: at(3),
      awardedBlock: at(7),
      claimedBlock: at(8),
      cancelledBlock: null,
      updatedBlock: at(8),
    })
    expect(bounty.events.map((e: any) => [e.kind, e.event.blockNumber, e.who, e.amount])).toEqual([
      ['Proposed', at(1), null, null],
      ['Approved', at(2), null, null],
      ['BecameActive', at(3), null, null],
      ['CuratorProposed', at(4), ss58(CURATOR), null],
      ['CuratorAccepted', at(5), ss58(CURATOR), null],
      ['Awarded', at(7), ss58(WINNER), null],
      ['Claimed', at(8), ss58(WINNER), String(BOUNTY.payout)],
    ])
    // only the proposal came from an extrinsic
    expect(bounty.events[0].extrinsicHash).toMatch(/^0x[0-9a-f]{64}$/)
    expect(bounty.events.slice(1).every((e: any) => e.extrinsicHash === null)).toBe(true)
  })

  it('its child bounties: one awarded and claimed with its payout, one cancelled', async () => {
    const { bounty } = await api(`{ bounty(chain: "relay", index: ${BOUNTY.index}) { childBounties { chain parentIndex index value curatorFee status beneficiary payout addedBlock awardedBlock claimedBlock cancelledBlock ${EVENTS} } } }`)
    const [paid, cancelled] = bounty.childBounties
    expect(bounty.childBounties).toHaveLength(2)
    // its payout is its value less its curator's fee (read at the award)
    expect(CHILD_PAID.value - CHILD_PAID.fee).toBe(CHILD_PAID.payout)
    expect(paid).toMatchObject({ chain: 'relay', parentIndex: BOUNTY.index, index: CHILD_PAID.index, value: String(CHILD_PAID.value), curatorFee: String(CHILD_PAID.fee), status: 'Claimed', beneficiary: ss58(HUNTER), payout: String(CHILD_PAID.payout), addedBlock: at(5), awardedBlock: at(6), claimedBlock: at(7), cancelledBlock: null })
    expect(paid.events.map((e: any) => [e.kind, e.event.blockNumber, e.who, e.amount])).toEqual([
      ['Added', at(5), null, null],
      ['Awarded', at(6), ss58(HUNTER), null],
      ['Claimed', at(7), ss58(HUNTER), String(CHILD_PAID.payout)],
    ])
    expect(cancelled).toMatchObject({ parentIndex: BOUNTY.index, index: CHILD_CANCELLED.index, value: String(CHILD_CANCELLED.value), curatorFee: null, status: 'Cancelled', beneficiary: null, payout: null, addedBlock: at(5), awardedBlock: null, claimedBlock: null, cancelledBlock: at(6) })
    expect(cancelled.events.map((e: any) => [e.kind, e.event.blockNumber])).toEqual([
      ['Added', at(5)],
      ['Canceled', at(6)],
    ])
  })

  it('bounty 12: rejected, its bond slashed; the list is newest first and filters by status', async () => {
    const { bounty } = await api(`{ bounty(chain: "relay", index: ${REJECTED.index}) { ${BOUNTY_FIELDS} } }`)
    // no storage was written for it: its value stays unknown rather than 0
    expect(bounty).toMatchObject({ value: null, unallocated: null, status: 'Rejected', slashedBond: String(REJECTED.bond), curator: null, beneficiary: null, payout: null, proposedBlock: at(1), approvedBlock: null, cancelledBlock: at(2), updatedBlock: at(2), childBounties: [] })
    expect(bounty.events.map((e: any) => [e.kind, e.event.blockNumber, e.amount])).toEqual([
      ['Proposed', at(1), null],
      ['Rejected', at(2), String(REJECTED.bond)],
    ])
    const { bounties } = await api(`{ bounties(chain: "relay") { totalCount limit offset items { index status accountBalance events { kind } childBounties { index } } } }`)
    expect(bounties.totalCount).toBe(3)
    expect(bounties.items.map((b: any) => [b.index, b.status, b.events.length, b.childBounties.length])).toEqual([
      [OPEN.index, 'Funded', 1, 0],
      [REJECTED.index, 'Rejected', 2, 0],
      [BOUNTY.index, 'Claimed', 7, 2],
    ])
    const claimed = await api(`{ bounties(chain: "relay", status: [Claimed, PendingPayout]) { totalCount items { index } } }`)
    expect(claimed.bounties).toEqual({ totalCount: 1, items: [{ index: BOUNTY.index }] })
    // first seen when funded: its account holds its whole value
    expect(bounties.items[0].accountBalance).toBe(String(OPEN.value))
    const page2 = await api(`{ bounties(limit: 1, offset: 2) { totalCount limit offset items { index } } }`)
    expect(page2.bounties).toEqual({ totalCount: 3, limit: 1, offset: 2, items: [{ index: BOUNTY.index }] })
    expect((await api(`{ bounty(chain: "relay", index: 99) { index } }`)).bounty).toBeNull()
  })

  it('an event links back to its bounty or child bounty step; hostile arguments are refused by name', async () => {
    const { bounty } = await api(`{ bounty(chain: "relay", index: ${BOUNTY.index}) { events { id kind } childBounties { events { id kind } } } }`)
    const claimedId = bounty.events.find((e: any) => e.kind === 'Claimed').id
    const { event } = await api(`{ event(id: "${claimedId}") { bountyEvent { bountyIndex kind who amount } childBountyEvent { kind } } }`)
    expect(event).toEqual({ bountyEvent: { bountyIndex: BOUNTY.index, kind: 'Claimed', who: ss58(WINNER), amount: String(BOUNTY.payout) }, childBountyEvent: null })
    const childClaim = bounty.childBounties[0].events.find((e: any) => e.kind === 'Claimed').id
    const child = await api(`{ event(id: "${childClaim}") { bountyEvent { kind } childBountyEvent { parentIndex childIndex kind who amount } } }`)
    expect(child.event).toEqual({ bountyEvent: null, childBountyEvent: { parentIndex: BOUNTY.index, childIndex: CHILD_PAID.index, kind: 'Claimed', who: ss58(HUNTER), amount: String(CHILD_PAID.payout) } })

    // an enum value the schema does not have, a chain the API does not know, a page too large
    expect(JSON.stringify(await post('{ bounties(status: [Paid]) { totalCount } }'))).toContain('Paid')
    const chain = await post('{ bounties(chain: "mars") { totalCount } }')
    expect(chain.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'chain' })
    const limit = await post('{ bounties(limit: 100000) { totalCount } }')
    expect(limit.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' })
    const one = await post('{ bounty(chain: "mars", index: 1) { index } }')
    expect(one.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'chain' })
  })
})

describe('replay: bounty payouts by category', () => {
  it('the claims fall in the seed category of bounty 11 (the child bounty, uncategorised itself, in its parent’s)', async () => {
    const { bountyPayouts } = await api(`{ bountyPayouts(chain: "relay") { rows { key category subcategory asset { id } amount payouts eventIds } excluded { key } categorySources } }`)
    const { bounty } = await api(`{ bounty(chain: "relay", index: ${BOUNTY.index}) { events { id kind } childBounties { events { id kind } } } }`)
    const claim = bounty.events.find((e: any) => e.kind === 'Claimed').id
    const childClaim = bounty.childBounties[0].events.find((e: any) => e.kind === 'Claimed').id
    // data/opengov-watch/bounties-categories.csv: "11,Anti-Scam Bounty,Research,Anti-Scam"
    expect(bountyPayouts.rows).toEqual([
      { key: 'Research / Anti-Scam · native', category: 'Research', subcategory: 'Anti-Scam', asset: { id: 'native' }, amount: String(BOUNTY.payout + CHILD_PAID.payout), payouts: 2, eventIds: [childClaim, claim] },
    ])
    expect(bountyPayouts.excluded).toEqual([])
    expect(bountyPayouts.categorySources[0]).toMatch(/OpenGov\.Watch/)
    // the claims fall on 2025-10-30: a period without them has no rows
    expect((await api(`{ bountyPayouts(from: "2025-10-31") { rows { key } } }`)).bountyPayouts.rows).toEqual([])
    const bad = await post('{ bountyPayouts(from: "2025-11-02", to: "2025-11-01") { rows { key } } }')
    expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' })
  })
})

describe('replay: the bounty pages in Chromium (the built web app, the real API)', () => {
  const chromium = useChromium()

  it('lists the bounties with their status and payout, filters by status in the URL, and shows one bounty with its child bounties', async () => {
    const { page, errors } = await chromium.open(`${stack.webUrl}bounties`)
    const rows = await page.$$eval('[data-testid=bounties-table] tbody tr', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-bounty'), tr.getAttribute('data-status'), tr.querySelector('[data-testid=bounty-payout] data')?.getAttribute('value') ?? null]),
    )
    expect(rows).toEqual([
      [`relay-${OPEN.index}`, 'Funded', null],
      [`relay-${REJECTED.index}`, 'Rejected', null],
      [`relay-${BOUNTY.index}`, 'Claimed', String(BOUNTY.payout)],
    ])

    await page.waitForSelector('body[data-hydrated=true]', { state: 'attached' })
    await page.locator('input[name=status][value=Rejected]').check()
    await page.waitForURL((u) => u.searchParams.getAll('status').join() === 'Rejected')
    await page.waitForLoadState('networkidle')
    expect(await page.$$eval('[data-testid=bounties-table] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-bounty')))).toEqual([`relay-${REJECTED.index}`])

    await page.goto(`${stack.webUrl}bounties/relay/${BOUNTY.index}`, { waitUntil: 'networkidle' })
    expect(await page.locator('[data-testid=bounty-status]').textContent()).toBe('Claimed')
    expect(await page.locator('[data-testid=bounty-payout] data').getAttribute('value')).toBe(String(BOUNTY.payout))
    expect(await page.locator('[data-testid=children-paid] data').getAttribute('value')).toBe(String(CHILD_PAID.payout))
    const children = await page.$$eval('[data-testid=child-bounties] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-status'), tr.querySelector('[data-testid=child-payout] data')?.getAttribute('value') ?? null]))
    expect(children).toEqual([
      ['Claimed', String(CHILD_PAID.payout)],
      ['Cancelled', null],
    ])
    // every step of the timeline links to its event page
    const { bounty } = await api(`{ bounty(chain: "relay", index: ${BOUNTY.index}) { events { kind event { id } } } }`)
    expect(await page.$$eval('[data-testid=bounty-timeline] li', (lis) => lis.map((li) => li.getAttribute('data-kind')))).toEqual(bounty.events.map((e: any) => e.kind))
    for (const e of bounty.events) expect(await page.locator(`[data-testid=bounty-timeline] a[href^="/event/${e.event.id}"]`).count()).toBe(1)
    expect((await fetch(`${stack.webUrl}bounties/relay/999`)).status).toBe(404)
    // payouts by category on the list page, and their CSV
    await page.goto(`${stack.webUrl}bounties?chain=relay`, { waitUntil: 'networkidle' })
    expect(await page.$$eval('[data-testid=bounty-payouts] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-key'), tr.querySelector('[data-testid=payout-amount] data')?.getAttribute('value')]))).toEqual([
      ['Research / Anti-Scam · native', String(BOUNTY.payout + CHILD_PAID.payout)],
    ])
    const csv = await (await fetch(`${stack.webUrl}bounties/payouts.csv?chain=relay`)).text()
    expect(csv.trim().split(/\r?\n/)).toEqual(['key,category,subcategory,asset,symbol,decimals,amount,payouts,hide_in_spends,event_ids', expect.stringMatching(new RegExp(`^Research / Anti-Scam · native,Research,Anti-Scam,native,DOT,10,${BOUNTY.payout + CHILD_PAID.payout},2,false,relay-`))])
    expect((await fetch(`${stack.webUrl}bounties/relay/${BOUNTY.index}?pallet=Treasury`)).status).toBe(400)
    const open = await (await fetch(`${stack.webUrl}bounties/relay/${OPEN.index}`)).text()
    expect(open).toMatch(new RegExp(`data-testid="bounty-account-balance"><data[^>]*value="${OPEN.value}"`))
    // the Claimed event's page says which bounty step it was, and links back to the bounty
    const claimed = bounty.events.find((e: any) => e.kind === 'Claimed').event.id
    await page.goto(`${stack.webUrl}event/${claimed}`, { waitUntil: 'networkidle' })
    expect(await page.locator('#bounty-heading').textContent()).toBe(`Bounty #${BOUNTY.index}: Claimed`)
    expect(await page.locator('[data-testid=bounty-event] data').getAttribute('value')).toBe(String(BOUNTY.payout))
    expect(await page.locator(`#bounty-heading a[href="/bounties/relay/${BOUNTY.index}"]`).count()).toBe(1)
    expect(errors).toEqual([])
    await page.close()
  })
})
