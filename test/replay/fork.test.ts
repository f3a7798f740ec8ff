/**
 * Replay: a fork. The replay chain first serves a branch "b" of unfinalized blocks as the best chain; the real
 * processor indexes it as hot blocks. Then the other branch ("main") becomes best and is finalized, so "b" loses:
 * the processor must roll its rows back and index "main". Its tables must then equal, row for row, those of a
 * second processor that only ever saw "main". Blocks are encoded with the real Polkadot relay 2000006 metadata.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter } from '../../devnet/replay/generator'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { POLKADOT_2000006, TREASURY, dumpTables, replayEnv, secondDatabase, sql, startReplayStack, waitForHeight, waitForIndexed, workDir, type ReplayStack } from './harness'

const FROM = 28_490_100
const FORK_AFTER = FROM + 5
const B_LAST = FROM + 9
/** the head "main" shows when it wins; it is finalized before the last blocks come */
const MAIN_WINS_AT = FROM + 10
const MAIN_LAST = FROM + 12
const T0 = Date.UTC(2025, 10, 4, 9, 0, 0)
const ALICE = '0x' + 'a1'.repeat(32)
const AUTHOR = '0x' + 'c3'.repeat(32)
const DOT = 10n ** 10n
/** deposits only branch "b" has: they must be gone after the rollback */
const B_DEPOSIT = 999n * DOT

/** The chain as a file: "main" FROM..MAIN_LAST, and (withFork) "b" forking off FORK_AFTER, best and unfinalized. */
function writeChain(file: string, withFork: boolean): void {
  const w = new ReplayWriter(file, {
    chain: 'relay',
    specs: { 'polkadot/2000006': POLKADOT_2000006 },
    properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' },
    ...(withFork ? { best: 'b', finalized: FORK_AFTER } : { finalized: MAIN_WINS_AT }),
  })
  w.balance(TREASURY, 10_000n * DOT).balance(ALICE, 10_000n * DOT)
  const block = (n: number, branch: 'main' | 'b') =>
    w.block({ number: n, timestamp: T0 + (n - FROM) * 6000, ...(branch === 'b' ? { branch, parent: 'main' } : {}) }, (b) => {
      if (branch === 'b') {
        b.event('Treasury.Deposit', { value: B_DEPOSIT + BigInt(n) }).credit(TREASURY, B_DEPOSIT + BigInt(n))
      } else {
        b.event('Treasury.Deposit', { value: BigInt(n - FROM + 1) * DOT }).credit(TREASURY, BigInt(n - FROM + 1) * DOT)
      }
      if (n % 2 === 0) {
        const x = b.signed({ signer: ALICE, call: 'System.remark', args: { remark: branch === 'b' ? '0xbb' : '0xaa' }, nonce: n - FROM })
        b.fee(x, { payer: ALICE, fee: (branch === 'b' ? 500_000_000n : 100_000_000n) + BigInt(n - FROM), author: AUTHOR, treasury: TREASURY })
      }
    })
  let atFork: Map<string, bigint> | undefined
  for (let n = FROM; n <= MAIN_LAST; n++) {
    block(n, 'main')
    if (n === FORK_AFTER) atFork = w.saveBalances()
  }
  if (withFork) {
    w.restoreBalances(atFork!)
    for (let n = FORK_AFTER + 1; n <= B_LAST; n++) block(n, 'b')
  }
  w.close()
}

let dir: string
let forked: ReplayChain
let forkServer: ReplayServer
let canonServer: ReplayServer
let stack: ReplayStack
let canonDbUrl: string
let onBranchB: { deposits: number; fees: number; height: number }

