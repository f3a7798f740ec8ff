/** /cloud/usage.csv and .json: the Cloud's usage per day in the cloud page's period. */
import { error } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { toCsv } from '$lib/csv'
import { parsePeriod } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { exportName, exportResponse } from '$lib/server/export'

const COLUMNS = ['chain', 'date', 'cores_in_use', 'cores_assigned', 'idle_cores', 'blocks_included', 'pool_included', 'allowed', 'utilisation', 'paras_active', 'elastic_paras', 'on_demand_orders', 'on_demand_spot_price_sum_planck', 'first_block', 'last_block'] as const

export const GET: RequestHandler = async ({ params, url, fetch }) => {
  const { value: q, problems } = parsePeriod(url.searchParams)
  if (problems.length) error(400, { message: `Bad export filters: ${problems.join(' ')}` })
  const api = serverApi(fetch)
  const filter = { chain: q.chain, from: q.from, to: q.to }
  const items = await fromApi(() => api.cloudUsage(q.chain, filter))
  const name = exportName('cloud-usage', [q.chain, q.from && `from-${q.from}`, q.to && `to-${q.to}`])
  const csv = () =>
    toCsv(
      COLUMNS,
      items.map((d) => [d.chain, d.date, d.coresInUse, d.coresAssigned, d.idleCores, d.blocksIncluded, d.poolIncluded, d.allowed, d.utilisation ?? '', d.parasActive, d.elasticParas, d.onDemandOrders, d.onDemandSpotPriceSum, d.firstBlock, d.lastBlock]),
    )
  return exportResponse(params.format, name, csv, () => ({ filter, totalCount: items.length, items }))
}
