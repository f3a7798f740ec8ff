import { error } from '@sveltejs/kit'
import type { PageServerLoad } from './$types'
import { KNOWN_CHAINS } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { chain } = params
  if (!(KNOWN_CHAINS as readonly string[]).includes(chain)) error(404, { message: `No chain "${chain}": use one of ${KNOWN_CHAINS.join(', ')}.` })
  const index = Number(params.index)
  const api = serverApi(fetch)
  const [bounty, assets] = await fromApi(() => Promise.all([api.bounty(chain, index), api.assets()]))
  if (!bounty) error(404, { message: `The API knows no bounty #${index} on ${chain}.` })
  return { bounty, native: assets.find((a) => a.id === 'native') ?? null }
}
