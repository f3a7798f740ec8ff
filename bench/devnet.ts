/**
 * Indexing throughput on a real node: the relay processor as production runs it (`node squid/lib/main.js relay`)
 * against the local relay chain of devnet/chains.ts (the real Paseo relay runtime under chopsticks), compared with
 * the floor of any indexer fed by that node's RPC: a plain loop that fetches every block of the same range and
 * its System.Events with the processor's RPC calls and concurrency, and does nothing else (no decoding, no database).
 *
 *   npx tsx bench/devnet.ts [--blocks 60] [--runs 3] [--port 9971] [--db-port 5593]
 *
 * The blocks hold real signed balance transfers of the dev accounts (//Alice … //Ferdie), with tips, signed like
 * devnet/scenario.ts does it (immortal, nonces counted here) and applied by the runtime itself; the fees the
 * runtime charged are read back from the TransactionFeePaid events, and the processor's fee_payment table must
 * match them exactly.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { ApiPromise, WsProvider } from '@polkadot/api'
import { Keyring } from '@polkadot/keyring'
import { cryptoWaitReady } from '@polkadot/util-crypto'
import { rpc, startLocalChains, type RunningChain } from '../devnet/chains'
import { stopProcess, track } from '../devnet/processes'
import { ensureSquidBuilt, fmt, intArg, median, ROOT, runBench, sql, startBenchDb, table, type BenchRun } from './support'

/** ~2.3 s per block on a 2-core machine (see README): the whole bench stays under 3 minutes. */
const DEFAULT_BLOCKS = 60
const DEFAULT_CHAIN_PORT = 9971
const DEFAULT_DB_PORT = 5593
/**
 * Chopsticks keeps the last 500 blocks in memory (maxMemoryBlockCount) and these chains run without a database
 * (devnet/chains.ts without dataDir): older blocks would no longer be served.
 */
const MAX_BLOCKS = 450
const MIN_BLOCKS = 20
/** twox128("System") ++ twox128("Events"): the key the processor reads (substrate-data-raw fetch1.js addEvents) */
const SYSTEM_EVENTS = '0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7'
/**
 * The processor's RPC ingestion (substrate-data-raw datasource.js getFinalizedBlocks): splits of 10 blocks,
 * min(5, client capacity 10) of them in flight.
 */
const SPLIT_SIZE = 10
const CONCURRENCY = 5
/** timed baseline passes, after one untimed pass (warms this process's JIT and chopsticks' RPC path) */
const BASELINE_RUNS = 15
/** processor runs, each on a fresh copy of the migrated database; medians are reported */
const DEFAULT_RUNS = 3
const DEV_ACCOUNTS = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']
const PROCESSOR_TIMEOUT_MS = 180_000

// ---------------------------------------------------------------------------------------------------------------
// /proc sampling (Linux; '-' elsewhere)

const CLK_TCK = 100

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // after the command: state is field 3, utime field 14, stime field 15 (1-based, man proc)
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK
  } catch {
    return undefined
  }
}

/** Peak resident set of a live process, MB (VmHWM). */
function peakRssMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) / 1024 : undefined
  } catch {
    return undefined
  }
}

const selfCpuSeconds = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}

// ---------------------------------------------------------------------------------------------------------------
// Building the blocks

interface Built {
  first: number
  head: number
  hashes: string[]
  buildSeconds: number
  /** signed transfers sent */
  sent: number
  tipsSent: bigint
  /** what the runtime reported: TransactionPayment.TransactionFeePaid */
  feePaid: number
  feeSum: bigint
  tipSum: bigint
  events: number
  treasuryTransfers: number
}

