/**
 * The API at scale: a database filled by our handler (squid/src/handler.ts, in-process, the stream of
 * bench/support.ts, ~17 events per block) to growing sizes, and at each size the p95 of every query the web pages
 * make, for 1 client and for 100 concurrent clients (closed loop), with the response cache warm and with the cache
 * invalidated every block (a writer indexing one more block through the same handler every WRITER_MS while
 * measuring, so every answer is asked of the database again after each commit). Invalidated, the 100 clients are
 * also measured against the same API without coalescing (each miss its own execution): the ratio of the two p95s.
 *
 *   npx tsx bench/api-scale.ts [--sizes 100000,1000000] [--seconds 2] [--days 90]
 *   BENCH_EVENTS=10000000 npx tsx bench/api-scale.ts          # sizes 100k, 1M, 10M
 *
 * The documents are the web app's own (web/src/lib/generated, from web/src/lib/api.ts), with the variables its
 * pages send: the home page, /treasury, /fees; plus the long lists a client pages through (feePayments by cursor
 * deep into the list, by offset 19,000, treasuryFlows). Periods are the whole history (the pages' default, the
 * most rows). The API runs in this process (startApi, read-only role, per-client limits lifted: the 100 clients
 * share one address); the clients run in a child process (fetch, keep-alive), so they do not share its event loop.
 */
import { TypeormDatabase } from '@subsquid/typeorm-store'
import { startApi, type ApiServer } from '../squid/src/api/server'
import { DEFAULT_CACHE } from '../squid/src/api/cache'
import * as docs from '../web/src/lib/generated/graphql'
import { fmt, intArg, loadSquid, relayEnv, runBench, sql, startBenchDb, strArg, StreamBuilder, table, type BenchRun, streamModules } from './support'
import { freePort } from '../test/support/ports'
import { fork } from 'node:child_process'
import path from 'node:path'
import { stopProcess, track } from '../devnet/processes'

const BATCH = 500
/** the writer's pace while the cache is measured invalidated: a block every WRITER_MS (the relay makes one per 6 s) */
const WRITER_MS = 500
const CLIENTS = 100

interface PageQuery {
  page: string
  name: string
  query: string
  variables: Record<string, unknown>
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
  const body = (await r.json()) as { errors?: { message: string }[] }
  if (!r.ok || body.errors) throw new Error(`HTTP ${r.status}: ${body.errors?.[0]?.message ?? JSON.stringify(body).slice(0, 200)}`)
}

/** `clients` closed-loop clients asking `q` for `seconds` (one client: at least 30 requests); every latency in ms. */
async function load(url: string, q: PageQuery, clients: number, seconds: number): Promise<number[]> {
  const times: number[] = []
  const end = performance.now() + seconds * 1000
  const minimum = clients === 1 ? 30 : 0
  await Promise.all(
    Array.from({ length: clients }, async () => {
      let n = 0
      while (performance.now() < end || n < minimum) {
        const t = performance.now()
        await post(url, q.query, q.variables)
        times.push(performance.now() - t)
        n++
      }
    }),
  )
  return times
}

/** The clients' process: runs `load` for each request of the bench and answers the latencies. */
function clientsChild(): void {
  process.on('message', async (m: { url: string; q: PageQuery; clients: number; seconds: number }) => {
    try {
      process.send!({ times: await load(m.url, m.q, m.clients, m.seconds) })
    } catch (e) {
      process.send!({ error: (e as Error).message })
    }
  })
}

