/** /governance/referenda.csv and .json: every referendum matching the governance page's filters. */
import { error } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { referendaToCsv } from '$lib/csv'
import { parseReferendaQuery, referendaFilter } from '$lib/filters'
import { serverApi } from '$lib/server/api'
import { exportName, exportResponse, fetchAllPages } from '$lib/server/export'

export const GET: RequestHandler = async ({ params, url, fetch }) => {
  const { value: q, problems } = parseReferendaQuery(url.searchParams)
  if (problems.length) error(400, { message: `Bad export filters: ${problems.join(' ')}` })
  const api = serverApi(fetch)
  const filter = referendaFilter(q)
  const { items, totalCount } = await fetchAllPages('referenda', (offset, limit) => api.referenda({ ...filter, limit, offset }))
  const name = exportName('referenda', [q.chain, q.track !== undefined ? `track-${q.track}` : undefined, q.from && `from-${q.from}`, q.to && `to-${q.to}`])
  return exportResponse(params.format, name, () => referendaToCsv(items), () => ({ filter, totalCount, items }))
}
