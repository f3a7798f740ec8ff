/**
 * Everything the platform derived from one event, looked up by its id (Query.event): treasury flows, the fee
 * payment, the spends whose lifecycle includes it, the spend period it opened, the referendum step or vote it was. Links from other pages carry the
 * event's day (?date=); the lookup does not need it.
 */
import { error } from '@sveltejs/kit'
import type { PageServerLoad } from './$types'
import { KNOWN_CHAINS } from '$lib/filters'
import { parseEventId } from '$lib/format'
import { fromApi, serverApi } from '$lib/server/api'
import { withIdentities } from '$lib/identities'

export const load: PageServerLoad = async ({ params, fetch }) => {
  const parsed = parseEventId(params.id)
  if (!parsed) error(404, { message: `"${params.id}" is not an event id; event ids look like relay-1234567-8 (chain, block, event index).` })
  if (!(KNOWN_CHAINS as readonly string[]).includes(parsed.chain)) error(404, { message: `No chain "${parsed.chain}" is indexed; chains are ${KNOWN_CHAINS.join(', ')}.` })
  // The canonical form (no leading zeros), as EventRef.id has it
  const id = `${parsed.chain}-${parsed.blockNumber}-${parsed.eventIndex}`
  const api = serverApi(fetch)

  return fromApi(async () => {
    const facts = await api.event(id)
    // A spend period's and a referendum's amounts are in the native token, which they do not name
    const native = facts?.spendPeriod || facts?.referendumEvent || facts?.referendumVote || facts?.bountyEvent || facts?.childBountyEvent || facts?.coretimePurchase || facts?.coretimeSaleOpened || facts?.brokerEvent || facts?.onDemandEvent || facts?.identityEvent ? ((await api.assets()).find((a) => a.id === 'native') ?? null) : null
    return withIdentities(api, { id, ref: parsed, facts, native })
  })
}
