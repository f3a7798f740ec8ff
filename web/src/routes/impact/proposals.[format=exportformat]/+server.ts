/** /impact/proposals.csv and .json: every funded proposal of the impact page's filters, with its metric, effect, interval and verdict. */
import { error } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { toCsv } from '$lib/csv'
import { parseImpact } from '$lib/filters'
import { serverApi } from '$lib/server/api'
import { exportName, exportResponse, fetchAllPages } from '$lib/server/export'

const COLUMNS = ['proposal', 'kind', 'chain', 'index', 'referendum', 'track', 'category', 'subcategory', 'beneficiary', 'beneficiary_para', 'amount', 'asset', 'payout_block', 'payout_date', 'payout_event', 'metric', 'verdict', 'reason', 'method', 'effect_per_day', 'interval_low', 'interval_high', 'p_value', 'baseline_per_day', 'summary'] as const

export const GET: RequestHandler = async ({ params, url, fetch }) => {
  const { value: q, problems } = parseImpact(url.searchParams)
  if (problems.length) error(400, { message: `Bad export filters: ${problems.join(' ')}` })
  const api = serverApi(fetch)
  const filter = { chain: q.chain, from: q.from, to: q.to, category: q.category, track: q.track, verdict: q.verdict, windowDays: q.window }
  const { items, totalCount } = await fetchAllPages('funded proposals', (offset, limit) => api.treasuryImpact({ ...filter, offset, limit }))
  const name = exportName('impact', [q.chain, q.category, q.track !== undefined ? `track-${q.track}` : undefined, q.verdict, q.from && `from-${q.from}`, q.to && `to-${q.to}`, `window-${q.window}`])
  const csv = () =>
    toCsv(
      COLUMNS,
      items.map((r) => {
        const p = r.proposal
        return [p.id, p.kind, p.chain, p.index, p.referendum ?? '', p.track ?? '', p.category ?? '', p.subcategory ?? '', p.beneficiary ?? '', p.beneficiaryPara ?? '', p.amount, p.assetSymbol ?? '', p.payoutBlock, p.payoutDate, p.payoutEvent ?? '', r.metric.id, r.verdict, r.reasonCode ?? '', r.method, r.effect ?? '', r.low ?? '', r.high ?? '', r.pValue ?? '', r.baseline ?? '', r.summary]
      }),
    )
  return exportResponse(params.format, name, csv, () => ({ filter, totalCount, items }))
}
