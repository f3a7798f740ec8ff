/**
 * Indexing throughput: our batch handler (squid/src/handler.ts handleBatch over the relay's modules: decode the
 * batch, one query per entity type to load, one upsert per entity type to write) against the baseline of bench/baseline.ts (a database round
 * trip per event), on the same synthetic stream of relay blocks whose events are encoded with the real Paseo relay
 * metadata, into a real embedded Postgres through the real TypeormDatabase / Store, one transaction per batch.
 *
 *   npx tsx bench/handler.ts [--blocks 10000] [--batch 100]
 *
 * Each side runs in its own child process (so each has its own peak RSS and JIT state) against its own database
 * on one Postgres server; then the two databases are compared table by table.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { applyMigrations } from '../db/migrate'
import { makeBaselineHandler } from './baseline'
import { fmt, intArg, loadSquid, relayEnv, runBench, runHandler, sql, startBenchDb, strArg, STREAM_DEFAULTS, StreamBuilder, table, type BenchRun, type RunResult, streamModules } from './support'

const DEFAULT_BLOCKS = 10_000
const DEFAULT_BATCH = 100
type Side = 'ours' | 'baseline'

/** Per-table checks: row count, sums of the amount columns, and a digest of every row (ordered by id). */
const TABLES: Record<string, string[]> = {
  asset: [],
  spend: ['amount'],
  spend_event: ['amount'],
  treasury_flow: ['amount'],
  spend_period: ['budget_remaining', 'awarded', 'burnt', 'rollover'],
  fee_payment: ['fee', 'tip', 'to_treasury', 'to_author', 'burned'],
  treasury_day: ['in_fees', 'in_deposits', 'in_transfers', 'out_awarded', 'out_spend_paid', 'out_burnt', 'closing_balance'],
  fee_day: ['fees', 'tips', 'to_treasury', 'to_author', 'burned'],
  // updated_at is the wall clock of the write
  chain_sync: [],
}

interface TableSummary {
  rows: number
  sums: Record<string, string>
  digest: string
}

