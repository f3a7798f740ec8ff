/**
 * People-chain identities on the pages and in the exports. A loader's data (or an export's rows) is walked for every
 * SS58 address it holds, and their identities are asked for in one API query per 500 addresses, never per row; the
 * page's data carries them as `identities`, which the shared Address component ($lib/components/Address.svelte)
 * reads, so a page names its accounts without passing identities down by hand.
 */
import { ApiError } from './api'
import { isSs58 } from './format'
import type { AccountIdentity, Identities } from './types'

/** What the API allows per identities query (squid/src/api/modules/identity.ts MAX_IDENTITY_ADDRESSES) */
export const IDENTITY_BATCH = 500

/** Every SS58 address in `data`, at any depth, each once. */
export function addressesIn(data: unknown, out = new Set<string>()): Set<string> {
  if (typeof data === 'string') {
    if (isSs58(data)) out.add(data)
  } else if (Array.isArray(data)) for (const x of data) addressesIn(x, out)
  else if (data && typeof data === 'object') for (const x of Object.values(data)) addressesIn(x, out)
  return out
}

/** The identities of every address in `data`, by address. */
export async function identitiesIn(api: { identities(addresses: string[]): Promise<AccountIdentity[]> }, data: unknown): Promise<Identities> {
  const all = [...addressesIn(data)]
  const batches: string[][] = []
  for (let i = 0; i < all.length; i += IDENTITY_BATCH) batches.push(all.slice(i, i + IDENTITY_BATCH))
  // a string of SS58's shape whose checksum is wrong is refused by the API (argument addresses): names are an aid to
  // reading, so that batch goes unnamed rather than failing the page
  const found = (await Promise.all(batches.map((b) => api.identities(b).catch((e) => (e instanceof ApiError && e.badArgument === 'addresses' ? [] : Promise.reject(e)))))).flat()
  return Object.fromEntries(found.map((i) => [i.address, i]))
}

/** A loader's data with the identities of the addresses it holds. */
export async function withIdentities<T extends object>(api: { identities(addresses: string[]): Promise<AccountIdentity[]> }, data: T): Promise<T & { identities: Identities }> {
  return { ...data, identities: await identitiesIn(api, data) }
}

/** How a name reads in text and CSV: "Alice (Reasonable)", the name alone without a judgement. */
export function identityLabel(i: AccountIdentity | undefined): string {
  if (!i) return ''
  return i.judgement ? `${i.name} (${i.judgement})` : i.name
}