/**
 * Builds `blocks` blocks, each with 2–4 balance transfers (transfer_keep_alive) from the dev accounts, tips on
 * every other one, every 10th block one into the treasury pot. The signed extrinsics go straight into the block
 * (dev_newBlock `transactions`) rather than through author_submitExtrinsic: the pool's validate_transaction is one
 * more runtime call per transaction, ~0.4 s under chopsticks' executor, and the runtime checks signature, nonce
 * and fee again when it applies them. A transaction the runtime rejects is left out of the block: the read-back
 * below counts TransactionFeePaid per block and fails on any difference.
 */
async function buildBlocks(chain: RunningChain, blocks: number, log: (m: string) => void, stopped: () => boolean): Promise<Built> {
  await cryptoWaitReady()
  const api = await ApiPromise.create({ provider: new WsProvider(chain.wsUrl, 2500, {}, 300_000), noInitWarn: true, throwOnConnect: true })
  try {
    const keyring = new Keyring({ type: 'sr25519' })
    const accounts = DEV_ACCOUNTS.map((n) => keyring.addFromUri(`//${n}`))
    const nonces = new Map<string, number>()
    for (const a of accounts) nonces.set(a.address, (await api.rpc.system.accountNextIndex(a.address)).toNumber())
    const treasury = api.consts.treasury.potAccount.toString()
    const unit = 10n ** BigInt(api.registry.chainDecimals[0] ?? 10)
    const built: Built = { first: 0, head: 0, hashes: [], buildSeconds: 0, sent: 0, tipsSent: 0n, feePaid: 0, feeSum: 0n, tipSum: 0n, events: 0, treasuryTransfers: 0 }
    const t0 = performance.now()
    let lastReport = t0
    for (let i = 0; i < blocks; i++) {
      if (stopped()) throw new Error('interrupted')
      const txs: string[] = []
      const n = 2 + (i % 3)
      for (let k = 0; k < n; k++) {
        const from = accounts[(i + k) % accounts.length]
        const intoTreasury = k === 0 && i % 10 === 5
        const to = intoTreasury ? treasury : accounts[(i + k + 1) % accounts.length].address
        const amount = (unit / 100n) * BigInt(1 + ((i * 7 + k) % 50))
        const tip = k % 2 === 0 ? (unit / 1000n) * BigInt(1 + (i % 4)) : 0n
        const nonce = nonces.get(from.address)!
        nonces.set(from.address, nonce + 1)
        const tx = api.tx.balances.transferKeepAlive(to, amount)
        // Immortal, as devnet/scenario.ts submit(): a mortal era anchored at the genesis head fails (badProof).
        await tx.signAsync(from, { nonce, tip, era: 0 })
        txs.push(tx.toHex())
        built.sent++
        built.tipsSent += tip
        if (intoTreasury) built.treasuryTransfers++
      }
      const hash = await rpc<string>(chain.httpUrl, 'dev_newBlock', [{ transactions: txs }])
      const header = await rpc<{ number: string; parentHash: string }>(chain.httpUrl, 'chain_getHeader', [hash])
      const number = Number(header.number)
      if (i === 0) built.first = number
      else if (number !== built.head + 1 || header.parentHash !== built.hashes[built.hashes.length - 1]) {
        throw new Error(`block ${number} (${hash}) does not follow ${built.head} (${built.hashes[built.hashes.length - 1]})`)
      }
      built.head = number
      built.hashes.push(hash)

      // What the runtime did with them, from System.Events
      const raw = await rpc<string>(chain.httpUrl, 'state_getStorage', [SYSTEM_EVENTS, hash])
      const records = api.registry.createType('Vec<FrameSystemEventRecord>', raw) as unknown as any[]
      let paid = 0
      for (const r of records) {
        const e = r.event
        if (e.section === 'transactionPayment' && e.method === 'TransactionFeePaid') {
          paid++
          built.feeSum += BigInt(e.data.actualFee.toString())
          built.tipSum += BigInt(e.data.tip.toString())
        }
        if (e.section === 'system' && e.method === 'ExtrinsicFailed') throw new Error(`an extrinsic failed in block ${number}: ${JSON.stringify(e.data.toHuman())}`)
      }
      if (paid !== txs.length) {
        // the chain's log goes with the temp dir: quote its end
        const logTail = readFileSync(chain.logFile, 'utf8').trim().split('\n').slice(-6).join('\n  ')
        throw new Error(`block ${number} holds ${paid} TransactionFeePaid for ${txs.length} transfers sent: the runtime rejected some; chopsticks says:\n  ${logTail}`)
      }
      built.feePaid += paid
      built.events += records.length
      const now = performance.now()
      if (now - lastReport > 15_000 || i === blocks - 1) {
        lastReport = now
        log(`  ${i + 1}/${blocks} blocks (${((now - t0) / 1000 / (i + 1)).toFixed(2)} s per block)`)
      }
    }
    built.buildSeconds = (performance.now() - t0) / 1000
    return built
  } finally {
    await api.disconnect().catch(() => {})
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Baseline: the RPC floor

/** The processor's splits of [from, to] (util-internal splitSlice: at most 10 blocks, sizes balanced). */
function processorSplits(from: number, to: number): [number, number][] {
  const out: [number, number][] = []
  for (let beg = from; beg <= to; ) {
    const left = to + 1 - beg
    const step = Math.round(left / Math.ceil(left / SPLIT_SIZE))
    out.push([beg, beg + step - 1])
    beg += step
  }
  return out
}

async function rpcBatch<T = any>(url: string, calls: [string, unknown[]][]): Promise<T[]> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(calls.map(([method, params], id) => ({ id, jsonrpc: '2.0', method, params }))),
    signal: AbortSignal.timeout(60_000),
  })
  const body = (await res.json()) as { id: number; result?: T; error?: { message: string } }[]
  if (!Array.isArray(body) || body.length !== calls.length) throw new Error(`batch of ${calls.length} calls: unexpected answer ${JSON.stringify(body).slice(0, 200)}`)
  const out = new Array<T>(calls.length)
  for (const r of body) {
    if (r.error) throw new Error(`${calls[r.id][0]}: ${r.error.message}`)
    out[r.id] = r.result as T
  }
  return out
}

