/** /cores/paras.csv and .json: every para-day matching the cores page's filters. */
import { error } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { toCsv } from '$lib/csv'
import { parseCoresQuery } from '$lib/filters'
import { serverApi } from '$lib/server/api'
import { exportName, exportResponse, fetchAllPages } from '$lib/server/export'

const COLUMNS = ['chain', 'date', 'para', 'included', 'backed', 'on_demand_included', 'cores', 'elastic_timeslices', 'on_demand_orders', 'spot_price_sum_planck', 'first_block', 'last_block', 'first_event', 'last_event'] as const

export const GET: RequestHandler = async ({ params, url, fetch }) => {
  const { value: q, problems } = parseCoresQuery(url.searchParams)
  if (problems.length) error(400, { message: `Bad export filters: ${problems.join(' ')}` })
  const api = serverApi(fetch)
  const filter = { chain: q.chain, from: q.from, to: q.to, para: q.para }
  const { items, totalCount } = await fetchAllPages('para-days', (offset, limit) => api.paraUsage({ ...filter, limit, offset }))
  const name = exportName('para-usage', [q.chain, q.para !== undefined ? `para-${q.para}` : undefined, q.from && `from-${q.from}`, q.to && `to-${q.to}`])
  const csv = () =>
    toCsv(
      COLUMNS,
      items.map((p) => [p.chain, p.date, p.paraId, p.included, p.backed, p.onDemandIncluded, p.cores.join(' '), p.elasticSlices, p.orders, p.spotPriceSum, p.firstBlock, p.lastBlock, p.firstEvent ?? '', p.lastEvent ?? '']),
    )
  return exportResponse(params.format, name, csv, () => ({ filter, totalCount, items }))
}
