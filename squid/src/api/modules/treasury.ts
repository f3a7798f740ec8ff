/** Treasury: spends and their lifecycle events, flows in and out, the daily rollups, spend periods. */
import { FLOW_KIND_DAY_FIELDS, type TreasuryDayAmountField } from '../../modules/treasury/flowKinds'
import { MIGRATION_WINDOW } from '../../mappings/migration'
import type { Spend, SpendEvent, SpendPeriod, TreasuryAssetDay, TreasuryDay, TreasuryFlow } from '../../model/generated'
import { readSdl, type ApiDb, type ApiModule, type EventFact } from '../module'
import type { AssetCols, Count, Row, Snake } from '../row'
import { ASSET_COLS, asset, dailyFilter, dailyRows, dayRange, eventRef, eventRefOfFactId, nativeAsset, Where } from '../sql'
import { checkStart, COUNT_BOUND, decodeCursor, keysetPage } from '../cursor'
import { chainArg, page, period } from '../validate'
import { beneficiaryArg } from './identity'

/** a spend with its asset, and the spend that continues it where the query selects CONTINUED_BY */
export type SpendRow = Row<Spend> & AssetCols & { continued_by?: string | null }
type FlowRow = Row<TreasuryFlow> & AssetCols

export function spendFromRow(r: SpendRow) {
  return {
    id: r.id,
    chain: r.chain,
    treasury: r.treasury,
    fundsSubTreasury: r.funds_sub_treasury,
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
    continues: r.continues,
    continuedBy: r.continued_by ?? null,
    fromStorageBlock: r.from_storage_block,
    approved: eventRefOfFactId(r.chain, r.approved_event_id, r.approved_at),
    paid: eventRefOfFactId(r.chain, r.paid_event_id, r.paid_at),
    closed: eventRefOfFactId(r.chain, r.closed_event_id, r.closed_at),
  }
}

