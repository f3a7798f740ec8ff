/**
 * Replay: the API on a physical streaming replica while the processor writes to the primary (db/replica.ts: a
 * base backup by the low-level backup API, since the embedded binaries have no pg_basebackup). A generated relay
 * history is revealed in two parts: the API's answers, read from the replica, follow the primary's after each,
 * and equal what the generator wrote.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { writeRelayHistory, type RelayHistorySummary } from '../../devnet/replay/histories'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { gql } from '../support/api'
import { waitFor } from '../../scripts/stack'
import { replayEnv, sql, startReplayStack, workDir, type ReplayStack } from './harness'

const FROM = 28_490_000
const BLOCKS = 600
const FIRST_PART = FROM + 299

let dir: string
let server: ReplayServer
let stack: ReplayStack
let chain: ReplayChain
let summary: RelayHistorySummary
const api = (q: string) => gql(stack.apiUrl, q)
const TOTALS = `{ feeTotals(chain: "relay") { extrinsics fees toTreasury } syncStatus { chain indexedHeight } }`

beforeAll(async () => {
  dir = workDir('read-replica')
  const file = path.join(dir, 'relay.jsonl')
  summary = writeRelayHistory(file, { from: FROM, blocks: BLOCKS, eventsAs: 'json', spendEvery: 100 })
  chain = await ReplayChain.fromFile(file)
  chain.reveal(FIRST_PART)
  server = await startReplayServer(chain)
  stack = await startReplayStack(dir, 'relay', replayEnv('relay', server.wsUrl(), FROM), { replica: true, web: true })
}, 180_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

/** The API's first answer, read from the replica, that shows the chain indexed up to `height`. */
async function replicaAnswerAt(height: number) {
  const t0 = Date.now()
  const answer = await waitFor(`the API (on the replica) to show block ${height}`, async () => {
    const a = await api(TOTALS)
    return a.syncStatus[0]?.indexedHeight === height ? a : undefined
  }, 120_000, 100)
  // the processor has committed that height on the primary, and the replica holds the same rows
  await stack.replica!.caughtUp(30_000)
  return { ...answer, waitedMs: Date.now() - t0 }
}

async function primaryTotals() {
  const [r] = await sql(stack.db.url, `SELECT count(*)::int AS n, sum(fee)::text AS fees, sum(to_treasury)::text AS to_treasury FROM fee_payment WHERE chain = 'relay'`)
  return { extrinsics: r.n, fees: r.fees, toTreasury: r.to_treasury }
}

describe('replay: the API reads a streaming read replica while the processor writes to the primary', () => {
  it('the API says it reads a replica, whose WAL receiver streams from the primary', async () => {
    await replicaAnswerAt(FIRST_PART)
    const { databaseReplication: r } = await api('{ databaseReplication { role streaming replayBacklogBytes lagSeconds lastReplayedAt } }')
    expect(r.role).toBe('REPLICA')
    expect(r.streaming).toBe(true)
    expect(r.replayBacklogBytes).toBeGreaterThanOrEqual(0)
    expect(r.lagSeconds).toBeGreaterThanOrEqual(0)
    expect(Date.parse(r.lastReplayedAt)).toBeGreaterThan(Date.now() - 10 * 60_000)
    // the processors' database is the primary
    const [p] = await sql(stack.db.url, 'SELECT pg_is_in_recovery() AS r')
    expect(p.r).toBe(false)
  })

  it('answers from the replica equal the primary after the first part, and after the rest is indexed', async () => {
    const fees = (upTo: number) => Math.floor((upTo - FROM) / 2) + 1
    const first = await replicaAnswerAt(FIRST_PART)
    expect(first.syncStatus).toEqual([{ chain: 'relay', indexedHeight: FIRST_PART }])
    expect(first.feeTotals).toEqual(await primaryTotals())
    expect(first.feeTotals.extrinsics).toBe(fees(FIRST_PART))

    chain.reveal(Infinity)
    const all = await replicaAnswerAt(summary.to)
    expect(all.syncStatus).toEqual([{ chain: 'relay', indexedHeight: summary.to }])
    expect(all.feeTotals).toEqual(await primaryTotals())
    expect(all.feeTotals.extrinsics).toBe(summary.fees)
    console.log(`read replica: ${summary.fees} fee payments of ${BLOCKS} blocks read back from the replica, equal to the primary's; the second part showed through the replica ${all.waitedMs} ms after it was revealed`)
  })

  it('the dashboard says its figures come from a replica, and how old its last change is', async () => {
    await replicaAnswerAt(summary.to)
    // Svelte's SSR puts <!----> markers between text parts
    const html = (await (await fetch(stack.webUrl!)).text()).replace(/<!--[^>]*-->/g, '')
    expect(html).toMatch(/Read from a replica of the database:\s*last change applied/)
    expect(html).toContain('data-streaming="true"')
  })

  it('the replica refuses writes, whatever role asks', async () => {
    await expect(sql(stack.replica!.url, `CREATE TABLE x (n int)`)).rejects.toThrow(/read-only transaction/)
  })
})
