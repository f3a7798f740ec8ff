/**
 * The batch handler: runs the plan's pallet modules (modules/registry.ts) through the phases of Subsquid's
 * template, and knows nothing of any pallet.
 *   1. decode   every module, in registry order (a module may read the records of those it lists in `after`);
 *   2. reads    the modules' storage reads and the chain head, before the first store access, so outside the
 *               database transaction (database.ts opens it on first use);
 *   3. load     the ids every module asked for, merged: one query per entity type across modules;
 *   4. apply    every module, in order, into one write set;
 *   5. write    one upsert per entity type: the shared Asset dimension, then each module's entities parents
 *               first, then the modules' ranges (sync/ranges.ts) and the chain's sync status.
 */
import { In } from 'typeorm'
import type { Store } from '@subsquid/typeorm-store'
import { Asset, ChainSync, ModuleRange } from './model'
import { assetOf, decodersOn, isEnabled, type AnyModule, type ApplyContext, type ChainEnv, type EntityClass, type PalletModule } from './modules/module'
import { runStorageReads, type StorageValues } from './storage'
import { baseOf } from './database'
import { HandedOn } from './sync/handedOn'
import type { Block, ProcessorContext } from './block'

export type { ChainEnv } from './modules/module'
export { HandedOn }

/** What one processor run indexes. */
export interface IndexingPlan {
  /** in decode order: the modules written and the modules they read */
  modules: AnyModule[]
  /** the modules whose rows this run writes, each with the first block of its recorded range */
  writes: Map<AnyModule, { fromBlock: number }>
  /** false in a re-sync of some modules: the chain's position belongs to its main processor */
  chainSync: boolean
  /** what the modules hand from batch to batch */
  handedOn: HandedOn
}

/** Every module of `modules` written, its range starting at `fromBlock`. */
export function planOf(modules: AnyModule[], fromBlock: number): IndexingPlan {
  return { modules, writes: new Map(modules.map((m) => [m, { fromBlock }])), chainSync: true, handedOn: new HandedOn() }
}

/**
 * Phase 1. Throws UnknownEventShapeError (chain, block, event id) on a shape no decoder knows. A module whose
 * runtime has none of its decoders decodes to empty records; so does, for its readers, one not enabled here.
 */
export function decodeAll(env: ChainEnv, modules: AnyModule[], blocks: Block[]): Map<AnyModule, unknown> {
  const records = new Map<AnyModule, unknown>()
  const planned = new Set(modules)
  const recordsOf = <R>(m: PalletModule<R, any, any, any>): R => {
    if (!planned.has(m) && !isEnabled(m, env)) return m.empty()
    if (!records.has(m)) throw new Error(`module ${m.name} was read before it decoded; list it in \`after\` and before the reader in the registry`)
    return records.get(m) as R
  }
  for (const m of modules) {
    const decoders = decodersOn(m, env)
    records.set(m, m.decoders && decoders === undefined ? m.empty() : m.decode(env, blocks, recordsOf, decoders))
  }
  return records
}

