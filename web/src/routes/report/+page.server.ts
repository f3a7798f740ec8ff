/** /report: the quarters for which any treasury, Cloud or Hub day has been indexed, newest first. */
import type { PageServerLoad } from './$types'
import { quartersOf, type Quarter } from '$lib/quarter'
import { fromApi, serverApi } from '$lib/server/api'

export const load: PageServerLoad = async ({ fetch }) => {
  const api = serverApi(fetch)
  return fromApi(async () => {
    const [sync, treasury, cloud, hub] = await Promise.all([api.syncStatus(), api.treasuryDaily(undefined, {}), api.cloudUsage(undefined, {}), api.hubDaily({})])
    // rows are per chain and day: count days
    const daysIn = (rows: { date: string }[], q: Quarter) => new Set(rows.filter((r) => r.date >= q.from && r.date <= q.to).map((r) => r.date)).size
    const quarters = quartersOf([...treasury, ...cloud, ...hub].map((r) => r.date)).map((q) => ({ ...q, treasuryDays: daysIn(treasury, q), cloudDays: daysIn(cloud, q), hubDays: daysIn(hub, q) }))
    return { sync, quarters }
  })
}
