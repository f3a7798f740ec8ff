import type { PageServerLoad } from './$types'
import { parseSpendQuery, spendQueryString } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { toCanonical } from '$lib/server/canonical'

export const load: PageServerLoad = async ({ url, fetch }) => {
  const { value: query, problems } = parseSpendQuery(url.searchParams)
  toCanonical(url, spendQueryString(query), problems)
  const period = { from: query.from, to: query.to }
  const api = serverApi(fetch)
  return fromApi(async () => {
    const [sync, summary, daily, spends] = await Promise.all([
      api.syncStatus(),
      api.treasurySummary(query.chain, period),
      api.treasuryDaily(query.chain, period),
      api.spends({
        filter: { chain: query.chain, status: query.status.length ? query.status : undefined, from: query.from, to: query.to },
        orderBy: query.order,
        limit: query.limit,
        offset: query.offset,
      }),
    ])
    return { query, problems, sync, summary, daily, spends }
  })
}
