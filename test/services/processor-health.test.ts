/**
 * The processors' health check (docker-compose runs `node squid/lib/health.js`) against the status the processor
 * itself writes: the compiled handler over blocks encoded with real runtime metadata, committed through the real
 * TypeormDatabase into a real embedded Postgres, wrapped as squid/src/main.ts wraps it. A batch with an event of
 * unknown shape halts the processor: rolled back, kept up, and unhealthy with chain, block and event.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { TypeormDatabase } from '@subsquid/typeorm-store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDatabase, type DatabaseHandle } from '../../db/postgres'
import { applyMigrations } from '../../db/migrate'
import { ensureSquidBuilt, loadSquid, type Squid } from '../../bench/support'
import type * as HealthModule from '../../squid/src/health'
import type { ChainEnv } from '../../squid/src/handler'
import { processorBlock, testRuntime } from '../support/chain'
import { bundledMetadata, typegenRuntime } from '../support/metadata'
import { ALICE } from '../support/fixtures'
import { freePort } from '../support/ports'

const ROOT = path.resolve(__dirname, '..', '..')
const TREASURY = require(path.join(ROOT, 'squid', 'lib', 'modules', 'treasury', 'account')).TREASURY_ACCOUNT as string
const HEALTH_JS = path.join(ROOT, 'squid', 'lib', 'health.js')

let squid: Squid
let health: typeof HealthModule
let env: ChainEnv
let db: DatabaseHandle
let tmp: string
const previousDbUrl = process.env.DB_URL

/** A clock (health.Clock) that moves only when the test moves it, in whole milliseconds: ages are exact, no sleeps. */
function manualClock(start: number) {
  let t = start
  return { now: () => t, advance: (ms: number) => void (t += ms) }
}
/** A clock that stands still at `ms`, for a health check at an exact age. */
const at = (ms: number) => ({ now: () => ms })

/** The health command as docker runs it, against one status file. */
function healthCommand(file: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [HEALTH_JS, 'relay'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, PROCESSOR_STATUS_FILE: file, ...extraEnv },
    timeout: 30_000,
  })
  return { code: r.status, out: r.stdout.trim() }
}

const log = { warn: () => {}, error: () => {}, info: () => {}, debug: () => {}, trace: () => {}, isDebug: () => false, child: () => log }

