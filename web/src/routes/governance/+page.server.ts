import type { PageServerLoad } from './$types'
import { MAX_LIMIT, parseReferendaQuery, referendaFilter, referendaQueryString } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { toCanonical } from '$lib/server/canonical'

export const load: PageServerLoad = async ({ url, fetch }) => {
  const { value: query, problems } = parseReferendaQuery(url.searchParams)
  toCanonical(url, referendaQueryString(query), problems)
  const api = serverApi(fetch)
  const filter = referendaFilter(query)
  return fromApi(async () => {
    const [sync, summary, referenda, recent, tracks, assets] = await Promise.all([
      api.syncStatus(),
      api.referendaSummary(filter),
      api.referenda({ ...filter, limit: query.limit, offset: query.offset }),
      // the turnout chart: the newest referenda of the filter, as many as one API page holds
      api.referenda({ ...filter, limit: MAX_LIMIT, offset: 0 }),
      api.referendaTracks(query.chain),
      api.assets(),
    ])
    return { query, problems, sync, summary, referenda, recent, tracks, native: assets.find((a) => a.id === 'native') ?? null }
  })
}
