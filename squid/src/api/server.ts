/**
 * The read API: graphql-yoga over the indexer's tables, through a read-only database role. Every query reads
 * facts by indexed columns or the daily rollups; nothing here writes.
 */
import { createServer, type Server } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createSchema, createYoga } from 'graphql-yoga'
import { GraphQLScalarType, Kind } from 'graphql'
import pg from 'pg'
import { accountArg, badInput, chainArg, page, parseDate, period } from './validate'

// The SDL sits beside this file in src/; the compiled server in lib/ reads it from src/ too (tsc copies no .graphql).
const SDL = [path.resolve(__dirname, '..', '..', 'src', 'api', 'api.graphql'), path.join(__dirname, 'api.graphql')].find(existsSync)!
const typeDefs = readFileSync(SDL, 'utf8')

const BigIntScalar = new GraphQLScalarType({
  name: 'BigInt',
  description: 'An integer of any size, as a decimal string',
  serialize: (v) => (typeof v === 'bigint' ? v.toString() : String(v)),
  parseValue: (v) => {
    if (typeof v !== 'string' || !/^-?\d+$/.test(v)) throw badInput(`BigInt must be a string of digits, got ${JSON.stringify(v)}`, 'BigInt')
    return BigInt(v)
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT) throw badInput('BigInt must be a string of digits', 'BigInt')
    return BigInt(ast.value)
  },
})

const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A UTC calendar day, "YYYY-MM-DD"',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
})

const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO 8601 instant (UTC)',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString()),
})

type Row = Record<string, any>

function eventRef(chain: string, block: number | null, index: number | null, ts: Date | null) {
  if (block == null || index == null) return null
  return { chain, blockNumber: block, eventIndex: index, timestamp: ts, id: `${chain}-${block}-${index}` }
}

/** "<chain>-<10-digit block>-<6-digit index>" → its parts. */
function parseFactId(id: string | null): { block: number; index: number } | undefined {
  const m = id ? /-(\d{10})-(\d{6})$/.exec(id) : null
  return m ? { block: Number(m[1]), index: Number(m[2]) } : undefined
}

function asset(r: Row) {
  return { id: r.asset_id, symbol: r.asset_symbol, decimals: r.asset_decimals, chain: r.asset_chain }
}

function spendFromRow(r: Row) {
  const ref = (idCol: string, tsCol: string) => {
    const p = parseFactId(r[idCol])
    return p ? eventRef(r.chain, p.block, p.index, r[tsCol]) : null
  }
  return {
    id: r.id,
    chain: r.chain,
    kind: r.kind,
    index: r.index,
    status: r.status,
    asset: asset(r),
    amount: r.amount,
    nativeAmount: r.native_amount,
    beneficiary: r.beneficiary,
    validFrom: r.valid_from,
    expireAt: r.expire_at,
    paymentId: r.payment_id,
    approved: ref('approved_event_id', 'approved_at'),
    paid: ref('paid_event_id', 'paid_at'),
    closed: ref('closed_event_id', 'closed_at'),
  }
}

function flowFromRow(r: Row) {
  return {
    id: r.id,
    direction: r.direction,
    kind: r.kind,
    asset: asset(r),
    amount: r.amount,
    spendId: r.spend_id,
    extrinsicHash: r.extrinsic_hash,
    event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp),
  }
}

function feePaymentFromRow(r: Row) {
  return {
    id: r.id,
    payer: r.payer,
    asset: asset(r),
    fee: r.fee,
    tip: r.tip,
    toTreasury: r.to_treasury,
    toAuthor: r.to_author,
    burned: r.burned,
    extrinsicIndex: r.extrinsic_index,
    extrinsicHash: r.extrinsic_hash,
    event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp),
  }
}

function spendPeriodFromRow(r: Row) {
  return {
    id: r.id,
    chain: r.chain,
    budgetRemaining: r.budget_remaining,
    awarded: r.awarded,
    awardedCount: r.awarded_count,
    burnt: r.burnt,
    rollover: r.rollover,
    event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp),
  }
}

function spendEventFromRow(e: Row) {
  return { kind: e.kind, amount: e.amount, extrinsicHash: e.extrinsic_hash, event: eventRef(e.chain, e.block_number, e.event_index, e.timestamp) }
}

