import type { PageServerLoad } from './$types'
import { fromApi, serverApi } from '$lib/server/api'
import { withIdentities } from '$lib/identities'

/** `?sale=<region begin>` picks the sale whose lead-in is drawn; the latest one otherwise. */
export const load: PageServerLoad = async ({ url, fetch }) => {
  const problems: string[] = []
  const raw = url.searchParams.get('sale')
  let sale: number | undefined
  if (raw !== null && raw !== '') {
    if (/^\d+$/.test(raw)) sale = Number(raw)
    else problems.push(`sale must be a sale's first timeslice (a whole number), got "${raw}"; showing the latest sale.`)
  }
  const api = serverApi(fetch)
  return fromApi(async () => {
    const [sync, sales, renewals, assets] = await Promise.all([
      api.syncStatus(),
      api.coretimeSales({ chain: 'coretime', limit: 24 }),
      api.coreRenewals({ chain: 'coretime', status: ['Renewable'], limit: 100 }),
      api.assets(),
    ])
    if (sale !== undefined && !sales.items.some((s) => s.regionBegin === sale)) problems.push(`No sale with region begin ${sale} among the latest ${sales.items.length}; showing the latest sale.`)
    const shown = sales.items.find((s) => s.regionBegin === sale) ?? sales.items[0] ?? null
    return withIdentities(api, { problems, sync, sales, renewals, shown, native: assets.find((a) => a.id === 'native') ?? null })
  })
}
