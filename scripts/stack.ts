/**
 * Brings the whole product up as child processes: (local chains →) Postgres → one processor per chain → API
 * (→ web). Used by `npm start`, `npm run demo` and the integration/e2e tests, so all three run the same thing.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { startDatabase, type DatabaseHandle } from '../db/postgres'
import { applyMigrations } from '../db/migrate'
import { startStreamingReplica, type ReplicaHandle } from '../db/replica'
import { startLocalChains, type LocalChains } from '../devnet/chains'
import { stopProcess, track } from '../devnet/processes'
import { CHAIN_IDS, envVar, type ChainId, type NetworkName } from '../squid/src/config'
import type { ScenarioRecord } from '../devnet/scenario'

export const REPO_ROOT = path.resolve(__dirname, '..')

export interface StackOptions {
  network: NetworkName
  /** where Postgres keeps its cluster, chains their blocks, processes their logs */
  dataRoot: string
  dbPort?: number
  /**
   * The API reads from a streaming replica of the embedded primary, on this port, while the processors write to
   * the primary (db/replica.ts). `npm start` sets it from DB_READ_REPLICA_PORT.
   */
  replicaPort?: number
  apiPort?: number
  /** start the web app on this port; no web when undefined */
  webPort?: number
  /** devnet: ports of the local chains (started here unless `chainUrls` is given) */
  chainPorts?: { relay: number; coretime: number; assetHub: number }
  /** devnet: keep chain blocks on disk and resume them next time */
  persistChains?: boolean
  /** devnet: use chains someone else runs */
  chainUrls?: Partial<Record<ChainId, string>>
  /** processors started with the stack (default: every chain); more can be started with startProcessor */
  processors?: ChainId[]
  /** extra env for the processors (e.g. RELAY_RPC_RATE_LIMIT) */
  processorEnv?: NodeJS.ProcessEnv
  log?: (msg: string) => void
  /**
   * Runs after the chains are up and before the processors start (the scenario); env it returns is added to
   * the processors' env (e.g. where to start indexing).
   */
  beforeIndexing?: (chains: Record<ChainId, string>) => Promise<NodeJS.ProcessEnv | void>
}

export interface Stack {
  db: DatabaseHandle
  /** the read replica the API reads, when StackOptions.replicaPort was given */
  replica?: ReplicaHandle
  chains?: LocalChains
  chainUrls: Record<ChainId, string>
  processors: Map<ChainId, ChildProcess>
  apiUrl: string
  webUrl?: string
  logDir: string
  startProcessor(chain: ChainId, env?: NodeJS.ProcessEnv): ChildProcess
  stopProcessor(chain: ChainId, signal?: NodeJS.Signals): Promise<void>
  /** what each processor has written to chain_sync */
  syncStatus(): Promise<SyncRow[]>
  /** resolves when every processor has indexed its chain's current head */
  waitForHeads(timeoutMs?: number, onProgress?: (rows: SyncRow[]) => void): Promise<SyncRow[]>
  stop(): Promise<void>
}

export interface SyncRow {
  chain: ChainId
  indexedHeight: number
  chainHeight: number
}