/** "<chain>-<block>-<index>" (EventRef.id) → the id of the fact rows derived from that event */
function parseEventRefId(id: string): { chain: string; block: number; index: number; factId: string } {
  const m = /^([a-z-]+)-(\d+)-(\d+)$/.exec(id)
  if (!m) throw badInput(`event id must look like relay-1234567-8 (chain, block, event index), got ${JSON.stringify(id)}`, 'id')
  const chain = chainArg(m[1])!
  const block = Number(m[2])
  const index = Number(m[3])
  return { chain, block, index, factId: `${chain}-${String(block).padStart(10, '0')}-${String(index).padStart(6, '0')}` }
}

/** Builds "WHERE a AND b" with numbered parameters. */
class Where {
  parts: string[] = []
  params: unknown[] = []
  add(sql: string, ...values: unknown[]) {
    let s = sql
    for (const v of values) {
      this.params.push(v)
      s = s.replace('?', `$${this.params.length}`)
    }
    this.parts.push(s)
    return this
  }
  get sql() {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : ''
  }
  next(v: unknown) {
    this.params.push(v)
    return `$${this.params.length}`
  }
}

const SPEND_ORDER: Record<string, string> = {
  APPROVED_DESC: 's.approved_block DESC NULLS LAST, s.id DESC',
  APPROVED_ASC: 's.approved_block ASC NULLS LAST, s.id ASC',
  AMOUNT_DESC: 's.amount DESC, s.id DESC',
  AMOUNT_ASC: 's.amount ASC, s.id ASC',
  INDEX_ASC: 's.index ASC, s.id ASC',
  INDEX_DESC: 's.index DESC, s.id DESC',
}

/** chain and period of a query over the daily rollups (their `date` column) */
function dailyFilter(args: { chain?: string; from?: string; to?: string }) {
  const chain = chainArg(args.chain)
  const p = period(args.from, args.to)
  const w = new Where()
  if (chain) w.add('chain = ?', chain)
  if (p.from) w.add('date >= ?', p.from)
  if (p.to) w.add('date <= ?', p.to)
  return { chain, p, w }
}

const ASSET_COLS = 'a.id AS asset_id, a.symbol AS asset_symbol, a.decimals AS asset_decimals, a.chain AS asset_chain'

/** Day bounds of a period as timestamps: [from 00:00, to+1 00:00). */
function dayRange(w: Where, col: string, from?: string, to?: string) {
  if (from) w.add(`${col} >= ?::date`, from)
  if (to) w.add(`${col} < (?::date + 1)`, to)
}

