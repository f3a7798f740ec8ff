/**
 * Replay: MultiAssetBounties on blocks of the real Polkadot Asset Hub runtime 2003001 (the first with the pallet),
 * through the real compiled processor, Postgres and the real API. Bounty 3 is worth 10,000 USDT: created and funded
 * through the treasury's Paymaster, its curator accepting, one child bounty of 2,000 USDT paid to a hunter, then
 * the rest to the winner after one failed payment. Bounty 4 (in DOT) is cancelled and refunded. A classic bounty
 * with the same index 3 stays a bounty of its own. The values and assets no event carries are in the pallet's
 * storage from the block that created them, as the runtime writes them. Every expected figure comes from below.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter } from '../../devnet/replay/generator'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { encodeAccount } from '../../squid/src/mappings/locations'
import { gql } from '../support/api'
import { replayEnv, startReplayStack, waitForHeight, workDir, type ReplayStack, useChromium } from './harness'

const STATEMINT_2003001 = 'asset-hub-polkadot/statemint-2003001.npm-galacticcouncil-descriptors-2.6.0.v14.scale'
const FROM = 11_200_000
const T0 = Date.UTC(2026, 5, 1, 12, 0, 0)
const DOT = 10n ** 10n
const USDT = 10n ** 6n
const at = (k: number) => FROM + k
const LAST = at(9)

const acct = (b: string) => '0x' + b.repeat(32)
const [CURATOR, CHILD_CURATOR, HUNTER, WINNER, PROPOSER] = ['a1', 'b2', 'c3', 'd4', 'e5'].map(acct)
const ss58 = (a: string) => encodeAccount(a, 0)

const HERE = { parents: 0, interior: 'Here' }
const USDT_KIND = { V5: { location: HERE, assetId: { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: 1984 }] } } } }
const DOT_KIND = { V5: { location: HERE, assetId: { parents: 1, interior: 'Here' } } }
const to = (who: string) => ({ V5: { location: HERE, accountId: { parents: 0, interior: { X1: [{ AccountId32: { network: null, id: who } }] } } } })

const BOUNTY = { index: 3, value: 10_000n * USDT, payout: 8_000n * USDT }
const CHILD = { index: 0, value: 2_000n * USDT }
const CANCELLED = { index: 4, value: 300n * DOT }
const CLASSIC = { index: 3, value: 500n * DOT }
const PAYMENTS = { fund: 7n, fundChild: 8n, payChild: 9n, failed: 10n, pay: 11n, fundCancelled: 12n, refund: 13n }
const METADATA = '0x' + '00'.repeat(32)

let dir: string
let server: ReplayServer
let stack: ReplayStack
const api = (q: string) => gql(stack.apiUrl, q)
const post = async (query: string) => (await fetch(stack.apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()

beforeAll(async () => {
  dir = workDir('multi-asset-bounties')
  const file = path.join(dir, 'asset-hub.jsonl')
  const w = new ReplayWriter(file, { chain: 'asset-hub', specs: { 'statemint/2003001': STATEMINT_2003001 }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' }, eventsAs: 'json' })
  const ev = (b: any, name: string, index: number, args: Record<string, unknown> = {}, child: number | null = null) => b.event(`MultiAssetBounties.${name}`, { index, childIndex: child, ...args })
  const attempted = (id: bigint) => ({ Attempted: { id } })
  const store = (b: any, index: number, assetKind: unknown, value: bigint, status: unknown) =>
    b.write(b.spec.storageKey('MultiAssetBounties.Bounties', [index]), b.spec.storageValue('MultiAssetBounties.Bounties', { assetKind, value, metadata: METADATA, status }))

  w.block({ number: at(0), timestamp: T0 })
  w.block({ number: at(1), timestamp: T0 + 12_000 }, (b) => {
    b.event('MultiAssetBounties.BountyCreated', { index: BOUNTY.index })
    store(b, BOUNTY.index, USDT_KIND, BOUNTY.value, { FundingAttempted: { curator: CURATOR, paymentStatus: attempted(PAYMENTS.fund) } })
    ev(b, 'Paid', BOUNTY.index, { paymentId: PAYMENTS.fund })
    b.event('MultiAssetBounties.BountyCreated', { index: CANCELLED.index })
    store(b, CANCELLED.index, DOT_KIND, CANCELLED.value, { FundingAttempted: { curator: CURATOR, paymentStatus: attempted(PAYMENTS.fundCancelled) } })
    ev(b, 'Paid', CANCELLED.index, { paymentId: PAYMENTS.fundCancelled })
    // the classic pallet numbers its own bounties: its 3 is another bounty
    b.event('Bounties.BountyProposed', { index: CLASSIC.index })
    b.write(b.spec.storageKey('Bounties.Bounties', [CLASSIC.index]), b.spec.storageValue('Bounties.Bounties', { proposer: PROPOSER, value: CLASSIC.value, fee: 0n, curatorDeposit: 0n, bond: DOT, status: 'Proposed' }))
  })
  w.block({ number: at(2), timestamp: T0 + 24_000 }, (b) => {
    ev(b, 'BountyFundingProcessed', BOUNTY.index)
    ev(b, 'BountyFundingProcessed', CANCELLED.index)
  })
  w.block({ number: at(3), timestamp: T0 + 36_000 }, (b) => {
    ev(b, 'BountyBecameActive', BOUNTY.index, { curator: CURATOR })
    ev(b, 'BountyCanceled', CANCELLED.index)
    ev(b, 'Paid', CANCELLED.index, { paymentId: PAYMENTS.refund })
  })
  w.block({ number: at(4), timestamp: T0 + 48_000 }, (b) => {
    b.event('MultiAssetBounties.ChildBountyCreated', { index: BOUNTY.index, childIndex: CHILD.index })
    b.write(
      b.spec.storageKey('MultiAssetBounties.ChildBounties', [BOUNTY.index, CHILD.index]),
      b.spec.storageValue('MultiAssetBounties.ChildBounties', { parentBounty: BOUNTY.index, value: CHILD.value, metadata: METADATA, status: { FundingAttempted: { curator: CHILD_CURATOR, paymentStatus: attempted(PAYMENTS.fundChild) } } }),
    )
    ev(b, 'Paid', BOUNTY.index, { paymentId: PAYMENTS.fundChild }, CHILD.index)
    ev(b, 'BountyRefundProcessed', CANCELLED.index)
  })
  w.block({ number: at(5), timestamp: T0 + 60_000 }, (b) => {
    ev(b, 'BountyFundingProcessed', BOUNTY.index, {}, CHILD.index)
    ev(b, 'BountyBecameActive', BOUNTY.index, { curator: CHILD_CURATOR }, CHILD.index)
  })
  w.block({ number: at(6), timestamp: T0 + 72_000 }, (b) => {
    ev(b, 'BountyAwarded', BOUNTY.index, { beneficiary: to(HUNTER) }, CHILD.index)
    ev(b, 'Paid', BOUNTY.index, { paymentId: PAYMENTS.payChild }, CHILD.index)
  })
  w.block({ number: at(7), timestamp: T0 + 84_000 }, (b) => {
    ev(b, 'BountyPayoutProcessed', BOUNTY.index, { assetKind: USDT_KIND, value: CHILD.value, beneficiary: to(HUNTER) }, CHILD.index)
    ev(b, 'BountyAwarded', BOUNTY.index, { beneficiary: to(WINNER) })
    ev(b, 'PaymentFailed', BOUNTY.index, { paymentId: PAYMENTS.failed })
  })
  w.block({ number: at(8), timestamp: T0 + 96_000 }, (b) => {
    ev(b, 'Paid', BOUNTY.index, { paymentId: PAYMENTS.pay })
  })
  w.block({ number: at(9), timestamp: T0 + 108_000 }, (b) => {
    ev(b, 'BountyPayoutProcessed', BOUNTY.index, { assetKind: USDT_KIND, value: BOUNTY.payout, beneficiary: to(WINNER) })
  })
  w.close()
  server = await startReplayServer(await ReplayChain.fromFile(file))
  stack = await startReplayStack(dir, 'asset-hub', replayEnv('asset-hub', server.wsUrl(), FROM), { web: true })
  await waitForHeight(stack, 'asset-hub', LAST)
}, 180_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const EVENTS = 'events { kind who amount paymentId event { blockNumber } }'
const steps = (events: any[]) => events.map((e) => [e.kind, e.event.blockNumber, e.who, e.amount, e.paymentId])
const FIELDS = `pallet index status asset { id symbol decimals } value curatorFee unallocated curator beneficiary payout approvedBlock activeBlock awardedBlock claimedBlock cancelledBlock ${EVENTS}
  childBounties { index status value curator beneficiary payout addedBlock awardedBlock claimedBlock ${EVENTS} }`

describe('replay: MultiAssetBounties on Polkadot Asset Hub 2003001 blocks', () => {
  it('bounty 3 in USDT: funded, its child bounty paid to a hunter, the rest to the winner after a failed payment', async () => {
    const { bounty } = await api(`{ bounty(chain: "asset-hub", index: ${BOUNTY.index}, pallet: MultiAssetBounties) { ${FIELDS} } }`)
    expect(bounty).toMatchObject({
      pallet: 'MultiAssetBounties',
      index: BOUNTY.index,
      status: 'Claimed',
      asset: { id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6 },
      value: String(BOUNTY.value),
      curatorFee: null,
      // what the bounty keeps once its child is carved out: exactly what its own payout paid
      unallocated: String(BOUNTY.value - CHILD.value),
      curator: ss58(CURATOR),
      beneficiary: ss58(WINNER),
      payout: String(BOUNTY.payout),
      approvedBlock: at(1),
      activeBlock: at(2),
      awardedBlock: at(7),
      claimedBlock: at(9),
      cancelledBlock: null,
    })
    expect(BOUNTY.value - CHILD.value).toBe(BOUNTY.payout)
    expect(steps(bounty.events)).toEqual([
      ['Created', at(1), null, String(BOUNTY.value), null],
      ['Paid', at(1), null, null, String(PAYMENTS.fund)],
      ['FundingProcessed', at(2), null, null, null],
      ['CuratorAccepted', at(3), ss58(CURATOR), null, null],
      ['Awarded', at(7), ss58(WINNER), null, null],
      ['PaymentFailed', at(7), null, null, String(PAYMENTS.failed)],
      ['Paid', at(8), null, null, String(PAYMENTS.pay)],
      ['PayoutProcessed', at(9), ss58(WINNER), String(BOUNTY.payout), null],
    ])
    expect(bounty.childBounties).toHaveLength(1)
    const [child] = bounty.childBounties
    expect(child).toMatchObject({ index: CHILD.index, status: 'Claimed', value: String(CHILD.value), curator: ss58(CHILD_CURATOR), beneficiary: ss58(HUNTER), payout: String(CHILD.value), addedBlock: at(4), awardedBlock: at(6), claimedBlock: at(7) })
    expect(steps(child.events)).toEqual([
      ['Created', at(4), null, String(CHILD.value), null],
      ['Paid', at(4), null, null, String(PAYMENTS.fundChild)],
      ['FundingProcessed', at(5), null, null, null],
      ['CuratorAccepted', at(5), ss58(CHILD_CURATOR), null, null],
      ['Awarded', at(6), ss58(HUNTER), null, null],
      ['Paid', at(6), null, null, String(PAYMENTS.payChild)],
      ['PayoutProcessed', at(7), ss58(HUNTER), String(CHILD.value), null],
    ])
  })

  it('bounty 4 in DOT: cancelled, its refund processed; the classic bounty 3 is a bounty of its own', async () => {
    const { bounty } = await api(`{ bounty(chain: "asset-hub", index: ${CANCELLED.index}, pallet: MultiAssetBounties) { ${FIELDS} } }`)
    expect(bounty).toMatchObject({ status: 'Cancelled', asset: { id: 'native', symbol: 'DOT', decimals: 10 }, value: String(CANCELLED.value), unallocated: String(CANCELLED.value), payout: null, beneficiary: null, activeBlock: at(2), cancelledBlock: at(3), childBounties: [] })
    expect(steps(bounty.events).map(([kind, block, , , payment]) => [kind, block, payment])).toEqual([
      ['Created', at(1), null],
      ['Paid', at(1), String(PAYMENTS.fundCancelled)],
      ['FundingProcessed', at(2), null],
      ['Canceled', at(3), null],
      ['Paid', at(3), String(PAYMENTS.refund)],
      ['RefundProcessed', at(4), null],
    ])
    const classic = await api(`{ bounty(chain: "asset-hub", index: ${CLASSIC.index}) { pallet status value asset { id } events { kind } } }`)
    expect(classic.bounty).toEqual({ pallet: 'Bounties', status: 'Proposed', value: String(CLASSIC.value), asset: { id: 'native' }, events: [{ kind: 'Proposed' }] })

    const all = await api(`{ bounties(chain: "asset-hub") { totalCount items { pallet index } } }`)
    expect(all.bounties).toEqual({ totalCount: 3, items: [{ pallet: 'MultiAssetBounties', index: 4 }, { pallet: 'Bounties', index: 3 }, { pallet: 'MultiAssetBounties', index: 3 }] })
    const multi = await api(`{ bounties(pallet: MultiAssetBounties, status: [Claimed]) { totalCount items { index asset { symbol } } } }`)
    expect(multi.bounties).toEqual({ totalCount: 1, items: [{ index: BOUNTY.index, asset: { symbol: 'USDT' } }] })
    // the categories number classic bounties: a multi-asset bounty's payouts are uncategorised, per asset
    const payouts = await api(`{ bountyPayouts(chain: "asset-hub") { rows { key category asset { symbol } amount payouts } } }`)
    expect(payouts.bountyPayouts.rows).toEqual([{ key: 'UNCATEGORISED · assethub-assets:1984', category: null, asset: { symbol: 'USDT' }, amount: String(BOUNTY.payout + CHILD.value), payouts: 2 }])
    const bad = await post('{ bounties(pallet: Treasury) { totalCount } }')
    expect(JSON.stringify(bad.errors)).toContain('Treasury')
  })
})

describe('replay: a multi-asset bounty page in Chromium (the built web app, the real API)', () => {
  const chromium = useChromium()

  it('lists it with its asset and value, and shows its child bounty and payout in USDT', async () => {
    const { page, errors } = await chromium.open(`${stack.webUrl}bounties?chain=asset-hub`)
    const rows = await page.$$eval('[data-testid=bounties-table] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-bounty'), tr.querySelector('[data-testid=bounty-value] data')?.getAttribute('value') ?? null, tr.querySelector('[data-testid=bounty-value]')?.textContent?.trim() ?? null]))
    expect(rows).toEqual([
      ['asset-hub-multi-4', String(CANCELLED.value), '300 DOT'],
      ['asset-hub-3', String(CLASSIC.value), '500 DOT'],
      ['asset-hub-multi-3', String(BOUNTY.value), '10,000 USDT'],
    ])
    await page.locator('[data-bounty=asset-hub-multi-3] a').first().click()
    await page.waitForURL((u) => u.pathname === '/bounties/asset-hub/3' && u.searchParams.get('pallet') === 'MultiAssetBounties')
    await page.waitForLoadState('networkidle')
    expect(await page.locator('[data-testid=bounty-status]').textContent()).toBe('Claimed')
    expect(await page.locator('[data-testid=bounty-payout]').textContent()).toContain('8,000 USDT')
    expect(await page.locator('[data-testid=bounty-unallocated] data').getAttribute('value')).toBe(String(BOUNTY.payout))
    const children = await page.$$eval('[data-testid=child-bounties] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-status'), tr.querySelector('[data-testid=child-payout] data')?.getAttribute('value') ?? null]))
    expect(children).toEqual([['Claimed', String(CHILD.value)]])
    expect(errors).toEqual([])
    await page.close()
  })
})
