/**
 * /report/2026-Q1: the quarterly treasury report, from the same API queries the treasury, governance, coretime,
 * cloud and hub pages use, each limited to the quarter's days. A text that is not a quarter is a 400 saying why.
 */
import { error } from '@sveltejs/kit'
import type { PageServerLoad } from './$types'
import { MAX_LIMIT } from '$lib/filters'
import { inQuarter, parseQuarter } from '$lib/quarter'
import { fromApi, serverApi } from '$lib/server/api'
import { fetchAllPages } from '$lib/server/export'
import { identitiesIn } from '$lib/identities'
import type { ReferendumStatus } from '$lib/types'

/** The statuses a referendum ends in; its endedAt says in which quarter */
const ENDED: ReferendumStatus[] = ['Approved', 'Rejected', 'TimedOut', 'Cancelled', 'Killed']
const TOP_BENEFICIARIES = 10
/** each verdict costs a bootstrap and its placebos: the report measures this many, and links to the rest on /impact */
const IMPACT_ROWS = 25

export const load: PageServerLoad = async ({ params, fetch }) => {
  const parsed = parseQuarter(params.quarter)
  if ('problem' in parsed) error(400, { message: `Bad quarter in the address: ${parsed.problem}.` })
  const quarter = parsed.value
  const period = { from: quarter.from, to: quarter.to }
  const api = serverApi(fetch)
  return fromApi(async () => {
    const [sync, summary, daily, migration, income, byCategory, byBeneficiary, assets, prices, ended, sales, cloud, hub, hubAssets, impact] = await Promise.all([
      api.syncStatus(),
      api.treasurySummary(undefined, period),
      api.treasuryDaily(undefined, period),
      api.treasuryMigration(),
      api.treasuryIncome(undefined, period),
      api.treasurySpending(undefined, period, 'CATEGORY'),
      api.treasurySpending(undefined, period, 'BENEFICIARY'),
      api.assets(),
      // every price up to the quarter's end: a figure takes its own day's, or the latest before it
      api.dotPrices({ to: quarter.to }),
      // referenda filter by submission day; the report counts those that ended in the quarter, whenever submitted
      fetchAllPages('referenda', (offset, limit) => api.referenda({ status: ENDED, offset, limit })),
      api.coretimeSales({ chain: 'coretime', limit: MAX_LIMIT }),
      api.cloudUsage(undefined, period),
      api.hubDaily(period),
      api.hubAssetDaily(period),
      // proposals paid out in the quarter, with their verdicts over the default 90-day windows
      api.treasuryImpact({ ...period, limit: IMPACT_ROWS }),
    ])
    const referenda = ended.items.filter((r) => inQuarter(r.endedAt, quarter)).sort((a, b) => (a.endedAt! < b.endedAt! ? -1 : 1))
    const topBeneficiaries = [...byBeneficiary.rows].sort((a, b) => (BigInt(b.nativeAmount) > BigInt(a.nativeAmount) ? 1 : BigInt(b.nativeAmount) < BigInt(a.nativeAmount) ? -1 : 0)).slice(0, TOP_BENEFICIARIES)
    // the People-chain names of the accounts the report lists (one query), shown beside their full addresses
    const identities = await identitiesIn(api, topBeneficiaries)
    return {
      identities,
      quarter,
      sync,
      summary,
      daily,
      migration: migration.filter((w) => inQuarter(w.from, quarter) || inQuarter(w.to, quarter)),
      income,
      byCategory,
      topBeneficiaries,
      beneficiaryCount: byBeneficiary.rows.length,
      native: assets.find((a) => a.id === 'native') ?? summary.asset,
      prices,
      referenda,
      // a sale belongs to the quarter its sale period started in
      sales: sales.items.filter((s) => inQuarter(s.saleStartAt, quarter)).reverse(),
      cloud,
      hub,
      hubAssets,
      impact,
    }
  })
}
