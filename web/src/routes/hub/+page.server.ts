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
    const [sync, days, assets, pools, prices, contracts, staking] = await Promise.all([api.syncStatus(), api.hubDaily(period), api.hubAssetDaily(period), api.hubPoolDaily(period), api.dotPrices(period), api.hubContracts(period), api.stakingEras(period)])
    return { query, problems, sync, days, assets, pools, prices, contracts, staking }
  })
}