export function flowFromRow(r: FlowRow) {
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

export function spendPeriodFromRow(r: Row<SpendPeriod>) {
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

function spendEventFromRow(e: Row<SpendEvent>) {
  return { kind: e.kind, amount: e.amount, extrinsicHash: e.extrinsic_hash, event: eventRef(e.chain, e.block_number, e.event_index, e.timestamp) }
}

/** Spend rows (with asset columns) → Spends with their lifecycle, in one query for all of them. */
export async function spendsWithEvents(q: ApiDb['q'], rows: SpendRow[]) {
  const events = rows.length ? await q<Row<SpendEvent>>(`SELECT * FROM spend_event WHERE spend_id = ANY($1) ORDER BY block_number, event_index`, [rows.map((r) => r.id)]) : []
  return rows.map((r) => ({
    ...spendFromRow(r),
    events: events.filter((e) => e.spend_id === r.id).map(spendEventFromRow),
  }))
}

/** Query.spends' filter (SDL input SpendFilter) */
interface SpendFilter {
  chain?: string
  status?: string[]
  kind?: string
  asset?: string
  beneficiary?: string
  from?: string
  to?: string
}

const CONTINUED_BY = '(SELECT c.id FROM spend c WHERE c.continues = s.id LIMIT 1) AS continued_by'

const SPEND_ORDER: Record<string, string> = {
  APPROVED_DESC: 's.approved_block DESC NULLS LAST, s.id DESC',
  APPROVED_ASC: 's.approved_block ASC NULLS LAST, s.id ASC',
  AMOUNT_DESC: 's.amount DESC, s.id DESC',
  AMOUNT_ASC: 's.amount ASC, s.id ASC',
  INDEX_ASC: 's.index ASC, s.id ASC',
  INDEX_DESC: 's.index DESC, s.id DESC',
}

/** camelCase entity field → its snake_case column (the squid's naming strategy) */
const column = <F extends string>(field: F) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as Snake<F>
const KIND_COLUMNS = FLOW_KIND_DAY_FIELDS.map((k) => ({ ...k, column: column(k.dayField) }))
/** the per-kind amount columns of treasury_day */
type KindColumn = Snake<TreasuryDayAmountField>
/** sums of the per-kind columns (as text) and of their counts, over treasury_day rows */
type KindSums = { [C in KindColumn]: string } & { [C in KindColumn as `${C}_count`]: number }
/** native inflow or outflow of a row of per-kind columns (a treasury_day, or sums of them) */
const directionTotal = (r: Pick<Row<TreasuryDay>, KindColumn>, direction: 'In' | 'Out' | 'Move') => KIND_COLUMNS.filter((k) => k.direction === direction).reduce((a, k) => a + BigInt(r[k.column]), 0n)

/** A day's balances as read from storage and what they leave unexplained: the same on native and asset days. */
type ReconciliationColumns = 'opening_balance' | 'opening_block' | 'closing_balance' | 'closing_block' | 'closed' | 'drift' | 'drift_block'
function reconciliationFromRow(r: Pick<Row<TreasuryDay>, ReconciliationColumns> & Pick<Row<TreasuryAssetDay>, ReconciliationColumns>) {
  return {
    openingBalance: r.opening_balance,
    openingBlock: r.opening_block,
    closingBalance: r.closing_balance,
    closingBlock: r.closing_block,
    closed: r.closed,
    drift: r.drift,
    driftBlock: r.drift_block,
  }
}

/** A TreasuryAssetDay row (the main treasury's or a sub-treasury's) as the API's TreasuryAssetDay. */
export function assetDayFromRow(r: Omit<Row<TreasuryAssetDay>, 'id' | 'asset_id'> & AssetCols) {
  return { chain: r.chain, date: r.date, asset: asset(r), inflow: r.inflow, outflow: r.outflow, ...reconciliationFromRow(r) }
}

function treasuryDayFromRow(r: Row<TreasuryDay>) {
  return {
    chain: r.chain,
    date: r.date,
    inFees: r.in_fees,
    inDeposits: r.in_deposits,
    inTransfers: r.in_transfers,
    inBountyReturned: r.in_bounty_returned,
    outAwarded: r.out_awarded,
    outSpendPaid: r.out_spend_paid,
    outBurnt: r.out_burnt,
    outBountyFunded: r.out_bounty_funded,
    movedIn: r.moved_in,
    movedOut: r.moved_out,
    relayPayout: r.relay_payout,
    inflow: directionTotal(r, 'In').toString(),
    outflow: directionTotal(r, 'Out').toString(),
    ...reconciliationFromRow(r),
    flowCount: r.flow_count,
  }
}

/** The treasury's facts of one event: its flows, the spends whose lifecycle it is part of, the spend period it ended. */
const EVENT_FACTS: EventFact[] = [
  {
    field: 'flows',
    async ofEvent({ q }, id) {
      const rows = await q<FlowRow>(`SELECT f.*, ${ASSET_COLS} FROM treasury_flow f JOIN asset a ON a.id = f.asset_id WHERE f.id = $1`, [id])
      return { value: rows.map(flowFromRow), timestamps: rows.map((r) => r.timestamp) }
    },
  },
  {
    field: 'spends',
    async ofEvent({ q }, id) {
      const spendEvents = await q<Row<SpendEvent>>(`SELECT * FROM spend_event WHERE id = $1`, [id])
      const spendRows = spendEvents.length
        ? await q<SpendRow>(`SELECT s.*, ${ASSET_COLS} FROM spend s JOIN asset a ON a.id = s.asset_id WHERE s.id = ANY($1)`, [spendEvents.map((e) => e.spend_id)])
        : []
      const spends = await spendsWithEvents(q, spendRows)
      return {
        value: spendEvents.map((e) => ({ spend: spends.find((s) => s.id === e.spend_id)!, kind: e.kind })),
        timestamps: spendEvents.map((e) => e.timestamp),
      }
    },
  },
  {
    field: 'spendPeriod',
    async ofEvent({ q }, id) {
      const [period] = await q<Row<SpendPeriod>>(`SELECT * FROM spend_period WHERE id = $1`, [id])
      return { value: period ? spendPeriodFromRow(period) : null, timestamps: period ? [period.timestamp] : [] }
    },
  },
]

export const treasury: ApiModule = {
  name: 'treasury',
  typeDefs: readSdl(__dirname, 'treasury.graphql'),
  eventFacts: EVENT_FACTS,
  resolvers: ({ q }) => ({
    Query: {
      async spends(_: unknown, args: { filter?: SpendFilter; orderBy?: string; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const f = args.filter ?? {}
        const w = new Where()
        const chain = chainArg(f.chain)
        // the Collectives sub-treasuries' spends have their own view (subTreasury)
        w.add('s.treasury = ?', 'main')
        if (chain) w.add('s.chain = ?', chain)
        if (f.status?.length) w.add('s.status = ANY(?)', f.status)
        if (f.kind) w.add('s.kind = ?', f.kind)
        if (f.asset) w.add('s.asset_id = ?', f.asset)
        // an address, or a name on the People chain (the accounts it names)
        if (f.beneficiary) w.add('s.beneficiary = ANY(?)', await beneficiaryArg(q, f.beneficiary, 'beneficiary'))
        const p = period(f.from, f.to)
        dayRange(w, 's.approved_at', p.from, p.to)
        const order = SPEND_ORDER[args.orderBy ?? 'APPROVED_DESC']
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM spend s ${w.sql}`, w.params)
        const rows = await q<SpendRow>(
          `SELECT s.*, ${CONTINUED_BY}, ${ASSET_COLS} FROM spend s JOIN asset a ON a.id = s.asset_id ${w.sql} ORDER BY ${order} LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`,
          w.params,
        )
        return { items: await spendsWithEvents(q, rows), totalCount: n, limit, offset }
      },

      async spend(_: unknown, { id }: { id: string }) {
        const rows = await q<SpendRow>(`SELECT s.*, ${CONTINUED_BY}, ${ASSET_COLS} FROM spend s JOIN asset a ON a.id = s.asset_id WHERE s.id = $1`, [id])
        return rows.length ? (await spendsWithEvents(q, rows))[0] : null
      },

      async treasuryFlows(_: unknown, args: { chain?: string; from?: string; to?: string; direction?: string; kind?: string; limit?: number; offset?: number; after?: string | null }) {
        const { limit, offset } = page(args.limit, args.offset)
        checkStart(args.after, offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        w.add('f.treasury = ?', 'main')
        if (chain) w.add('f.chain = ?', chain)
        const p = period(args.from, args.to)
        dayRange(w, 'f.timestamp', p.from, p.to)
        if (args.direction) w.add('f.direction = ?', args.direction)
        if (args.kind) w.add('f.kind = ?', args.kind)
        // treasury_day counts native flows only, and the list has every asset: counted up to COUNT_BOUND
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM treasury_flow f ${w.sql} LIMIT ${COUNT_BOUND + 1}) x`, w.params)
        if (args.after != null) {
          // the order below, as a condition: after (timestamp DESC, chain ASC, block DESC, event DESC)
          const [ts, c, block, event] = decodeCursor(args.after, 'treasuryFlows', ['timestamp', 'string', 'int', 'int'])
          w.add('(f.timestamp < ? OR (f.timestamp = ? AND (f.chain > ? OR (f.chain = ? AND (f.block_number, f.event_index) < (?, ?)))))', ts, ts, c, c, block, event)
        }
        const rows = await q<FlowRow>(
          `SELECT f.*, ${ASSET_COLS} FROM treasury_flow f JOIN asset a ON a.id = f.asset_id ${w.sql}
           ORDER BY f.timestamp DESC, f.chain, f.block_number DESC, f.event_index DESC LIMIT ${w.next(limit + 1)} OFFSET ${w.next(offset)}`,
          w.params,
        )
        const kp = keysetPage(rows, limit, 'treasuryFlows', (r) => [new Date(r.timestamp).toISOString(), r.chain, r.block_number, r.event_index])
        return {
          items: kp.rows.map(flowFromRow),
          totalCount: Math.min(n, COUNT_BOUND),
          totalCountExact: n <= COUNT_BOUND,
          limit,
          offset,
          nextCursor: kp.nextCursor,
          hasNextPage: kp.hasNextPage,
        }
      },

      async treasurySummary(_: unknown, args: { chain?: string; from?: string; to?: string }) {
        const { chain, p, w } = dailyFilter(args)
        // sums and counts of native-token flows per kind, both from the daily rollup
        const [sums] = await q<KindSums>(
          `SELECT ${KIND_COLUMNS.map(({ column: c }) => `coalesce(sum(${c}),0)::text AS ${c}, coalesce(sum(${c}_count),0)::int AS ${c}_count`).join(', ')}
           FROM treasury_day ${w.sql}`,
          w.params,
        )
        // The balance is per chain; without a chain filter, add the latest balance of each chain.
        const bw = new Where()
        if (chain) bw.add('chain = ?', chain)
        if (p.to) bw.add('date <= ?', p.to)
        bw.add('closing_balance IS NOT NULL')
        const balances = await q<Pick<Row<TreasuryDay>, 'chain' | 'date' | 'closing_block'> & { b: string }>(`SELECT DISTINCT ON (chain) chain, date, closing_balance::text AS b, closing_block FROM treasury_day ${bw.sql} ORDER BY chain, date DESC`, bw.params)
        const sw = new Where()
        if (chain) sw.add('chain = ?', chain)
        dayRange(sw, 'approved_at', p.from, p.to)
        const [{ n: spendCount }] = await q<Count>(`SELECT count(*)::int AS n FROM spend ${sw.sql}`, sw.params)
        return {
          chain: chain ?? null,
          from: p.from ?? null,
          to: p.to ?? null,
          asset: await nativeAsset(q),
          inflow: directionTotal(sums, 'In'),
          outflow: directionTotal(sums, 'Out'),
          moved: directionTotal(sums, 'Move'),
          byKind: KIND_COLUMNS.map(({ direction, kind, column: c }) => ({ direction, kind, amount: sums[c], count: sums[`${c}_count`] })),
          balance: balances.length ? balances.reduce((a, r) => a + BigInt(r.b), 0n) : null,
          balanceBlock: balances.length === 1 ? balances[0].closing_block : null,
          balanceDate: balances.length ? balances.map((r) => r.date).sort().at(-1) : null,
          spendCount,
        }
      },

      async treasuryDaily(_: unknown, args: { chain?: string; from?: string; to?: string }) {
        return (await dailyRows(q, 'treasury_day', args)).map(treasuryDayFromRow)
      },

      async treasuryAssetDaily(_: unknown, args: { chain?: string; from?: string; to?: string }) {
        const { w } = dailyFilter(args)
        // the sub-treasuries' days are theirs (subTreasury)
        w.add('treasury = ?', 'main')
        const rows = await q<Omit<Row<TreasuryAssetDay>, 'id' | 'asset_id'> & AssetCols>(`SELECT d.chain, d.date, d.inflow, d.outflow, d.opening_balance, d.opening_block, d.closing_balance, d.closing_block, d.closed, d.drift, d.drift_block, ${ASSET_COLS} FROM (SELECT * FROM treasury_asset_day ${w.sql}) d JOIN asset a ON a.id = d.asset_id ORDER BY d.date, d.chain, a.id`, w.params)
        return rows.map(assetDayFromRow)
      },

      async treasuryTimeline(_: unknown, args: { from?: string; to?: string }) {
        const byDate = new Map<string, ReturnType<typeof treasuryDayFromRow>[]>()
        for (const r of await dailyRows(q, 'treasury_day', args)) {
          const list = byDate.get(r.date) ?? byDate.set(r.date, []).get(r.date)!
          list.push(treasuryDayFromRow(r))
        }
        type Day = ReturnType<typeof treasuryDayFromRow>
        const sum = (list: Day[], k: 'inflow' | 'outflow' | 'movedIn' | 'movedOut' | 'closingBalance' | 'drift') => list.reduce((a, d) => a + BigInt(d[k]!), 0n).toString()
        return [...byDate].map(([date, chains]) => ({
          date,
          inflow: sum(chains, 'inflow'),
          outflow: sum(chains, 'outflow'),
          movedIn: sum(chains, 'movedIn'),
          movedOut: sum(chains, 'movedOut'),
          closingBalance: chains.every((d) => d.closingBalance != null) ? sum(chains, 'closingBalance') : null,
          drift: chains.every((d) => d.drift != null) ? sum(chains, 'drift') : null,
          chains,
        }))
      },

      async treasuryMigration() {
        const out = []
        for (const [chain, w] of Object.entries(MIGRATION_WINDOW)) {
          // times from any indexed fact at the window's edges (the flows of the migration itself, or any event)
          const [t] = await q<{ f: Date | null; t: Date | null }>(
            `SELECT (SELECT min(timestamp) FROM treasury_flow WHERE chain = $1 AND block_number >= $2) AS f, (SELECT max(timestamp) FROM treasury_flow WHERE chain = $1 AND block_number <= $3) AS t`,
            [chain, w.from, w.to],
          )
          out.push({ chain, fromBlock: w.from, toBlock: w.to, from: t?.f ?? null, to: t?.t ?? null })
        }
        return out
      },

      async spendPeriods(_: unknown, args: { chain?: string; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('chain = ?', chain)
        const rows = await q<Row<SpendPeriod>>(`SELECT * FROM spend_period ${w.sql} ORDER BY block_number DESC LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return rows.map(spendPeriodFromRow)
      },
    },
  }),
}