export async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs: number, intervalMs = 300): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      const v = await fn()
      if (v !== undefined) return v
    } catch (e) {
      lastError = e
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`)
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

export async function startStack(opts: StackOptions): Promise<Stack> {
  const log = opts.log ?? ((m: string) => console.log(m))
  const logDir = path.join(opts.dataRoot, 'logs')
  mkdirSync(logDir, { recursive: true })
  const children: ChildProcess[] = []
  let chains: LocalChains | undefined
  let db: DatabaseHandle | undefined
  let replica: ReplicaHandle | undefined
  const stopAll = async () => {
    await Promise.all([...children.map((c) => stopProcess(c)), chains?.stop()])
    await replica?.stop()
    await db?.stop()
  }

  try {
    const chainUrls = {} as Record<ChainId, string>
    if (opts.network === 'devnet') {
      if (opts.chainUrls) Object.assign(chainUrls, opts.chainUrls)
      else {
        log('starting the local chains (real Paseo runtimes under chopsticks; ~40 s)…')
        chains = await startLocalChains({
          ports: opts.chainPorts,
          dataDir: opts.persistChains ? path.join(opts.dataRoot, 'chains') : undefined,
          workDir: path.join(opts.dataRoot, 'chopsticks'),
        })
        chainUrls.relay = chains.chains.relay.wsUrl
        chainUrls.coretime = chains.chains.coretime.wsUrl
        chainUrls['asset-hub'] = chains.chains.assetHub.wsUrl
        log(`local chains up: relay ${chainUrls.relay}, coretime ${chainUrls.coretime}, asset hub ${chainUrls['asset-hub']}`)
      }
    }

    log('starting Postgres…')
    db = await startDatabase({ dataDir: path.join(opts.dataRoot, 'postgres'), port: opts.dbPort, log })
    const applied = await applyMigrations(db.url)
    if (applied.length) log(`applied migrations: ${applied.join(', ')}`)

    if (opts.replicaPort !== undefined) {
      if (db.external) throw new Error('a read replica is made here only of the embedded Postgres; for an external server point DB_API_URL at its replica')
      log('starting the read replica…')
      replica = await startStreamingReplica({ primaryUrl: db.url, primaryReadOnlyUrl: db.readOnlyUrl, dataDir: path.join(opts.dataRoot, 'postgres-replica'), port: opts.replicaPort, log })
    }
    const apiDbUrl = replica?.readOnlyUrl ?? db.readOnlyUrl

    const indexingEnv = (opts.beforeIndexing && (await opts.beforeIndexing(chainUrls))) || {}

    const processors = new Map<ChainId, ChildProcess>()
    // the devnet's local chains are relay, coretime and asset hub: a chain they do not run (People, Collectives) is indexed only
    // where a caller gives its endpoint (a replayed chain, scripts/demo.ts)
    const processorIds = opts.processors ?? (opts.network === 'devnet' ? CHAIN_IDS.filter((c) => chainUrls[c]) : CHAIN_IDS)
    const dbUrl = db.url
    const startProcessor = (chain: ChainId, env: NodeJS.ProcessEnv = {}) => {
      const out = createWriteStream(path.join(logDir, `processor-${chain}.log`), { flags: 'a' })
      const childEnv: NodeJS.ProcessEnv = { ...process.env, NETWORK: opts.network, DB_URL: dbUrl, ...opts.processorEnv, ...indexingEnv, ...env }
      // one status file per stack and chain (squid/src/health.ts), so stacks side by side do not share one
      childEnv.PROCESSOR_STATUS_FILE = path.join(opts.dataRoot, `processor-${chain}.status.json`)
      // http: the processor polls the local chains' heads (see the devnet preset in squid/src/config.ts)
      if (chainUrls[chain]) childEnv[envVar(chain, 'RPC_URL')] = chainUrls[chain].replace(/^ws/, 'http')
      const child = track(spawn(process.execPath, [path.join(REPO_ROOT, 'squid', 'lib', 'main.js'), chain], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] }))
      child.stdout!.pipe(out)
      child.stderr!.pipe(out)
      let lastErr = ''
      child.stderr!.on('data', (d: Buffer) => (lastErr = (lastErr + d.toString()).slice(-2000)))
      child.once('exit', (code, sig) => {
        if (code && code !== 0) log(`processor ${chain} exited with code ${code}: ${lastErr.trim().split('\n').slice(-3).join(' | ')} (log: ${path.join(logDir, `processor-${chain}.log`)})`)
        else if (sig && sig !== 'SIGTERM' && sig !== 'SIGKILL') log(`processor ${chain} stopped by ${sig}`)
      })
      children.push(child)
      processors.set(chain, child)
      return child
    }
    for (const chain of processorIds) startProcessor(chain)
    log(`processors started: ${processorIds.join(', ')} (logs in ${logDir})`)

    const apiPort = opts.apiPort ?? 4350
    const api = track(
      spawn(process.execPath, [path.join(REPO_ROOT, 'squid', 'lib', 'api', 'server.js')], {
        // the web app in front forwards its readers' addresses (web/src/hooks.server.ts); the API listens on loopback only
        env: { ...process.env, API_DB_URL: apiDbUrl, API_PORT: String(apiPort), API_HOST: '127.0.0.1', API_TRUST_PROXY: process.env.API_TRUST_PROXY ?? '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    )
    const apiLog = createWriteStream(path.join(logDir, 'api.log'), { flags: 'a' })
    api.stdout!.pipe(apiLog)
    api.stderr!.pipe(apiLog)
    children.push(api)
    const apiUrl = `http://127.0.0.1:${apiPort}/graphql`
    let apiErr = ''
    api.stderr!.on('data', (d: Buffer) => (apiErr = (apiErr + d.toString()).slice(-2000)))
    await waitFor(
      'the API',
      async () => {
        if (api.exitCode !== null) throw new Error(`the API exited (code ${api.exitCode}): ${apiErr.trim() || 'no output'}`)
        return (await fetch(`http://127.0.0.1:${apiPort}/health`)).ok ? true : undefined
      },
      30_000,
    )
    log(`API: ${apiUrl}`)

    let webUrl: string | undefined
    if (opts.webPort !== undefined) {
      const webEntry = path.join(REPO_ROOT, 'web', 'build', 'index.js')
      if (!existsSync(webEntry)) throw new Error(`the web app is not built (${webEntry} missing); run npm run build`)
      const web = track(
        spawn(process.execPath, [webEntry], {
          env: { ...process.env, API_URL: apiUrl, PORT: String(opts.webPort), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${opts.webPort}` },
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      )
      const webLog = createWriteStream(path.join(logDir, 'web.log'), { flags: 'a' })
      web.stdout!.pipe(webLog)
      web.stderr!.pipe(webLog)
      children.push(web)
      webUrl = `http://127.0.0.1:${opts.webPort}/`
      await waitFor('the web app', async () => ((await fetch(webUrl!)).status < 500 ? true : undefined), 30_000)
    }

    const readSync = async (): Promise<SyncRow[]> => {
      const client = new pg.Client({ connectionString: db!.readOnlyUrl })
      await client.connect()
      try {
        const { rows } = await client.query('SELECT id, indexed_height, chain_height FROM chain_sync')
        return rows.map((r) => ({ chain: r.id, indexedHeight: r.indexed_height, chainHeight: r.chain_height }))
      } finally {
        await client.end()
      }
    }

    return {
      db,
      replica,
      chains,
      chainUrls,
      processors,
      apiUrl,
      webUrl,
      logDir,
      startProcessor,
      syncStatus: readSync,
      stopProcessor: async (chain, signal = 'SIGTERM') => {
        const p = processors.get(chain)
        if (p) await stopProcess(p, signal)
      },
      async waitForHeads(timeoutMs = 300_000, onProgress) {
        // The head each processor must reach: the chain's own head now (devnet), else what it reports.
        const running = [...processors.keys()]
        const heads = new Map<ChainId, number>()
        for (const chain of running) {
          if (!chainUrls[chain]) continue
          const httpUrl = chainUrls[chain].replace(/^ws/, 'http')
          const header = await (await fetch(httpUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'chain_getHeader', params: [] }) })).json()
          heads.set(chain, Number.parseInt(header.result.number, 16))
        }
        return waitFor(
          'the processors to reach the chain heads',
          async () => {
            const rows = await readSync()
            onProgress?.(rows)
            const done = running.every((c) => {
              const r = rows.find((x) => x.chain === c)
              return r && r.indexedHeight >= (heads.get(c) ?? r.chainHeight)
            })
            return done ? rows : undefined
          },
          timeoutMs,
          500,
        )
      },
      stop: stopAll,
    }
  } catch (e) {
    await stopAll()
    throw e
  }
}

/**
 * Where the processors start on chains a scenario built: its first built block. The relay's scenario jumps its
 * block number to reach a spend period, and chopsticks answers the skipped heights with the genesis hash, so
 * those heights must not be walked.
 */
export function indexingEnvOf(record: ScenarioRecord): NodeJS.ProcessEnv {
  return {
    [envVar('relay', 'FROM_BLOCK')]: String(record.chains.relay.firstBuiltBlock),
    [envVar('coretime', 'FROM_BLOCK')]: String(record.chains.coretime.firstBuiltBlock),
    [envVar('asset-hub', 'FROM_BLOCK')]: String(record.chains.assetHub.firstBuiltBlock),
  }
}