interface BaselineRun {
  seconds: number
  bytes: number
  cpuChain?: number
  cpuSelf: number
}

/**
 * For every block of [from, to]: chain_getBlockHash, then chain_getBlock and state_getStorage(System.Events) at
 * that hash — what the processor fetches for a block (it also asks state_getRuntimeVersion once per split). Like
 * the processor: the same splits (at most 10 blocks), 5 in flight; each split is three JSON-RPC batch requests
 * (hashes; then blocks and events in parallel), never more round trips than the processor makes (it walks a
 * split's blocks one chain_getBlock at a time). Results are only checked to be there and linked; nothing is decoded.
 */
async function baselineFetch(url: string, from: number, to: number, chainPid?: number): Promise<BaselineRun> {
  const splits = processorSplits(from, to)
  let next = 0
  let bytes = 0
  const parentOf = new Map<number, string>()
  const hashOf = new Map<number, string>()
  const cpuChain0 = cpuSeconds(chainPid)
  const cpuSelf0 = selfCpuSeconds()
  const t0 = performance.now()
  const worker = async () => {
    while (next < splits.length) {
      const [a, b] = splits[next++]
      const heights = Array.from({ length: b - a + 1 }, (_, i) => a + i)
      const hashes = await rpcBatch<string | null>(url, heights.map((h) => ['chain_getBlockHash', [h]]))
      if (hashes.some((h) => !h)) throw new Error(`chain_getBlockHash gave no hash in ${a}..${b}`)
      const [blocks, events] = await Promise.all([
        rpcBatch<any>(url, hashes.map((h) => ['chain_getBlock', [h]])),
        rpcBatch<string | null>(url, hashes.map((h) => ['state_getStorage', [SYSTEM_EVENTS, h]])),
      ])
      heights.forEach((h, i) => {
        if (!blocks[i]?.block?.header || !events[i]) throw new Error(`block ${h} (${hashes[i]}): no block or no events`)
        hashOf.set(h, hashes[i]!)
        parentOf.set(h, blocks[i].block.header.parentHash)
        bytes += events[i]!.length / 2 - 1 + blocks[i].block.extrinsics.reduce((s: number, x: string) => s + x.length / 2 - 1, 0)
      })
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, splits.length) }, worker))
  const seconds = (performance.now() - t0) / 1000
  for (let h = from + 1; h <= to; h++) if (parentOf.get(h) !== hashOf.get(h - 1)) throw new Error(`baseline: block ${h} does not link to ${h - 1}`)
  const c1 = cpuSeconds(chainPid)
  return { seconds, bytes, cpuChain: c1 !== undefined && cpuChain0 !== undefined ? c1 - cpuChain0 : undefined, cpuSelf: selfCpuSeconds() - cpuSelf0 }
}

