/** /cores/usage.csv and .json: every core-day matching the cores page's filters. */
import { error } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { toCsv } from '$lib/csv'
import { parseCoresQuery } from '$lib/filters'
import { serverApi } from '$lib/server/api'
import { exportName, exportResponse, fetchAllPages } from '$lib/server/export'

const COLUMNS = ['chain', 'date', 'core', 'assignment', 'included', 'backed', 'pool_included', 'allowed', 'task_allowed', 'pool_allowed', 'idle', 'utilisation', 'paras', 'first_block', 'last_block', 'first_event', 'last_event'] as const

export const GET: RequestHandler = async ({ params, url, fetch }) => {
  const { value: q, problems } = parseCoresQuery(url.searchParams)
  if (problems.length) error(400, { message: `Bad export filters: ${problems.join(' ')}` })
  const api = serverApi(fetch)
  const filter = { chain: q.chain, from: q.from, to: q.to, core: q.core, para: q.para }
  const { items, totalCount } = await fetchAllPages('core-days', (offset, limit) => api.coreUsage({ ...filter, limit, offset }))
  const name = exportName('core-usage', [q.chain, q.core !== undefined ? `core-${q.core}` : undefined, q.para !== undefined ? `para-${q.para}` : undefined, q.from && `from-${q.from}`, q.to && `to-${q.to}`])
  const csv = () =>
    toCsv(
      COLUMNS,
      items.map((c) => [c.chain, c.date, c.core, c.assignment, c.included, c.backed, c.poolIncluded, c.allowed, c.taskAllowed, c.poolAllowed, c.idle, c.utilisation ?? '', c.paras.join(' '), c.firstBlock, c.lastBlock, c.firstEvent ?? '', c.lastEvent ?? '']),
    )
  return exportResponse(params.format, name, csv, () => ({ filter, totalCount, items }))
}
