/**
 * What the replay tests share: the real compiled processor (squid/lib/main.js) and the real API, on Postgres
 * (embedded), through scripts/stack.ts, pointed at a replay server. Every port is a free one picked at start.
 * The processor runs as users run it: NETWORK=polkadot with the relay's endpoint, gateway and start block
 * overridden by env.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, expect } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../scripts/chromium'
import { startStack, waitFor, type Stack } from '../../scripts/stack'
import { applyMigrations } from '../../db/migrate'
import type { ChainId } from '../../squid/src/config'
import { POLKADOT_SPECS } from '../../devnet/replay/histories'
export { freePort } from '../support/ports'
import { freePort } from '../support/ports'

export const ROOT = path.resolve(__dirname, '..', '..')
export { TREASURY_ACCOUNT as TREASURY } from '../../devnet/replay/histories'
export const POLKADOT_2000006 = POLKADOT_SPECS['polkadot/2000006']
export const POLKADOT_2000007 = POLKADOT_SPECS['polkadot/2000007']


/** The processor runs compiled (squid/lib); rebuild it when a source is newer. */
export function ensureBuilt(): void {
  const mainJs = path.join(ROOT, 'squid', 'lib', 'main.js')
  const newest = (dir: string): number =>
    Math.max(0, ...fs.readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs)))
  if (fs.existsSync(mainJs) && fs.statSync(mainJs).mtimeMs >= newest(path.join(ROOT, 'squid', 'src'))) return
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'squid')], { stdio: 'inherit' })
}

