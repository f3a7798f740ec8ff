/**
 * Indexing speed against the SDK's own limit: the same processor on the same replayed blocks, once with an empty
 * batch handler (what @subsquid/substrate-processor and TypeormDatabase cost alone: RPC ingestion, decoding,
 * one transaction and status row per batch) and once with ours (squid/src/handler.ts), and the ratio.
 *
 *   npx tsx bench/ingest.ts [--blocks 50000] [--from 28490000] [--history relay] [--runs 1] [--cpu-prof] [--gateway]
 *
 * - The data is a parameter (`--history`, HISTORIES below): the relay history of devnet/replay/histories.ts
 *   (writeRelayHistory: `relay`, a fee-paying transfer every second block; `relay-dense`, eight in every block),
 *   served by the replay chain in a child process (its CPU is its own).
 * - Each run is `runChain` of squid/lib/main.js (what `node squid/lib/main.js relay` runs, NETWORK=polkadot,
 *   endpoint overridden) in a child process on a fresh migrated database, differing only in the handler it is
 *   given. Runs alternate empty, ours, empty, ours … (`--runs` pairs), so machine load hits both alike.
 * - Timed from the first batch handed to the handler to the moment relay_processor.status reaches the last block
 *   (start-up excluded: node, TypeORM, metadata), polled every 20 ms; blocks/s counts every block of the range
 *   (the SDK ingests them all), events/s the events handed to the handler (those the modules ask for).
 * - `--gateway`: also both handlers through the SQD gateway path: test/support/gateway-server.ts serves the same
 *   blocks (fetched once from the replay chain with the SDK's own RPC data source, 100 blocks per answer), and the
 *   processor gets RELAY_GATEWAY_URL (RPC only for metadata and the head).
 * - `--cpu-prof`: each processor child writes a V8 CPU profile (node --cpu-prof) into bench/profiles/.
 * After our run the fee rows and the treasury's closing balance must equal what the generator wrote.
 */
import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ReplayChain } from '../devnet/replay/chain'
import { writeRelayHistory } from '../devnet/replay/histories'
import { startReplayServer } from '../devnet/replay/server'
import { stopProcess, track } from '../devnet/processes'
import { ensureSquidBuilt, fmt, intArg, ROOT, runBench, sql, startBenchDb, strArg, table } from './support'
import { freePort } from '../test/support/ports'
import { archiveBlocksFromRpc, startGatewayServer } from '../test/support/gateway-server'

/** What a history writes and what our run must then hold. */
interface History {
  from: number
  to: number
  /** rows fee_payment must have */
  fees: number
  /** closing balance of the treasury's last day */
  treasuryClosing: bigint
}

/** The histories the bench can replay: each writes `blocks` relay blocks from `from` into `file`. */
const HISTORIES: Record<string, (file: string, from: number, blocks: number) => History> = {
  relay: (file, from, blocks) => writeRelayHistory(file, { from, blocks }),
  // eight fee-paying transfers a block (~41 events, about a busy Polkadot block's): events/s rather than blocks/s
  'relay-dense': (file, from, blocks) => writeRelayHistory(file, { from, blocks, transfersPerBlock: 8 }),
}

type Mode = 'empty' | 'ours'

interface BatchReport {
  first: number
  height: number
  batches: number
  events: number
}

/** The processor child: runChain with the empty handler or ours; reports its counts after every batch. */
function processorChild(mode: Mode): void {
  const lib = (p: string) => require(path.join(ROOT, 'squid', 'lib', p))
  const { runChain } = lib('main')
  const { handleBatch } = lib('handler')
  const { ProcessorHealth } = lib('health')
  const health = new ProcessorHealth('relay')
  let first = 0
  let batches = 0
  let events = 0
  const handle = async (env: unknown, plan: unknown, ctx: { blocks: { header: { height: number }; events: unknown[] }[] }) => {
    if (!first) first = Date.now()
    for (const b of ctx.blocks) events += b.events.length
    batches++
    if (mode === 'ours') await handleBatch(env, plan, ctx)
    const height = ctx.blocks[ctx.blocks.length - 1]?.header.height ?? 0
    process.send!({ first, height, batches, events } satisfies BatchReport)
  }
  // a signal ends a process without its exit hooks, and --cpu-prof writes its profile in one
  process.once('SIGINT', () => process.exit(0))
  runChain('relay', health, undefined, handle).catch((e: unknown) => {
    console.error(e)
    process.exit(1)
  })
}

