import type { PageServerLoad } from './$types'
import { parsePeriod, periodQueryString } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { toCanonical } from '$lib/server/canonical'

export const load: PageServerLoad = async ({ url, fetch }) => {
  const { value: query, problems } = parsePeriod(url.searchParams)
  toCanonical(url, periodQueryString(query), problems)
  const api = serverApi(fetch)
  return fromApi(async () => {
    const [sync, replication, treasury, fees] = await Promise.all([
      api.syncStatus(),
      api.databaseReplication(),
      api.treasurySummary(query.chain, query),
      api.feeTotals(query.chain, query),
    ])
    return { query, problems, sync, replication, treasury, fees }
  })
}