async function main(run: BenchRun) {
  const envSizes = process.env.BENCH_EVENTS ? Number(process.env.BENCH_EVENTS) : undefined
  if (envSizes !== undefined && (!Number.isInteger(envSizes) || envSizes < 100_000)) throw new Error(`BENCH_EVENTS must be an integer of at least 100000, got ${process.env.BENCH_EVENTS}`)
  const sizes = (strArg('sizes') ?? (envSizes && envSizes > 1_000_000 ? `100000,1000000,${envSizes}` : `100000,${envSizes ?? 1_000_000}`)).split(',').map(Number)
  if (sizes.some((s) => !Number.isInteger(s) || s < 1000)) throw new Error(`--sizes must be event counts, got ${strArg('sizes')}`)
  const seconds = intArg('seconds', 2)
  const largest = Math.max(...sizes)
  // ~17.5 events per block; a reserve for the writer
  const blocks = Math.ceil(largest / 17) + 20_000
  const days = intArg('days', Math.max(90, Math.round((90 * largest) / 1_000_000 / 4)))

  const squid = loadSquid()
  const bench = await startBenchDb('cloudhub_scale', () => {}, await freePort())
  run.onCleanup(bench.cleanup)
  const stream = new StreamBuilder({ blocks, batch: BATCH, days })
  const env = relayEnv(squid, stream.lastHeight)
  const plan = squid.handler.planOf(streamModules(squid, env), stream.height(0))
  process.env.DB_URL = bench.db.url // read by TypeormDatabase
  const db = new TypeormDatabase({ stateSchema: env.cfg.stateSchema, supportHotBlocks: false, isolationLevel: 'READ COMMITTED', projectDir: path.join(__dirname, '..', 'squid') })
  await db.connect()
  run.onCleanup(() => db.disconnect().catch(() => {}))
  const log = { warn: () => {}, error: () => {}, info: () => {}, debug: () => {}, trace: () => {}, isDebug: () => false, child: () => log }
  let next = 0
  let head = { height: -1, hash: '0x' }
  /** blocks [next, next + n) through handleBatch, one transaction */
  const index = async (n: number) => {
    const list: ReturnType<StreamBuilder['block']>[] = []
    for (let i = next; i < Math.min(next + n, blocks); i++) list.push(stream.block(i))
    if (!list.length) throw new Error('the stream ran out of blocks')
    const last = list[list.length - 1].header
    const nextHead = { height: last.height, hash: last.hash }
    await db.transact({ prevHead: head, nextHead }, (store) => squid.handler.handleBatch(env, plan, { blocks: list, store, log, isHead: false, _chain: undefined } as any))
    head = nextHead
    next += list.length
  }

  const api: ApiServer = await startApi({
    dbUrl: bench.db.readOnlyUrl,
    port: await freePort(),
    cache: DEFAULT_CACHE,
    clientLimits: { ratePerSecond: 1e9, concurrency: 1e9, refusalsPerMinute: 1e9, blockSeconds: 1, trustProxy: false },
  })
  run.onCleanup(() => api.close())
  api.pool.on('error', () => {})
  // the baseline: the same cache without coalescing, so each client's miss after a commit is its own execution
  const uncoalesced: ApiServer = await startApi({
    dbUrl: bench.db.readOnlyUrl,
    port: await freePort(),
    cache: { ...DEFAULT_CACHE, coalesce: false },
    clientLimits: { ratePerSecond: 1e9, concurrency: 1e9, refusalsPerMinute: 1e9, blockSeconds: 1, trustProxy: false },
  })
  run.onCleanup(() => uncoalesced.close())
  uncoalesced.pool.on('error', () => {})
  // the clients in a process of their own: their CPU is not the API's event loop
  const clientsProc = track(fork(__filename, ['--clients'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }))
  run.onCleanup(() => stopProcess(clientsProc))
  const measure = (q: PageQuery, clients: number, url = api.url) =>
    new Promise<number[]>((resolve, reject) => {
      clientsProc.once('message', (m: { times?: number[]; error?: string }) => (m.times ? resolve(m.times) : reject(new Error(`${q.name}: ${m.error}`))))
      clientsProc.send({ url, q, clients, seconds })
    })

  const s = (d: { toString(): string }) => d.toString()
  const deepCursorOf = async (): Promise<string> => {
    // the cursor of a page 20,000 rows down: where a reader paging by cursor gets to
    const [r] = await sql<{ block_number: number; event_index: number; chain: string }>(
      bench.db.readOnlyUrl,
      `SELECT block_number, event_index, chain FROM fee_payment ORDER BY block_number DESC, event_index DESC, chain DESC OFFSET LEAST(19999, (SELECT count(*) - 1 FROM fee_payment)) LIMIT 1`,
    )
    return Buffer.from(JSON.stringify(['feePayments', r.block_number, r.event_index, r.chain])).toString('base64url')
  }
  const feePageAfter = `query($after: String) { feePayments(limit: 50, after: $after) { totalCount totalCountExact hasNextPage nextCursor items { id payer fee tip event { id blockNumber timestamp } } } }`
  const queriesAt = async (): Promise<PageQuery[]> => {
    const all = {}
    const lastDay = new Date(stream.timestamp(next - 1)).toISOString().slice(0, 10)
    return [
      { page: 'home', name: 'syncStatus', query: s(docs.SyncStatusDocument), variables: {} },
      { page: 'home', name: 'treasurySummary', query: s(docs.SummaryDocument), variables: all },
      { page: 'home', name: 'feeTotals', query: s(docs.FeeTotalsDocument), variables: all },
      { page: 'treasury', name: 'treasuryDaily', query: s(docs.TreasuryDailyDocument), variables: all },
      { page: 'treasury', name: 'treasuryMigration', query: s(docs.TreasuryMigrationDocument), variables: {} },
      { page: 'treasury', name: 'treasuryIncome', query: s(docs.TreasuryIncomeDocument), variables: all },
      { page: 'treasury', name: 'treasurySpending', query: s(docs.TreasurySpendingDocument), variables: { by: 'CATEGORY' } },
      { page: 'treasury', name: 'assets', query: s(docs.AssetsDocument), variables: {} },
      { page: 'treasury', name: 'spends', query: s(docs.SpendsDocument), variables: { filter: {}, orderBy: 'APPROVED_DESC', limit: 50, offset: 0 } },
      { page: 'treasury', name: 'dotPrices', query: s(docs.DotPricesDocument), variables: { to: lastDay } },
      { page: 'fees', name: 'feeDaily', query: s(docs.FeeDailyDocument), variables: all },
      { page: 'fees', name: 'moneyFlowDaily', query: s(docs.MoneyFlowDailyDocument), variables: all },
      { page: 'lists', name: 'feePayments first page', query: s(docs.FeePaymentsDocument), variables: { limit: 50, offset: 0 } },
      { page: 'lists', name: 'feePayments offset 19,000', query: s(docs.FeePaymentsDocument), variables: { limit: 50, offset: 19_000 } },
      { page: 'lists', name: 'feePayments after 20,000 (cursor)', query: feePageAfter, variables: { after: await deepCursorOf() } },
      { page: 'lists', name: 'treasuryFlows first page', query: s(docs.FlowsDocument), variables: { limit: 50, offset: 0 } },
    ]
  }

  type Figures = Record<'one warm' | 'hundred warm' | 'one invalidated' | 'hundred invalidated' | 'hundred invalidated uncoalesced', number>
  const results = new Map<number, Map<string, Figures>>()
  const t0 = performance.now()
  for (const size of sizes) {
    const tf = performance.now()
    while (stream.stats.events < size) await index(BATCH)
    const fillSeconds = (performance.now() - tf) / 1000
    await sql(bench.db.url, 'VACUUM ANALYZE')
    const [c] = await sql(bench.db.url, `SELECT (SELECT count(*) FROM fee_payment)::int AS fees, (SELECT count(*) FROM treasury_flow)::int AS flows`)
    console.log(`\n${fmt(stream.stats.events)} events in ${fmt(next)} blocks (${fmt(c.fees)} fee_payment, ${fmt(c.flows)} treasury_flow rows); filled up to here in ${fmt(fillSeconds, 1)} s`)
    const queries = await queriesAt()
    const bySize = new Map<string, Figures>()
    results.set(size, bySize)
    for (const q of queries) await post(api.url, q.query, q.variables) // every query answers (and warms the cache)
    for (const invalidated of [false, true]) {
      let writing = invalidated
      const writer = (async () => {
        while (writing) {
          await index(1)
          await new Promise((r) => setTimeout(r, WRITER_MS))
        }
      })()
      try {
        for (const q of queries) {
          const f = (bySize.get(q.name) ?? {}) as Figures
          f[invalidated ? 'one invalidated' : 'one warm'] = percentile(await measure(q, 1), 95)
          f[invalidated ? 'hundred invalidated' : 'hundred warm'] = percentile(await measure(q, CLIENTS), 95)
          if (invalidated) f['hundred invalidated uncoalesced'] = percentile(await measure(q, CLIENTS, uncoalesced.url), 95)
          bySize.set(q.name, f)
        }
      } finally {
        writing = false
        await writer
      }
    }
    console.log(
      table([
        ['page', 'query', 'p95 1 client warm', 'p95 100 clients warm', 'p95 1 client invalidated', 'p95 100 clients invalidated', 'same, not coalesced', 'ratio'],
        ...queries.map((q) => {
          const f = bySize.get(q.name)!
          return [
            q.page,
            q.name,
            ...(['one warm', 'hundred warm', 'one invalidated', 'hundred invalidated', 'hundred invalidated uncoalesced'] as const).map((k) => `${f[k].toFixed(1)} ms`),
            (f['hundred invalidated'] / f['hundred invalidated uncoalesced']).toFixed(2),
          ]
        }),
      ]),
    )
  }

  if (sizes.length > 1) {
    const [small, big] = [sizes[0], sizes[sizes.length - 1]]
    console.log(`\ngrowth of each p95, cache invalidated every block: ${fmt(small)} → ${sizes.slice(1).map(fmt).join(' → ')} events (× from the first size)`)
    console.log(
      table([
        ['query', ...sizes.map((z) => `1 client @${fmt(z)}`), ...sizes.map((z) => `100 clients @${fmt(z)}`), '× 1 client', '× 100 clients'],
        ...[...results.get(small)!.keys()].map((name) => {
          const at = (z: number) => results.get(z)!.get(name)!
          return [
            name,
            ...sizes.map((z) => at(z)['one invalidated'].toFixed(1)),
            ...sizes.map((z) => at(z)['hundred invalidated'].toFixed(1)),
            (at(big)['one invalidated'] / at(small)['one invalidated']).toFixed(2),
            (at(big)['hundred invalidated'] / at(small)['hundred invalidated']).toFixed(2),
          ]
        }),
      ]),
    )
  }
  const worst = (k: keyof Figures) => Math.max(...[...results.get(largest)!.values()].map((f) => f[k]))
  console.log(`\nat ${fmt(largest)} events the worst p95: 1 client ${worst('one invalidated').toFixed(1)} ms invalidated (${worst('one warm').toFixed(1)} warm), 100 clients ${worst('hundred invalidated').toFixed(1)} ms invalidated (${worst('hundred warm').toFixed(1)} warm); targets < 50 ms and < 100 ms`)
  console.log(`executions answered by an identical one in flight (coalesced): ${fmt(api.sharedExecutions())}`)
  console.log(`bench time ${fmt((performance.now() - t0) / 1000)} s`)
}

if (process.argv.includes('--clients')) clientsChild()
else runBench(__filename, main)
