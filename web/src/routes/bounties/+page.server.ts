import type { PageServerLoad } from './$types'
import { parseBountyQuery, bountyQueryString } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { toCanonical } from '$lib/server/canonical'
import { withIdentities } from '$lib/identities'

export const load: PageServerLoad = async ({ url, fetch }) => {
  const { value: query, problems } = parseBountyQuery(url.searchParams)
  toCanonical(url, bountyQueryString(query), problems)
  const api = serverApi(fetch)
  return fromApi(async () => {
    const [sync, bounties, assets, payouts] = await Promise.all([
      api.syncStatus(),
      api.bounties({ chain: query.chain, status: query.status, limit: query.limit, offset: query.offset }),
      api.assets(),
      api.bountyPayouts(query.chain),
    ])
    return withIdentities(api, { query, problems, sync, bounties, payouts, native: assets.find((a) => a.id === 'native') ?? null })
  })
}