// ---------------------------------------------------------------------------------------------------------------
// Ours: the real processor

interface ProcessorRun {
  /** spawn to the commit of the head */
  totalSeconds: number
  /** first committed batch to the commit of the head */
  steadySeconds: number
  firstIndexed: number
  /** distinct chain_sync states seen (a lower bound of the batches) */
  batchesSeen: number
  /** CPU seconds over the processor's whole life, and from its first commit to the head */
  cpuProcessor?: number
  cpuProcessorSteady?: number
  /** CPU seconds of chopsticks over the same two spans */
  cpuChain?: number
  cpuChainSteady?: number
  peakRssMb?: number
}

async function runProcessor(
  opts: { dbUrl: string; rpcUrl: string; from: number; head: number; logFile: string; chainPid?: number },
  onChild: (c: ChildProcess | undefined) => void,
): Promise<ProcessorRun> {
  const env: NodeJS.ProcessEnv = {
    // Only what the processor reads: a developer's RELAY_* / DB_* / SQD_* must not change the run.
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NETWORK: 'devnet',
    DB_URL: opts.dbUrl,
    RELAY_RPC_URL: opts.rpcUrl,
    RELAY_FROM_BLOCK: String(opts.from),
  }
  const out = createWriteStream(opts.logFile)
  const client = new pg.Client({ connectionString: opts.dbUrl })
  client.on('error', () => {})
  await client.connect()
  let child: ChildProcess | undefined
  try {
    const cpuChain0 = cpuSeconds(opts.chainPid)
    const spawnedAt = Date.now()
    child = track(spawn(process.execPath, [path.join(ROOT, 'squid', 'lib', 'main.js'), 'relay'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }))
    onChild(child)
    child.stdout!.pipe(out)
    child.stderr!.pipe(out)
    // the log file goes with the temp dir: errors carry its last lines
    let tail = ''
    const keep = (d: Buffer) => (tail = (tail + d.toString()).slice(-3000))
    child.stdout!.on('data', keep)
    child.stderr!.on('data', keep)
    const lastLines = () => tail.trim().split('\n').slice(-8).join('\n  ')
    let exited: string | undefined
    child.once('exit', (code, sig) => (exited = `code ${code}, signal ${sig}`))

    // chain_sync is written in the same transaction as the batch's facts; updated_at is the handler's clock.
    const seen: { height: number; at: number; cpu?: number; cpuChain?: number }[] = []
    const deadline = Date.now() + PROCESSOR_TIMEOUT_MS
    for (;;) {
      if (exited) throw new Error(`the processor exited (${exited}) before the head; its last lines:\n  ${lastLines()}`)
      if (Date.now() > deadline) throw new Error(`the processor did not reach block ${opts.head} within ${PROCESSOR_TIMEOUT_MS / 1000} s; its last lines:\n  ${lastLines()}`)
      const { rows } = await client.query(`SELECT indexed_height, extract(epoch FROM updated_at) * 1000 AS at FROM chain_sync WHERE id = 'relay'`).catch(() => ({ rows: [] as any[] }))
      const r = rows[0]
      if (r && seen[seen.length - 1]?.height !== r.indexed_height) {
        seen.push({ height: r.indexed_height, at: Number(r.at), cpu: cpuSeconds(child.pid), cpuChain: cpuSeconds(opts.chainPid) })
      }
      if (r && r.indexed_height >= opts.head) break
      await new Promise((res) => setTimeout(res, 10))
    }
    const peak = peakRssMb(child.pid)
    const cpuProcessor = cpuSeconds(child.pid)
    const c1 = cpuSeconds(opts.chainPid)
    const first = seen[0]
    const last = seen[seen.length - 1]
    const diff = (a?: number, b?: number) => (a !== undefined && b !== undefined ? a - b : undefined)
    return {
      totalSeconds: (last.at - spawnedAt) / 1000,
      steadySeconds: (last.at - first.at) / 1000,
      firstIndexed: first.height,
      batchesSeen: seen.length,
      cpuProcessor,
      cpuProcessorSteady: diff(cpuProcessor, first.cpu),
      cpuChain: diff(c1, cpuChain0),
      cpuChainSteady: diff(c1, first.cpuChain),
      peakRssMb: peak,
    }
  } finally {
    if (child) await stopProcess(child, 'SIGTERM', 5000)
    onChild(undefined)
    await client.end().catch(() => {})
  }
}

