/**
 * Re-sync: rebuild modules over blocks a chain's processor has already indexed (scripts/resync.ts is the command).
 *
 * Facts are idempotent (ids derived from chain/block/event), but daily rollups are sums: indexing a block twice adds
 * it twice. So a re-sync first deletes, in one transaction, everything the rebuilt modules own on that chain (their
 * facts and their rollup rows, `PalletModule.entities`) and their ranges, then indexes them again:
 *
 * - `<chain> <module>`: that module and every module that reads its records (a module's `after`, e.g. treasury
 *   reads which deposits the fees module found to be fee shares), from the first block of their recorded range to
 *   the chain's indexed head, by a processor with its own state schema (`<chain>_processor_resync`) that writes only
 *   those modules (and decodes the ones they read). The chain's own position and the other modules stay as they are.
 * - `<chain>` alone: every module, and the chain's processor state and sync row, from the chain's start block.
 *
 * The chain's processor must be stopped: both take the chain's advisory lock (ranges.ts lockChain).
 */
import type pg from 'pg'
import type { AnyModule, EntityClass } from '../modules/module'
import { headOf, rangesOf } from './ranges'

/** The table of an entity class (the model's snake-case naming: FeePayment → fee_payment). */
export function tableOf(entity: EntityClass): string {
  return entity.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
}

export const resyncSchemaOf = (stateSchema: string) => `${stateSchema}_resync`

export interface ResyncPlan {
  chain: string
  /** the modules rebuilt (a module and its dependents, or every module of the chain) */
  modules: AnyModule[]
  all: boolean
  from: number
  to: number
  /** rows deleted per table */
  deleted: Record<string, number>
}

/**
 * Deletes what the re-sync rebuilds, in one transaction, and returns the block range to index again. `to` is the
 * chain's indexed head; undefined when nothing is indexed yet.
 */
export async function prepareResync(
  db: pg.ClientBase,
  opts: { chain: string; stateSchema: string; startBlock: number; modules: AnyModule[]; all: boolean },
): Promise<ResyncPlan | undefined> {
  const { chain, modules, all, stateSchema } = opts
  const to = await headOf(db, stateSchema)
  if (to < 0) return undefined
  const ranges = await rangesOf(db, chain)
  const recorded = ranges.filter((r) => modules.some((m) => m.name === r.module)).map((r) => r.fromBlock)
  // A module that never ran starts where the chain's other modules started.
  const from = all ? opts.startBlock : Math.min(...(recorded.length ? recorded : ranges.length ? ranges.map((r) => r.fromBlock) : [opts.startBlock]))
  const deleted: Record<string, number> = {}
  await db.query('BEGIN')
  try {
    // children before parents
    for (const entity of modules.flatMap((m) => m.entities).reverse()) {
      const table = tableOf(entity)
      deleted[table] = (await db.query(`DELETE FROM "${table}" WHERE chain = $1`, [chain])).rowCount ?? 0
    }
    await db.query(`DELETE FROM module_range WHERE chain = $1 AND module = ANY($2)`, [chain, modules.map((m) => m.name)])
    if (all) {
      await db.query(`DELETE FROM chain_sync WHERE id = $1`, [chain])
      await db.query(`DROP SCHEMA IF EXISTS "${stateSchema}" CASCADE`)
    }
    await db.query(`DROP SCHEMA IF EXISTS "${resyncSchemaOf(stateSchema)}" CASCADE`)
    await db.query('COMMIT')
  } catch (e) {
    await db.query('ROLLBACK').catch(() => {})
    throw e
  }
  return { chain, modules, all, from, to, deleted }
}

/** After the re-sync's processor reached `to`: checks every rebuilt module's range, and drops the re-sync's state. */
export async function finishResync(db: pg.ClientBase, plan: ResyncPlan, stateSchema: string): Promise<void> {
  const ranges = await rangesOf(db, plan.chain)
  for (const m of plan.modules) {
    const r = ranges.find((x) => x.module === m.name)
    if (!r || r.version !== m.version || r.toBlock < plan.to) {
      throw new Error(`${plan.chain}: the re-sync of ${m.name} ended without indexing blocks ${plan.from}-${plan.to} (recorded: ${r ? `v${r.version} ${r.fromBlock}-${r.toBlock}` : 'nothing'})`)
    }
  }
  await db.query(`DROP SCHEMA IF EXISTS "${resyncSchemaOf(stateSchema)}" CASCADE`)
}
