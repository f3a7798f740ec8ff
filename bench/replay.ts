/**
 * The replay chain serving a long generated relay history: is the server fast enough that the processor, not the
 * server, is the bottleneck?
 *
 *   npx tsx bench/replay.ts [--blocks 100000] [--from 28490000]
 *
 * 1. Generates the history (devnet/replay/histories.ts: Polkadot relay 2000006 → 2000007, a fee-paying transfer
 *    every 2nd block, deposits, spends; System.Account of every account it moves).
 * 2. Serves it from a child process (its CPU time is then its own).
 * 3. Server alone: a client fetches every block as the processor does (chain_getBlockHash for a split's top, then
 *    chain_getBlock and System.Events of each block, splits of 10, 5 in flight, over one websocket) and nothing
 *    else: blocks/s and the server's CPU.
 * 4. The real processor (`node squid/lib/main.js relay`, NETWORK=polkadot, endpoint overridden) indexes the whole
 *    history into embedded Postgres: blocks/s, its CPU and the server's CPU over the same run. The fee rows and
 *    the treasury's closing balance must equal what the generator wrote.
 *
 * CPU times are user + system from /proc/<pid>/stat (Linux). Ports are free ones picked at start.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { RpcClient } from '@subsquid/rpc-client'
import { ReplayChain, SYSTEM_EVENTS_KEY } from '../devnet/replay/chain'
import { writeRelayHistory } from '../devnet/replay/histories'
import { startReplayServer } from '../devnet/replay/server'
import { stopProcess, track } from '../devnet/processes'
import { ensureSquidBuilt, fmt, intArg, ROOT, runBench, sql, startBenchDb, table } from './support'
import { freePort } from '../test/support/ports'

const SPLIT = 10
const IN_FLIGHT = 5

/** utime + stime of a process, in seconds (fields 14 and 15 of /proc/<pid>/stat; clock ticks of 1/100 s). */
function processCpu(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  const [utime, stime] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number)
  return (utime + stime) / 100
}


/** The server child: loads the file, serves it, reports its port. */
async function serveChild(file: string): Promise<void> {
  const t0 = performance.now()
  const chain = await ReplayChain.fromFile(file)
  const loadSeconds = (performance.now() - t0) / 1000
  const server = await startReplayServer(chain, { port: await freePort() })
  process.send!({ port: server.port, loadSeconds })
  process.on('message', (m) => {
    if (m === 'stats') process.send!({ calls: Object.fromEntries(server.stats.calls), unknown: Object.fromEntries(server.stats.unknown) })
  })
  process.on('disconnect', () => void server.close().then(() => process.exit(0)))
}

function serverStats(child: ChildProcess): Promise<{ calls: Record<string, number>; unknown: Record<string, number> }> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as any))
    child.send('stats')
  })
}

/** Every block of [from, to] and its events, fetched the way the processor's RPC ingestion does. */
async function fetchAll(url: string, from: number, to: number): Promise<number> {
  const client = new RpcClient({ url, capacity: 100 })
  let bytes = 0
  let next = from
  const worker = async () => {
    while (next <= to) {
      const lo = next
      const hi = Math.min(to, lo + SPLIT - 1)
      next = hi + 1
      let hash: string = await client.call('chain_getBlockHash', ['0x' + hi.toString(16)])
      const hashes: string[] = []
      for (let n = hi; n >= lo; n--) {
        const block = await client.call('chain_getBlock', [hash])
        hashes.push(hash)
        bytes += block.block.extrinsics.reduce((a: number, x: string) => a + x.length, 0)
        hash = block.block.header.parentHash
      }
      const events: string[] = await client.batchCall(hashes.map((h) => ({ method: 'state_getStorageAt', params: [SYSTEM_EVENTS_KEY, h] })))
      bytes += events.reduce((a, e) => a + e.length, 0)
      await client.call('state_getRuntimeVersion', [hashes[0]])
    }
  }
  try {
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
  } finally {
    client.close()
  }
  return bytes
}