// ---------------------------------------------------------------------------------------------------------------

const medianOf = (xs: (number | undefined)[]) => (xs.every((x) => x !== undefined) ? median(xs as number[]) : undefined)

interface Facts {
  feePayments: number
  fees: bigint
  tips: bigint
  lo: number
  hi: number
  indexedHeight: number
  spec: string
  treasuryTransfers: number
}

async function factsOf(url: string): Promise<Facts> {
  const [fp] = await sql(
    url,
    `SELECT count(*)::int AS n, coalesce(sum(fee), 0)::text AS fee, coalesce(sum(tip), 0)::text AS tip, min(block_number) AS lo, max(block_number) AS hi
     FROM fee_payment WHERE chain = 'relay'`,
  )
  const [cs] = await sql(url, `SELECT indexed_height, spec_name, spec_version FROM chain_sync WHERE id = 'relay'`)
  const [tf] = await sql(url, `SELECT count(*)::int AS n FROM treasury_flow WHERE chain = 'relay' AND kind = 'Transfer'`)
  return {
    feePayments: fp.n,
    fees: BigInt(fp.fee),
    tips: BigInt(fp.tip),
    lo: fp.lo,
    hi: fp.hi,
    indexedHeight: cs?.indexed_height ?? -1,
    spec: cs ? `${cs.spec_name} ${cs.spec_version}` : '-',
    treasuryTransfers: tf.n,
  }
}

