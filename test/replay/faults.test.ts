/**
 * Replay: faults survived. One generated relay history (real Polkadot 2000006 → 2000007 metadata) is indexed once
 * without interruption (the canonical run), then again into fresh databases of the same Postgres while things go
 * wrong: the processor is killed with SIGKILL at 20 seeded random points; the RPC endpoint dies mid-run and comes
 * back; Postgres itself restarts mid-run. After each, every table equals the canonical run's row by row
 * (dumpTables: rows by id, wall-clock columns left out), and the fee count equals what the generator wrote.
 * As a supervisor would (docker-compose's `restart: unless-stopped`), a processor that exits is started again.
 * Last, the disk under a database fills up (a tablespace on a small tmpfs, so Postgres' own WAL is unaffected): the
 * processor stops with an error that says so, what it indexed stays, and once space is freed the run completes.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import mt19937 from '@stdlib/random-base-mt19937'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyMigrations } from '../../db/migrate'
import { startDatabase } from '../../db/postgres'
import { ReplayChain } from '../../devnet/replay/chain'
import { writeRelayHistory, type RelayHistorySummary } from '../../devnet/replay/histories'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { waitFor } from '../../scripts/stack'
import { dumpTables, indexedHeight, replayEnv, secondDatabase, sql, startReplayStack, workDir, type ReplayStack } from './harness'

const FROM = 28_490_000
const BLOCKS = 3000
const KILLS = 20

let dir: string
let file: string
let server: ReplayServer
let stack: ReplayStack
let summary: RelayHistorySummary
let canonical: Record<string, unknown[]>

/** Starts the relay processor on `dbUrl`; started again (a supervisor's restart) whenever it exits, until stopped. */
function supervised(dbUrl: string, rpcUrl: () => string) {
  let child: ChildProcess
  let stopped = false
  let starts = 0
  const start = () => {
    starts++
    child = stack.startProcessor('relay', { ...replayEnv('relay', rpcUrl(), FROM), DB_URL: dbUrl })
    child.once('exit', () => {
      if (!stopped) setTimeout(() => !stopped && start(), 500)
    })
  }
  start()
  return {
    /** how often it was started again after an exit */
    get restarts() {
      return starts - 1
    },
    /** SIGKILL of the running process; false when none runs (between an exit and its restart) */
    kill: () => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'),
    async stop() {
      stopped = true
      await stack.stopProcessor('relay')
    },
  }
}

/** The run has indexed the last block and made it (or, behind a revealed head, all but the last two) final. */
async function indexedToTheEnd(dbUrl: string) {
  await waitFor('the run to index the last block', async () => {
    if ((await indexedHeight(dbUrl)) !== summary.to) return undefined
    const [status] = await sql(dbUrl, `SELECT height FROM relay_processor.status`).catch(() => [])
    return status?.height >= summary.to - 2 ? true : undefined
  }, 180_000, 100)
}

function expectSameTables(tables: Record<string, unknown[]>) {
  expect(Object.keys(tables).sort()).toEqual(Object.keys(canonical).sort())
  for (const t of Object.keys(canonical)) expect(tables[t], t).toEqual(canonical[t])
}

beforeAll(async () => {
  dir = workDir('faults')
  file = path.join(dir, 'relay.jsonl')
  summary = writeRelayHistory(file, { from: FROM, blocks: BLOCKS, eventsAs: 'json', spendEvery: 200 })
  server = await startReplayServer(await ReplayChain.fromFile(file))
  stack = await startReplayStack(dir, 'relay', replayEnv('relay', server.wsUrl(), FROM))
  await indexedToTheEnd(stack.db.url)
  await stack.stopProcessor('relay')
  canonical = await dumpTables(stack.db.url)
  const [{ n }] = await sql(stack.db.url, `SELECT count(*)::int AS n FROM fee_payment`)
  expect(n).toBe(summary.fees)
}, 300_000)

let smallDisk: string | undefined

