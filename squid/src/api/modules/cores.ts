/** Cores: utilisation per core (per day and per timeslice), usage per para, the Cloud's usage per day, idle cores. */
import type { CoreUsageDay, CoreUsageSlice, ParaUsageDay } from '../../model/generated'
import { parseFactId } from '../../mappings/facts'
import { readSdl, type ApiModule } from '../module'
import type { Count, Row } from '../row'
import { dailyFilter, Where } from '../sql'
import { badInput, chainArg, page } from '../validate'

/** parts of 57,600 per block: a parts·blocks sum ÷ this is para blocks */
const PARTS = 57_600

/** an event id of the event page (<chain>-<block>-<index>) from a stored fact id */
function eventId(factId: string | null): string | null {
  const p = factId ? parseFactId(factId) : undefined
  return p ? `${p.chain}-${p.blockNumber}-${p.eventIndex}` : null
}

function intArg(v: number | null | undefined, name: string, min = 0): number | undefined {
  if (v == null) return undefined
  if (!Number.isInteger(v) || v < min) throw badInput(`${name} must be an integer of at least ${min}, got ${v}`, name)
  return v
}

type CoreRow = Row<CoreUsageDay> | (Row<CoreUsageSlice> & { date?: undefined })

function coreUsageFromRow(r: CoreRow) {
  const task = Number(r.task_parts) / PARTS
  const pool = Number(r.pool_parts) / PARTS
  return {
    chain: r.chain,
    core: r.core,
    date: 'date' in r && r.date ? r.date : null,
    timeslice: 'timeslice' in r ? r.timeslice : null,
    firstBlock: r.first_block,
    lastBlock: r.last_block,
    included: r.included,
    backed: r.backed,
    poolIncluded: r.pool_included,
    allowed: task + pool,
    taskAllowed: task,
    poolAllowed: pool,
    idle: Number(r.idle_parts) / PARTS,
    utilisation: r.utilisation,
    assignment: r.assignment,
    paras: r.paras,
    firstEvent: eventId(r.first_event_id),
    lastEvent: eventId(r.last_event_id),
  }
}

function paraUsageFromRow(r: Row<ParaUsageDay>) {
  return {
    chain: r.chain,
    paraId: r.para_id,
    date: r.date,
    firstBlock: r.first_block,
    lastBlock: r.last_block,
    included: r.included,
    backed: r.backed,
    onDemandIncluded: r.on_demand_included,
    cores: r.cores,
    elasticSlices: r.elastic_slices,
    orders: r.orders,
    spotPriceSum: r.spot_price_sum,
    firstEvent: eventId(r.first_event_id),
    lastEvent: eventId(r.last_event_id),
  }
}

type Args = { chain?: string; from?: string; to?: string; core?: number; para?: number; limit?: number; offset?: number }

