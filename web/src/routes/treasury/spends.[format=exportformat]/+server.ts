/**
 * /treasury/spends.csv and /treasury/spends.json: every spend matching the page's filters (not just the visible
 * page), fetched from the API in pages of its maximum size.
 */
import { error } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { spendsToCsv } from '$lib/csv'
import { MAX_LIMIT, parseSpendQuery, spendFilter } from '$lib/filters'
import { ApiError } from '$lib/api'
import { fromApi, serverApi } from '$lib/server/api'
import type { Spend } from '$lib/types'

/** A guard against exporting an unbounded table through one request; narrow the filters beyond this */
const MAX_ROWS = 20_000

export const GET: RequestHandler = async ({ params, url, fetch }) => {
  const { value: q, problems } = parseSpendQuery(url.searchParams)
  if (problems.length) error(400, { message: `Bad export filters: ${problems.join(' ')}` })
  const api = serverApi(fetch)
  const filter = spendFilter(q)

  const items: Spend[] = []
  let totalCount = 0
  await fromApi(async () => {
    for (let offset = 0; ; offset += MAX_LIMIT) {
      const page = await api.spends({ filter, orderBy: q.order, limit: MAX_LIMIT, offset }).catch((e) => {
        if (e instanceof ApiError && e.badArgument) error(400, { message: `Bad export filters: ${e.message}` })
        throw e
      })
      totalCount = page.totalCount
      if (totalCount > MAX_ROWS) error(413, { message: `${totalCount} spends match; exports are limited to ${MAX_ROWS}. Narrow the period or status.` })
      items.push(...page.items)
      if (page.items.length === 0 || items.length >= totalCount) break
    }
  })

  const stamp = new Date().toISOString().slice(0, 10)
  const name = `spends${q.chain ? `-${q.chain}` : ''}${q.from ? `-from-${q.from}` : ''}${q.to ? `-to-${q.to}` : ''}-${stamp}`
  if (params.format === 'csv') {
    return new Response(spendsToCsv(items), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` },
    })
  }
  const body = { filter: { ...filter, orderBy: q.order }, totalCount, exportedAt: new Date().toISOString(), items }
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${name}.json"` },
  })
}
