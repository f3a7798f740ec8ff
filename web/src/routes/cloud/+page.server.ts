/** /cloud: the Cloud's own activity per day (cores in use, blocks, paras, elastic paras, on-demand orders). */
import type { PageServerLoad } from './$types'
import { parsePeriod, periodQueryString } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { toCanonical } from '$lib/server/canonical'

export const load: PageServerLoad = async ({ url, fetch }) => {
  const { value: query, problems } = parsePeriod(url.searchParams)
  toCanonical(url, periodQueryString(query), problems)
  const api = serverApi(fetch)
  return fromApi(async () => {
    const [sync, days, assets] = await Promise.all([api.syncStatus(), api.cloudUsage(query.chain, { from: query.from, to: query.to }), api.assets()])
    return { query, problems, sync, days, native: assets.find((a) => a.id === 'native') ?? null }
  })
}
