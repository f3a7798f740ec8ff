import type { PageServerLoad } from './$types'
import { parsePeriod } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { parseLotteryShare } from './share'

export const load: PageServerLoad = async ({ url, fetch }) => {
  const { value: query, problems } = parsePeriod(url.searchParams)
  const { share, problem } = parseLotteryShare(url.searchParams)
  if (problem) problems.push(problem)
  return fromApi(async () => ({ query, problems, share, lottery: await serverApi(fetch).lottery(share, { from: query.from, to: query.to }) }))
}
