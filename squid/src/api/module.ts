/**
 * The shape every API domain module has: its SDL fragment and its resolvers. server.ts only assembles modules;
 * a new domain (governance, staking, coretime, hub, impact) is one file pair in modules/ and one line in
 * modules/index.ts.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type pg from 'pg'

/**
 * What a module reads through: the API's pool of the read-only database role. `q<R>` says what a row of the query
 * is, from the model's types (row.ts: Row<Spend>, AssetCols, …); a query whose row type is not given yields rows
 * nothing can be read from.
 */
export interface ApiDb {
  q<R = unknown>(sql: string, params?: unknown[]): Promise<R[]>
  pool: pg.Pool
}

/** Resolvers by type name, then field name, as graphql-tools takes them. */
export type Resolvers = Record<string, Record<string, (...args: any[]) => unknown>>

/**
 * One field of the event page (Query.event, type EventFacts): the facts of a module derived from one event. The
 * module's SDL adds the field with `extend type EventFacts { ... }`; modules/events.ts asks every module's facts
 * and knows no domain.
 */
export interface EventFact {
  /** the field of EventFacts it fills */
  field: string
  /**
   * The field's value for the event whose fact rows have this id (mappings/facts factId): a list, possibly empty,
   * or one fact or null. `timestamps`: the block time of each fact row found, none when the event left none here.
   */
  ofEvent(db: ApiDb, factId: string): Promise<{ value: unknown; timestamps: Date[] }>
}

export interface ApiModule {
  /** the domain, e.g. "treasury" */
  name: string
  /** the module's SDL: its types, `extend type Query { ... }` with its queries, `extend type EventFacts` with its facts */
  typeDefs: string
  resolvers(db: ApiDb): Resolvers
  /** what the module derives from one event, for the event page: one entry per field of `extend type EventFacts` */
  eventFacts?: readonly EventFact[]
}

const SQUID_ROOT = path.resolve(__dirname, '..', '..')

/**
 * Reads an SDL fragment that sits beside a module in squid/src. tsc copies no .graphql files, so a compiled module
 * in squid/lib reads it from the same relative place under squid/src.
 */
export function readSdl(moduleDir: string, file: string): string {
  const inSrc = path.join(SQUID_ROOT, 'src', path.relative(path.join(SQUID_ROOT, 'lib'), moduleDir), file)
  const candidates = [path.join(moduleDir, file), inSrc]
  const found = candidates.find(existsSync)
  if (!found) throw new Error(`The API's SDL fragment ${file} was not found; looked in ${candidates.join(' and ')}`)
  return readFileSync(found, 'utf8')
}
