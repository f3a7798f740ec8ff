/** /hub/days.csv, assets, pools, prices and staking (.csv or .json): the hub page's tables for its period. */
import { error } from '@sveltejs/kit'
import type { RequestHandler } from './$types'
import { toCsv, withNameColumns } from '$lib/csv'
import { identitiesIn } from '$lib/identities'
import { parsePeriod } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { exportName, exportResponse } from '$lib/server/export'
import { parseShare } from '../builder-rewards/share'
import { parseLotteryShare } from '../lottery/share'

const TABLES = ['days', 'assets', 'pools', 'prices', 'staking', 'builder-rewards', 'lottery'] as const
type Table = (typeof TABLES)[number]

export const GET: RequestHandler = async ({ params, url, fetch }) => {
  const table = params.table as Table
  if (!TABLES.includes(table)) error(404, { message: `No hub table "${params.table}": use one of ${TABLES.join(', ')}` })
  const { value: q, problems } = parsePeriod(url.searchParams)
  if (problems.length) error(400, { message: `Bad export filters: ${problems.join(' ')}` })
  const period = { from: q.from, to: q.to }
  const api = serverApi(fetch)
  const rows: Record<string, unknown>[] = await fromApi(async () => {
    if (table === 'builder-rewards') {
      const { share, problem } = parseShare(url.searchParams)
      if (problem) error(400, { message: `Bad export filters: ${problem}` })
      const r = await api.builderRewards(share, period)
      return r.rows.map((x) => ({ sharePercent: r.sharePercent, ...x }))
    }
    if (table === 'lottery') {
      const { share, problem } = parseLotteryShare(url.searchParams)
      if (problem) error(400, { message: `Bad export filters: ${problem}` })
      const l = await api.lottery(share, period)
      return l.weeks.flatMap((w) => w.entries.map((e) => ({ sharePercent: l.sharePercent, week: w.week, pot: w.pot, weekFees: w.fees, herfindahl: w.herfindahl, ...e })))
    }
    if (table === 'days') return api.hubDaily(period)
    if (table === 'prices') return api.dotPrices(period)
    if (table === 'staking')
      return (await api.stakingEras(period)).items.map(({ event, participation: p, ...r }) => ({ ...r, chain: event.chain, block: event.blockNumber, eventId: event.id, timestamp: event.timestamp, totalStake: p?.totalStake, validators: p?.validators, nominators: p?.nominators, stakers: p?.stakers, source: p?.source }))
    if (table === 'pools') return (await api.hubPoolDaily(period)).map(({ asset1, asset2, ...r }) => ({ ...r, asset1: asset1.id, asset2: asset2.id }))
    return (await api.hubAssetDaily(period)).map(({ asset, ...r }) => ({ ...r, asset: asset.id, symbol: asset.symbol, decimals: asset.decimals }))
  })
  const identities = await fromApi(() => identitiesIn(api, rows))
  // accounts (the lottery's and builder rewards' entries) get their People-chain name beside them
  const named = withNameColumns(rows.length ? Object.keys(rows[0]) : ['date'], rows, identities)
  return exportResponse(
    params.format,
    exportName(`hub-${table}`, [q.from, q.to]),
    () => toCsv(named.columns, named.rows.map((r) => named.columns.map((c) => (r[c] == null ? '' : String(r[c]))))),
    () => ({ filter: { from: q.from ?? null, to: q.to ?? null }, rows, identities }),
  )
}
