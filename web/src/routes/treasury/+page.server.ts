import type { PageServerLoad } from './$types'
import { ApiError } from '$lib/api'
import { parseSpendQuery, spendFilter, spendQueryString } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { toCanonical } from '$lib/server/canonical'
import { withIdentities } from '$lib/identities'

export const load: PageServerLoad = async ({ url, fetch }) => {
  const { value: query, problems } = parseSpendQuery(url.searchParams)
  toCanonical(url, spendQueryString(query), problems)
  const period = { from: query.from, to: query.to }
  const api = serverApi(fetch)
  const spendsPage = () => api.spends({ filter: spendFilter(query), orderBy: query.order, limit: query.limit, offset: query.offset })
  return fromApi(async () => {
    const [sync, summary, daily, migration, feeTotals, income, spending, assets, prices, spends] = await Promise.all([
      api.syncStatus(),
      api.treasurySummary(query.chain, period),
      api.treasuryDaily(query.chain, period),
      api.treasuryMigration(),
      api.feeTotals(query.chain, period),
      api.treasuryIncome(query.chain, period),
      api.treasurySpending(query.chain, period, query.spending),
      api.assets(),
      // every price up to the period's end: a figure takes its own day's, or the latest before it
      api.dotPrices({ to: query.to }),
      spendsPage().catch((e) => {
        // An address of the right shape with a wrong checksum: only the API can tell. Show every spend and say why.
        if (!(e instanceof ApiError && e.badArgument === 'beneficiary')) throw e
        problems.push(`Ignored beneficiary "${query.beneficiary}": it is not a valid SS58 address (wrong checksum?).`)
        delete query.beneficiary
        return spendsPage()
      }),
    ])
    return withIdentities(api, { query, problems, sync, summary, daily, migration, feeTotals, income, spending, native: assets.find((a) => a.id === 'native') ?? summary.asset, prices, spends })
  })
}
