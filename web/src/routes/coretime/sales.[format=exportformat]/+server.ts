/** /coretime/sales.csv and .json: every indexed sale with its cores, prices, forecast and revenue by destination. */
import type { RequestHandler } from './$types'
import { toCsv } from '$lib/csv'
import { serverApi } from '$lib/server/api'
import { exportName, exportResponse, fetchAllPages } from '$lib/server/export'

const COLUMNS = [
  'sale_region_begin', 'region_end', 'region_begin_at', 'sale_start', 'leadin_length', 'time_unit', 'sale_start_at', 'leadin_end_at', 'start_price', 'end_price',
  'ideal_cores_sold', 'cores_offered', 'cores_sold', 'cores_purchased', 'cores_renewed', 'sellout_price', 'price_rule', 'next_end_price', 'next_target_price',
  'revenue_bulk', 'revenue_renewal', 'revenue_credits', 'revenue_on_demand', 'on_demand_orders', 'revenue_total', 'revenue_burned', 'revenue_to_treasury', 'revenue_unattributed', 'pool_private_payout', 'pool_claims_paid', 'event',
] as const

export const GET: RequestHandler = async ({ params, fetch }) => {
  const api = serverApi(fetch)
  const { items, totalCount } = await fetchAllPages('sales', (offset, limit) => api.coretimeSales({ chain: 'coretime', limit, offset }))
  const rows = items.map((s) => [
    s.regionBegin, s.regionEnd, s.regionBeginAt, s.saleStart, s.leadinLength, s.timeUnit, s.saleStartAt, s.leadinEndAt, s.startPrice, s.endPrice,
    s.idealCoresSold, s.coresOffered, s.coresSold, s.coresPurchased, s.coresRenewed, s.selloutPrice, s.priceRule, s.nextEndPrice, s.nextTargetPrice,
    s.revenue.bulk, s.revenue.renewal, s.revenue.credits, s.revenue.onDemand, s.revenue.onDemandOrders, s.revenue.total, s.revenue.burned, s.revenue.toTreasury, s.revenue.unattributed, s.revenue.poolPrivatePayout, s.revenue.poolClaimsPaid, s.event.id,
  ])
  // the curve and the purchases are the API's; the export keeps one row per sale
  const slim = items.map(({ priceCurve: _c, purchases, ...s }) => ({ ...s, purchases: purchases.map((p) => ({ ...p, event: p.event.id })) }))
  return exportResponse(params.format, exportName('coretime-sales', []), () => toCsv(COLUMNS, rows), () => ({ chain: 'coretime', totalCount, items: slim }))
}