export function workDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cloudhub-replay-${name}-`))
  // As root, embedded Postgres runs as user `postgres`, which must be able to enter the folder.
  fs.chmodSync(dir, 0o755)
  return dir
}

/** Env that points a processor at a replay chain: the Polkadot preset, its endpoint overridden, no gateway. */
export function replayEnv(chain: ChainId, rpcUrl: string, fromBlock: number, gatewayUrl = ''): NodeJS.ProcessEnv {
  const p = chain.toUpperCase().replace('-', '_')
  return {
    NETWORK: 'polkadot',
    [`${p}_RPC_URL`]: rpcUrl,
    [`${p}_GATEWAY_URL`]: gatewayUrl,
    [`${p}_FROM_BLOCK`]: String(fromBlock),
    // the preset's 50 requests/s is for public endpoints
    [`${p}_RPC_RATE_LIMIT`]: '100000',
    FORCE_PRETTY_LOGGER: '0',
  }
}

export interface ReplayStack extends Stack {
  /** the processor's log so far */
  processorLog(chain?: ChainId): string
  /** "exited with code …" lines the stack logged */
  exits: string[]
}

/**
 * Postgres + the API + a processor for `chain` (or for each of several chains), pointed at the replay endpoint(s);
 * with `web`, the built web app too.
 */
export async function startReplayStack(dir: string, chains: ChainId | ChainId[], env: NodeJS.ProcessEnv, opts: { web?: boolean; replica?: boolean } = {}): Promise<ReplayStack> {
  const list = Array.isArray(chains) ? chains : [chains]
  const chain = list[0]
  ensureBuilt()
  // A developer's RELAY_* / DB_* variables must not leak into the processors.
  for (const k of Object.keys(process.env)) if (/^(RELAY_|CORETIME_|ASSET_HUB_|PEOPLE_|COLLECTIVES_|DB_|PG|SQD_)/.test(k)) delete process.env[k]
  const exits: string[] = []
  const stack = await startStack({
    network: 'polkadot',
    dataRoot: dir,
    dbPort: await freePort(),
    apiPort: await freePort(),
    ...(opts.web ? { webPort: await freePort() } : {}),
    ...(opts.replica ? { replicaPort: await freePort() } : {}),
    processors: list,
    processorEnv: env,
    log: (m) => {
      if (m.includes('exited')) exits.push(m)
    },
  })
  return {
    ...stack,
    stop: async () => {
      await dumpForDiff(stack)
      await stack.stop()
    },
    exits,
    processorLog: (c = chain) => fs.readFileSync(path.join(stack.logDir, `processor-${c}.log`), 'utf8'),
  }
}

export async function sql<T = any>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url })
  c.on('error', () => {})
  await c.connect()
  try {
    return (await c.query(text, params)).rows
  } finally {
    await c.end()
  }
}

/** Waits until the processor's own position (its state schema) is `height`; fails early if it exited. */
export async function waitForHeight(stack: ReplayStack, chain: ChainId, height: number, timeoutMs = 90_000, dbUrl = stack.db.url): Promise<void> {
  const schema = `${chain.replace('-', '_')}_processor`
  const tail = () => stack.processorLog(chain).split('\n').filter((l) => !l.includes('"rpc ')).slice(-15).join('\n')
  await waitFor(
    `the ${chain} processor to reach block ${height}`,
    async () => {
      const p = stack.processors.get(chain)
      if (p && p.exitCode !== null) throw new Error(`the processor exited (code ${p.exitCode}):\n${tail()}`)
      const rows = await sql<{ height: number }>(dbUrl, `SELECT height FROM ${schema}.status`).catch(() => [])
      return rows[0]?.height === height ? true : undefined
    },
    timeoutMs,
    200,
  ).catch((e) => {
    throw new Error(`${(e as Error).message}\nprocessor log:\n${tail()}`)
  })
}

/** The height chain_sync (written by the handler, rolled back with hot blocks) says was indexed; 0 before the first commit or while the database is down. */
export async function indexedHeight(dbUrl: string, chain: ChainId = 'relay'): Promise<number> {
  return (await sql(dbUrl, `SELECT indexed_height FROM chain_sync WHERE id = $1`, [chain]).catch(() => []))[0]?.indexed_height ?? 0
}

/** Resolves once the relay's `height` was indexed. */
export async function waitForIndexed(dbUrl: string, height: number, what: string, timeoutMs = 90_000): Promise<void> {
  await waitFor(what, async () => ((await indexedHeight(dbUrl)) === height ? true : undefined), timeoutMs, 200)
}

/** A second, migrated database on the stack's Postgres (for a processor run to compare with); returns its URL. */
export async function secondDatabase(stack: Stack, name: string): Promise<string> {
  await sql(stack.db.url, `CREATE DATABASE ${name}`)
  const u = new URL(stack.db.url)
  u.pathname = `/${name}`
  await applyMigrations(u.toString())
  const list = extraDatabases.get(stack.db.url) ?? []
  list.push(u.toString())
  extraDatabases.set(stack.db.url, list)
  return u.toString()
}

/** databases made by secondDatabase, by the URL of their stack's own database */
const extraDatabases = new Map<string, string[]>()

/**
 * Opt-in (REPLAY_DUMP_DIR set): before a stack stops, each of its databases is written as JSON,
 * `$REPLAY_DUMP_DIR/<test file>-<n>.json` ({ test, database, tables }), for scripts/replay-diff.ts to compare
 * two trees' runs. bigints are written as strings.
 */
async function dumpForDiff(stack: Stack): Promise<void> {
  const out = process.env.REPLAY_DUMP_DIR
  if (!out) return
  fs.mkdirSync(out, { recursive: true })
  const test = path.basename(expect.getState().testPath ?? 'replay').replace(/\.test\.ts$/, '')
  for (const url of [stack.db.url, ...(extraDatabases.get(stack.db.url) ?? [])]) {
    let n = 1
    while (fs.existsSync(path.join(out, `${test}-${n}.json`))) n++
    const tables = await dumpTables(url)
    const json = JSON.stringify({ test, database: new URL(url).pathname.slice(1), tables }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))
    fs.writeFileSync(path.join(out, `${test}-${n}.json`), json)
  }
}

/** Every table of the public schema, rows sorted by id, minus wall-clock columns. */
export async function dumpTables(url: string): Promise<Record<string, any[]>> {
  const tables = await sql<{ table_name: string }>(
    url,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`,
  )
  const out: Record<string, any[]> = {}
  for (const { table_name } of tables) {
    const rows = await sql(url, `SELECT * FROM "${table_name}" ORDER BY id`)
    out[table_name] = rows.map(({ updated_at, ...r }) => r)
  }
  return out
}

/**
 * Chromium for the tests of the describe block (or file) that calls it: launched before them, closed after.
 * `open(url)` gives a page at the desktop size the pages are laid out for, loaded until the network is idle, with
 * the errors its scripts threw collected in `errors` (a page must throw none).
 */
export function useChromium(o: { acceptDownloads?: boolean } = {}) {
  let browser: Browser | undefined
  beforeAll(async () => {
    ;({ browser } = await launchChromium())
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })
  return {
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is not running: useChromium() launches it in beforeAll')
      return browser
    },
    async open(url: string): Promise<{ page: Page; errors: string[] }> {
      const page = await this.browser.newPage({ viewport: { width: 1280, height: 900 }, ...(o.acceptDownloads ? { acceptDownloads: true } : {}) })
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto(url, { waitUntil: 'networkidle' })
      return { page, errors }
    },
  }
}

