import type { PageServerLoad } from './$types'
import { ApiError } from '$lib/api'
import { parseBountyQuery, bountyQueryString } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { toCanonical } from '$lib/server/canonical'
import { withIdentities } from '$lib/identities'

export const load: PageServerLoad = async ({ url, fetch }) => {
  const { value: query, problems } = parseBountyQuery(url.searchParams)
  toCanonical(url, bountyQueryString(query), problems)
  const api = serverApi(fetch)
  const bountiesPage = () => api.bounties({ chain: query.chain, status: query.status, beneficiary: query.beneficiary, limit: query.limit, offset: query.offset })
  return fromApi(async () => {
    const [sync, bounties, assets, payouts] = await Promise.all([
      api.syncStatus(),
      bountiesPage().catch((e) => {
        // an address of the right shape with a wrong checksum: only the API can tell; show every bounty and say why
        if (!(e instanceof ApiError && e.badArgument === 'beneficiary')) throw e
        problems.push(`Ignored beneficiary "${query.beneficiary}": it is not a valid SS58 address (wrong checksum?).`)
        delete query.beneficiary
        return bountiesPage()
      }),
      api.assets(),
      api.bountyPayouts(query.chain),
    ])
    return withIdentities(api, { query, problems, sync, bounties, payouts, native: assets.find((a) => a.id === 'native') ?? null })
  })
}
