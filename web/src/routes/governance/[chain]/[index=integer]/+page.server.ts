import { error } from '@sveltejs/kit'
import type { PageServerLoad } from './$types'
import { KNOWN_CHAINS, parsePaging } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { withIdentities } from '$lib/identities'

export const load: PageServerLoad = async ({ params, url, fetch }) => {
  const { chain } = params
  if (!(KNOWN_CHAINS as readonly string[]).includes(chain)) error(404, { message: `No chain "${chain}": use one of ${KNOWN_CHAINS.join(', ')}.` })
  const index = Number(params.index)
  const problems: string[] = []
  const paging = parsePaging(url.searchParams, problems)
  const api = serverApi(fetch)
  const [referendum, votes, tracks, assets] = await fromApi(() =>
    Promise.all([api.referendum(chain, index), api.referendumVotes({ chain, index, ...paging }), api.referendaTracks(chain), api.assets()]),
  )
  if (!referendum) error(404, { message: `The API knows no referendum #${index} on ${chain}.` })
  return fromApi(() => withIdentities(api, { referendum, votes, paging, problems, track: tracks.find((t) => t.track === referendum.track) ?? null, native: assets.find((a) => a.id === 'native') ?? null }))
}
