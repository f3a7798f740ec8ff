import type { PageServerLoad } from './$types'
import { parsePeriod } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { parseLotteryShare } from './share'
import { withIdentities } from '$lib/identities'

export const load: PageServerLoad = async ({ url, fetch }) => {
  const { value: query, problems } = parsePeriod(url.searchParams)
  const { share, problem } = parseLotteryShare(url.searchParams)
  if (problem) problems.push(problem)
  const api = serverApi(fetch)
  return fromApi(async () => withIdentities(api, { query, problems, share, lottery: await api.lottery(share, { from: query.from, to: query.to }) }))
}
