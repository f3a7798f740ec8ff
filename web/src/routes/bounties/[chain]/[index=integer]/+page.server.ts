import { error } from '@sveltejs/kit'
import type { PageServerLoad } from './$types'
import { KNOWN_CHAINS } from '$lib/filters'
import { fromApi, serverApi } from '$lib/server/api'
import { BOUNTY_PALLETS, type BountyPallet } from '$lib/types'
import { withIdentities } from '$lib/identities'

/** `?pallet=MultiAssetBounties` names a multi-asset bounty: each pallet numbers its bounties from 0 */
export const load: PageServerLoad = async ({ params, url, fetch }) => {
  const { chain } = params
  if (!(KNOWN_CHAINS as readonly string[]).includes(chain)) error(404, { message: `No chain "${chain}": use one of ${KNOWN_CHAINS.join(', ')}.` })
  const pallet = (url.searchParams.get('pallet') ?? 'Bounties') as BountyPallet
  if (!BOUNTY_PALLETS.includes(pallet)) error(400, { message: `No bounty pallet "${pallet}": use one of ${BOUNTY_PALLETS.join(', ')}.` })
  const index = Number(params.index)
  const api = serverApi(fetch)
  const [bounty, assets] = await fromApi(() => Promise.all([api.bounty(chain, index, pallet), api.assets()]))
  if (!bounty) error(404, { message: `The API knows no ${pallet === 'Bounties' ? '' : 'multi-asset '}bounty #${index} on ${chain}.` })
  return fromApi(() => withIdentities(api, { bounty, native: assets.find((a) => a.id === 'native') ?? null }))
}