/** The server child: loads the file, serves it, reports its port. */
async function serverChild(file: string): Promise<void> {
  const chain = await ReplayChain.fromFile(file)
  const server = await startReplayServer(chain, { port: await freePort() })
  process.send!({ port: server.port })
  process.on('disconnect', () => void server.close().then(() => process.exit(0)))
}

/** utime + stime of a process in seconds (/proc/<pid>/stat, clock ticks of 1/100 s). */
function processCpu(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  const [utime, stime] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number)
  return (utime + stime) / 100
}

interface RunResult {
  mode: Mode
  seconds: number
  fromSpawn: number
  blocks: number
  events: number
  batches: number
  cpu: number
}

if (process.argv.includes('--processor')) {
  processorChild(process.argv[process.argv.indexOf('--processor') + 1] as Mode)
} else if (process.argv.includes('--serve')) {
  void serverChild(process.argv[process.argv.indexOf('--serve') + 1])
} else {
  runBench(__filename, async (run) => {
    const blocks = intArg('blocks', 50_000)
    const from = intArg('from', 28_490_000)
    const runs = intArg('runs', 1)
    const historyName = strArg('history') ?? 'relay'
    const cpuProf = process.argv.includes('--cpu-prof')
    const writeHistory = HISTORIES[historyName]
    if (!writeHistory) throw new Error(`--history must be one of ${Object.keys(HISTORIES).join(', ')}, got ${historyName}`)
    ensureSquidBuilt()
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudhub-bench-ingest-'))
    run.onCleanup(() => fs.rmSync(tmp, { recursive: true, force: true }))
    const file = path.join(tmp, 'history.jsonl')
    let t = performance.now()
    const history = writeHistory(file, from, blocks)
    console.log(`history "${historyName}": ${fmt(blocks)} blocks ${fmt(history.from)}–${fmt(history.to)}, ${fmt(history.fees)} fees, written in ${fmt((performance.now() - t) / 1000, 1)} s`)

    const server = track(fork(__filename, ['--serve', file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }))
    run.onCleanup(() => stopProcess(server))
    const { port } = await new Promise<{ port: number }>((resolve, reject) => {
      server.once('message', (m) => resolve(m as any))
      server.once('exit', (code) => reject(new Error(`the replay server exited (code ${code})`)))
    })
    const url = `ws://127.0.0.1:${port}`
    const profileDir = path.join(ROOT, 'bench', 'profiles')
    if (cpuProf) fs.mkdirSync(profileDir, { recursive: true })

    let gatewayUrl = ''
    const oneRun = async (mode: Mode, i: number): Promise<RunResult> => {
      const bench = await startBenchDb(`ingest_${mode}_${i}`, () => {}, await freePort())
      try {
        const env = {
          ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(RELAY_|CORETIME_|ASSET_HUB_|DB_|PG|SQD_|NETWORK$)/.test(k))),
          NETWORK: 'polkadot',
          RELAY_RPC_URL: url,
          RELAY_GATEWAY_URL: gatewayUrl,
          RELAY_FROM_BLOCK: String(history.from),
          RELAY_RPC_RATE_LIMIT: '1000000',
          DB_URL: bench.db.url,
          FORCE_PRETTY_LOGGER: '0',
          PROCESSOR_STATUS_FILE: path.join(tmp, `status-${mode}-${i}.json`),
        }
        // a folder per run and node's own file names: tsx's loader thread writes a profile too, and one fixed name
        // would let it overwrite the main thread's
        const execArgv = [...process.execArgv, ...(cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, `ingest-${mode}-${i}`)}`] : [])]
        const log = fs.createWriteStream(path.join(tmp, `processor-${mode}-${i}.log`))
        const t0 = Date.now()
        const proc: ChildProcess = track(fork(__filename, ['--processor', mode], { env, execArgv, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] }))
        proc.stdout!.pipe(log)
        proc.stderr!.pipe(log)
        let last: BatchReport | undefined
        proc.on('message', (m) => (last = m as BatchReport))
        let cpu = 0
        try {
          for (;;) {
            if (proc.exitCode !== null) throw new Error(`the ${mode} processor exited (code ${proc.exitCode}); log: ${path.join(tmp, `processor-${mode}-${i}.log`)}`)
            const [row] = await sql<{ height: number }>(bench.db.url, 'SELECT height FROM relay_processor.status').catch(() => [])
            if (row?.height === history.to) break
            cpu = processCpu(proc.pid!)
            await new Promise((r) => setTimeout(r, 20))
          }
        } finally {
          const done = Date.now()
          cpu = processCpu(proc.pid!)
          // SIGINT so that --cpu-prof writes its profile on the way out
          proc.kill('SIGINT')
          await new Promise((r) => (proc.exitCode !== null ? r(null) : proc.once('exit', r)))
          await stopProcess(proc)
          if (last) Object.assign(last, { done })
        }
        const r = last as BatchReport & { done: number }
        if (mode === 'ours') {
          const [fees] = await sql<{ n: number }>(bench.db.url, 'SELECT count(*)::int AS n FROM fee_payment')
          const [day] = await sql<{ closing_balance: string }>(bench.db.url, 'SELECT closing_balance FROM treasury_day ORDER BY date DESC LIMIT 1')
          if (fees.n !== history.fees) throw new Error(`fee_payment has ${fees.n} rows, the history ${history.fees} fees`)
          if (BigInt(day.closing_balance) !== history.treasuryClosing) throw new Error(`closing balance ${day.closing_balance}, the history ${history.treasuryClosing}`)
        }
        return { mode, seconds: (r.done - r.first) / 1000, fromSpawn: (r.done - t0) / 1000, blocks: history.to - history.from + 1, events: r.events, batches: r.batches, cpu }
      } finally {
        await bench.cleanup()
      }
    }

    const paths: ('RPC' | 'gateway')[] = process.argv.includes('--gateway') ? ['RPC', 'gateway'] : ['RPC']
    for (const via of paths) {
      if (via === 'gateway') {
        t = performance.now()
        const gateway = await startGatewayServer({ blocks: await archiveBlocksFromRpc(url, history.from, history.to), maxBlocksPerQuery: 100, dataset: '/network/polkadot' })
        run.onCleanup(() => gateway.close())
        gatewayUrl = gateway.url
        console.log(`\ngateway: ${fmt(history.to - history.from + 1)} archive blocks fetched and served from ${gateway.url} in ${fmt((performance.now() - t) / 1000, 1)} s`)
      }
      const results: RunResult[] = []
      for (let i = 0; i < runs; i++) {
        for (const mode of ['empty', 'ours'] as Mode[]) {
          const r = await oneRun(mode, i)
          console.log(`${via} ${mode} #${i + 1}: ${fmt(r.blocks / r.seconds)} blocks/s, ${fmt(r.events / r.seconds)} events/s (${fmt(r.seconds, 1)} s, ${fmt(r.batches)} batches, ${fmt(r.cpu, 1)} CPU s)`)
          results.push(r)
        }
      }
      // the fastest run of each side: the one the rest of the machine disturbed least
      const best = (mode: Mode) => results.filter((r) => r.mode === mode).sort((a, b) => a.seconds - b.seconds)[0]
      const empty = best('empty')
      const ours = best('ours')
      console.log(`\n${via} path:`)
      console.log(
        table([
          ['handler', 'seconds', 'from spawn s', 'blocks/s', 'events/s', 'batches', 'processor CPU s'],
          ...[empty, ours].map((r) => [r.mode === 'empty' ? 'empty (SDK ingest only)' : 'ours (handler.ts)', fmt(r.seconds, 1), fmt(r.fromSpawn, 1), fmt(r.blocks / r.seconds), fmt(r.events / r.seconds), fmt(r.batches), fmt(r.cpu, 1)]),
        ]),
      )
      console.log()
      console.log(`processor CPU per block: ours ${fmt((ours.cpu / ours.blocks) * 1e6)} µs, empty ${fmt((empty.cpu / empty.blocks) * 1e6)} µs (ratio ${fmt(empty.cpu / ours.cpu, 2)}; CPU from spawn, start-up included)`)
      console.log(`ratio ours / ingest-only: ${fmt(empty.seconds / ours.seconds, 2)} (blocks/s ${fmt(ours.blocks / ours.seconds)} vs ${fmt(empty.blocks / empty.seconds)}; events/s ${fmt(ours.events / ours.seconds)} vs ${fmt(empty.events / empty.seconds)}); ${fmt(ours.events / ours.blocks, 1)} events handed on per block`)
    }
    console.log(`checked: ${fmt(history.fees)} fee rows and the treasury's closing balance equal the generated history`)
    if (cpuProf) console.log(`CPU profiles in ${profileDir}`)
  })
}
