/**
 * Replay: OpenGov on blocks of the real Polkadot relay runtime 2000000 (before the Asset Hub migration, when the
 * referenda ran on the relay), through the real compiled processor, Postgres and the real API. Referendum 5 gets
 * four direct votes of every kind, from extrinsics whose call names the poll (Voted has no pollIndex on this
 * runtime), plus delegated votes that only the reported tally shows; a re-vote and a removal change the direct
 * tally while it is ongoing, a removal after the end does not. Its turnout is the support over the active issuance
 * read from storage at the tally's block. Its enactment, a named Scheduler task among others in one block, approves
 * two treasury spends, and the next task's spend is not its. Every expected figure comes from the description
 * below.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter } from '../../devnet/replay/generator'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { encodeAccount } from '../../squid/src/mappings/locations'
import { enactmentId } from '../../squid/src/modules/referenda'
import { gql } from '../support/api'
import { blake2AsHex } from '@polkadot/util-crypto'
import { u8aToHex } from '@polkadot/util'
import { TREASURY, replayEnv, startReplayStack, waitForHeight, workDir, type ReplayStack } from './harness'

const POLKADOT_2000000 = 'polkadot/polkadot-2000000.opengov-cli-f5749517.v14.scale'
const FROM = 28_500_000
const T0 = Date.UTC(2025, 9, 29, 12, 0, 0)
const DOT = 10n ** 10n
const at = (k: number) => FROM + k
const LAST = at(8)

const acct = (b: string) => '0x' + b.repeat(32)
const [A, B, C, D, PROPOSER, BOB] = ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'].map(acct)
const ss58 = (a: string) => encodeAccount(a, 0)

/** Polkadot's tracks: 34 big_spender, 32 small_spender, 0 root */
const REF = { index: 5, track: 34, hash: '0x' + '5a'.repeat(32), len: 97, deposit: 2_000n * DOT }
const SMALL = { index: 6, track: 32 }
const SMALL_CALL = { inline: '' }
const REJECTED = { index: 7, track: 0 }
const TIMED_OUT = { index: 8, track: 0 }

type Vote = { Standard: { vote: { aye: boolean; conviction: string }; balance: bigint } } | { Split: { aye: bigint; nay: bigint } } | { SplitAbstain: { aye: bigint; nay: bigint; abstain: bigint } }
const standard = (aye: boolean, conviction: string, balance: bigint): Vote => ({ Standard: { vote: { aye, conviction }, balance } })
/** the direct votes on referendum 5 at block 2 */
const VOTES: [string, Vote][] = [
  [A, standard(true, 'Locked1x', 100n * DOT)],
  [B, { Split: { aye: 30n * DOT, nay: 10n * DOT } }],
  [C, standard(false, 'None', 50n * DOT)],
  [D, { SplitAbstain: { aye: 0n, nay: 0n, abstain: 20n * DOT } }],
]
/** A's re-vote at block 4 */
const REVOTE = standard(true, 'Locked3x', 100n * DOT)
/** what delegations add to every reported tally of referendum 5 (no direct vote shows them) */
const DELEGATED = { ayes: 40n * DOT, nays: 0n, support: 20n * DOT }

// pallet-conviction-voting's Tally::add, worked by hand: Locked1x counts the balance once, None a tenth, split
// votes at None; support is the aye and abstain capital
const DIRECT_2 = { ayes: 100n * DOT + 3n * DOT, nays: 1n * DOT + 5n * DOT, support: 100n * DOT + 30n * DOT + 20n * DOT }
// A's 100 at Locked3x is 300; C's nay of 5 is gone
const DIRECT_4 = { ayes: 300n * DOT + 3n * DOT, nays: 1n * DOT, support: DIRECT_2.support }
const plus = (x: typeof DELEGATED, y: typeof DELEGATED) => ({ ayes: x.ayes + y.ayes, nays: x.nays + y.nays, support: x.support + y.support })
const TALLY_3 = plus(DIRECT_2, DELEGATED)
const TALLY_6 = plus(DIRECT_4, DELEGATED)

