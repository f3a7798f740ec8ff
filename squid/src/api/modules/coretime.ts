/**
 * Coretime: the Coretime chain's bulk sales (lead-in curve by the runtime's own rule, purchases on it, the next
 * sale's forecast), renewals, core assignments, other Broker events, and each sale's revenue with where it went.
 */
import type { BrokerEvent, CoreAssignment, CoreRenewal, CoretimePurchase, CoretimeSale, OnDemandEvent } from '../../model/generated'
import { leadinPrice } from '../../modules/broker/price'
import { BrokerEventKind } from '../../model/generated/_brokerEventKind'
import { CoreRenewalStatus } from '../../model/generated/_coreRenewalStatus'
import { readSdl, type ApiDb, type ApiModule } from '../module'
import type { Count, Row } from '../row'
import { eventRef, eventRefOfFactId, Where } from '../sql'
import { accountArg, chainArg, enumArg, page } from '../validate'

const RELAY_BLOCK_MS = 6_000
const PARACHAIN_BLOCK_MS_BEFORE_V4 = 12_000
const CURVE_POINTS = 40

function purchaseFromRow(r: Row<CoretimePurchase>) {
  return {
    id: r.id,
    chain: r.chain,
    kind: r.kind,
    regionBegin: r.region_begin,
    regionEnd: r.region_end,
    core: r.core,
    oldCore: r.old_core,
    mask: r.mask,
    who: r.who,
    price: r.price,
    saleTime: r.sale_time,
    leadinProgress: r.leadin_progress,
    revenueTo: r.revenue_to,
    extrinsicHash: r.extrinsic_hash,
    event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp),
  }
}

function brokerEventFromRow(r: Row<BrokerEvent>) {
  return { id: r.id, chain: r.chain, kind: r.kind, who: r.who, amount: r.amount, systemAmount: r.system_amount, core: r.core, task: r.task, when: r.when, revenueTo: r.revenue_to, extrinsicHash: r.extrinsic_hash, event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp) }
}

function onDemandFromRow(r: Row<OnDemandEvent>) {
  return {
    id: r.id,
    chain: r.chain,
    kind: r.kind,
    paraId: r.para_id,
    amount: r.amount,
    who: r.who,
    depositTo: r.deposit_to,
    payment: r.payment,
    paymentEvent: eventRef(r.chain, r.block_number, r.payment_event_index, r.timestamp),
    extrinsicHash: r.extrinsic_hash,
    event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp),
  }
}

const unitMs = (s: Row<CoretimeSale>) => (s.time_unit === 'RelayBlock' ? RELAY_BLOCK_MS : PARACHAIN_BLOCK_MS_BEFORE_V4)
const sum = (xs: (string | bigint | null)[]) => xs.reduce<bigint>((a, x) => a + BigInt(x ?? 0), 0n)