export const cores: ApiModule = {
  name: 'cores',
  typeDefs: readSdl(__dirname, 'cores.graphql'),
  eventFacts: [
    {
      // only the first and last inclusion of each core-timeslice are kept (the events are a firehose): for those,
      // the timeslice they were counted in
      field: 'coreSlices',
      async ofEvent({ q }, id) {
        const rows = await q<Row<CoreUsageSlice>>(`SELECT * FROM core_usage_slice WHERE first_event_id = $1 OR last_event_id = $1 ORDER BY core`, [id])
        return { value: rows.map(coreUsageFromRow), timestamps: rows.flatMap((r) => [r.first_event_id === id ? r.first_event_at : r.last_event_at]).filter((t): t is Date => !!t) }
      },
    },
  ],
  resolvers: ({ q }) => ({
    Query: {
      async coreUsage(_: unknown, args: Args) {
        const { limit, offset } = page(args.limit, args.offset)
        const { w } = dailyFilter(args)
        const core = intArg(args.core, 'core')
        const para = intArg(args.para, 'para')
        if (core !== undefined) w.add('core = ?', core)
        if (para !== undefined) w.add('? = ANY(paras)', para)
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM core_usage_day ${w.sql}`, w.params)
        const rows = await q<Row<CoreUsageDay>>(`SELECT * FROM core_usage_day ${w.sql} ORDER BY date, chain, core LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return { items: rows.map(coreUsageFromRow), totalCount: n, limit, offset }
      },

      async coreUsageSlices(_: unknown, args: { chain?: string; core?: number; fromSlice?: number; toSlice?: number; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('chain = ?', chain)
        const core = intArg(args.core, 'core')
        const from = intArg(args.fromSlice, 'fromSlice')
        const to = intArg(args.toSlice, 'toSlice')
        if (from !== undefined && to !== undefined && from > to) throw badInput(`fromSlice (${from}) is after toSlice (${to})`, 'fromSlice')
        if (core !== undefined) w.add('core = ?', core)
        if (from !== undefined) w.add('timeslice >= ?', from)
        if (to !== undefined) w.add('timeslice <= ?', to)
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM core_usage_slice ${w.sql}`, w.params)
        const rows = await q<Row<CoreUsageSlice>>(`SELECT * FROM core_usage_slice ${w.sql} ORDER BY timeslice, chain, core LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return { items: rows.map(coreUsageFromRow), totalCount: n, limit, offset }
      },

      async paraUsage(_: unknown, args: Args) {
        const { limit, offset } = page(args.limit, args.offset)
        const { w } = dailyFilter(args)
        const para = intArg(args.para, 'para')
        if (para !== undefined) w.add('para_id = ?', para)
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM para_usage_day ${w.sql}`, w.params)
        const rows = await q<Row<ParaUsageDay>>(`SELECT * FROM para_usage_day ${w.sql} ORDER BY date, chain, para_id LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return { items: rows.map(paraUsageFromRow), totalCount: n, limit, offset }
      },

      async cloudUsage(_: unknown, args: Args) {
        // from the day rollups: O(days × cores) and O(days × paras), never the events
        const { w } = dailyFilter(args)
        const coreDays = await q<{ chain: string; date: string; in_use: number; assigned: number; idle: number; included: number; pool_included: number; allowed: string; first_block: number; last_block: number }>(
          `SELECT chain, date, count(*) FILTER (WHERE included > 0)::int AS in_use,
                  count(*) FILTER (WHERE task_parts + pool_parts > 0)::int AS assigned,
                  count(*) FILTER (WHERE task_parts + pool_parts > 0 AND included = 0)::int AS idle,
                  sum(included)::int AS included, sum(pool_included)::int AS pool_included,
                  sum(task_parts + pool_parts)::text AS allowed, min(first_block) AS first_block, max(last_block) AS last_block
             FROM core_usage_day ${w.sql} GROUP BY chain, date`,
          w.params,
        )
        const paraDays = await q<{ chain: string; date: string; active: number; elastic: number; orders: number; spot: string; first_block: number; last_block: number }>(
          `SELECT chain, date, count(*) FILTER (WHERE included > 0)::int AS active, count(*) FILTER (WHERE elastic_slices > 0)::int AS elastic,
                  sum(orders)::int AS orders, sum(spot_price_sum)::text AS spot, min(first_block) AS first_block, max(last_block) AS last_block
             FROM para_usage_day ${w.sql} GROUP BY chain, date`,
          w.params,
        )
        const days = new Map<string, any>()
        const day = (chain: string, date: string) => {
          const k = `${date} ${chain}`
          let d = days.get(k)
          if (!d) days.set(k, (d = { chain, date, coresInUse: 0, coresAssigned: 0, idleCores: 0, blocksIncluded: 0, poolIncluded: 0, allowed: 0, utilisation: null, parasActive: 0, elasticParas: 0, onDemandOrders: 0, onDemandSpotPriceSum: '0', firstBlock: Infinity, lastBlock: 0 }))
          return d
        }
        for (const r of coreDays) {
          const d = day(r.chain, r.date)
          const allowed = Number(r.allowed) / PARTS
          Object.assign(d, { coresInUse: r.in_use, coresAssigned: r.assigned, idleCores: r.idle, blocksIncluded: r.included, poolIncluded: r.pool_included, allowed, utilisation: Number(r.allowed) ? (r.included * PARTS) / Number(r.allowed) : null })
          d.firstBlock = Math.min(d.firstBlock, r.first_block)
          d.lastBlock = Math.max(d.lastBlock, r.last_block)
        }
        for (const r of paraDays) {
          const d = day(r.chain, r.date)
          Object.assign(d, { parasActive: r.active, elasticParas: r.elastic, onDemandOrders: r.orders, onDemandSpotPriceSum: r.spot })
          d.firstBlock = Math.min(d.firstBlock, r.first_block)
          d.lastBlock = Math.max(d.lastBlock, r.last_block)
        }
        return [...days.keys()].sort().map((k) => days.get(k))
      },

      async idleCores(_: unknown, args: Args) {
        const { limit, offset } = page(args.limit, args.offset)
        const { w } = dailyFilter(args)
        const core = intArg(args.core, 'core')
        if (core !== undefined) w.add('core = ?', core)
        w.add("((task_parts + pool_parts > 0 AND included = 0) OR (idle_parts > 0 AND task_parts + pool_parts = 0 AND included = 0))")
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM core_usage_day ${w.sql}`, w.params)
        const rows = await q<Row<CoreUsageDay>>(`SELECT * FROM core_usage_day ${w.sql} ORDER BY date, chain, core LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return { items: rows.map(coreUsageFromRow), totalCount: n, limit, offset }
      },
    },
  }),
}