export async function handleBatch(env: ChainEnv, plan: IndexingPlan, ctx: ProcessorContext<Store>): Promise<void> {
  const blocks = ctx.blocks
  const last = blocks[blocks.length - 1]?.header
  const records = decodeAll(env, plan.modules, blocks)
  const written = plan.modules.filter((m) => plan.writes.has(m))

  // Phase 2: nothing above or here touches ctx.store. What this batch hands on is registered before the first
  // await, so that the next hot slice (started right after this one) finds it.
  const base = baseOf(ctx.store)?.hash
  const previous = new Map(written.map((m) => [m, plan.handedOn.at(m, base)]))
  const reading = (async () => {
    const prev = new Map(await Promise.all(written.map(async (m) => [m, await previous.get(m)] as const)))
    const values = await runStorageReads(
      env,
      written.map((m) => [m, m.reads?.(env, records.get(m), blocks, prev.get(m)) ?? {}]),
    )
    return { prev, values }
  })()
  if (last) plan.handedOn.set(last.hash, handOnAll(env, written, blocks, reading))
  const { prev, values } = await reading
  const chainHeight = last && plan.chainSync ? await env.chainHeight().catch(() => last.height) : undefined

  // Phase 3
  const wanted = new Map<EntityClass, { ids: Set<string>; relations: Record<string, boolean> }>()
  for (const m of written) {
    for (const r of m.load(env, records.get(m), blocks, prev.get(m))) {
      const w = wanted.get(r.entity) ?? wanted.set(r.entity, { ids: new Set(), relations: {} }).get(r.entity)!
      for (const id of r.ids) w.ids.add(id)
      Object.assign(w.relations, r.relations)
    }
  }
  const loaded = new Map<EntityClass, Map<string, any>>()
  // in turn: the transaction is one connection, which runs one query at a time anyway (pg deprecates overlapping them)
  for (const [entity, { ids, relations }] of wanted) {
    const rows = ids.size ? await ctx.store.find(entity, { where: { id: In([...ids]) }, relations }) : []
    loaded.set(entity, new Map(rows.map((r: { id: string }) => [r.id, r])))
  }

  // Phase 4
  const { assets, rows } = applyAll(env, written, records, loaded, values, blocks, (message) => ctx.log.warn(message))

  // Phase 5
  await ctx.store.upsert([...assets.values()])
  for (const entity of new Set(written.flatMap((m) => m.entities))) {
    const list = rows.get(entity)
    if (list?.size) await ctx.store.upsert([...list.values()] as any[])
  }
  if (!last) return
  if (written.length) await ctx.store.upsert(written.map((m) => moduleRangeOf(env.cfg.chain, m, plan.writes.get(m)!.fromBlock, last.height)))
  if (chainHeight !== undefined) await ctx.store.upsert(chainSyncOf(env, last, chainHeight))
}

/** What each module that hands state on hands on after `blocks`, once their reads are done. */
function handOnAll(
  env: ChainEnv,
  modules: AnyModule[],
  blocks: Block[],
  reading: Promise<{ prev: Map<AnyModule, unknown>; values: StorageValues }>,
): Map<AnyModule, Promise<unknown>> {
  const out = new Map<AnyModule, Promise<unknown>>()
  for (const m of modules) {
    const handOn = m.handOn
    if (!handOn) continue
    out.set(
      m,
      reading.then(({ prev, values }) => handOn(env, blocks, (key: string) => values.get(m)?.get(key), prev.get(m))),
    )
  }
  return out
}

/** Phase 4: every module in order into one write set, the Asset dimension first (shared by every module). */
export function applyAll(
  env: ChainEnv,
  written: AnyModule[],
  records: Map<AnyModule, unknown>,
  loaded: Map<EntityClass, Map<string, any>>,
  values: Map<AnyModule, Map<string, unknown>>,
  blocks: Block[],
  warn: (message: string) => void,
): { assets: Map<string, Asset>; rows: Map<EntityClass, Map<string, { id: string }>> } {
  const assets = new Map<string, Asset>()
  assetOf(assets, env.native)
  const rows = new Map<EntityClass, Map<string, { id: string }>>()
  for (const m of written) {
    const applyCtx: ApplyContext<Record<string, unknown>> = {
      loaded: (entity, id) => loaded.get(entity)?.get(id),
      read: (key) => values.get(m)?.get(key),
      write: (entity, list) => {
        const byId = rows.get(entity) ?? rows.set(entity, new Map()).get(entity)!
        for (const r of list) byId.set(r.id, r)
      },
      assets,
      warn,
    }
    m.apply(env, records.get(m), applyCtx, blocks)
  }
  return { assets, rows }
}

export function moduleRangeOf(chain: string, m: AnyModule, fromBlock: number, toBlock: number): ModuleRange {
  return new ModuleRange({ id: `${chain}-${m.name}`, chain, module: m.name, version: m.version, fromBlock, toBlock })
}

/** Where the processor is after a batch whose last block is `last`; `chainHeight` is the head the RPC reported. */
export function chainSyncOf(env: ChainEnv, last: Block['header'], chainHeight: number): ChainSync {
  return new ChainSync({
    id: env.cfg.chain,
    network: env.cfg.network,
    specName: last.specName,
    specVersion: last.specVersion,
    indexedHeight: last.height,
    indexedAt: new Date(last.timestamp ?? 0),
    chainHeight: Math.max(chainHeight, last.height),
    updatedAt: new Date(),
  })
}
