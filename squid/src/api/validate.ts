/** Argument checks: a bad argument gets a GraphQL error that names it and says what is allowed. */
import { GraphQLError } from 'graphql'

export const MAX_LIMIT = 500
export const KNOWN_CHAINS = ['relay', 'asset-hub', 'coretime']

export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } })
}

export function page(limit: number | undefined, offset: number | undefined): { limit: number; offset: number } {
  const l = limit ?? 50
  const o = offset ?? 0
  if (!Number.isInteger(l) || l < 1 || l > MAX_LIMIT) throw badInput(`limit must be between 1 and ${MAX_LIMIT}, got ${l}`, 'limit')
  if (!Number.isInteger(o) || o < 0) throw badInput(`offset must be 0 or more, got ${o}`, 'offset')
  return { limit: l, offset: o }
}

export function chainArg(chain: string | null | undefined): string | undefined {
  if (chain == null) return undefined
  if (!KNOWN_CHAINS.includes(chain)) throw badInput(`chain "${chain}" is not known; use one of ${KNOWN_CHAINS.join(', ')}`, 'chain')
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
