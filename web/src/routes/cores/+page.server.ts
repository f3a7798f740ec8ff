/** /cores: utilisation per core and day (the heat map and its table), usage per para, and idle cores. */
import type { PageServerLoad } from './$types'
import { coresQueryString, parseCoresQuery } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { toCanonical } from '$lib/server/canonical'
import { fetchAllPages } from '$lib/server/export'

export const load: PageServerLoad = async ({ url, fetch }) => {
  const { value: query, problems } = parseCoresQuery(url.searchParams)
  toCanonical(url, coresQueryString(query), problems)
  const api = serverApi(fetch)
  const filter = { chain: query.chain, from: query.from, to: query.to }
  const [sync, cores, paras, idle] = await Promise.all([
    fromApi(() => api.syncStatus()),
    // the heat map needs every core-day of the period (O(days × cores)), not a page of them
    fetchAllPages('core-days', (offset, limit) => api.coreUsage({ ...filter, core: query.core, para: query.para, limit, offset })),
    fetchAllPages('para-days', (offset, limit) => api.paraUsage({ ...filter, para: query.para, limit, offset })),
    fetchAllPages('idle core-days', (offset, limit) => api.idleCores({ ...filter, core: query.core, limit, offset })),
  ])
  return { query, problems, sync, cores: cores.items, paras: paras.items, idle: idle.items }
}