async function main(run: BenchRun) {
  const blocks = intArg('blocks', DEFAULT_BLOCKS)
  const runs = intArg('runs', DEFAULT_RUNS)
  const chainPort = intArg('port', DEFAULT_CHAIN_PORT)
  const dbPort = intArg('db-port', DEFAULT_DB_PORT)
  // the processor's first batch covers up to ~10 blocks; the rate after startup needs blocks beyond it
  if (blocks < MIN_BLOCKS) throw new Error(`--blocks at least ${MIN_BLOCKS}: fewer leave nothing to time after the processor's first commit`)
  if (blocks > MAX_BLOCKS) throw new Error(`--blocks at most ${MAX_BLOCKS}: chopsticks keeps only the last 500 blocks in memory and the bench chain has no database`)
  ensureSquidBuilt() // compiles squid/lib when a source is newer; not timed
  const t0 = Date.now()
  const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`)

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cloudhub-bench-devnet-'))
  run.onCleanup(() => rmSync(tmp, { recursive: true, force: true }))
  let processor: ChildProcess | undefined
  console.log(
    `devnet benchmark: the relay processor (node squid/lib/main.js relay) against the Paseo relay runtime under chopsticks, ` +
      `${fmt(blocks)} blocks of real signed transfers, ${runs} processor runs; chain on port ${chainPort}, Postgres on ${dbPort}`,
  )
  // the promise, so that a Ctrl-C while the chain starts still stops it once it is up
  const chains = startLocalChains({ chains: ['relay'], ports: { relay: chainPort }, workDir: path.join(tmp, 'chopsticks') })
  run.onCleanup(async () => (await chains.catch(() => undefined))?.stop())
  const chain = (await chains).chains.relay
  const chainPid = chain.process.pid
  log(`relay chain up (${chain.httpUrl}); building ${fmt(blocks)} blocks, 2-4 signed transfers each ...`)
  const b = await buildBlocks(chain, blocks, log, () => run.interrupted)
  log(
    `built blocks ${b.first}..${b.head} in ${b.buildSeconds.toFixed(1)} s: ${fmt(b.sent)} signed transfers (${b.treasuryTransfers} into the treasury), ` +
      `${fmt(b.events)} events; the runtime reports ${fmt(b.feePaid)} TransactionFeePaid, fees ${b.feeSum} planck (tips ${b.tipSum})`,
  )
  if (b.tipSum !== b.tipsSent) throw new Error(`the chain reports tips of ${b.tipSum}, ${b.tipsSent} were sent`)

  const bench = startBenchDb('bench_devnet', () => {}, dbPort)
  run.onCleanup(async () => (await bench.catch(() => undefined))?.cleanup())
  run.onCleanup(() => processor && stopProcess(processor, 'SIGTERM', 3000))
  const db = await bench
  log(`Postgres up and migrated (port ${db.db.port})`)

  // Baseline first: it also warms chopsticks' RPC path for the processor.
  await baselineFetch(chain.httpUrl, b.first, b.head, chainPid)
  const baseRuns: BaselineRun[] = []
  for (let i = 0; i < BASELINE_RUNS; i++) baseRuns.push(await baselineFetch(chain.httpUrl, b.first, b.head, chainPid))
  const sorted = baseRuns.map((r) => r.seconds).sort((x, y) => x - y)
  log(
    `baseline: ${BASELINE_RUNS} passes of ${fmt(baseRuns[0].bytes / 1024)} KiB of blocks and events, ` +
      `${(sorted[0] * 1000).toFixed(0)}–${(sorted[sorted.length - 1] * 1000).toFixed(0)} ms (median ${(median(sorted) * 1000).toFixed(0)} ms)`,
  )

  // Ours: each run on a fresh copy of the migrated database
  const ourRuns: ProcessorRun[] = []
  const facts: Facts[] = []
  for (let i = 0; i < runs; i++) {
    const name = `bench_devnet_${i + 1}`
    await sql(db.db.url, `CREATE DATABASE ${name} TEMPLATE bench_devnet`)
    await sql(db.db.url, 'CHECKPOINT')
    const url = db.urlOf(name)
    const r = await runProcessor(
      { dbUrl: url, rpcUrl: chain.httpUrl, from: b.first, head: b.head, logFile: path.join(tmp, `processor-${i + 1}.log`), chainPid },
      (c) => (processor = c),
    )
    ourRuns.push(r)
    facts.push(await factsOf(url))
    log(`processor run ${i + 1}: at the head (${b.head}) ${r.totalSeconds.toFixed(2)} s after spawn; first commit at ${r.firstIndexed}, ${r.steadySeconds.toFixed(3)} s from there`)
  }

  const n = b.head - b.first + 1
  const steadyBlocks = (r: ProcessorRun) => b.head - r.firstIndexed
  const steadyRateOf = (r: ProcessorRun) => steadyBlocks(r) / r.steadySeconds
  const total = median(ourRuns.map((r) => r.totalSeconds))
  // the run of the median rate from the first commit (its blocks and time shown with it)
  const mid = [...ourRuns].sort((x, y) => steadyRateOf(x) - steadyRateOf(y))[Math.floor(ourRuns.length / 2)]
  const steadyRate = steadyRateOf(mid)
  const base = median(baseRuns.map((r) => r.seconds))
  const cpu = (v: number | undefined) => (v === undefined ? '-' : v.toFixed(2))
  const mb = (v: number | undefined) => (v === undefined ? '-' : fmt(v))
  console.log(
    '\n' +
      table([
        ['', 'blocks', 'time s', 'blocks/s', 'CPU indexer s', 'CPU chain s', 'peak RSS MB'],
        [
          `ours, from spawn (median of ${runs})`,
          fmt(n),
          total.toFixed(2),
          fmt(n / total, 1),
          cpu(medianOf(ourRuns.map((r) => r.cpuProcessor))),
          cpu(medianOf(ourRuns.map((r) => r.cpuChain))),
          mb(medianOf(ourRuns.map((r) => r.peakRssMb))),
        ],
        [
          `ours, from its first commit (block ${mid.firstIndexed})`,
          fmt(steadyBlocks(mid)),
          mid.steadySeconds.toFixed(3),
          fmt(steadyRate, 1),
          cpu(medianOf(ourRuns.map((r) => r.cpuProcessorSteady))),
          cpu(medianOf(ourRuns.map((r) => r.cpuChainSteady))),
          '',
        ],
        [`baseline: RPC floor (median of ${BASELINE_RUNS})`, fmt(n), base.toFixed(3), fmt(n / base, 1), cpu(medianOf(baseRuns.map((r) => r.cpuSelf))), cpu(medianOf(baseRuns.map((r) => r.cpuChain))), '-'],
      ]),
  )
  console.log(
    `\nratio ours / baseline (blocks/s): ×${(base / total).toFixed(3)} from spawn, ×${(steadyRate / (n / base)).toFixed(3)} startup excluded`,
  )
  console.log(
    `runs: from spawn ${ourRuns.map((r) => r.totalSeconds.toFixed(2)).join(' / ')} s; from the first commit ${ourRuns
      .map((r) => fmt(steadyRateOf(r), 1))
      .join(' / ')} blocks/s (${ourRuns.map((r) => r.batchesSeen).join(' / ')} commits seen); baseline ${fmt(n / sorted[sorted.length - 1])}–${fmt(n / sorted[0])} blocks/s`,
  )
  console.log('CPU indexer: the processor over its whole life / from its first commit; the baseline: this process. CPU chain: chopsticks over the same span.')

  // The processor's facts against what the runtime reported, run by run
  const f = facts[0]
  console.log(
    `\nfee check: fee_payment ${fmt(f.feePayments)} rows (blocks ${f.lo}..${f.hi}), fees ${f.fees}, tips ${f.tips}; ` +
      `the chain: ${fmt(b.feePaid)} TransactionFeePaid for ${fmt(b.sent)} transfers sent, fees ${b.feeSum}, tips ${b.tipSum}`,
  )
  facts.forEach((x, i) => {
    const ok =
      x.feePayments === b.sent && x.feePayments === b.feePaid && x.fees === b.feeSum && x.tips === b.tipSum && x.indexedHeight === b.head && x.treasuryTransfers === b.treasuryTransfers
    if (!ok) {
      throw new Error(
        `run ${i + 1}: the processor's tables disagree with the chain (${JSON.stringify(x, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}): the throughput above is meaningless`,
      )
    }
  })
  console.log(`fee check: PASSED in all ${runs} runs (chain_sync at ${f.indexedHeight}, ${f.spec}; ${f.treasuryTransfers} treasury transfer flows)`)
}

runBench(__filename, main)
