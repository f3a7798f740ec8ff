import type { PageServerLoad } from './$types'
import { parsePeriod } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { parseShare } from './share'

export const load: PageServerLoad = async ({ url, fetch }) => {
  const { value: query, problems } = parsePeriod(url.searchParams)
  const { share, problem } = parseShare(url.searchParams)
  if (problem) problems.push(problem)
  const api = serverApi(fetch)
  return fromApi(async () => ({ query, problems, share, result: await api.builderRewards(share, { from: query.from, to: query.to }) }))
}
