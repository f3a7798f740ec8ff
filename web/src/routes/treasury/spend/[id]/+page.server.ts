import { error } from '@sveltejs/kit'
import type { PageServerLoad } from './$types'
import { fromApi, serverApi } from '$lib/server/api'
import { withIdentities } from '$lib/identities'

export const load: PageServerLoad = async ({ params, fetch }) => {
  const api = serverApi(fetch)
  const [spend, assets] = await fromApi(() => Promise.all([api.spend(params.id), api.assets()]))
  if (!spend) error(404, { message: `The API knows no spend "${params.id}".` })
  // nativeAmount is in the native token, whatever the spend's own asset
  return fromApi(() => withIdentities(api, { spend, native: assets.find((a) => a.id === 'native') ?? null }))
}