/** Sale rows → sales with their purchases, curve and revenue: one query per kind for all of them. */
async function withDetails(q: ApiDb['q'], rows: Row<CoretimeSale>[], now = Date.now()) {
  if (!rows.length) return []
  const ids = rows.map((r) => r.id)
  const purchases = await q<Row<CoretimePurchase>>(`SELECT * FROM coretime_purchase WHERE sale_id = ANY($1) ORDER BY block_number, event_index`, [ids])
  // a sale runs from its SaleInitialized until the next one of its chain: the credits and pool payouts of that time are its
  const events = await q<Row<BrokerEvent> & { sale_id: string }>(
    `SELECT e.*, w.id AS sale_id FROM broker_event e
       JOIN (SELECT id, chain, timestamp AS from_ts, lead(timestamp) OVER (PARTITION BY chain ORDER BY region_begin) AS to_ts FROM coretime_sale) w
         ON w.chain = e.chain AND e.timestamp >= w.from_ts AND (w.to_ts IS NULL OR e.timestamp < w.to_ts)
      WHERE w.id = ANY($1) AND e.kind IN ('CreditPurchased', 'ClaimsReady', 'RevenueClaimPaid')`,
    [ids],
  )
  // on-demand orders are on the relay chain: they fall in a sale by time, the sale's window on the Coretime chain
  const orders = await q<Row<OnDemandEvent> & { sale_id: string }>(
    `SELECT o.*, w.id AS sale_id FROM on_demand_event o
       JOIN (SELECT id, timestamp AS from_ts, lead(timestamp) OVER (PARTITION BY chain ORDER BY region_begin) AS to_ts FROM coretime_sale) w
         ON o.timestamp >= w.from_ts AND (w.to_ts IS NULL OR o.timestamp < w.to_ts)
      WHERE w.id = ANY($1) AND o.kind = 'OrderPlaced'`,
    [ids],
  )
  return rows.map((s) => {
    const ownOrders = orders.filter((o) => o.sale_id === s.id)
    const paidOrders = ownOrders.filter((o) => o.payment === 'Deposit' || o.payment === 'Burned')
    const own = purchases.filter((p) => p.sale_id === s.id)
    const evs = events.filter((e) => e.sale_id === s.id)
    const credits = evs.filter((e) => e.kind === 'CreditPurchased')
    const paid = [
      ...own.map((p) => ({ amount: BigInt(p.price), to: p.revenue_to })),
      ...credits.map((c) => ({ amount: BigInt(c.amount ?? 0), to: c.revenue_to })),
      // the relay's on-demand account passes its revenue on to the Coretime chain's pool: not a final destination;
      // an order whose price the relay dropped (Paseo 1009003) was burned where it was paid
      ...paidOrders.map((o) => ({ amount: BigInt(o.amount), to: o.payment === 'Burned' ? 'Burned' : null })),
    ]
    const ms = unitMs(s)
    const startMs = new Date(s.sale_start_at).getTime()
    const endPrice = BigInt(s.end_price)
    const curve = Array.from({ length: CURVE_POINTS + 1 }, (_, i) => {
      const elapsed = Math.round((s.leadin_length * i) / CURVE_POINTS)
      return { saleTime: s.sale_start + elapsed, at: new Date(startMs + elapsed * ms), price: leadinPrice(endPrice, s.leadin_length, elapsed) }
    })
    const regionBeginMs = new Date(s.region_begin_at).getTime()
    return {
      id: s.id,
      chain: s.chain,
      regionBegin: s.region_begin,
      regionEnd: s.region_end,
      regionBeginRelayBlock: s.region_begin_relay_block,
      regionBeginAt: s.region_begin_at,
      regionEndAt: s.region_end_at,
      saleStart: s.sale_start,
      leadinLength: s.leadin_length,
      timeUnit: s.time_unit,
      saleStartAt: s.sale_start_at,
      leadinEndAt: s.leadin_end_at,
      startPrice: s.start_price,
      endPrice: s.end_price,
      idealCoresSold: s.ideal_cores_sold,
      coresOffered: s.cores_offered,
      coresSold: s.cores_sold,
      coresPurchased: s.cores_purchased,
      coresRenewed: s.cores_renewed,
      coresLeft: Math.max(0, s.cores_offered - s.cores_sold),
      selloutPrice: s.sellout_price,
      priceRule: s.price_rule,
      nextEndPrice: s.next_end_price,
      nextTargetPrice: s.next_target_price,
      priceNow: leadinPrice(endPrice, s.leadin_length, Math.floor((now - startMs) / ms)),
      secondsLeft: regionBeginMs > now ? Math.round((regionBeginMs - now) / 1000) : null,
      specVersion: s.spec_version,
      priceCurve: curve,
      revenue: {
        bulk: sum(own.filter((p) => p.kind === 'Bulk').map((p) => p.price)),
        renewal: sum(own.filter((p) => p.kind === 'Renewal').map((p) => p.price)),
        credits: sum(credits.map((c) => c.amount)),
        onDemand: sum(paidOrders.map((o) => o.amount)),
        onDemandOrders: ownOrders.length,
        total: sum(paid.map((p) => p.amount)),
        burned: sum(paid.filter((p) => p.to === 'Burned').map((p) => p.amount)),
        toTreasury: sum(paid.filter((p) => p.to === 'Treasury').map((p) => p.amount)),
        unattributed: sum(paid.filter((p) => !p.to).map((p) => p.amount)),
        poolSystemPayout: sum(evs.filter((e) => e.kind === 'ClaimsReady').map((e) => e.system_amount)),
        poolPrivatePayout: sum(evs.filter((e) => e.kind === 'ClaimsReady').map((e) => e.amount)),
        poolClaimsPaid: sum(evs.filter((e) => e.kind === 'RevenueClaimPaid').map((e) => e.amount)),
      },
      purchases: own.map(purchaseFromRow),
      event: eventRefOfFactId(s.chain, s.event_id, s.timestamp),
    }
  })
}

