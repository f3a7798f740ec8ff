/**
 * Replay: a fork below the head across UTC midnights. The treasury module closes a day at its last block and
 * reconciles the balance between batches from state kept between batches (the previous batch's last block and its
 * balance). Here the processor first follows a branch "b" (hot, unfinalized above FORK_AFTER) that crosses two UTC
 * midnights with a different treasury balance (large deposits), then "main" wins. The common ancestor FORK_AFTER
 * is before the first midnight, the second midnight is crossed only inside the forked part. After the rollback the
 * treasury's days must be what the blocks of "main" make them (each day closed at its last block, opened with the
 * previous day's close, no drift), and every table must equal that of a processor that only ever saw "main".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TREASURY, dumpTables, sql } from './harness'
import { runFork, type ForkPlan, type ForkRun } from './fork-run'

const FROM = 28_490_300
const FORK_AFTER = FROM + 5
const B_LAST = FROM + 9
const MAIN_WINS_AT = FROM + 10
const MAIN_LAST = FROM + 12
const DAY = 86_400_000
/** the first midnight: between FORK_AFTER + 1 and FORK_AFTER + 2, on both branches */
const MIDNIGHT_1 = Date.UTC(2025, 10, 5)
/** the second, a day later: between FROM + 8 and FROM + 9, only above the fork (B_LAST is past it) */
const MIDNIGHT_2 = MIDNIGHT_1 + DAY
const DAY_1_LAST = FORK_AFTER + 1
const DAY_2_LAST = FROM + 8
const DOT = 10n ** 10n
const START = 10_000n * DOT
/** what a block of "main" deposits into the treasury */
const mainDeposit = (n: number) => BigInt(n - FROM + 1) * DOT
/** "b" deposits much more: its balances are not "main"'s */
const B_DEPOSIT = 999n * DOT
const bDeposit = (n: number) => B_DEPOSIT + BigInt(n)

const timestamp = (n: number) => (n <= DAY_2_LAST ? MIDNIGHT_1 - 40_000 + (n - FROM) * 6000 : MIDNIGHT_2 + 2000 + (n - DAY_2_LAST - 1) * 6000)

const plan: ForkPlan = {
  name: 'fork-midnight',
  from: FROM,
  forkAfter: FORK_AFTER,
  bLast: B_LAST,
  mainWinsAt: MAIN_WINS_AT,
  mainLast: MAIN_LAST,
  balances: [[TREASURY, START]],
  openingBlock: true,
  timestamp,
  fill(b, n, branch) {
    const v = branch === 'b' ? bDeposit(n) : mainDeposit(n)
    b.event('Treasury.Deposit', { value: v }).credit(TREASURY, v)
  },
}

const sum = (from: number, to: number, f: (n: number) => bigint) => {
  let s = 0n
  for (let n = from; n <= to; n++) s += f(n)
  return s
}
const DATES = ['2025-11-04', '2025-11-05', '2025-11-06']
const DAY_COLUMNS = `date, opening_balance::text, opening_block, closing_balance::text, closing_block, closed, drift::text, drift_block, in_deposits::text, in_deposits_count`
const days = (url: string) => sql(url, `SELECT ${DAY_COLUMNS} FROM treasury_day WHERE chain = 'relay' ORDER BY date`)

let run: ForkRun<any[]>

beforeAll(async () => {
  run = await runFork(plan, days)
}, 240_000)

afterAll(async () => {
  await run?.close()
})

describe('replay: a fork below the head across a UTC midnight', () => {
  it('the blocks are laid out across the midnights as planned', () => {
    expect(new Date(timestamp(DAY_1_LAST)).toISOString().slice(0, 10)).toBe(DATES[0])
    expect(new Date(timestamp(DAY_1_LAST + 1)).toISOString().slice(0, 10)).toBe(DATES[1])
    expect(new Date(timestamp(DAY_2_LAST)).toISOString().slice(0, 10)).toBe(DATES[1])
    expect(new Date(timestamp(DAY_2_LAST + 1)).toISOString().slice(0, 10)).toBe(DATES[2])
    expect(FORK_AFTER).toBeLessThan(DAY_1_LAST)
    expect(B_LAST).toBeGreaterThan(DAY_2_LAST)
  })

  it('on branch "b" (hot), the days closed at their last blocks with "b"\'s balances', () => {
    const atFork = START + sum(FROM, FORK_AFTER, mainDeposit)
    const d1 = atFork + sum(FORK_AFTER + 1, DAY_1_LAST, bDeposit)
    const d2 = d1 + sum(DAY_1_LAST + 1, DAY_2_LAST, bDeposit)
    const d3 = d2 + sum(DAY_2_LAST + 1, B_LAST, bDeposit)
    expect(run.onBranchB.map((d) => [d.date, d.opening_balance, d.opening_block, d.closing_balance, d.closing_block, d.closed, d.drift, d.drift_block])).toEqual([
      [DATES[0], String(START), FROM - 1, String(d1), DAY_1_LAST, true, '0', null],
      [DATES[1], String(d1), DAY_1_LAST, String(d2), DAY_2_LAST, true, '0', null],
      [DATES[2], String(d2), DAY_2_LAST, String(d3), B_LAST, false, '0', null],
    ])
  })

  it('after "main" won, each day closes at its last block of "main" with its balance, and no drift', async () => {
    const d1 = START + sum(FROM, DAY_1_LAST, mainDeposit)
    const d2 = d1 + sum(DAY_1_LAST + 1, DAY_2_LAST, mainDeposit)
    const d3 = d2 + sum(DAY_2_LAST + 1, MAIN_LAST, mainDeposit)
    const row = (date: string, open: bigint, openBlock: number, close: bigint, closeBlock: number, closed: boolean, first: number, last: number) => ({
      date,
      opening_balance: String(open),
      opening_block: openBlock,
      closing_balance: String(close),
      closing_block: closeBlock,
      closed,
      drift: '0',
      drift_block: null,
      in_deposits: String(sum(first, last, mainDeposit)),
      in_deposits_count: last - first + 1,
    })
    const expected = [
      row(DATES[0], START, FROM - 1, d1, DAY_1_LAST, true, FROM, DAY_1_LAST),
      row(DATES[1], d1, DAY_1_LAST, d2, DAY_2_LAST, true, DAY_1_LAST + 1, DAY_2_LAST),
      row(DATES[2], d2, DAY_2_LAST, d3, MAIN_LAST, false, DAY_2_LAST + 1, MAIN_LAST),
    ]
    expect.soft(await days(run.stack.db.url), 'the run that followed "b" first').toEqual(expected)
    expect.soft(await days(run.canonDbUrl), 'the canonical run').toEqual(expected)
  })

  it('after "main" won, every table equals that of a run that saw only "main"', async () => {
    const [afterFork, canonical] = await Promise.all([dumpTables(run.stack.db.url), dumpTables(run.canonDbUrl)])
    expect(afterFork.treasury_flow.filter((f) => BigInt(f.amount) >= B_DEPOSIT)).toEqual([])
    expect(afterFork.treasury_day).toEqual(canonical.treasury_day)
    expect(afterFork).toEqual(canonical)
    const [state] = await sql(run.stack.db.url, `SELECT height, hash FROM relay_processor.status`)
    expect(state).toEqual({ height: MAIN_WINS_AT, hash: run.forked.blockAt(MAIN_WINS_AT)!.hash })
  })
})
