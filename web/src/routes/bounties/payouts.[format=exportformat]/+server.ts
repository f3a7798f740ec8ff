/** /bounties/payouts.csv and .json: bounty and child-bounty payouts by category, for the bounties page's chain. */
import { error } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { bountyPayoutsToCsv } from '$lib/csv'
import { parseBountyQuery } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { exportName, exportResponse } from '$lib/server/export'

export const GET: RequestHandler = async ({ params, url, fetch }) => {
  const { value: q, problems } = parseBountyQuery(url.searchParams)
  if (problems.length) error(400, { message: `Bad export filters: ${problems.join(' ')}` })
  const payouts = await fromApi(() => serverApi(fetch).bountyPayouts(q.chain))
  return exportResponse(params.format, exportName('bounty-payouts', [q.chain]), () => bountyPayoutsToCsv(payouts.rows, payouts.excluded), () => ({ filter: { chain: q.chain ?? null }, ...payouts }))
}
