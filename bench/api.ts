/**
 * Query cost of the daily rollups: the API's treasurySummary and feeTotals (squid/src/api/server.ts, which read
 * treasury_day / fee_day) against a baseline that computes the same figures from the fact tables (treasury_flow,
 * fee_payment) with plain SQL, on a database filled by our handler from the stream of bench/support.ts.
 *
 *   npx tsx bench/api.ts [--blocks 20000] [--reps 200]
 *
 * Three timings per query and period, interleaved repetition by repetition:
 * - ours (HTTP): the real API (startApi, read-only role, port 4490), a GraphQL POST per query;
 * - ours (resolver): the same resolver called in-process on a pg pool, i.e. the API's SQL without HTTP/GraphQL;
 * - baseline: SQL over the fact tables on a pg pool of the same read-only role.
 * Every answer of the three is checked to be equal before timing.
 */
import pg from 'pg'
import { makeResolvers, startApi } from '../squid/src/api/server'
import { FLOW_KIND_DAY_FIELDS } from '../squid/src/modules/treasury/flowKinds'
import { gql } from '../test/support/api'
import { API_PORT, DAY_MS, fmt, intArg, loadSquid, median, relayEnv, runBench, runHandler, sql, startBenchDb, StreamBuilder, table, type BenchRun, streamModules } from './support'

const DEFAULT_BLOCKS = 20_000
const DEFAULT_REPS = 200
const WARMUP = 20
const CHAIN = 'relay'

const SUMMARY_QUERY = `query($chain: String, $from: Date, $to: Date) {
  treasurySummary(chain: $chain, from: $from, to: $to) {
    chain from to asset { id symbol decimals chain } inflow outflow moved
    byKind { direction kind amount count } balance balanceBlock balanceDate spendCount
  }
}`
const FEES_QUERY = `query($chain: String, $from: Date, $to: Date) {
  feeTotals(chain: $chain, from: $from, to: $to) { chain from to asset { id symbol decimals chain } extrinsics fees tips toTreasury toAuthor toCollatorPot toDap burned assetFeeExtrinsics assetFeesNative }
}`

interface Period {
  name: string
  from: string
  to: string
}

/** A period's UTC bounds [from 00:00Z, to + 1 day 00:00Z): the days the rollups are keyed by. */
const bounds = (p: Period) => [`${p.from}T00:00:00Z`, new Date(Date.parse(`${p.to}T00:00:00Z`) + DAY_MS).toISOString()]

/** [direction, kind] of every kind the API sums per day (the indexer's one table) */
const KINDS: [string, string][] = FLOW_KIND_DAY_FIELDS.map((k) => [k.direction, k.kind])

/** The baseline: the same answers from the facts. */
function makeBaseline(pool: pg.Pool) {
  const q = async (text: string, params: unknown[]) => (await pool.query(text, params)).rows
  const nativeAsset = async () => {
    const [a] = await q(`SELECT id, symbol, decimals, chain FROM asset WHERE id = 'native'`, [])
    return a
  }
  return {
    async treasurySummary(p: Period) {
      const [from, to] = bounds(p)
      const flows = await q(
        `SELECT direction, kind, sum(amount)::text AS amount, count(*)::int AS n FROM treasury_flow
         WHERE chain = $1 AND timestamp >= $2 AND timestamp < $3 AND asset_id = 'native' GROUP BY 1, 2`,
        [CHAIN, from, to],
      )
      // Neither the closing balance (a storage read at the batch's last block) nor the spends are flows: read them
      // as the API does.
      const [bal] = await q(
        `SELECT date, closing_balance::text AS b, closing_block FROM treasury_day
         WHERE chain = $1 AND date <= $2 AND closing_balance IS NOT NULL ORDER BY date DESC LIMIT 1`,
        [CHAIN, p.to],
      )
      const [{ n: spendCount }] = await q(`SELECT count(*)::int AS n FROM spend WHERE chain = $1 AND approved_at >= $2 AND approved_at < $3`, [CHAIN, from, to])
      const byKind = KINDS.map(([direction, kind]) => {
        const r = flows.find((f) => f.direction === direction && f.kind === kind)
        return { direction, kind, amount: r?.amount ?? '0', count: r?.n ?? 0 }
      })
      const total = (dir: string) => byKind.filter((k) => k.direction === dir).reduce((a, k) => a + BigInt(k.amount), 0n)
      return {
        chain: CHAIN,
        from: p.from,
        to: p.to,
        asset: await nativeAsset(),
        inflow: total('In'),
        outflow: total('Out'),
        moved: total('Move'),
        byKind,
        balance: bal ? bal.b : null,
        balanceBlock: bal ? bal.closing_block : null,
        balanceDate: bal ? bal.date : null,
        spendCount,
      }
    },
    async feeTotals(p: Period) {
      const [from, to] = bounds(p)
      const [r] = await q(
        `SELECT count(*)::int AS extrinsics,
                coalesce(sum(fee) FILTER (WHERE asset_id = 'native'), 0)::text AS fees,
                coalesce(sum(tip) FILTER (WHERE asset_id = 'native'), 0)::text AS tips,
                coalesce(sum(to_treasury) FILTER (WHERE asset_id = 'native'), 0)::text AS to_treasury,
                coalesce(sum(to_author) FILTER (WHERE asset_id = 'native'), 0)::text AS to_author,
                coalesce(sum(to_collator_pot) FILTER (WHERE asset_id = 'native'), 0)::text AS to_collator_pot,
                coalesce(sum(to_dap) FILTER (WHERE asset_id = 'native'), 0)::text AS to_dap,
                coalesce(sum(burned) FILTER (WHERE asset_id = 'native'), 0)::text AS burned,
                (count(*) FILTER (WHERE asset_id <> 'native'))::int AS asset_fee_extrinsics,
                coalesce(sum(native_fee) FILTER (WHERE asset_id <> 'native'), 0)::text AS asset_fees_native
         FROM fee_payment WHERE chain = $1 AND timestamp >= $2 AND timestamp < $3`,
        [CHAIN, from, to],
      )
      return {
        chain: CHAIN,
        from: p.from,
        to: p.to,
        asset: await nativeAsset(),
        extrinsics: r.extrinsics,
        fees: r.fees,
        tips: r.tips,
        toTreasury: r.to_treasury,
        toAuthor: r.to_author,
        toCollatorPot: r.to_collator_pot,
        toDap: r.to_dap,
        burned: r.burned,
        assetFeeExtrinsics: r.asset_fee_extrinsics,
        assetFeesNative: r.asset_fees_native,
      }
    },
  }
}

