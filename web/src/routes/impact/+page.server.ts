/** /impact: every funded proposal's measured impact on its first metric, filtered by category, track, payout period and verdict. */
import type { PageServerLoad } from './$types'
import { impactQueryString, parseImpact } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { toCanonical } from '$lib/server/canonical'

export const load: PageServerLoad = async ({ url, fetch }) => {
  const { value: query, problems } = parseImpact(url.searchParams)
  toCanonical(url, impactQueryString(query), problems)
  const api = serverApi(fetch)
  return fromApi(async () => {
    const [sync, impact] = await Promise.all([
      api.syncStatus(),
      api.treasuryImpact({ chain: query.chain, from: query.from, to: query.to, category: query.category, track: query.track, verdict: query.verdict, windowDays: query.window, limit: query.limit, offset: query.offset }),
    ])
    return { query, problems, sync, impact }
  })
}