afterAll(async () => {
  await stack?.stop()
  if (smallDisk) execFileSync('umount', [smallDisk])
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('replay: faults survived, tables identical to an uninterrupted run', () => {
  it(`SIGKILL of the processor at ${KILLS} seeded random points`, async () => {
    const db = await secondDatabase(stack, 'killed')
    // seeded, so the kill points are the same on every run
    const draw = mt19937.factory({ seed: 17 })
    const random = () => draw() / (mt19937.MAX + 1)
    const points = Array.from({ length: KILLS }, () => FROM + 1 + Math.floor(random() * (BLOCKS - 2))).sort((a, b) => a - b)
    const p = supervised(db, () => server.wsUrl())
    const killedAt: number[] = []
    for (const point of points) {
      // kill as soon as the run has passed the point: mid-batch, between batches, or before its first commit
      const h = await waitFor(`the killed run to pass block ${point}`, async () => {
        const at = await indexedHeight(db)
        return at >= point || at === summary.to ? at : undefined
      }, 120_000, 20)
      expect(p.kill()).toBe(true)
      killedAt.push(h)
      // the next kill is of the supervisor's restart
      await waitFor('the restart', async () => (p.restarts >= killedAt.length ? true : undefined), 30_000, 50)
    }
    await indexedToTheEnd(db)
    await p.stop()
    console.log(`faults: killed (SIGKILL) at indexed heights ${killedAt.map((h) => h - FROM).join(', ')} (blocks after ${FROM}); ${p.restarts} restarts; tables equal the uninterrupted run's`)
    expect(p.restarts).toBe(KILLS)
    expectSameTables(await dumpTables(db))
  }, 600_000)

  it('the RPC endpoint dies mid-run and comes back on the same address', async () => {
    const db = await secondDatabase(stack, 'rpc_death')
    let rpc = await startReplayServer(await ReplayChain.fromFile(file))
    const rpcPort = new URL(rpc.wsUrl()).port
    const p = supervised(db, () => `ws://127.0.0.1:${rpcPort}`)
    await waitFor('a third of the run', async () => ((await indexedHeight(db)) >= FROM + BLOCKS / 3 ? true : undefined), 120_000, 20)
    await rpc.close()
    const downAt = await indexedHeight(db)
    // what was fetched before the endpoint died is still handled (up to a merged batch ahead); then nothing moves
    await new Promise((r) => setTimeout(r, 2000))
    const drained = await indexedHeight(db)
    await new Promise((r) => setTimeout(r, 3000))
    const whileDown = await indexedHeight(db)
    rpc = await startReplayServer(await ReplayChain.fromFile(file), { port: Number(rpcPort) })
    await indexedToTheEnd(db)
    await p.stop()
    await rpc.close()
    console.log(`faults: RPC endpoint down for 5 s at block ${downAt - FROM} after ${FROM} (fetched before and indexed after: ${drained - downAt} blocks; then none for 3 s); ${p.restarts} processor restarts; tables equal the uninterrupted run's`)
    expect(whileDown).toBe(drained)
    expect(drained).toBeLessThan(summary.to)
    expectSameTables(await dumpTables(db))
  }, 300_000)

  it('Postgres restarts mid-run', async () => {
    const db = await secondDatabase(stack, 'pg_restart')
    const p = supervised(db, () => server.wsUrl())
    await waitFor('a third of the run', async () => ((await indexedHeight(db)) >= FROM + BLOCKS / 3 ? true : undefined), 120_000, 20)
    const dataDir = stack.db.dataDir!
    const dbPort = stack.db.port
    await stack.db.stop()
    const downAt = Date.now()
    await new Promise((r) => setTimeout(r, 2000))
    const again = await startDatabase({ dataDir, port: dbPort, log: () => {} })
    stack.db.stop = again.stop
    const restartMs = Date.now() - downAt
    await indexedToTheEnd(db)
    await p.stop()
    console.log(`faults: Postgres down and back after ${restartMs} ms mid-run; ${p.restarts} processor restarts; tables equal the uninterrupted run's`)
    expectSameTables(await dumpTables(db))
  }, 300_000)

  it('a full disk: a clear error, nothing stored is lost, and the run completes once space is freed', async (ctx) => {
    const mount = path.join(dir, 'small-disk')
    fs.mkdirSync(mount)
    const { uid, gid } = fs.statSync(stack.db.dataDir!)
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=65536k,mode=0700,uid=${uid},gid=${gid}`, 'tmpfs', mount], { stdio: 'pipe' })
    } catch (e) {
      console.log(`faults: full disk not tried: mounting a small tmpfs needs CAP_SYS_ADMIN (${(e as Error).message.split('\n')[0]})`)
      return ctx.skip()
    }
    smallDisk = mount
    await sql(stack.db.url, `CREATE TABLESPACE small_disk LOCATION '${mount}'`)
    await sql(stack.db.url, `CREATE DATABASE full_disk TABLESPACE small_disk`)
    const u = new URL(stack.db.url)
    u.pathname = '/full_disk'
    const db = u.toString()
    await applyMigrations(db)

    const chain = await ReplayChain.fromFile(file)
    chain.reveal(FROM + BLOCKS / 3)
    const rpc = await startReplayServer(chain)
    const logBefore = stack.processorLog('relay').length
    const p = supervised(db, () => rpc.wsUrl())
    await waitFor('the first third', async () => ((await indexedHeight(db)) === FROM + BLOCKS / 3 ? true : undefined), 120_000, 50)
    // the disk fills up soon after: its free space shrinks to 256 KiB, less than the rest of the history needs
    // a new connection to a database on a full disk fails (it cannot write its relcache init file): the reads of what
    // was kept go through one opened before
    const reader = new pg.Client({ connectionString: db })
    await reader.connect()
    const usedKb = () => Number(execFileSync('df', ['-k', '--output=used', mount]).toString().trim().split('\n')[1])
    const sizeKb = usedKb() + 256
    execFileSync('mount', ['-o', `remount,size=${sizeKb}k`, mount])
    chain.reveal(Infinity)
    const message = await waitFor('the disk-full error', async () => {
      const log = stack.processorLog('relay').slice(logBefore)
      return log.match(/the database's disk is full \(Postgres: [^)]*\): blocks \d+–\d+ were not written, and everything indexed up to block (\d+) is kept/) ?? undefined
    }, 120_000, 200).catch(async (e) => {
      const tail = stack.processorLog('relay').slice(logBefore).split('\n').filter((l) => !l.includes('"rpc ')).slice(-12).join('\n')
      throw new Error(`${(e as Error).message}; indexed ${await indexedHeight(db)}; ${execFileSync('df', ['-k', mount]).toString().trim()}\n${tail}`)
    })
    const kept = Number(message[1])
    const failedRestarts = p.restarts
    // nothing of what was committed is lost: its fee payments are the canonical run's up to that block
    const stored = (await reader.query(`SELECT indexed_height FROM chain_sync WHERE id = 'relay'`)).rows[0]?.indexed_height
    expect(stored).toBe(kept)
    expect(kept).toBeGreaterThanOrEqual(FROM + BLOCKS / 3)
    expect(kept).toBeLessThan(summary.to)
    const feesKept = (await reader.query(`SELECT id, fee::text, tip::text, block_number FROM fee_payment ORDER BY id`)).rows
    await reader.end()
    const feesCanonical = await sql(stack.db.url, `SELECT id, fee::text, tip::text, block_number FROM fee_payment WHERE block_number <= $1 ORDER BY id`, [kept])
    expect(feesKept).toEqual(feesCanonical)
    expect(message[0]).toContain('No space left on device')

    // space freed: the supervisor's next start resumes after `kept` and completes the run
    execFileSync('mount', ['-o', `remount,size=${sizeKb * 4}k`, mount])
    await indexedToTheEnd(db)
    await p.stop()
    await rpc.close()
    console.log(`faults: disk full (a ${sizeKb} KiB tablespace) after block ${kept - FROM} after ${FROM}: ${feesKept.length} fee payments kept, ${failedRestarts} restarts while full; with space freed the run completed and its tables equal the uninterrupted run's`)
    expectSameTables(await dumpTables(db))
  }, 300_000)
})