/** JSON with sorted keys and bigints as decimal strings (the API's BigInt scalar). */
function canon(x: unknown): string {
  const norm = (v: any): any => {
    if (typeof v === 'bigint') return v.toString()
    if (Array.isArray(v)) return v.map(norm)
    if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, norm(v[k])]))
    return v
  }
  return JSON.stringify(norm(x))
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

async function main(run: BenchRun) {
  const blocks = intArg('blocks', DEFAULT_BLOCKS)
  const reps = intArg('reps', DEFAULT_REPS)
  const squid = loadSquid()
  const bench = await startBenchDb('cloudhub')
  run.onCleanup(bench.cleanup)
  const stream = new StreamBuilder({ blocks, batch: 100 })
  const t0 = performance.now()
  const env = relayEnv(squid, stream.lastHeight)
  const plan = squid.handler.planOf(streamModules(squid, env), stream.height(0))
  const fill = await runHandler(bench.db.url, stream, (e: typeof env, ctx: any) => squid.handler.handleBatch(e, plan, ctx), env)
  if (fill.warnings.length) throw new Error(`the fill warned: ${fill.warnings[0]}`)
  await sql(bench.db.url, 'VACUUM ANALYZE')
  const counts = (await sql(bench.db.url, `SELECT (SELECT count(*) FROM treasury_flow)::int AS flows, (SELECT count(*) FROM fee_payment)::int AS fees,
    (SELECT count(*) FROM treasury_day)::int AS tdays, (SELECT count(*) FROM fee_day)::int AS fdays`))[0]
  console.log(
    `api benchmark: filled by our handler with ${fmt(blocks)} blocks in ${((performance.now() - t0) / 1000).toFixed(1)} s: ` +
      `${fmt(counts.flows)} treasury_flow and ${fmt(counts.fees)} fee_payment rows; ${counts.tdays} treasury_day and ${counts.fdays} fee_day rows. ` +
      `${reps} timed repetitions (+${WARMUP} warm-up) per query, period and side.`,
  )

  const api = await startApi({ dbUrl: bench.db.readOnlyUrl, port: API_PORT })
  run.onCleanup(() => api.close())
  const resolverPool = new pg.Pool({ connectionString: bench.db.readOnlyUrl, max: 2 })
  const baselinePool = new pg.Pool({ connectionString: bench.db.readOnlyUrl, max: 2 })
  run.onCleanup(() => Promise.all([resolverPool.end(), baselinePool.end()]))
  // pg-pool's end() resolves before its sockets close; a server shutting down right after must not crash us
  for (const pool of [resolverPool, baselinePool, api.pool]) pool.on('error', () => {})
  // the in-process resolver's statements, timed one by one (their SQL is the API's own)
  const statementMs = new Map<string, number[]>()
  const poolQuery = resolverPool.query.bind(resolverPool) as (...a: any[]) => Promise<any>
  let recording = false
  ;(resolverPool as any).query = async (text: string, params?: unknown[]) => {
    const t = performance.now()
    try {
      return await poolQuery(text, params)
    } finally {
      if (recording) {
        const k = text.replace(/\s+/g, ' ').trim()
        statementMs.set(k, [...(statementMs.get(k) ?? []), performance.now() - t])
      }
    }
  }
  const resolvers = makeResolvers(resolverPool).Query
  const baseline = makeBaseline(baselinePool)

  const day = (i: number) => new Date(stream.t0 + i * DAY_MS).toISOString().slice(0, 10)
  const lastDay = new Date(stream.timestamp(blocks - 1)).toISOString().slice(0, 10)
  const periods: Period[] = [
    { name: `all (${day(0)}..${lastDay})`, from: day(0), to: lastDay },
    { name: `7 days (${day(30)}..${day(36)})`, from: day(30), to: day(36) },
    { name: `1 day (${day(45)})`, from: day(45), to: day(45) },
  ]
  const queries = [
    {
      name: 'treasurySummary',
      http: async (p: Period) => (await gql(api!.url, SUMMARY_QUERY, { chain: CHAIN, from: p.from, to: p.to })).treasurySummary,
      resolver: (p: Period) => resolvers.treasurySummary(undefined, { chain: CHAIN, from: p.from, to: p.to }),
      baseline: (p: Period) => baseline.treasurySummary(p),
    },
    {
      name: 'feeTotals',
      http: async (p: Period) => (await gql(api!.url, FEES_QUERY, { chain: CHAIN, from: p.from, to: p.to })).feeTotals,
      resolver: (p: Period) => resolvers.feeTotals(undefined, { chain: CHAIN, from: p.from, to: p.to }),
      baseline: (p: Period) => baseline.feeTotals(p),
    },
  ]

  const rows: (string | number)[][] = [['query', 'period', 'ours HTTP ms', 'ours resolver ms', 'baseline ms', 'HTTP/baseline', 'resolver/baseline']]
  const notes: string[] = []
  for (const query of queries) {
    for (const p of periods) {
      // equal answers first
      const [h, r, b] = [await query.http(p), await query.resolver(p), await query.baseline(p)]
      if (canon(h) !== canon(b) || canon(r) !== canon(b)) {
        const [{ TimeZone: tz }] = await sql(bench.db.readOnlyUrl, 'SHOW TimeZone')
        const hint = /^(Etc\/)?(UTC|UCT|GMT|Zulu|Universal)$/i.test(tz)
          ? ''
          : `\n  the server's TimeZone is ${tz} (initdb took it from this environment): the API filters facts with ` +
            `\`$1::date\` (dayRange), i.e. by local days, while the rollups and the baseline use UTC days`
        throw new Error(`${query.name} ${p.name}: answers differ\n  API HTTP: ${canon(h)}\n  resolver: ${canon(r)}\n  baseline: ${canon(b)}${hint}`)
      }
      const sides = [query.http, query.resolver, query.baseline]
      const times: number[][] = [[], [], []]
      for (let i = 0; i < WARMUP + reps; i++) {
        recording = i >= WARMUP && query.name === 'treasurySummary' && p === periods[0]
        for (let s = 0; s < sides.length; s++) {
          const t = performance.now()
          await sides[s](p)
          if (i >= WARMUP) times[s].push(performance.now() - t)
        }
      }
      recording = false
      const [mh, mr, mb] = times.map(median)
      rows.push([query.name, p.name, mh.toFixed(3), mr.toFixed(3), mb.toFixed(3), (mh / mb).toFixed(2), (mr / mb).toFixed(2)])
      notes.push(`${query.name} ${p.name}: means ${times.map((t) => mean(t).toFixed(3)).join(' / ')} ms`)
    }
  }
  const floor: number[] = []
  for (let i = 0; i < WARMUP + reps; i++) {
    const t = performance.now()
    await gql(api.url, '{ __typename }')
    if (i >= WARMUP) floor.push(performance.now() - t)
  }

  console.log('\nanswers: API (HTTP) = resolver = baseline for every query and period (checked)')
  console.log('medians; ratios are ours / baseline time (below 1: ours is faster)\n')
  console.log(table(rows))
  console.log(`\nAPI floor (HTTP + GraphQL, no SQL: { __typename }): median ${median(floor).toFixed(3)} ms`)
  console.log('means (HTTP / resolver / baseline):\n  ' + notes.join('\n  '))
  console.log(`\nthe API's own statements for treasurySummary, period "${periods[0].name}" (median ms each):`)
  console.log(
    table(
      [...statementMs.entries()].map(([k, v]) => [median(v).toFixed(3), k.length > 110 ? k.slice(0, 107) + '...' : k]),
      ['r', 'l'],
    ),
  )
}

runBench(__filename, main)
