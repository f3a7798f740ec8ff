/**
 * The shape every API domain module has: its SDL fragment and its resolvers. server.ts only assembles modules;
 * a new domain (governance, staking, coretime, hub, impact) is one file pair in modules/ and one line in
 * modules/index.ts.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type pg from 'pg'

export type Row = Record<string, any>

/** What a module reads through: the API's pool of the read-only database role. */
export interface ApiDb {
  q(sql: string, params?: unknown[]): Promise<Row[]>
  pool: pg.Pool
}

/** Resolvers by type name, then field name, as graphql-tools takes them. */
export type Resolvers = Record<string, Record<string, (...args: any[]) => unknown>>

export interface ApiModule {
  /** the domain, e.g. "treasury" */
  name: string
  /** the module's SDL: its types, and `extend type Query { ... }` with its queries */
  typeDefs: string
  resolvers(db: ApiDb): Resolvers
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
