/** /governance/<chain>/<index>/votes.csv and .json: every vote cast or removed on one referendum, in event order. */
import { error } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { votesToCsv } from '$lib/csv'
import { KNOWN_CHAINS } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { identitiesIn } from '$lib/identities'
import { exportName, exportResponse, fetchAllPages } from '$lib/server/export'

export const GET: RequestHandler = async ({ params, fetch }) => {
  const { chain } = params
  if (!(KNOWN_CHAINS as readonly string[]).includes(chain)) error(404, { message: `No chain "${chain}": use one of ${KNOWN_CHAINS.join(', ')}.` })
  const index = Number(params.index)
  const api = serverApi(fetch)
  const { items, totalCount } = await fetchAllPages('votes', (offset, limit) => api.referendumVotes({ chain, index, limit, offset }))
  const identities = await fromApi(() => identitiesIn(api, items))
  return exportResponse(params.format, exportName('votes', [chain, `referendum-${index}`]), () => votesToCsv(items, identities), () => ({ referendum: { chain, index }, totalCount, items, identities }))
}
