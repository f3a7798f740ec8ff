/** /treasury/spends.csv and /treasury/spends.json: every spend matching the page's filters. */
import { error } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { spendsToCsv } from '$lib/csv'
import { parseSpendQuery, spendFilter } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { exportName, exportResponse, fetchAllPages } from '$lib/server/export'
import { identitiesIn } from '$lib/identities'

export const GET: RequestHandler = async ({ params, url, fetch }) => {
  const { value: q, problems } = parseSpendQuery(url.searchParams)
  if (problems.length) error(400, { message: `Bad export filters: ${problems.join(' ')}` })
  const api = serverApi(fetch)
  const filter = spendFilter(q)
  const { items, totalCount } = await fetchAllPages('spends', (offset, limit) => api.spends({ filter, orderBy: q.order, limit, offset }))
  const name = exportName('spends', [q.chain, q.from && `from-${q.from}`, q.to && `to-${q.to}`])
  const identities = await fromApi(() => identitiesIn(api, items))
  return exportResponse(params.format, name, () => spendsToCsv(items, identities), () => ({ filter: { ...filter, orderBy: q.order }, totalCount, items, identities }))
}