async function summarize(url: string): Promise<Record<string, TableSummary>> {
  const out: Record<string, TableSummary> = {}
  for (const [t, cols] of Object.entries(TABLES)) {
    const sums = cols.map((c) => `coalesce(sum(${c}), 0)::text AS "${c}"`).join(', ')
    const [r] = await sql(
      url,
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg((to_jsonb(t) - 'updated_at')::text, '|' ORDER BY id), '')) AS digest${sums ? ', ' + sums : ''} FROM ${t} t`,
    )
    out[t] = { rows: r.rows, digest: r.digest, sums: Object.fromEntries(cols.map((c) => [c, r[c]])) }
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// Child: one side

async function child(side: Side, dbUrl: string) {
  const blocks = intArg('blocks', DEFAULT_BLOCKS)
  const batch = intArg('batch', DEFAULT_BATCH)
  const squid = loadSquid()
  const stream = new StreamBuilder({ blocks, batch })
  const env = relayEnv(squid, stream.lastHeight)
  const plan = squid.handler.planOf(streamModules(squid, env), stream.height(0))
  const handle = side === 'ours' ? (e: typeof env, ctx: any) => squid.handler.handleBatch(e, plan, ctx) : makeBaselineHandler(squid, plan)
  const result = await runHandler(dbUrl, stream, handle, env)
  process.send!({ ...result, stats: { ...result.stats, feeSum: result.stats.feeSum.toString() } })
}

function runChild(side: Side, dbUrl: string, children: Set<ChildProcess>): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // execArgv is inherited: the child runs under tsx like this process
    const c = fork(__filename, ['--child', side, '--db-url', dbUrl, ...process.argv.slice(2)], { stdio: 'inherit' })
    children.add(c)
    let result: RunResult | undefined
    c.on('message', (m) => (result = m as RunResult))
    c.on('error', reject)
    c.on('exit', (code, signal) => {
      children.delete(c)
      if (result && code === 0) resolve(result)
      else reject(new Error(`the ${side} run exited with ${signal ?? `code ${code}`}`))
    })
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Parent

async function main(run: BenchRun) {
  const blocks = intArg('blocks', DEFAULT_BLOCKS)
  const batch = intArg('batch', DEFAULT_BATCH)
  loadSquid() // compile squid/lib once here, not in both children
  const children = new Set<ChildProcess>()
  run.onCleanup(() => {
    for (const c of children) c.kill('SIGTERM')
  })

  const t0 = Date.now()
  const bench = await startBenchDb('bench_ours')
  run.onCleanup(bench.cleanup)
  const urls: Record<Side, string> = { ours: bench.db.url, baseline: bench.urlOf('bench_baseline') }
  await sql(bench.db.url, 'CREATE DATABASE bench_baseline')
  await applyMigrations(urls.baseline)
  console.log(
    `handler benchmark: ${fmt(blocks)} relay blocks (Paseo relay 1009003 metadata), ${batch} blocks per transaction, ` +
      `timestamps over ${STREAM_DEFAULTS.days} days; Postgres ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (port ${bench.db.port})`,
  )

  const results = {} as Record<Side, RunResult>
  for (const side of ['ours', 'baseline'] as Side[]) {
    await sql(bench.db.url, 'CHECKPOINT') // the previous side's dirty pages are not flushed on this side's time
    process.stdout.write(`running ${side} ... `)
    results[side] = await runChild(side, urls[side], children)
    const r = results[side]
    console.log(`${r.seconds.toFixed(1)} s`)
  }
  const { ours, baseline } = results
  if (ours.stats.events !== baseline.stats.events || ours.stats.feeSum !== baseline.stats.feeSum) {
    throw new Error(`the two sides were fed different streams: ${JSON.stringify(ours.stats)} vs ${JSON.stringify(baseline.stats)}`)
  }
  const s = ours.stats
  console.log(
    `\nstream: ${fmt(s.blocks)} blocks, ${fmt(s.events)} events (${fmt(s.feePaid)} TransactionFeePaid, ${fmt(s.treasuryEvents)} Treasury.*), ` +
      `${fmt(s.events / s.blocks, 1)} events per block`,
  )
  const row = (name: string, r: RunResult) => [
    name,
    r.seconds.toFixed(2),
    fmt(r.stats.blocks / r.seconds),
    fmt(r.stats.events / r.seconds),
    fmt(r.queries / r.batches, 1),
    fmt(r.startRssMb),
    fmt(r.peakRssMb),
  ]
  console.log(
    '\n' +
      table([
        ['', 'time s', 'blocks/s', 'events/s', 'SQL/batch', 'RSS at start MB', 'peak RSS MB'],
        row('ours', ours),
        row('baseline', baseline),
      ]),
  )
  const speed = baseline.seconds / ours.seconds
  console.log(
    `\nratio ours / baseline: events/s ×${speed.toFixed(2)}, blocks/s ×${speed.toFixed(2)} ` +
      `(SQL statements ×${(ours.queries / baseline.queries).toFixed(3)}, peak RSS ×${(ours.peakRssMb / baseline.peakRssMb).toFixed(2)})`,
  )
  for (const [side, r] of Object.entries(results)) {
    if (r.warnings.length) console.log(`${side}: ${r.warnings.length} warnings, first: ${r.warnings[0]}`)
  }

  // Identity check
  const [a, b] = await Promise.all([summarize(urls.ours), summarize(urls.baseline)])
  const rows: (string | number)[][] = [['table', 'rows ours', 'rows baseline', 'sum of amounts (ours)', 'same sums', 'same rows (md5)']]
  let same = true
  for (const t of Object.keys(TABLES)) {
    const sameSums = JSON.stringify(a[t].sums) === JSON.stringify(b[t].sums)
    const sameRows = a[t].digest === b[t].digest && a[t].rows === b[t].rows
    same &&= sameSums && sameRows && a[t].rows > 0
    const total = Object.values(a[t].sums).reduce((x, v) => x + BigInt(v), 0n)
    rows.push([t, fmt(a[t].rows), fmt(b[t].rows), Object.keys(a[t].sums).length ? total.toString() : '-', sameSums ? 'yes' : 'NO', sameRows ? 'yes' : 'NO'])
  }
  console.log('\nidentity check (every row, every column but chain_sync.updated_at):\n' + table(rows))
  if (!same) throw new Error('ours and the baseline disagree (or a table is empty): the throughput ratio above is meaningless')
  console.log('identity check: PASSED (both sides wrote identical tables)')
  if (ours.warnings.length || baseline.warnings.length) throw new Error('handlers warned: the stream refers to spends it never approved')
}

if (process.argv.includes('--child')) {
  child(strArg('child') as Side, strArg('db-url')!).then(
    () => process.exit(0),
    (e) => {
      console.error(e)
      process.exit(1)
    },
  )
} else runBench(__filename, main)
