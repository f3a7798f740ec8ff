/** /impact/[id]: one funded proposal's impact on a metric (its first, or ?metric=para.included:2034), with ?window= days and ?seed=. */
import { error } from '@sveltejs/kit'
import type { PageServerLoad } from './$types'
import { ApiError } from '$lib/api'
import { DEFAULT_IMPACT_WINDOW } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'

export const load: PageServerLoad = async ({ params, url, fetch }) => {
  const problems: string[] = []
  const intParam = (name: string, fallback: number, min: number, max: number) => {
    const raw = url.searchParams.get(name)?.trim()
    if (!raw) return fallback
    const n = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN
    if (!(n >= min && n <= max)) {
      problems.push(`Ignored ${name} "${raw}": use a number from ${min} to ${max}.`)
      return fallback
    }
    return n
  }
  const windowDays = intParam('window', DEFAULT_IMPACT_WINDOW, 7, 730)
  const seed = intParam('seed', 1, 1, 2_147_483_647)
  const metric = url.searchParams.get('metric')?.trim() || undefined
  const api = serverApi(fetch)
  const impact = await fromApi(() =>
    api.proposalImpact({ id: params.id, metric, windowDays, seed }).catch((e) => {
      if (e instanceof ApiError && e.badArgument === 'id') error(404, { message: e.message })
      if (e instanceof ApiError && e.badArgument === 'metric') error(400, { message: `Bad metric: ${e.message}` })
      throw e
    }),
  )
  return { impact, problems, windowDays, seed, metric: metric ?? null }
}
