/**
 * The baseline of bench/handler.ts: the handler the squid style guide forbids — a database round trip per row.
 * Every entity a module asks for is loaded by its own query (findOne per id), every storage value is read on its own
 * and in turn, and every row a module writes is saved by its own statement (save per row, which TypeORM does as a
 * select and an insert or update).
 *
 * It runs the same modules through the same phases (squid/src/handler.ts decodeAll, each module's load and reads,
 * applyAll), so the two sides differ only in how they reach the database and must leave identical tables behind
 * (bench/handler.ts checks that).
 */
import type { ChainEnv, IndexingPlan } from '../squid/src/handler'
import type { AnyModule, EntityClass } from '../squid/src/modules/module'
import type { Squid } from './support'

export function makeBaselineHandler(squid: Squid, plan: IndexingPlan) {
  const M = squid.model
  const { applyAll, chainSyncOf, decodeAll, moduleRangeOf } = squid.handler

  return async function baselineHandleBatch(env: ChainEnv, ctx: any): Promise<void> {
    const store = ctx.store
    const blocks = ctx.blocks
    const records = decodeAll(env, plan.modules, blocks)
    const written = plan.modules.filter((m) => plan.writes.has(m))

    const loaded = new Map<EntityClass, Map<string, any>>()
    const values = new Map<AnyModule, Map<string, unknown>>()
    const handedOn = new Map<AnyModule, Promise<unknown>>()
    for (const m of written) {
      // the state the previous batch handed on, as the handler gets it (batches run in turn here)
      const previous = await plan.handedOn.at(m, undefined)
      for (const r of m.load(env, records.get(m), blocks, previous)) {
        const byId = loaded.get(r.entity) ?? loaded.set(r.entity, new Map()).get(r.entity)!
        for (const id of r.ids) {
          if (byId.has(id)) continue
          const row = await store.findOne(r.entity, { where: { id }, relations: r.relations })
          if (row) byId.set(id, row)
        }
      }
      const reads = m.reads?.(env, records.get(m), blocks, previous) ?? {}
      const got = new Map<string, unknown>()
      for (const [key, read] of Object.entries(reads)) if (read) got.set(key, await read.read(read.block))
      values.set(m, got)
      if (m.handOn) handedOn.set(m, Promise.resolve(m.handOn(env, blocks, (key: string) => got.get(key), previous)))
    }
    const end = blocks[blocks.length - 1]?.header
    if (end) plan.handedOn.set(end.hash, handedOn)

    const { assets, rows } = applyAll(env, written, records, loaded, values, blocks, (message) => ctx.log.warn(message))

    for (const a of assets.values()) await store.save(a)
    for (const entity of new Set(written.flatMap((m) => m.entities))) for (const r of rows.get(entity)?.values() ?? []) await store.save(r)

    const last = blocks[blocks.length - 1]?.header
    if (!last) return
    for (const m of written) await store.save(moduleRangeOf(env.cfg.chain, m, plan.writes.get(m)!.fromBlock, last.height))
    const chainHeight = await env.chainHeight().catch(() => last.height)
    const sync = (await store.findOneBy(M.ChainSync, { id: env.cfg.chain })) ?? new M.ChainSync({ id: env.cfg.chain })
    Object.assign(sync, chainSyncOf(env, last, chainHeight))
    await store.save(sync)
  }
}
