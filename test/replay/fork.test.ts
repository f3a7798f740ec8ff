/**
 * Replay: a fork. The replay chain first serves a branch "b" of unfinalized blocks as the best chain; the real
 * processor indexes it as hot blocks. Then the other branch ("main") becomes best and is finalized, so "b" loses:
 * the processor must roll its rows back and index "main". Its tables must then equal, row for row, those of a
 * second processor that only ever saw "main". Blocks are encoded with the real Polkadot relay 2000006 metadata.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TREASURY, dumpTables, sql } from './harness'
import { runFork, type ForkPlan, type ForkRun } from './fork-run'

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

const plan: ForkPlan = {
  name: 'fork',
  from: FROM,
  forkAfter: FORK_AFTER,
  bLast: B_LAST,
  mainWinsAt: MAIN_WINS_AT,
  mainLast: MAIN_LAST,
  openingBlock: true,
  balances: [
    [TREASURY, 10_000n * DOT],
    [ALICE, 10_000n * DOT],
  ],
  timestamp: (n) => T0 + (n - FROM) * 6000,
  fill(b, n, branch) {
    if (branch === 'b') {
      b.event('Treasury.Deposit', { value: B_DEPOSIT + BigInt(n) }).credit(TREASURY, B_DEPOSIT + BigInt(n))
    } else {
      b.event('Treasury.Deposit', { value: BigInt(n - FROM + 1) * DOT }).credit(TREASURY, BigInt(n - FROM + 1) * DOT)
    }
    if (n % 2 === 0) {
      const x = b.signed({ signer: ALICE, call: 'System.remark', args: { remark: branch === 'b' ? '0xbb' : '0xaa' }, nonce: n - FROM })
      b.fee(x, { payer: ALICE, fee: (branch === 'b' ? 500_000_000n : 100_000_000n) + BigInt(n - FROM), author: AUTHOR, treasury: TREASURY })
    }
  },
}

let run: ForkRun<{ deposits: number; fees: number; height: number }>
let onBranchB: { deposits: number; fees: number; height: number }
let canonDbUrl: string

beforeAll(async () => {
  run = await runFork(plan, async (url) => {
    const [{ count: deposits }] = await sql(url, `SELECT count(*)::int AS count FROM treasury_flow WHERE amount >= $1`, [String(B_DEPOSIT)])
    const [{ count: fees }] = await sql(url, `SELECT count(*)::int AS count FROM fee_payment WHERE fee >= 500000000`)
    const [{ height }] = await sql(url, `SELECT height FROM relay_processor.status`)
    return { deposits, fees, height }
  })
  onBranchB = run.onBranchB
  canonDbUrl = run.canonDbUrl
}, 240_000)

afterAll(async () => {
  await run?.close()
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
    const [afterFork, canonical] = await Promise.all([dumpTables(run.stack.db.url), dumpTables(canonDbUrl)])
    expect(afterFork.treasury_flow.filter((f) => BigInt(f.amount) >= B_DEPOSIT)).toEqual([])
    expect(afterFork.treasury_flow.filter((f) => f.kind === 'Deposit').length).toBe(MAIN_LAST - FROM + 1)
    expect(afterFork.fee_payment.length).toBe([...Array(MAIN_LAST - FROM + 1)].filter((_, i) => (FROM + i) % 2 === 0).length)
    expect(afterFork).toEqual(canonical)
    const [state] = await sql(run.stack.db.url, `SELECT height, hash FROM relay_processor.status`)
    expect(state).toEqual({ height: MAIN_WINS_AT, hash: run.forked.blockAt(MAIN_WINS_AT)!.hash })
  })
})
