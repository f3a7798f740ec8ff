/**
 * Local chains: the real Paseo relay, Coretime and Asset Hub runtimes under chopsticks, one child process each,
 * on 127.0.0.1. Blocks are built only on request (dev_newBlock), so a scenario decides what lands where.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { stopProcess, track } from './processes'
import { existsSync, mkdirSync, writeFileSync, createWriteStream } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type DevChain, type SpecFile, defaultSpecsDir, loadSpec, writeNormalisedCopy } from './specs'

export const DEV_CHAINS: DevChain[] = ['relay', 'coretime', 'assetHub']

export const DEFAULT_PORTS: Record<DevChain, number> = { relay: 9944, coretime: 9945, assetHub: 9946 }

export interface RunningChain {
  chain: DevChain
  port: number
  wsUrl: string
  httpUrl: string
  process: ChildProcess
  logFile: string
}

export interface LocalChains {
  chains: Record<DevChain, RunningChain>
  stop(): Promise<void>
}

export interface StartOptions {
  chains?: DevChain[]
  ports?: Partial<Record<DevChain, number>>
  specsDir?: string
  workDir?: string
  /**
   * Keep the chains' blocks in sqlite files here (chopsticks' db + save-blocks) and resume from them on the next
   * start, so a demo's second run continues the same chains. Without it the chains live in memory only.
   */
  dataDir?: string
  /** another pinned spec than SPEC_FILES' for a chain (e.g. CORETIME_BEFORE_UPGRADE, to upgrade it in a run) */
  specs?: Partial<Record<DevChain, SpecFile>>
  /** ms to wait for each chain's RPC to answer */
  readyTimeoutMs?: number
  onLog?: (chain: DevChain, line: string) => void
}

// The package's exports map hides its bin; it sits two folders above the cjs entry.
const CHOPSTICKS_BIN = path.resolve(path.dirname(require.resolve('@acala-network/chopsticks')), '..', '..', 'chopsticks.cjs')

export async function rpc<T = any>(url: string, method: string, params: unknown[] = [], timeoutMs = 600_000): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 1, jsonrpc: '2.0', method, params }),
    signal: AbortSignal.timeout(timeoutMs),
  })
  const body = (await res.json()) as { result?: T; error?: { message: string } }
  if (body.error) throw new Error(`${method} on ${url}: ${body.error.message}`)
  return body.result as T
}

async function waitReady(c: RunningChain, timeoutMs: number, exited: () => string | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const why = exited()
    if (why) throw new Error(`chopsticks for ${c.chain} exited before its RPC came up (${why}); see ${c.logFile}`)
    try {
      await rpc(c.httpUrl, 'chain_getHeader', [], 2000)
      return
    } catch {
      if (Date.now() > deadline) throw new Error(`chopsticks for ${c.chain} did not answer on ${c.httpUrl} within ${timeoutMs} ms; see ${c.logFile}`)
      await new Promise((r) => setTimeout(r, 300))
    }
  }
}


/** Resolves if nothing listens on 127.0.0.1:port; a chain of an earlier run still there would be mistaken for ours. */
function assertPortFree(port: number, chain: DevChain): Promise<void> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', () =>
      reject(new Error(`port ${port} on 127.0.0.1 (for the ${chain} chain) is already in use; stop what listens there or choose other ports`)),
    )
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve()))
  })
}

/** Starts the requested chains (all three by default) and resolves when each answers RPC. */
export async function startLocalChains(opts: StartOptions = {}): Promise<LocalChains> {
  const which = opts.chains ?? DEV_CHAINS
  const specsDir = opts.specsDir ?? defaultSpecsDir()
  const workDir = opts.workDir ?? path.join(tmpdir(), `cloudhub-devnet-${process.pid}`)
  mkdirSync(workDir, { recursive: true })
  // Check every spec before starting anything, so a bad file fails fast and names itself.
  const copies = new Map<DevChain, string>()
  for (const chain of which) copies.set(chain, writeNormalisedCopy(await loadSpec(chain, specsDir, { spec: opts.specs?.[chain] }), workDir))

  const portOf = (chain: DevChain) => opts.ports?.[chain] ?? DEFAULT_PORTS[chain]
  for (const chain of which) await assertPortFree(portOf(chain), chain)

  const started: RunningChain[] = []
  const stopAll = async () => {
    await Promise.all(started.map((c) => stopProcess(c.process, 'SIGTERM', 5000)))
  }
  try {
    await Promise.all(
      which.map(async (chain) => {
        const port = portOf(chain)
        const config = path.join(workDir, `${chain}.yml`)
        const lines = [`genesis: ${copies.get(chain)}`, `port: ${port}`, 'host: 127.0.0.1', 'build-block-mode: Manual']
        if (opts.dataDir) {
          mkdirSync(opts.dataDir, { recursive: true })
          const db = path.join(opts.dataDir, `${chain}.sqlite`)
          lines.push(`db: ${db}`, 'save-blocks: true')
          if (existsSync(db)) lines.push('resume: true')
        }
        writeFileSync(config, lines.join('\n') + '\n')
        const logFile = path.join(workDir, `${chain}.log`)
        const log = createWriteStream(logFile)
        const child = spawn(process.execPath, [CHOPSTICKS_BIN, `--config=${config}`], {
          cwd: workDir,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, LOG_LEVEL: process.env.CHOPSTICKS_LOG_LEVEL ?? 'info' },
        })
        track(child)
        child.stdout!.pipe(log)
        child.stderr!.pipe(log)
        if (opts.onLog) {
          child.stdout!.on('data', (d: Buffer) => opts.onLog!(chain, d.toString()))
        }
        let exitReason: string | undefined
        child.once('exit', (code, sig) => (exitReason = `exit code ${code}, signal ${sig}`))
        const c: RunningChain = {
          chain,
          port,
          wsUrl: `ws://127.0.0.1:${port}`,
          httpUrl: `http://127.0.0.1:${port}`,
          process: child,
          logFile,
        }
        started.push(c)
        await waitReady(c, opts.readyTimeoutMs ?? 180_000, () => exitReason)
      }),
    )
  } catch (e) {
    await stopAll()
    throw e
  }
  const chains = Object.fromEntries(started.map((c) => [c.chain, c])) as Record<DevChain, RunningChain>
  return { chains, stop: stopAll }
}

/** Builds `count` blocks on a chain (dev_newBlock) and returns the new head number. */
export async function newBlocks(c: Pick<RunningChain, 'httpUrl'>, count = 1, extra: Record<string, unknown> = {}): Promise<number> {
  await rpc(c.httpUrl, 'dev_newBlock', [{ count, ...extra }])
  const header = await rpc<{ number: string }>(c.httpUrl, 'chain_getHeader', [])
  return Number(header.number)
}

// `tsx devnet/chains.ts` runs the chains until Ctrl-C.
if (require.main === module) {
  startLocalChains({ onLog: () => {} }).then(
    (lc) => {
      for (const c of Object.values(lc.chains)) console.log(`${c.chain}: ${c.wsUrl} (log ${c.logFile})`)
      const stop = () => lc.stop().then(() => process.exit(0))
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    },
    (e) => {
      console.error(e.message)
      process.exit(1)
    },
  )
}
