import type { PageServerLoad } from './$types'
import { fromApi, serverApi } from '$lib/server/api'
import { withIdentities } from '$lib/identities'

export const load: PageServerLoad = async ({ params, fetch }) => {
  const api = serverApi(fetch)
  return fromApi(async () => withIdentities(api, { view: await api.subTreasury(params.sub) }))
}