/** Balances.TotalIssuance / InactiveIssuance as written at block 1, and changed at block 6 */
const ISSUANCE_1 = { total: 10_000n * DOT, inactive: 2_000n * DOT }
const ISSUANCE_6 = { total: 12_000n * DOT, inactive: 2_000n * DOT }
const active = (i: typeof ISSUANCE_1) => i.total - i.inactive

const USDT = { V4: { location: { parents: 0, interior: { X1: [{ Parachain: 1000 }] } }, assetId: { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: 1984 }] } } } }
const TO_BOB = { V4: { parents: 0, interior: { X1: [{ AccountId32: { network: null, id: BOB } }] } } }
/** the enactment block: an unnamed task, then referendum 5's (two spends), then referendum 6's (one spend) */
const ENACT = at(7)

let dir: string
let server: ReplayServer
let stack: ReplayStack
const api = (q: string) => gql(stack.apiUrl, q)
const str = (t: { ayes: bigint; nays: bigint; support: bigint }) => ({ ayes: String(t.ayes), nays: String(t.nays), support: String(t.support) })

beforeAll(async () => {
  dir = workDir('referenda')
  const file = path.join(dir, 'relay.jsonl')
  const w = new ReplayWriter(file, { chain: 'relay', specs: { 'polkadot/2000000': POLKADOT_2000000 }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' }, eventsAs: 'json' })
  w.balance(TREASURY, 50_000n * DOT)
  for (const a of [A, B, C, D, PROPOSER]) w.balance(a, 1_000n * DOT)
  const issuance = (b: any, i: typeof ISSUANCE_1) =>
    b.write(b.spec.storageKey('Balances.TotalIssuance'), b.spec.storageValue('Balances.TotalIssuance', i.total)).write(b.spec.storageKey('Balances.InactiveIssuance'), b.spec.storageValue('Balances.InactiveIssuance', i.inactive))
  const vote = (b: any, who: string, v: Vote) => b.event('ConvictionVoting.Voted', { who, vote: v }, b.signed({ signer: who, call: 'ConvictionVoting.vote', args: { pollIndex: REF.index, vote: v } }))
  const remove = (b: any, who: string, v: Vote) => b.event('ConvictionVoting.VoteRemoved', { who, vote: v }, b.signed({ signer: who, call: 'ConvictionVoting.remove_vote', args: { class: REF.track, index: REF.index } }))
  const tally = (t: typeof DELEGATED) => ({ ayes: t.ayes, nays: t.nays, support: t.support })
  const ZERO = { ayes: 0n, nays: 0n, support: 0n }

  w.block({ number: at(0), timestamp: T0 })
  w.block({ number: at(1), timestamp: T0 + 6_000 }, (b) => {
    issuance(b, ISSUANCE_1)
    // the beneficiary is a MultiAddress (its Id variant); referendum 5 asks through a preimage noted before it (Preimage.PreimageFor, keyed by the call's hash and
    // length); 6 carries its call inline
    const refCall = b.spec.encodeCall('Treasury.spend_local', { amount: 500n * DOT, beneficiary: BOB })
    Object.assign(REF, { hash: blake2AsHex(refCall), len: refCall.length })
    b.write(b.spec.storageKey('Preimage.PreimageFor', [[REF.hash, REF.len]]), b.spec.storageValue('Preimage.PreimageFor', u8aToHex(refCall)))
    SMALL_CALL.inline = u8aToHex(b.spec.encodeCall('Treasury.spend_local', { amount: 70n * DOT, beneficiary: BOB }))
    for (const r of [REF, REJECTED, TIMED_OUT]) b.event('Referenda.Submitted', { index: r.index, track: r.track, proposal: { Lookup: { hash: REF.hash, len: REF.len } } })
    b.event('Referenda.Submitted', { index: SMALL.index, track: SMALL.track, proposal: { Inline: SMALL_CALL.inline } })
    b.event('Referenda.DecisionDepositPlaced', { index: REF.index, who: PROPOSER, amount: REF.deposit })
  })
  w.block({ number: at(2), timestamp: T0 + 12_000 }, (b) => {
    for (const [who, v] of VOTES) vote(b, who, v)
  })
  w.block({ number: at(3), timestamp: T0 + 18_000 }, (b) => {
    b.event('Referenda.DecisionStarted', { index: REF.index, track: REF.track, proposal: { Lookup: { hash: REF.hash, len: REF.len } }, tally: tally(TALLY_3) })
    b.event('Referenda.DecisionStarted', { index: SMALL.index, track: SMALL.track, proposal: { Inline: SMALL_CALL.inline }, tally: ZERO })
  })
  w.block({ number: at(4), timestamp: T0 + 24_000 }, (b) => {
    vote(b, A, REVOTE)
    remove(b, C, VOTES[2][1])
  })
  w.block({ number: at(5), timestamp: T0 + 30_000 }, (b) => {
    b.event('Referenda.ConfirmStarted', { index: REF.index })
  })
  w.block({ number: at(6), timestamp: T0 + 36_000 }, (b) => {
    issuance(b, ISSUANCE_6)
    b.event('Referenda.Confirmed', { index: REF.index, tally: tally(TALLY_6) })
    b.event('Referenda.Approved', { index: REF.index })
    b.event('Referenda.Confirmed', { index: SMALL.index, tally: ZERO })
    b.event('Referenda.Approved', { index: SMALL.index })
    b.event('Referenda.Rejected', { index: REJECTED.index, tally: { ayes: 1n, nays: 2n, support: 1n } })
    b.event('Referenda.TimedOut', { index: TIMED_OUT.index, tally: ZERO })
  })
  w.block({ number: ENACT, timestamp: T0 + 42_000 }, (b) => {
    // pallet-scheduler's service_agenda: each task's events, then its Dispatched; the first is no referendum's
    b.event('Scheduler.Dispatched', { task: [ENACT, 0], id: null, result: { Ok: null } })
    b.event('Treasury.SpendApproved', { proposalIndex: 41, amount: 500n * DOT, beneficiary: BOB })
    b.event('Treasury.AssetSpendApproved', { index: 9, assetKind: USDT, amount: 25_000_000_000n, beneficiary: TO_BOB, validFrom: ENACT, expireAt: ENACT + 1_000_000 })
    b.event('Scheduler.Dispatched', { task: [ENACT, 1], id: enactmentId(REF.index), result: { Ok: null } })
    b.event('Treasury.SpendApproved', { proposalIndex: 42, amount: 70n * DOT, beneficiary: BOB })
    b.event('Scheduler.Dispatched', { task: [ENACT, 2], id: enactmentId(SMALL.index), result: { Ok: null } })
  })
  w.block({ number: at(8), timestamp: T0 + 48_000 }, (b) => {
    // after the end a removal unlocks A's funds; the tally is final
    remove(b, A, REVOTE)
  })
  w.close()
  server = await startReplayServer(await ReplayChain.fromFile(file))
  stack = await startReplayStack(dir, 'relay', replayEnv('relay', server.wsUrl(), FROM))
  await waitForHeight(stack, 'relay', LAST)
}, 180_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const REFERENDUM = `chain index track trackName status proposal { kind hash length } submitted { blockNumber }
  decisionDepositBy decisionDeposit decidingBlock confirmingBlock endedBlock
  tally { ayes nays support } tallyBlock turnout { ratio support activeIssuance blockNumber }
  votes { voters direct { ayes nays support } ayeCapital nayCapital abstainCapital delegated { ayes nays support } }
  enactment { blockNumber ok error } spends { kind index amount asset { symbol } }
  events { kind who amount tally { ayes nays support } activeIssuance event { blockNumber } }`

describe('replay: referenda, votes, turnout and enactments on Polkadot relay 2000000 blocks', () => {
  it('referendum 5: its lifecycle, the reported tally, its turnout at the tally block, and the spends its enactment approved', async () => {
    const { referendum } = await api(`{ referendum(chain: "relay", index: ${REF.index}) { ${REFERENDUM} } }`)
    expect(referendum).toMatchObject({
      chain: 'relay',
      index: REF.index,
      track: REF.track,
      trackName: 'big_spender',
      status: 'Approved',
      proposal: { kind: 'Lookup', hash: REF.hash, length: REF.len },
      submitted: { blockNumber: at(1) },
      decisionDepositBy: ss58(PROPOSER),
      decisionDeposit: String(REF.deposit),
      decidingBlock: at(3),
      confirmingBlock: at(5),
      endedBlock: at(6),
      tally: str(TALLY_6),
      tallyBlock: at(6),
      // read at block 6, after its issuance changed: 170 DOT of 10,000 active
      turnout: { ratio: Number((TALLY_6.support * 1_000_000_000n) / active(ISSUANCE_6)) / 1e9, support: String(TALLY_6.support), activeIssuance: String(active(ISSUANCE_6)), blockNumber: at(6) },
      enactment: { blockNumber: ENACT, ok: true, error: null },
      // the spends between the previous task's Dispatched and its own, not the next task's 42
      spends: [
        { kind: 'Local', index: 41, amount: String(500n * DOT), asset: { symbol: 'DOT' } },
        { kind: 'Asset', index: 9, amount: '25000000000', asset: { symbol: 'USDT' } },
      ],
    })
    expect(referendum.turnout.ratio).toBeCloseTo(0.017, 9)
    expect(referendum.events.map((e: any) => [e.kind, e.event.blockNumber])).toEqual([
      ['Submitted', at(1)],
      ['DecisionDepositPlaced', at(1)],
      ['DecisionStarted', at(3)],
      ['ConfirmStarted', at(5)],
      ['Confirmed', at(6)],
      ['Approved', at(6)],
      ['Enacted', ENACT],
    ])
    const started = referendum.events.find((e: any) => e.kind === 'DecisionStarted')
    // DecisionStarted's tally, measured against the issuance of block 3 (as written at block 1)
    expect(started).toMatchObject({ tally: str(TALLY_3), activeIssuance: String(active(ISSUANCE_1)) })
    expect(referendum.events[1]).toMatchObject({ who: ss58(PROPOSER), amount: String(REF.deposit) })
  })

  it('direct votes: each vote kind weighed as the pallet does, a re-vote replacing, a removal subtracting; the rest of the tally is delegated', async () => {
    const { referendum } = await api(`{ referendum(chain: "relay", index: ${REF.index}) { votes { voters direct { ayes nays support } ayeCapital nayCapital abstainCapital delegated { ayes nays support } } } }`)
    expect(referendum.votes).toEqual({
      // A (re-voted), B, D; C removed its vote; A's removal at block 8 came after the end
      voters: 3,
      direct: str(DIRECT_4),
      ayeCapital: String(100n * DOT + 30n * DOT),
      nayCapital: String(10n * DOT),
      abstainCapital: String(20n * DOT),
      delegated: str(DELEGATED),
    })
  })

  it('every vote cast and removed, in event order, with its weight and extrinsic', async () => {
    const { referendumVotes } = await api(`{ referendumVotes(chain: "relay", index: ${REF.index}) { totalCount items { voter cast kind aye conviction weight { ayes nays support } abstainCapital extrinsicHash event { blockNumber } } } }`)
    expect(referendumVotes.totalCount).toBe(7)
    expect(referendumVotes.items.map((v: any) => [ss58ToHex(v.voter), v.cast, v.kind, v.aye, v.conviction, v.weight.ayes, v.weight.nays, v.weight.support, v.event.blockNumber])).toEqual([
      [A, true, 'Standard', true, 1, String(100n * DOT), '0', String(100n * DOT), at(2)],
      [B, true, 'Split', null, null, String(3n * DOT), String(1n * DOT), String(30n * DOT), at(2)],
      [C, true, 'Standard', false, 0, '0', String(5n * DOT), '0', at(2)],
      [D, true, 'SplitAbstain', null, null, '0', '0', String(20n * DOT), at(2)],
      [A, true, 'Standard', true, 3, String(300n * DOT), '0', String(100n * DOT), at(4)],
      [C, false, 'Standard', false, 0, '0', String(5n * DOT), '0', at(4)],
      [A, false, 'Standard', true, 3, String(300n * DOT), '0', String(100n * DOT), at(8)],
    ])
    expect(referendumVotes.items.every((v: any) => /^0x[0-9a-f]{64}$/.test(v.extrinsicHash))).toBe(true)
  })

  it('the other referenda: an enactment without votes, a rejection, a time-out; the list filters by status', async () => {
    const { referendum } = await api(`{ referendum(chain: "relay", index: ${SMALL.index}) { trackName status enactment { blockNumber ok } spends { index } votes { voters delegated { ayes } } } }`)
    expect(referendum).toEqual({ trackName: 'small_spender', status: 'Approved', enactment: { blockNumber: ENACT, ok: true }, spends: [{ index: 42 }], votes: { voters: 0, delegated: { ayes: '0' } } })
    const { referenda } = await api(`{ referenda(chain: "relay") { totalCount items { index status trackName endedBlock tally { ayes nays } } } }`)
    expect(referenda.totalCount).toBe(4)
    expect(referenda.items.map((r: any) => [r.index, r.status, r.trackName, r.endedBlock])).toEqual([
      [TIMED_OUT.index, 'TimedOut', 'root', at(6)],
      [REJECTED.index, 'Rejected', 'root', at(6)],
      [SMALL.index, 'Approved', 'small_spender', at(6)],
      [REF.index, 'Approved', 'big_spender', at(6)],
    ])
    expect(referenda.items[1].tally).toEqual({ ayes: '1', nays: '2' })
    const ended = await api(`{ referenda(chain: "relay", status: [Rejected, TimedOut]) { totalCount items { index } } }`)
    expect(ended.referenda).toEqual({ totalCount: 2, items: [{ index: TIMED_OUT.index }, { index: REJECTED.index }] })
  })

  it('the summary: counts by status and track, and what the enactments approved in native value; a spend without a rate is counted apart', async () => {
    const { referendaSummary } = await api(`{ referendaSummary(chain: "relay") { count byStatus { status count } byTrack { chain track name count approved spends approvedNative spendsWithoutNativeValue } } }`)
    expect(referendaSummary.count).toBe(4)
    expect(referendaSummary.byStatus.filter((s: any) => s.count > 0)).toEqual([
      { status: 'Approved', count: 2 },
      { status: 'Rejected', count: 1 },
      { status: 'TimedOut', count: 1 },
    ])
    expect(referendaSummary.byStatus).toHaveLength(8)
    expect(referendaSummary.byTrack).toEqual([
      { chain: 'relay', track: 0, name: 'root', count: 2, approved: 0, spends: 0, approvedNative: '0', spendsWithoutNativeValue: 0 },
      { chain: 'relay', track: 32, name: 'small_spender', count: 1, approved: 1, spends: 1, approvedNative: String(70n * DOT), spendsWithoutNativeValue: 0 },
      // the USDT spend: no AssetRate was set, so it has no native value; the 500 DOT local spend has
      { chain: 'relay', track: 34, name: 'big_spender', count: 1, approved: 1, spends: 2, approvedNative: String(500n * DOT), spendsWithoutNativeValue: 1 },
    ])
    const rejected = await api(`{ referendaSummary(chain: "relay", status: [Rejected], track: 0) { count byTrack { track count } } }`)
    expect(rejected.referendaSummary).toEqual({ count: 1, byTrack: [{ track: 0, count: 1 }] })
  })

  it("spending by OpenGov.Watch's category of the approving referendum (Polkadot referenda 5 and 6), by track and by asset; each row lists its spends", async () => {
    const q = (by: string) => api(`{ treasurySpending(chain: "relay", by: ${by}) { by rows { key label category subcategory track asset { symbol } amount spends referenda nativeAmount spendsWithoutNativeValue paid spendIds } excluded { spends } categorySources } }`)
    const { treasurySpending: byCategory } = await q('CATEGORY')
    expect(byCategory.categorySources[0]).toMatch(/^OpenGov\.Watch/)
    expect(byCategory.excluded).toBeNull()
    // data/opengov-watch/referenda-categories.csv: 5 Business Development / Protocol Subsidies, 6 Development / Multisig
    expect(byCategory.rows.map((r: any) => [r.key, r.spends, r.referenda, r.nativeAmount, r.spendsWithoutNativeValue, r.spendIds])).toEqual([
      ['Business Development / Protocol Subsidies', 2, 1, String(500n * DOT), 1, ['relay-local-41', 'relay-asset-9']],
      ['Development / Multisig', 1, 1, String(70n * DOT), 0, ['relay-local-42']],
    ])
    const { treasurySpending: byTrack } = await q('TRACK')
    expect(byTrack.rows.map((r: any) => [r.label, r.track, r.nativeAmount])).toEqual([
      ['34 · big_spender', 34, String(500n * DOT)],
      ['32 · small_spender', 32, String(70n * DOT)],
    ])
    const { treasurySpending: byAsset } = await q('ASSET')
    expect(byAsset.rows.map((r: any) => [r.asset.symbol, r.amount, r.spends])).toEqual([
      ['DOT', String(570n * DOT), 2],
      ['USDT', '25000000000', 1],
    ])
  })

  it('what was asked: the proposal decoded at submission, from its preimage (5) or its inline bytes (6)', async () => {
    const call = async (index: number) => (await api(`{ referendum(chain: "relay", index: ${index}) { proposal { kind length call { name args source } } } }`)).referendum.proposal
    expect(await call(REF.index)).toEqual({
      kind: 'Lookup',
      length: REF.len,
      call: { name: 'Treasury.spend_local', args: JSON.stringify({ amount: String(500n * DOT), beneficiary: { __kind: "Id", value: BOB } }), source: 'Preimage.PreimageFor' },
    })
    expect(await call(SMALL.index)).toMatchObject({ kind: 'Inline', call: { name: 'Treasury.spend_local', args: JSON.stringify({ amount: String(70n * DOT), beneficiary: { __kind: "Id", value: BOB } }), source: 'Inline' } })
  })

  it('the tracks as the runtime constant has them, read at the block of the submissions', async () => {
    const { referendaTracks } = await api(`{ referendaTracks(chain: "relay") { track name maxDeciding decisionDeposit decisionPeriod specVersion blockNumber } }`)
    const byTrack = new Map(referendaTracks.map((t: any) => [t.track, t]))
    expect(byTrack.get(0)).toMatchObject({ name: 'root', maxDeciding: 1, specVersion: 2000000 })
    // the last block of a batch with a submission or a decision start
    expect([at(1), at(3)]).toContain((byTrack.get(0) as any).blockNumber)
    expect(byTrack.get(34)).toMatchObject({ name: 'big_spender', specVersion: 2000000 })
    expect(referendaTracks.length).toBeGreaterThanOrEqual(15)
  })

  it('an event links back to its vote and its lifecycle step; a hostile argument is refused by name', async () => {
    const { referendumVotes } = await api(`{ referendumVotes(chain: "relay", index: ${REF.index}, limit: 1) { items { id } } }`)
    const { event } = await api(`{ event(id: "${referendumVotes.items[0].id}") { referendumVote { voter referendumIndex } referendumEvent { kind } } }`)
    expect(event).toEqual({ referendumVote: { voter: ss58(A), referendumIndex: REF.index }, referendumEvent: null })
    const res = await fetch(stack.apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ referenda(status: [Passed]) { totalCount } }' }) })
    expect(JSON.stringify(await res.json())).toContain('Passed')
  })
})

function ss58ToHex(a: string): string {
  for (const h of [A, B, C, D]) if (ss58(h) === a) return h
  return a
}