beforeAll(async () => {
  dir = workDir('fork')
  writeChain(path.join(dir, 'forked.jsonl'), true)
  writeChain(path.join(dir, 'canonical.jsonl'), false)
  forked = await ReplayChain.fromFile(path.join(dir, 'forked.jsonl'))
  const canonical = await ReplayChain.fromFile(path.join(dir, 'canonical.jsonl'))
  // at first "main" is only built up to MAIN_WINS_AT, "b" (best) up to B_LAST
  forked.reveal(MAIN_WINS_AT)
  forkServer = await startReplayServer(forked)
  canonServer = await startReplayServer(canonical)

  // 1. The processor follows branch "b" (best, unfinalized above FORK_AFTER).
  stack = await startReplayStack(dir, 'relay', replayEnv('relay', forkServer.wsUrl(), FROM))
  await waitForIndexed(stack.db.url, B_LAST, 'the processor to index branch "b" up to its head')
  const [{ count: deposits }] = await sql(stack.db.url, `SELECT count(*)::int AS count FROM treasury_flow WHERE amount >= $1`, [String(B_DEPOSIT)])
  const [{ count: fees }] = await sql(stack.db.url, `SELECT count(*)::int AS count FROM fee_payment WHERE fee >= 500000000`)
  const [{ height }] = await sql(stack.db.url, `SELECT height FROM relay_processor.status`)
  onBranchB = { deposits, fees, height }

  // 2. "main" wins: the processor rolls "b" back. Then, as on a live chain, finality follows with new blocks on
  // top (the processor moves its finalized position when a new head arrives).
  forked.setBest('main')
  await waitForIndexed(stack.db.url, MAIN_WINS_AT, 'the processor to switch to "main"')
  forked.finalize(MAIN_WINS_AT)
  forked.reveal(Infinity)
  await waitForHeight(stack, 'relay', MAIN_WINS_AT)
  await waitForIndexed(stack.db.url, MAIN_LAST, 'the processor to reach the head of "main"')
  await stack.stopProcessor('relay')

  // 3. A processor that only ever saw "main", into a second database of the same server.
  canonDbUrl = await secondDatabase(stack, 'canonical')
  stack.startProcessor('relay', { ...replayEnv('relay', canonServer.wsUrl(), FROM), DB_URL: canonDbUrl })
  await waitForHeight(stack, 'relay', MAIN_WINS_AT, 90_000, canonDbUrl)
  await waitForIndexed(canonDbUrl, MAIN_LAST, 'the canonical run to reach the head')
  await stack.stopProcessor('relay')
}, 240_000)

afterAll(async () => {
  await stack?.stop()
  await forkServer?.close()
  await canonServer?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('replay: a fork rolled back', () => {
  it('indexed branch "b" as unfinalized blocks first', () => {
    const bBlocks = B_LAST - FORK_AFTER
    expect(onBranchB.deposits).toBe(bBlocks)
    expect(onBranchB.fees).toBe([...Array(bBlocks)].filter((_, i) => (FORK_AFTER + 1 + i) % 2 === 0).length)
    // hot blocks are not final: the processor's finalized position stayed at the fork point
    expect(onBranchB.height).toBe(FORK_AFTER)
  })

  it('after "main" won, nothing of "b" is left and the tables equal those of a run that saw only "main"', async () => {
    const [afterFork, canonical] = await Promise.all([dumpTables(stack.db.url), dumpTables(canonDbUrl)])
    expect(afterFork.treasury_flow.filter((f) => BigInt(f.amount) >= B_DEPOSIT)).toEqual([])
    expect(afterFork.treasury_flow.filter((f) => f.kind === 'Deposit').length).toBe(MAIN_LAST - FROM + 1)
    expect(afterFork.fee_payment.length).toBe([...Array(MAIN_LAST - FROM + 1)].filter((_, i) => (FROM + i) % 2 === 0).length)
    expect(afterFork).toEqual(canonical)
    const [state] = await sql(stack.db.url, `SELECT height, hash FROM relay_processor.status`)
    expect(state).toEqual({ height: MAIN_WINS_AT, hash: forked.blockAt(MAIN_WINS_AT)!.hash })
  })
})