function renewalFromRow(r: Row<CoreRenewal>) {
  return {
    id: r.id,
    chain: r.chain,
    core: r.core,
    begin: r.begin,
    beginAt: r.begin_at,
    price: r.price,
    workload: r.workload,
    status: r.status,
    renewedBy: r.renewed_by,
    renewedPrice: r.renewed_price,
    autoRenew: r.auto_renew,
    event: eventRefOfFactId(r.chain, r.renewable_event_id, r.renewable_timestamp),
    renewedEvent: eventRefOfFactId(r.chain, r.renewed_event_id, r.renewed_timestamp),
    droppedEvent: eventRefOfFactId(r.chain, r.dropped_event_id, r.dropped_timestamp),
  }
}

export const coretime: ApiModule = {
  name: 'coretime',
  typeDefs: readSdl(__dirname, 'coretime.graphql'),
  eventFacts: [
    {
      field: 'coretimePurchase',
      async ofEvent({ q }, id) {
        const [p] = await q<Row<CoretimePurchase>>(`SELECT * FROM coretime_purchase WHERE id = $1`, [id])
        return { value: p ? purchaseFromRow(p) : null, timestamps: p ? [p.timestamp] : [] }
      },
    },
    {
      field: 'coretimeSaleOpened',
      async ofEvent({ q }, id) {
        const [s] = await q<Row<CoretimeSale>>(`SELECT * FROM coretime_sale WHERE event_id = $1`, [id])
        return { value: s ? { regionBegin: s.region_begin, regionEnd: s.region_end, endPrice: s.end_price, coresOffered: s.cores_offered } : null, timestamps: s ? [s.timestamp] : [] }
      },
    },
    {
      field: 'brokerEvent',
      async ofEvent({ q }, id) {
        const [e] = await q<Row<BrokerEvent>>(`SELECT * FROM broker_event WHERE id = $1`, [id])
        return { value: e ? brokerEventFromRow(e) : null, timestamps: e ? [e.timestamp] : [] }
      },
    },
    {
      field: 'onDemandEvent',
      async ofEvent({ q }, id) {
        const [r] = await q<Row<OnDemandEvent>>(`SELECT * FROM on_demand_event WHERE id = $1`, [id])
        return { value: r ? onDemandFromRow(r) : null, timestamps: r ? [r.timestamp] : [] }
      },
    },
  ],
  resolvers: ({ q }) => ({
    Query: {
      async coretimeSales(_: unknown, args: { chain?: string; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('chain = ?', chain)
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM coretime_sale ${w.sql}`, w.params)
        const rows = await q<Row<CoretimeSale>>(`SELECT * FROM coretime_sale ${w.sql} ORDER BY region_begin DESC, chain LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return { items: await withDetails(q, rows), totalCount: n, limit, offset }
      },

      async coretimeSale(_: unknown, args: { chain: string; regionBegin?: number | null }) {
        const chain = chainArg(args.chain)!
        const rows =
          args.regionBegin == null
            ? await q<Row<CoretimeSale>>(`SELECT * FROM coretime_sale WHERE chain = $1 ORDER BY region_begin DESC LIMIT 1`, [chain])
            : await q<Row<CoretimeSale>>(`SELECT * FROM coretime_sale WHERE chain = $1 AND region_begin = $2`, [chain, args.regionBegin])
        return (await withDetails(q, rows))[0] ?? null
      },

      async coretimePurchases(_: unknown, args: { chain?: string; kind?: string; regionBegin?: number; core?: number; who?: string; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('chain = ?', chain)
        if (args.kind) w.add('kind = ?', args.kind)
        if (args.regionBegin != null) w.add('region_begin = ?', args.regionBegin)
        if (args.core != null) w.add('core = ?', args.core)
        if (args.who) w.add('who = ANY(?)', accountArg(args.who, 'who'))
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM coretime_purchase ${w.sql}`, w.params)
        const rows = await q<Row<CoretimePurchase>>(`SELECT * FROM coretime_purchase ${w.sql} ORDER BY block_number DESC, event_index DESC LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return { items: rows.map(purchaseFromRow), totalCount: n, limit, offset }
      },

      async coreRenewals(_: unknown, args: { chain?: string; status?: string[]; core?: number; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('chain = ?', chain)
        const status = enumArg(args.status, CoreRenewalStatus, 'status')
        if (status) w.add('status = ANY(?)', status)
        if (args.core != null) w.add('core = ?', args.core)
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM core_renewal ${w.sql}`, w.params)
        const rows = await q<Row<CoreRenewal>>(`SELECT * FROM core_renewal ${w.sql} ORDER BY begin, core, chain LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return { items: rows.map(renewalFromRow), totalCount: n, limit, offset }
      },

      async coreAssignments(_: unknown, args: { chain?: string; core?: number; task?: number; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('chain = ?', chain)
        if (args.core != null) w.add('core = ?', args.core)
        if (args.task != null) w.add('task = ?', args.task)
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM core_assignment ${w.sql}`, w.params)
        const rows = await q<Row<CoreAssignment>>(`SELECT * FROM core_assignment ${w.sql} ORDER BY begin_relay_block DESC, core, id LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return {
          items: rows.map((r) => ({ id: r.id, chain: r.chain, core: r.core, beginRelayBlock: r.begin_relay_block, beginTimeslice: r.begin_timeslice, beginAt: r.begin_at, kind: r.kind, task: r.task, parts: r.parts, event: eventRefOfFactId(r.chain, r.event_id, r.timestamp) })),
          totalCount: n,
          limit,
          offset,
        }
      },

      async onDemandEvents(_: unknown, args: { chain?: string; kind?: string; paraId?: number; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('chain = ?', chain)
        if (args.kind) w.add('kind = ?', args.kind)
        if (args.paraId != null) w.add('para_id = ?', args.paraId)
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM on_demand_event ${w.sql}`, w.params)
        const rows = await q<Row<OnDemandEvent>>(`SELECT * FROM on_demand_event ${w.sql} ORDER BY block_number DESC, event_index DESC LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return {
          items: rows.map(onDemandFromRow),
          totalCount: n,
          limit,
          offset,
        }
      },

      async brokerEvents(_: unknown, args: { chain?: string; kind?: string[]; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('chain = ?', chain)
        const kind = enumArg(args.kind, BrokerEventKind, 'kind')
        if (kind) w.add('kind = ANY(?)', kind)
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM broker_event ${w.sql}`, w.params)
        const rows = await q<Row<BrokerEvent>>(`SELECT * FROM broker_event ${w.sql} ORDER BY block_number DESC, event_index DESC LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return { items: rows.map(brokerEventFromRow), totalCount: n, limit, offset }
      },
    },
  }),
}