export function makeResolvers(pool: pg.Pool) {
  const q = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as Row[]
  const nativeAsset = async () => {
    const [a] = await q(`SELECT id AS asset_id, symbol AS asset_symbol, decimals AS asset_decimals, chain AS asset_chain FROM asset WHERE id = 'native'`)
    return a ? asset(a) : { id: 'native', symbol: '?', decimals: 0, chain: 'relay' }
  }

  return {
    BigInt: BigIntScalar,
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Spend: {
      // One query per page of spends (the loader collects the page's ids), never one per spend.
      events: async (s: { id: string; chain: string; _events?: Row[] }) => s._events ?? [],
    },
    Query: {
      async event(_: unknown, { id }: { id: string }) {
        const ref = parseEventRefId(id)
        const [flows, fees, spendEvents, periods] = await Promise.all([
          q(`SELECT f.*, ${ASSET_COLS} FROM treasury_flow f JOIN asset a ON a.id = f.asset_id WHERE f.id = $1`, [ref.factId]),
          q(`SELECT f.*, ${ASSET_COLS} FROM fee_payment f JOIN asset a ON a.id = f.asset_id WHERE f.id = $1`, [ref.factId]),
          q(`SELECT * FROM spend_event WHERE id = $1`, [ref.factId]),
          q(`SELECT * FROM spend_period WHERE id = $1`, [ref.factId]),
        ])
        const spendRows = spendEvents.length
          ? await q(`SELECT s.*, ${ASSET_COLS} FROM spend s JOIN asset a ON a.id = s.asset_id WHERE s.id = ANY($1)`, [spendEvents.map((e) => e.spend_id)])
          : []
        const lifecycles = spendRows.length
          ? await q(`SELECT * FROM spend_event WHERE spend_id = ANY($1) ORDER BY block_number, event_index`, [spendRows.map((r) => r.id)])
          : []
        const spends = spendEvents.map((e) => {
          const s = spendFromRow(spendRows.find((r) => r.id === e.spend_id)!) as Row
          s._events = lifecycles.filter((l) => l.spend_id === s.id).map(spendEventFromRow)
          return { spend: s, kind: e.kind }
        })
        const any = flows[0] ?? fees[0] ?? spendEvents[0] ?? periods[0]
        if (!any) return null
        return {
          id: `${ref.chain}-${ref.block}-${ref.index}`,
          chain: ref.chain,
          blockNumber: ref.block,
          eventIndex: ref.index,
          timestamp: any.timestamp,
          flows: flows.map(flowFromRow),
          feePayment: fees[0] ? feePaymentFromRow(fees[0]) : null,
          spends,
          spendPeriod: periods[0] ? spendPeriodFromRow(periods[0]) : null,
        }
      },

      async spends(_: unknown, args: { filter?: Row; orderBy?: string; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const f = args.filter ?? {}
        const w = new Where()
        const chain = chainArg(f.chain)
        if (chain) w.add('s.chain = ?', chain)
        if (f.status?.length) w.add('s.status = ANY(?)', f.status)
        if (f.kind) w.add('s.kind = ?', f.kind)
        if (f.asset) w.add('s.asset_id = ?', f.asset)
        if (f.beneficiary) w.add('s.beneficiary = ANY(?)', accountArg(f.beneficiary, 'beneficiary'))
        const p = period(f.from, f.to)
        dayRange(w, 's.approved_at', p.from, p.to)
        const order = SPEND_ORDER[args.orderBy ?? 'APPROVED_DESC']
        const [{ n }] = await q(`SELECT count(*)::int AS n FROM spend s ${w.sql}`, w.params)
        const rows = await q(
          `SELECT s.*, ${ASSET_COLS} FROM spend s JOIN asset a ON a.id = s.asset_id ${w.sql} ORDER BY ${order} LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`,
          w.params,
        )
        const items = rows.map(spendFromRow)
        const events = items.length
          ? await q(`SELECT * FROM spend_event WHERE spend_id = ANY($1) ORDER BY block_number, event_index`, [items.map((s) => s.id)])
          : []
        for (const s of items) {
          ;(s as Row)._events = events
            .filter((e) => e.spend_id === s.id)
            .map(spendEventFromRow)
        }
        return { items, totalCount: n, limit, offset }
      },

      async spend(_: unknown, { id }: { id: string }) {
        const [r] = await q(`SELECT s.*, ${ASSET_COLS} FROM spend s JOIN asset a ON a.id = s.asset_id WHERE s.id = $1`, [id])
        if (!r) return null
        const s = spendFromRow(r) as Row
        s._events = (await q(`SELECT * FROM spend_event WHERE spend_id = $1 ORDER BY block_number, event_index`, [id])).map(spendEventFromRow)
        return s
      },

      async treasuryFlows(_: unknown, args: { chain?: string; from?: string; to?: string; direction?: string; kind?: string; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('f.chain = ?', chain)
        const p = period(args.from, args.to)
        dayRange(w, 'f.timestamp', p.from, p.to)
        if (args.direction) w.add('f.direction = ?', args.direction)
        if (args.kind) w.add('f.kind = ?', args.kind)
        const [{ n }] = await q(`SELECT count(*)::int AS n FROM treasury_flow f ${w.sql}`, w.params)
        const rows = await q(
          `SELECT f.*, ${ASSET_COLS} FROM treasury_flow f JOIN asset a ON a.id = f.asset_id ${w.sql} ORDER BY f.block_number DESC, f.event_index DESC LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`,
          w.params,
        )
        const items = rows.map(flowFromRow)
        return { items, totalCount: n, limit, offset }
      },

      async treasurySummary(_: unknown, args: { chain?: string; from?: string; to?: string }) {
        const { chain, p, w } = dailyFilter(args)
        // [direction, kind, rollup column]: sums and counts of native-token flows, both from the daily rollup
        const kinds: [string, string, string][] = [
          ['In', 'Fees', 'in_fees'],
          ['In', 'Deposit', 'in_deposits'],
          ['In', 'Transfer', 'in_transfers'],
          ['Out', 'Awarded', 'out_awarded'],
          ['Out', 'SpendPaid', 'out_spend_paid'],
          ['Out', 'Burnt', 'out_burnt'],
        ]
        const [sums] = await q(
          `SELECT ${kinds.map(([, , c]) => `coalesce(sum(${c}),0)::text AS ${c}, coalesce(sum(${c}_count),0)::int AS ${c}_count`).join(', ')}
           FROM treasury_day ${w.sql}`,
          w.params,
        )
        const total = (dir: string) => kinds.filter((k) => k[0] === dir).reduce((a, [, , c]) => a + BigInt(sums[c]), 0n)
        // The balance is per chain; without a chain filter, add the latest balance of each chain.
        const bw = new Where()
        if (chain) bw.add('chain = ?', chain)
        if (p.to) bw.add('date <= ?', p.to)
        bw.add('closing_balance IS NOT NULL')
        const balances = await q(`SELECT DISTINCT ON (chain) chain, date, closing_balance::text AS b, closing_block FROM treasury_day ${bw.sql} ORDER BY chain, date DESC`, bw.params)
        const sw = new Where()
        if (chain) sw.add('chain = ?', chain)
        dayRange(sw, 'approved_at', p.from, p.to)
        const [{ n: spendCount }] = await q(`SELECT count(*)::int AS n FROM spend ${sw.sql}`, sw.params)
        return {
          chain: chain ?? null,
          from: p.from ?? null,
          to: p.to ?? null,
          asset: await nativeAsset(),
          inflow: total('In'),
          outflow: total('Out'),
          byKind: kinds.map(([direction, kind, c]) => ({ direction, kind, amount: sums[c], count: sums[`${c}_count`] })),
          balance: balances.length ? balances.reduce((a, r) => a + BigInt(r.b), 0n) : null,
          balanceBlock: balances.length === 1 ? balances[0].closing_block : null,
          balanceDate: balances.length ? balances.map((r) => r.date).sort().at(-1) : null,
          spendCount,
        }
      },

      async treasuryDaily(_: unknown, args: { chain?: string; from?: string; to?: string }) {
        const { chain, p, w } = dailyFilter(args)
        const rows = await q(`SELECT * FROM treasury_day ${w.sql} ORDER BY date, chain`, w.params)
        return rows.map((r) => ({
          chain: r.chain,
          date: r.date,
          inFees: r.in_fees,
          inDeposits: r.in_deposits,
          inTransfers: r.in_transfers,
          outAwarded: r.out_awarded,
          outSpendPaid: r.out_spend_paid,
          outBurnt: r.out_burnt,
          inflow: (BigInt(r.in_fees) + BigInt(r.in_deposits) + BigInt(r.in_transfers)).toString(),
          outflow: (BigInt(r.out_awarded) + BigInt(r.out_spend_paid) + BigInt(r.out_burnt)).toString(),
          closingBalance: r.closing_balance,
          closingBlock: r.closing_block,
          flowCount: r.flow_count,
        }))
      },

      async spendPeriods(_: unknown, args: { chain?: string; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('chain = ?', chain)
        const rows = await q(`SELECT * FROM spend_period ${w.sql} ORDER BY block_number DESC LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return rows.map(spendPeriodFromRow)
      },

      async feeTotals(_: unknown, args: { chain?: string; from?: string; to?: string }) {
        const { chain, p, w } = dailyFilter(args)
        const [r] = await q(
          `SELECT coalesce(sum(extrinsics),0)::int AS extrinsics, coalesce(sum(fees),0)::text AS fees, coalesce(sum(tips),0)::text AS tips,
                  coalesce(sum(to_treasury),0)::text AS to_treasury, coalesce(sum(to_author),0)::text AS to_author, coalesce(sum(burned),0)::text AS burned
           FROM fee_day ${w.sql}`,
          w.params,
        )
        return {
          chain: chain ?? null,
          from: p.from ?? null,
          to: p.to ?? null,
          asset: await nativeAsset(),
          extrinsics: r.extrinsics,
          fees: r.fees,
          tips: r.tips,
          toTreasury: r.to_treasury,
          toAuthor: r.to_author,
          burned: r.burned,
        }
      },

      async feeDaily(_: unknown, args: { chain?: string; from?: string; to?: string }) {
        const { chain, p, w } = dailyFilter(args)
        const rows = await q(`SELECT * FROM fee_day ${w.sql} ORDER BY date, chain`, w.params)
        return rows.map((r) => ({
          chain: r.chain,
          date: r.date,
          extrinsics: r.extrinsics,
          fees: r.fees,
          tips: r.tips,
          toTreasury: r.to_treasury,
          toAuthor: r.to_author,
          burned: r.burned,
        }))
      },

      async feePayments(_: unknown, args: { chain?: string; payer?: string; from?: string; to?: string; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('f.chain = ?', chain)
        if (args.payer) w.add('f.payer = ANY(?)', accountArg(args.payer, 'payer'))
        const p = period(args.from, args.to)
        dayRange(w, 'f.timestamp', p.from, p.to)
        const [{ n }] = await q(`SELECT count(*)::int AS n FROM fee_payment f ${w.sql}`, w.params)
        const rows = await q(
          `SELECT f.*, ${ASSET_COLS} FROM fee_payment f JOIN asset a ON a.id = f.asset_id ${w.sql} ORDER BY f.block_number DESC, f.event_index DESC LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`,
          w.params,
        )
        const items = rows.map(feePaymentFromRow)
        return { items, totalCount: n, limit, offset }
      },

      async syncStatus() {
        const rows = await q(`SELECT * FROM chain_sync ORDER BY id`)
        return rows.map((r) => ({
          chain: r.id,
          network: r.network,
          specName: r.spec_name,
          specVersion: r.spec_version,
          indexedHeight: r.indexed_height,
          chainHeight: r.chain_height,
          progress: r.chain_height > 0 ? Math.min(1, r.indexed_height / r.chain_height) : 0,
          synced: r.chain_height - r.indexed_height <= 2,
          indexedAt: r.indexed_at,
          updatedAt: r.updated_at,
        }))
      },

      async assets() {
        return (await q(`SELECT id AS asset_id, symbol AS asset_symbol, decimals AS asset_decimals, chain AS asset_chain FROM asset ORDER BY id`)).map(asset)
      },
    },
  }
}

export interface ApiServer {
  url: string
  server: Server
  pool: pg.Pool
  close(): Promise<void>
}

/** Starts the API on host:port, reading through `dbUrl` (the read-only role). */
export async function startApi(opts: { dbUrl: string; port?: number; host?: string }): Promise<ApiServer> {
  const pool = new pg.Pool({ connectionString: opts.dbUrl, max: 10 })
  // Postgres numeric (our BigInt columns) arrives as text and stays text, so no precision is lost on the way out.
  const yoga = createYoga({
    schema: createSchema({ typeDefs, resolvers: makeResolvers(pool) as any }),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: 'warn',
  })
  const server = createServer(async (req, res) => {
    if (req.url === '/health') {
      try {
        await pool.query('SELECT 1')
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
      } catch (e) {
        res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: (e as Error).message }))
      }
      return
    }
    return yoga(req, res)
  })
  const host = opts.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 4350, host, () => resolve())
  })
  const addr = server.address()
  const port = typeof addr === 'object' && addr ? addr.port : opts.port
  return {
    url: `http://${host}:${port}/graphql`,
    server,
    pool,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()))
      await pool.end()
    },
  }
}

if (require.main === module) {
  const dbUrl = process.env.API_DB_URL ?? process.env.DB_URL
  if (!dbUrl) {
    console.error('API_DB_URL (read-only role) or DB_URL must be set')
    process.exit(1)
  }
  startApi({ dbUrl, port: Number(process.env.API_PORT ?? 4350), host: process.env.API_HOST ?? '127.0.0.1' }).then(
    (api) => console.log(`API listening on ${api.url}`),
    (e) => {
      console.error(e.message)
      process.exit(1)
    },
  )
}