beforeAll(async () => {
  ensureSquidBuilt(() => {})
  squid = loadSquid()
  health = require(path.join(ROOT, 'squid', 'lib', 'health'))
  env = {
    cfg: squid.config.chainConfig('relay', {}),
    // The pot's balance is a storage read over RPC in production; this test has no node, and asserts no balance.
    accountFree: async () => 10n ** 12n,
    ss58Prefix: 0,
    native: { id: 'native', symbol: 'PAS', decimals: 10, chain: 'relay' },
    chainHeight: async () => 0,
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudhub-health-'))
  fs.chmodSync(tmp, 0o755) // the server runs as user `postgres` when we are root
  db = await startDatabase({ dataDir: path.join(tmp, 'postgres'), port: await freePort(), env: {}, log: () => {} })
  await applyMigrations(db.url)
  process.env.DB_URL = db.url // read by TypeormDatabase (@subsquid/typeorm-config)
})

afterAll(async () => {
  if (previousDbUrl === undefined) delete process.env.DB_URL
  else process.env.DB_URL = previousDbUrl
  await db?.stop()
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

describe('processor health', () => {
  const plan = () => squid.handler.planOf(squid.registry.modulesOn(env), 0)
  const paseo = () => testRuntime(typegenRuntime('relay', 'paseo', 1009003))
  const fee = (height: number) =>
    processorBlock(paseo(), {
      height,
      timestamp: Date.UTC(2025, 2, 14, 10, 0, height % 60),
      events: [
        { name: 'Balances.Deposit', args: { who: TREASURY, amount: 800n }, extrinsic: 1 },
        { name: 'TransactionPayment.TransactionFeePaid', args: { who: ALICE, actualFee: 1_000n, tip: 0n }, extrinsic: 1 },
      ],
    })
  const head = (b: { header: { height: number; hash: string } }) => ({ height: b.header.height, hash: b.header.hash })

  it('a committed batch is healthy at its block; no progress beyond the limit is reported as stalled; an unknown event shape halts it, rolled back and unhealthy', async () => {
    const file = path.join(tmp, 'relay.status.json')
    const lines: string[] = []
    // The processor's clock runs a minute behind the health command's (the system clock): what it writes is already
    // a minute old when the command reads it, so the command sees a stalled processor without the test waiting.
    const clock = manualClock(Date.now() - 60_000)
    const h = new health.ProcessorHealth('relay', file, (l) => lines.push(l), clock)
    const startedAt = clock.now()
    const orm = new TypeormDatabase({ stateSchema: env.cfg.stateSchema, supportHotBlocks: true, isolationLevel: 'READ COMMITTED', projectDir: path.join(ROOT, 'squid') })
    const wrapped = h.database(orm)
    try {
      expect((await wrapped.connect()).height).toBe(-1)
      expect(healthCommand(file)).toEqual({ code: 0, out: expect.stringMatching(/^processor relay healthy: no batch committed since its start \d+ s ago$/) })
      const started = health.readStatus(file)
      expect(Date.parse(started!.startedAt)).toBe(startedAt)
      expect(health.judge(started, { file, maxAgeSeconds: 300, clock: at(startedAt + 300_000) })).toEqual({ healthy: true, message: 'processor relay healthy: no batch committed since its start 300 s ago' })
      expect(health.judge(started, { file, maxAgeSeconds: 300, clock: at(startedAt + 300_001) })).toEqual({
        healthy: false,
        message: 'processor relay STALLED: no batch committed since its start 300 s ago (limit 300 s)',
      })

      clock.advance(5_000)
      const committedAt = clock.now()
      const good = fee(500)
      await wrapped.transact({ prevHead: { height: -1, hash: '0x' }, nextHead: head(good) }, (store) =>
        squid.handler.handleBatch(env, plan(), { blocks: [good], store, log, isHead: true, _chain: undefined } as any),
      )
      expect(h.current.height).toBe(500)
      expect(healthCommand(file)).toEqual({ code: 0, out: expect.stringMatching(/^processor relay healthy: last commit: block 500, \d+ s ago$/) })
      expect(healthCommand(file, { PROCESSOR_HEALTH_MAX_AGE: '0.01' })).toEqual({
        code: 1,
        out: expect.stringMatching(/^processor relay STALLED: last commit: block 500, \d+ s ago \(limit 0.01 s\)$/),
      })
      // the commit is at least 55 s old to the command (a minute behind, 5 s after the start)
      expect(healthCommand(file, { PROCESSOR_HEALTH_MAX_AGE: '30' })).toEqual({ code: 1, out: expect.stringMatching(/^processor relay STALLED: last commit: block 500, \d+ s ago \(limit 30 s\)$/) })
      expect(healthCommand(file, { PROCESSOR_HEALTH_MAX_AGE: '240' })).toEqual({ code: 0, out: expect.stringMatching(/^processor relay healthy: last commit: block 500, \d+ s ago$/) })
      // the limit is on the age itself: healthy up to it, stalled a millisecond past it
      const committed = health.readStatus(file)
      expect(Date.parse(committed!.committedAt!)).toBe(committedAt)
      const check = (ageMs: number, maxAgeSeconds: number) => health.judge(committed, { file, maxAgeSeconds, clock: at(committedAt + ageMs) })
      expect(check(299_999, 300)).toEqual({ healthy: true, message: 'processor relay healthy: last commit: block 500, 300 s ago' })
      expect(check(300_000, 300)).toEqual({ healthy: true, message: 'processor relay healthy: last commit: block 500, 300 s ago' })
      expect(check(300_001, 300)).toEqual({ healthy: false, message: 'processor relay STALLED: last commit: block 500, 300 s ago (limit 300 s)' })
      expect(check(10, 0.01)).toEqual({ healthy: true, message: 'processor relay healthy: last commit: block 500, 0 s ago' })
      expect(check(11, 0.01)).toEqual({ healthy: false, message: 'processor relay STALLED: last commit: block 500, 0 s ago (limit 0.01 s)' })
      expect(healthCommand(file, { PROCESSOR_HEALTH_MAX_AGE: 'soon' })).toEqual({ code: 1, out: 'PROCESSOR_HEALTH_MAX_AGE=soon is not a number of seconds' })

      // Block 502: a treasury deposit the relay decoders know, then Treasury.Paid as the Substrate runtime shapes it.
      const substrate = testRuntime(bundledMetadata('substrate'))
      const bad = processorBlock(substrate, {
        height: 502,
        timestamp: Date.UTC(2025, 2, 14, 10, 1),
        events: [
          { name: 'Treasury.Deposit', args: { value: 7n } },
          { name: 'Treasury.Paid', args: { index: 3, paymentId: null }, extrinsic: 1 },
        ],
      })
      const badId = bad.events[1].id
      const batch = wrapped.transact({ prevHead: head(good), nextHead: head(bad) }, (store) =>
        squid.handler.handleBatch(env, plan(), { blocks: [bad], store, log, isHead: true, _chain: undefined } as any),
      )
      const settled = await Promise.race([batch.then(() => 'resolved', () => 'rejected'), new Promise((r) => setTimeout(() => r('pending'), 1_000))])
      expect(settled, 'a halted processor neither finishes the batch nor fails it (which would exit and restart)').toBe('pending')

      const client = new pg.Client({ connectionString: db.url })
      await client.connect()
      try {
        expect((await client.query(`SELECT height FROM ${env.cfg.stateSchema}.status WHERE id = 0`)).rows).toEqual([{ height: 500 }])
        expect((await client.query(`SELECT block_number, count(*)::int AS n FROM fee_payment GROUP BY block_number`)).rows).toEqual([{ block_number: 500, n: 1 }])
        expect((await client.query(`SELECT count(*)::int AS n FROM treasury_flow WHERE block_number = 502`)).rows).toEqual([{ n: 0 }])
      } finally {
        await client.end()
      }

      const reason = `unknown shape of Treasury.Paid on relay at block 502 (event ${badId}, spec version ${substrate.runtime.specVersion})`
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(`processor relay halted: ${reason}`)
      expect(lines[0]).toContain('Nothing after block 500 is committed')
      const r = healthCommand(file)
      expect(r.code).toBe(1)
      expect(r.out).toContain(`processor relay HALTED after block 500: ${reason}`)
      expect(health.readStatus(file)).toMatchObject({ state: 'halted', height: 500, error: { chain: 'relay', blockHeight: 502, eventId: badId, eventName: 'Treasury.Paid' } })
    } finally {
      h.close()
      await orm.disconnect().catch(() => {})
    }
  })

  it('an idle processor at the chain head stays healthy; one behind the head does not', async () => {
    const limit = 1
    const clock = manualClock(Date.UTC(2025, 2, 14, 12, 0))
    const atHead = new health.ProcessorHealth('relay', path.join(tmp, 'at-head.json'), () => {}, clock)
    const behind = new health.ProcessorHealth('relay', path.join(tmp, 'behind.json'), () => {}, clock)
    atHead.committed(700)
    behind.committed(700)
    const committedAt = clock.now()
    clock.advance(1_100)
    await atHead.checkHead(async () => 700)
    await behind.checkHead(async () => 705)
    const atHeadAt = clock.now()
    const now = Math.max(Date.parse(atHead.current.committedAt!), Date.parse(behind.current.committedAt!)) + 1_600
    expect(now).toBe(committedAt + 1_600)
    expect(Date.parse(atHead.current.atHeadAt!)).toBe(atHeadAt)
    expect(atHead.current).toMatchObject({ height: 700, chainHeight: 700 })
    expect(behind.current).toMatchObject({ height: 700, chainHeight: 705 })
    expect(behind.current.atHeadAt).toBeUndefined()
    expect(health.judge(atHead.current, { file: 'x', maxAgeSeconds: limit, now })).toEqual({
      healthy: true,
      message: expect.stringMatching(/^processor relay healthy: last commit: block 700, 2 s ago; at the chain head [01] s ago$/),
    })
    expect(health.judge(behind.current, { file: 'x', maxAgeSeconds: limit, now })).toEqual({
      healthy: false,
      message: `processor relay STALLED: last commit: block 700, 2 s ago (limit 1 s)`,
    })
    // the same verdicts from the clock, to the millisecond: the one behind ages from its commit, the one at the head from its last check
    clock.advance(500)
    expect(health.judge(atHead.current, { file: 'x', maxAgeSeconds: limit, clock })).toEqual(health.judge(atHead.current, { file: 'x', maxAgeSeconds: limit, now }))
    expect(health.judge(atHead.current, { file: 'x', maxAgeSeconds: limit, clock })).toEqual({ healthy: true, message: 'processor relay healthy: last commit: block 700, 2 s ago; at the chain head 1 s ago' })
    const judgedAt = (ms: number, status: typeof atHead.current) => health.judge(status, { file: 'x', maxAgeSeconds: limit, clock: at(ms) })
    expect(judgedAt(committedAt + 1_000, behind.current)).toEqual({ healthy: true, message: 'processor relay healthy: last commit: block 700, 1 s ago' })
    expect(judgedAt(committedAt + 1_001, behind.current)).toEqual({ healthy: false, message: 'processor relay STALLED: last commit: block 700, 1 s ago (limit 1 s)' })
    expect(judgedAt(atHeadAt + 1_000, atHead.current)).toEqual({ healthy: true, message: 'processor relay healthy: last commit: block 700, 2 s ago; at the chain head 1 s ago' })
    expect(judgedAt(atHeadAt + 1_001, atHead.current)).toEqual({
      healthy: false,
      message: 'processor relay STALLED: last commit: block 700, 2 s ago; at the chain head 1 s ago (limit 1 s)',
    })
  })

  it('a processor that exited is reported stopped with its error and exit code', () => {
    const file = path.join(tmp, 'exited.json')
    const script = `const { ProcessorHealth } = require(${JSON.stringify(path.join(ROOT, 'squid', 'lib', 'health'))})
      const h = new ProcessorHealth('relay', ${JSON.stringify(file)}, () => {})
      h.onExit(); h.committed(41); h.failed(new Error('the relay RPC endpoint http://127.0.0.1:1 is not reachable')); process.exit(1)`
    expect(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).status).toBe(1)
    expect(healthCommand(file)).toEqual({ code: 1, out: 'processor relay STOPPED after block 41 (exit code 1: the relay RPC endpoint http://127.0.0.1:1 is not reachable)' })
    expect(healthCommand(path.join(tmp, 'never.json'))).toEqual({ code: 1, out: `no status in ${path.join(tmp, 'never.json')}: the processor has not started (or writes PROCESSOR_STATUS_FILE elsewhere)` })
  })
})
