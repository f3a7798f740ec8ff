/** Argument checks: a bad argument gets a GraphQL error that names it and says what is allowed. */
import { GraphQLError } from 'graphql'
import * as ss58 from '@subsquid/ss58'
import { CHAIN_IDS } from '../chains'

export const MAX_LIMIT = 500
/**
 * The largest offset of any list. OFFSET n makes Postgres walk n rows before the page, so a huge offset costs as
 * much as reading the table. 20,000 rows is what the web app's exports page through (web: MAX_ROWS).
 */
export const MAX_OFFSET = 20_000
/**
 * The chains the API accepts and lists (in `chain` errors, Query.chains, the SDL's enum ChainId): the indexer's
 * chains (CHAIN_IDS), the relay chain first, then its parachains by id.
 */
export const API_CHAINS: readonly string[] = [...CHAIN_IDS].sort((a, b) => Number(b === 'relay') - Number(a === 'relay') || a.localeCompare(b))

export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } })
}

/** Values of an enum argument (an enum of the model): every one must be of `all`; undefined when none is given. */
export function enumArg(values: string[] | undefined, all: Record<string, string>, argument: string): string[] | undefined {
  if (!values?.length) return undefined
  const ok = Object.values(all)
  const bad = values.find((v) => !ok.includes(v))
  if (bad) throw badInput(`${argument} ${JSON.stringify(bad)} is not one of ${ok.join(', ')}`, argument)
  return values
}

export function page(limit: number | undefined, offset: number | undefined): { limit: number; offset: number } {
  const l = limit ?? 50
  const o = offset ?? 0
  if (!Number.isInteger(l) || l < 1 || l > MAX_LIMIT) throw badInput(`limit must be between 1 and ${MAX_LIMIT}, got ${l}`, 'limit')
  if (!Number.isInteger(o) || o < 0) throw badInput(`offset must be 0 or more, got ${o}`, 'offset')
  if (o > MAX_OFFSET) throw badInput(`offset must be at most ${MAX_OFFSET}, got ${o}; narrow the filters (chain, period) to reach older rows`, 'offset')
  return { limit: l, offset: o }
}

export function chainArg(chain: string | null | undefined): string | undefined {
  if (chain == null) return undefined
  if (!API_CHAINS.includes(chain)) throw badInput(`chain "${chain}" is not known; use one of ${API_CHAINS.join(', ')}`, 'chain')
  return chain
}

export function period(from: string | null | undefined, to: string | null | undefined): { from?: string; to?: string } {
  if (from && to && from > to) throw badInput(`from (${from}) is after to (${to})`, 'from')
  return { from: from ?? undefined, to: to ?? undefined }
}

/** "YYYY-MM-DD" that is a real calendar day. */
export function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw badInput(`Date must be "YYYY-MM-DD", got ${JSON.stringify(value)}`, 'date')
  const d = new Date(`${value}T00:00:00Z`)
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw badInput(`${value} is not a calendar day`, 'date')
  return value
}

/**
 * Address formats an account argument may come in, besides a 0x public key: Polkadot (0), Kusama (2) and generic
 * Substrate (42). Every chain of the `polkadot` and `devnet` presets stores SS58 with prefix 0.
 */
export const ACCOUNT_PREFIXES = [0, 2, 42]

/**
 * An account argument (SS58 of any prefix, or a 0x 32-byte public key) → the SS58 strings it may be stored as,
 * so that a reader can paste an address in whatever format their wallet shows.
 */
export function accountArg(value: string, argument: string): string[] {
  let publicKey: string // 0x hex
  if (/^0x[0-9a-fA-F]{64}$/.test(value)) publicKey = value.toLowerCase()
  else {
    try {
      publicKey = ss58.decode(value).bytes
    } catch {
      throw badInput(`${argument} must be an SS58 address or a 0x-prefixed 32-byte public key, got ${JSON.stringify(value)}`, argument)
    }
    if (publicKey.length !== 66) throw badInput(`${argument} must be a 32-byte account, got ${(publicKey.length - 2) / 2} bytes in ${JSON.stringify(value)}`, argument)
  }
  return ACCOUNT_PREFIXES.map((prefix) => ss58.codec(prefix).encode(publicKey))
}
