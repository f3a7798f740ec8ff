import type { PageServerLoad } from './$types'
import { parsePeriod, periodQueryString } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { toCanonical } from '$lib/server/canonical'

export const load: PageServerLoad = async ({ url, fetch }) => {
  const { value: query, problems } = parsePeriod(url.searchParams)
  toCanonical(url, periodQueryString(query), problems)
  const period = { from: query.from, to: query.to }
  const api = serverApi(fetch)
  return fromApi(async () => {
    const sync = await api.syncStatus()
    const chains = sync.map((c) => c.chain)
    const [totals, daily, flows, perChain] = await Promise.all([
      api.feeTotals(query.chain, period),
      api.feeDaily(query.chain, period),
      api.moneyFlowDaily(query.chain, period),
      // The per-chain comparison only makes sense across all chains
      query.chain ? Promise.resolve([]) : Promise.all(chains.map((c) => api.feeTotals(c, period))),
    ])
    return { query, problems, sync, totals, daily, flows, perChain }
  })
}