if (process.argv.includes('--serve')) {
  void serveChild(process.argv[process.argv.indexOf('--serve') + 1])
} else {
  runBench(__filename, async (run) => {
    const blocks = intArg('blocks', 100_000)
    const from = intArg('from', 28_490_000)
    ensureSquidBuilt()
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudhub-bench-replay-'))
    run.onCleanup(() => fs.rmSync(tmp, { recursive: true, force: true }))
    const file = path.join(tmp, 'relay.jsonl')

    let t = performance.now()
    const summary = writeRelayHistory(file, { from, blocks })
    const genSeconds = (performance.now() - t) / 1000
    console.log(`generated ${fmt(blocks)} relay blocks (${fmt(fs.statSync(file).size / 2 ** 20)} MB, ${fmt(summary.fees)} fees) in ${fmt(genSeconds, 1)} s: ${fmt(blocks / genSeconds)} blocks/s`)

    const child = track(fork(__filename, ['--serve', file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }))
    run.onCleanup(() => stopProcess(child))
    const { port, loadSeconds } = await new Promise<{ port: number; loadSeconds: number }>((resolve, reject) => {
      child.once('message', (m) => resolve(m as any))
      child.once('exit', (code) => reject(new Error(`the server exited (code ${code})`)))
    })
    const url = `ws://127.0.0.1:${port}`
    console.log(`server loaded the file in ${fmt(loadSeconds, 1)} s`)

    // Server alone
    const serverCpu0 = processCpu(child.pid!)
    const clientCpu0 = process.cpuUsage()
    t = performance.now()
    const bytes = await fetchAll(url, from, summary.to)
    const aloneSeconds = (performance.now() - t) / 1000
    const aloneServerCpu = processCpu(child.pid!) - serverCpu0
    const c = process.cpuUsage(clientCpu0)
    const aloneClientCpu = (c.user + c.system) / 1e6

    const aloneCalls = (await serverStats(child)).calls

    // The processor
    const bench = await startBenchDb('replay_bench', () => {}, await freePort())
    run.onCleanup(() => bench.cleanup())
    const env = {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(RELAY_|CORETIME_|ASSET_HUB_|DB_|PG|SQD_|NETWORK$)/.test(k))),
      NETWORK: 'polkadot',
      RELAY_RPC_URL: url,
      RELAY_GATEWAY_URL: '',
      RELAY_FROM_BLOCK: String(from),
      RELAY_RPC_RATE_LIMIT: '1000000',
      DB_URL: bench.db.url,
      FORCE_PRETTY_LOGGER: '0',
    }
    const log = fs.createWriteStream(path.join(tmp, 'processor.log'))
    const serverCpu1 = processCpu(child.pid!)
    t = performance.now()
    const proc = track(spawn(process.execPath, [path.join(ROOT, 'squid', 'lib', 'main.js'), 'relay'], { env, stdio: ['ignore', 'pipe', 'pipe'] }))
    run.onCleanup(() => stopProcess(proc))
    proc.stdout!.pipe(log)
    proc.stderr!.pipe(log)
    let processorCpu = 0
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`the processor exited (code ${proc.exitCode}); log: ${path.join(tmp, 'processor.log')}`)
      processorCpu = processCpu(proc.pid!)
      const [row] = await sql<{ height: number }>(bench.db.url, 'SELECT height FROM relay_processor.status').catch(() => [])
      if (row?.height === summary.to) break
      await new Promise((r) => setTimeout(r, 250))
    }
    const procSeconds = (performance.now() - t) / 1000
    const procServerCpu = processCpu(child.pid!) - serverCpu1
    await stopProcess(proc)
    const callsBefore = aloneCalls
    const { calls, unknown } = await serverStats(child)

    const [fees] = await sql<{ n: number }>(bench.db.url, 'SELECT count(*)::int AS n FROM fee_payment')
    const [day] = await sql<{ closing_balance: string; closing_block: number }>(bench.db.url, 'SELECT closing_balance, closing_block FROM treasury_day ORDER BY date DESC LIMIT 1')
    if (fees.n !== summary.fees) throw new Error(`fee_payment has ${fees.n} rows, the history ${summary.fees} fees`)
    if (BigInt(day.closing_balance) !== summary.treasuryClosing) throw new Error(`closing balance ${day.closing_balance}, the history ${summary.treasuryClosing}`)

    console.log()
    console.log(
      table([
        ['run', 'wall s', 'blocks/s', 'server CPU s', 'other CPU s', 'server CPU / block'],
        ['server alone (plain client)', fmt(aloneSeconds, 1), fmt(blocks / aloneSeconds), fmt(aloneServerCpu, 1), `${fmt(aloneClientCpu, 1)} (client)`, `${fmt((aloneServerCpu / blocks) * 1e6)} µs`],
        ['processor → Postgres', fmt(procSeconds, 1), fmt(blocks / procSeconds), fmt(procServerCpu, 1), `${fmt(processorCpu, 1)} (processor)`, `${fmt((procServerCpu / blocks) * 1e6)} µs`],
      ]),
    )
    console.log()
    console.log(`server alone: ${fmt(blocks / aloneSeconds)} blocks/s (${fmt(bytes / 2 ** 20)} MB of extrinsics and events); the processor: ${fmt(blocks / procSeconds)} blocks/s`)
    console.log(`during the processor run the server used ${fmt(procServerCpu, 1)} s of CPU, the processor ${fmt(processorCpu, 1)} s: ratio processor/server ${fmt(processorCpu / procServerCpu, 1)}`)
    const byProcessor = Object.entries(calls).map(([m, n]) => [m, n - (callsBefore[m] ?? 0)] as const).filter(([, n]) => n > 0)
    console.log(`RPC calls of the processor run: ${byProcessor.map(([m, n]) => `${m} ${fmt(n)}`).join(', ')}${Object.keys(unknown).length ? `; unknown: ${JSON.stringify(unknown)}` : ''}`)
    console.log(`checked: ${fmt(fees.n)} fee rows and the closing balance ${day.closing_balance} (block ${day.closing_block}) equal the generated history`)
  })
}
