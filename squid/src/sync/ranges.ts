/**
 * Which modules, at which versions, indexed which blocks (entity ModuleRange, written with every batch), checked
 * when a processor starts.
 *
 * A module added to the registry, or whose version was bumped, has not indexed (or not at its version) the blocks
 * the processor already did. Indexing on would leave its facts missing for that history and its daily rollups
 * partial, with nothing on the pages saying so; so the processor stops instead, and names the command that fills
 * the gap (`npm run resync -- <chain> <module>`, see resync.ts). Stopping costs an operator one command; a figure
 * silently missing months costs every reader of the page.
 */
import pg from 'pg'
import { createConnectionOptions } from '@subsquid/typeorm-config/lib/connectionOptions'
import type { AnyModule } from '../modules/module'

export interface RecordedRange {
  module: string
  version: number
  fromBlock: number
  toBlock: number
}

export class ModuleGapError extends Error {
  name = 'ModuleGapError'
}

export const resyncCommand = (chain: string, module?: string) => `npm run resync -- ${chain}${module ? ' ' + module : ''}`

/**
 * The first block of each module's range, given the processor's indexed height (-1: never ran) and the ranges
 * recorded for its chain; throws ModuleGapError naming every module that does not cover the indexed blocks.
 */
export function checkModuleRanges(chain: string, modules: AnyModule[], indexedHeight: number, fromBlock: number, ranges: RecordedRange[]): Map<AnyModule, { fromBlock: number }> {
  const byName = new Map(ranges.map((r) => [r.module, r]))
  const problems: string[] = []
  const out = new Map<AnyModule, { fromBlock: number }>()
  for (const m of modules) {
    const r = byName.get(m.name)
    if (indexedHeight < 0) {
      // No processor state, yet this module's rows exist: indexing again would add them to the rollups twice.
      if (r) problems.push(`${m.name}: blocks ${r.fromBlock}-${r.toBlock} are in the database (v${r.version}) but the processor's state is gone; run \`${resyncCommand(chain)}\``)
      out.set(m, { fromBlock })
      continue
    }
    if (!r) problems.push(`${m.name} v${m.version} is new: it has not indexed blocks ${fromBlock}-${indexedHeight}, which the processor already has; run \`${resyncCommand(chain, m.name)}\``)
    else if (r.version !== m.version) problems.push(`${m.name} indexed blocks ${r.fromBlock}-${r.toBlock} at v${r.version}, the code is v${m.version}; run \`${resyncCommand(chain, m.name)}\``)
    else if (r.toBlock < indexedHeight) problems.push(`${m.name} indexed blocks ${r.fromBlock}-${r.toBlock}, not ${r.toBlock + 1}-${indexedHeight}; run \`${resyncCommand(chain, m.name)}\``)
    else out.set(m, { fromBlock: r.fromBlock })
  }
  if (problems.length) throw new ModuleGapError(`${chain}: the database is not indexed by the current modules:\n  - ${problems.join('\n  - ')}`)
  return out
}

/** A pg client to the processor's database, configured as TypeormDatabase is (DB_URL, or DB_HOST/DB_PORT/...). */
export async function connectDb(): Promise<pg.Client> {
  const o = createConnectionOptions() as { url?: string; host?: string; port?: number; database?: string; username?: string; password?: string; ssl?: any }
  const client = new pg.Client(o.url ? { connectionString: o.url } : { host: o.host, port: o.port, database: o.database, user: o.username, password: o.password, ssl: o.ssl })
  client.on('error', () => {})
  await client.connect()
  return client
}

/** The finalized height in a processor's state schema; -1 when it never committed a batch. */
export async function indexedHeightOf(db: pg.ClientBase, stateSchema: string): Promise<number> {
  const [t] = (await db.query(`SELECT to_regclass($1) AS t`, [`"${stateSchema}".status`])).rows
  if (!t?.t) return -1
  const [row] = (await db.query(`SELECT height FROM "${stateSchema}".status WHERE id = 0`)).rows
  return row ? Number(row.height) : -1
}

export async function rangesOf(db: pg.ClientBase, chain: string): Promise<RecordedRange[]> {
  const { rows } = await db.query(`SELECT module, version, from_block, to_block FROM module_range WHERE chain = $1 ORDER BY module`, [chain])
  return rows.map((r) => ({ module: r.module, version: r.version, fromBlock: r.from_block, toBlock: r.to_block }))
}

/** One writer per chain: a processor and a re-sync of the same chain exclude each other (session advisory lock). */
export async function lockChain(db: pg.ClientBase, chain: string): Promise<boolean> {
  const [r] = (await db.query(`SELECT pg_try_advisory_lock(hashtext('cloudhub.chain.' || $1)) AS ok`, [chain])).rows
  return r.ok === true
}

/** Highest block a processor's state holds: its finalized height, or its last hot block above it. */
export async function headOf(db: pg.ClientBase, stateSchema: string): Promise<number> {
  const finalized = await indexedHeightOf(db, stateSchema)
  if (finalized < 0) return finalized
  const [r] = (await db.query(`SELECT max(height) AS h FROM "${stateSchema}".hot_block`)).rows
  return Math.max(finalized, r?.h == null ? -1 : Number(r.h))
}

/**
 * What a processor about to start will index, checked against the database: `written` modules, their ranges'
 * first blocks, and the modules they read. Outside a re-sync it takes the chain's lock for the life of the process
 * (the returned client holds it).
 */
export async function planAtStart(opts: {
  chain: string
  stateSchema: string
  fromBlock: number
  written: AnyModule[]
  lock: boolean
}): Promise<{ writes: Map<AnyModule, { fromBlock: number }>; session: pg.Client }> {
  const db = await connectDb()
  try {
    if (opts.lock && !(await lockChain(db, opts.chain))) {
      throw new ModuleGapError(`${opts.chain}: another processor or a re-sync of this chain is running on this database; stop it first`)
    }
    const height = await indexedHeightOf(db, opts.stateSchema)
    const writes = checkModuleRanges(opts.chain, opts.written, height, opts.fromBlock, await rangesOf(db, opts.chain))
    return { writes, session: db }
  } catch (e) {
    await db.end().catch(() => {})
    throw e
  }
}
