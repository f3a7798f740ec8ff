/**
 * What the API knows about one event. The API has no lookup by event, so this searches the facts that carry event
 * references: treasury flows and fee payments of the event's day (links pass ?date=), and spends of its chain.
 * Searches are bounded; the page says how much it looked at.
 */
import { error } from '@sveltejs/kit'
import type { PageServerLoad } from './$types'
import type { Api } from '$lib/api'
import { isIsoDate, KNOWN_CHAINS, MAX_LIMIT } from '$lib/filters'
import { parseEventId } from '$lib/format'
import { fromApi, serverApi } from '$lib/server/api'
import type { EventRef, Page, SpendEvent } from '$lib/types'

const MAX_SCANNED = 4 * MAX_LIMIT

interface Scan<T> {
  matches: T[]
  scanned: number
  total: number
}

async function scan<T>(fetchPage: (offset: number) => Promise<Page<T>>, match: (item: T) => boolean): Promise<Scan<T>> {
  const matches: T[] = []
  let scanned = 0
  let total = 0
  for (let offset = 0; offset < MAX_SCANNED; offset += MAX_LIMIT) {
    const page = await fetchPage(offset)
    total = page.totalCount
    scanned += page.items.length
    matches.push(...page.items.filter(match))
    if (page.items.length < MAX_LIMIT || scanned >= total) break
  }
  return { matches, scanned, total }
}

export const load: PageServerLoad = async ({ params, url, fetch }) => {
  const parsed = parseEventId(params.id)
  if (!parsed) error(404, { message: `"${params.id}" is not an event id; event ids look like relay-1234567-8 (chain, block, event index).` })
  if (!(KNOWN_CHAINS as readonly string[]).includes(parsed.chain)) error(404, { message: `No chain "${parsed.chain}" is indexed; chains are ${KNOWN_CHAINS.join(', ')}.` })
  const id = `${parsed.chain}-${parsed.blockNumber}-${parsed.eventIndex}`
  const rawDate = url.searchParams.get('date')
  const date = rawDate && isIsoDate(rawDate) ? rawDate : undefined
  const api: Api = serverApi(fetch)
  const isThis = (e: EventRef | null | undefined) => e?.id === id

  return fromApi(async () => {
    const day = date ? { from: date, to: date } : {}
    const [flows, spends, fees] = await Promise.all([
      scan((offset) => api.treasuryFlows({ chain: parsed.chain, ...day, limit: MAX_LIMIT, offset }), (f) => isThis(f.event)),
      scan(
        (offset) => api.spends({ filter: { chain: parsed.chain }, orderBy: 'APPROVED_DESC', limit: MAX_LIMIT, offset }),
        (s) => isThis(s.approved) || isThis(s.paid) || isThis(s.closed) || s.events.some((e) => isThis(e.event)),
      ),
      // A day of fee payments can be large; without a day there is nothing sensible to scan
      date ? scan((offset) => api.feePayments({ chain: parsed.chain, ...day, limit: MAX_LIMIT, offset }), (p) => isThis(p.event)) : Promise.resolve(null),
    ])
    const spendMatches = spends.matches.map((spend) => ({
      spend,
      events: spend.events.filter((e: SpendEvent) => isThis(e.event)),
      roles: [isThis(spend.approved) && 'Approved', isThis(spend.paid) && 'Paid', isThis(spend.closed) && 'Closed'].filter(Boolean) as string[],
    }))
    const known =
      flows.matches[0]?.event ??
      fees?.matches[0]?.event ??
      spendMatches.flatMap(({ spend }) => [spend.approved, spend.paid, spend.closed, ...spend.events.map((e) => e.event)]).find(isThis) ??
      null
    return { id, ref: parsed, date, timestamp: known?.timestamp ?? null, flows, spends: { ...spends, matches: spendMatches }, fees }
  })
}
