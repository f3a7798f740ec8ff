/**
 * Inclusion: how much of each relay core is really used. Every ParaInclusion.CandidateIncluded is one para block on
 * one core; what the core could have carried is read from the relay's own CoretimeAssignmentProvider (at the first
 * block a run indexes, and again where Coretime.CoreAssigned says a core got a new assignment), never from the
 * Coretime chain's sales, so that the figure holds whatever the broker did. Counted per core and timeslice and per
 * core and UTC day, never merged per para: a para with elastic scaling has several cores, each with its own
 * utilisation. On-demand orders (OnDemand.OnDemandOrderPlaced) are counted per para and day as usage.
 *
 * The batch accounts every block after the last one accounted (CoreAccounting.accountedTo) up to its last block,
 * also the blocks it did not fetch: time passes on a core whether or not anything was included on it.
 */
import { CoreAccounting, CoreUsageDay, CoreUsageSlice, ParaUsageDay } from '../../model'
import { namesOf } from '../../decoders/decode'
import { ctxId, utcDay, type EventCtx } from '../../mappings/facts'
import { decodersOn, defineModule, eventCtx, optionsOf, type BlockHeader, type ChainEnv, type StorageReads } from '../module'
import { INCLUSION_DECODERS, type InclusionDecoders } from './decoders'
import { coretimeModule } from '../coretime'
import { capacityOver, chunksOf, describe, noWork, prune, replaceFrom, segmentAt, sliceOf, utilisation, type Chunk, type Segment, type Timelines } from './capacity'

export { PARTS, TIMESLICE, sliceOf, utilisation, capacityOver, chunksOf, segmentOf, type Segment, type Timelines } from './capacity'

export interface InclusionRecords {
  candidates: { ctx: EventCtx; kind: 'Included' | 'Backed'; para: number; core: number }[]
  /** Coretime.CoreAssigned: the core's assignments are read again at that block */
  assigned: { block: BlockHeader; core: number }[]
  orders: { ctx: EventCtx; para: number; spotPrice: bigint }[]
  /** every block of the batch with its UTC day (the days of the blocks between them) */
  seen: { height: number; day: string }[]
  first?: BlockHeader
  last?: BlockHeader
}

/** The cores' assignments after the batch's reads, and where the previous batch stopped accounting. */
export interface Assignments {
  /** undefined after a restart: the database's CoreAccounting has it */
  accountedTo?: number
  timelines: Timelines
  /** true when read afresh at the batch's first block (no previous batch in this run) */
  fresh: boolean
  readBlocks: number[]
}

export interface InclusionReads {
  assignments: Assignments
}

export interface InclusionState {
  accountedTo: number
  timelines: Timelines
}

export interface InclusionOptions {
  /**
   * The core indices below which CoretimeAssignmentProvider.CoreDescriptors is read at a run's first block (its keys
   * are hashed and cannot be listed), and whose rows that batch loads (cores with no event in it are known only once
   * storage is read, after the load)
   */
  maxCores?: number
}

declare module '../../chains/profile' {
  interface ModuleOptions {
    inclusion: InclusionOptions
  }
}

/** the latest blocks the assignments were read at, kept to show where the figures' capacities come from */
const READ_BLOCKS_KEPT = 32

/** Polkadot has about 70 cores (2025); the bound only sizes the reads at a run's first block */
const maxCores = (env: ChainEnv) => optionsOf(env, 'inclusion')?.maxCores ?? 256

/**
 * Whether this batch counts: a run starts at its first batch with parachain activity, so that a chain without any
 * (a local relay includes no candidates) is never asked for its cores' assignments nor loads their rows
 */
const counting = (records: InclusionRecords, previous: InclusionState | undefined) => !!previous || records.candidates.length > 0 || records.assigned.length > 0 || records.orders.length > 0

export const coreSliceId = (chain: string, core: number, slice: number) => `${chain}-${core}-${slice}`
export const coreDayId = (chain: string, core: number, day: string) => `${chain}-${core}-${day}`
export const paraDayId = (chain: string, para: number, day: string) => `${chain}-${para}-${day}`

/** The segments of `timelines` after reading every core at `block` (cores without a descriptor have no work). */
function replaceAll(timelines: Timelines, block: number, read: Record<number, Segment[]>): Timelines {
  const out: Timelines = {}
  for (const core of new Set([...Object.keys(timelines), ...Object.keys(read)].map(Number))) out[core] = replaceFrom(timelines[core] ?? [], block, read[core] ?? [noWork(block)])
  return out
}

async function readAssignments(env: ChainEnv, d: InclusionDecoders, records: InclusionRecords, previous: InclusionState | undefined): Promise<Assignments> {
  const chain = env.cfg.chain
  let timelines: Timelines = previous?.timelines ?? {}
  const readBlocks: number[] = []
  if (!previous && records.first) {
    timelines = replaceAll(timelines, records.first.height, await d.allCoreWork(chain, records.first, maxCores(env)))
    readBlocks.push(records.first.height)
  }
  // in block order, each read after the one before: a later assignment replaces an earlier one from its block on
  const byBlock = new Map<number, { block: BlockHeader; cores: Set<number> }>()
  for (const a of records.assigned) (byBlock.get(a.block.height) ?? byBlock.set(a.block.height, { block: a.block, cores: new Set() }).get(a.block.height)!).cores.add(a.core)
  const reads = await Promise.all([...byBlock.values()].map(async ({ block, cores }) => ({ block, work: await Promise.all([...cores].map(async (core) => [core, await d.coreWork(chain, block, core)] as const)) })))
  for (const { block, work } of reads.sort((a, b) => a.block.height - b.block.height)) {
    timelines = { ...timelines }
    for (const [core, segs] of work) timelines[core] = replaceFrom(timelines[core] ?? [], block.height, segs)
    readBlocks.push(block.height)
  }
  return { accountedTo: previous?.accountedTo, timelines, fresh: !previous, readBlocks }
}

const emptyCore = { included: 0, backed: 0, poolIncluded: 0, taskParts: 0n, poolParts: 0n, idleParts: 0n, utilisation: null, assignment: 'none', paras: [] as number[], firstEventId: null, lastEventId: null }

export const inclusionModule = defineModule<InclusionRecords, InclusionReads, InclusionState, InclusionDecoders>({
  name: 'inclusion',
  version: 1,
  entities: [CoreAccounting, CoreUsageSlice, CoreUsageDay, ParaUsageDay],
  decoders: INCLUSION_DECODERS,
  // on-demand orders as the coretime module decodes them
  after: [coretimeModule],
  empty: () => ({ candidates: [], assigned: [], orders: [], seen: [] }),

  // every relay block has several candidate events: their extrinsic (the paras inherent) is not fetched
  requests: (_env, d) => ({ events: [{ names: namesOf(d.candidate, d.coreAssigned) }] }),

  decode(env, blocks, recordsOf, d) {
    const chain = env.cfg.chain
    const out: InclusionRecords = { candidates: [], assigned: [], orders: [], seen: [], first: blocks[0]?.header, last: blocks[blocks.length - 1]?.header }
    for (const block of blocks) {
      out.seen.push({ height: block.header.height, day: utcDay(new Date(block.header.timestamp ?? 0)) })
      for (const e of block.events) {
        const c = d.candidate(chain, e)
        if (c) {
          out.candidates.push({ ctx: eventCtx(chain, block, e), kind: c.kind, para: c.para, core: c.core })
          continue
        }
        const a = d.coreAssigned(chain, e)
        if (a) out.assigned.push({ block: block.header, core: a.core })
      }
    }
    // the orders are the on-demand module's (coretime): read, not decoded again
    for (const { ctx, event } of recordsOf(coretimeModule).items) if (event.kind === 'OrderPlaced') out.orders.push({ ctx, para: event.paraId, spotPrice: event.spotPrice })
    return out
  },

  load(env, records, _blocks, previous) {
    const chain = env.cfg.chain
    const { first, last } = records
    if (!first || !last || !counting(records, previous)) return []
    const cores = new Set(records.candidates.map((c) => c.core))
    if (previous) for (const c of Object.keys(previous.timelines)) cores.add(Number(c))
    else for (let c = 0; c < maxCores(env); c++) cores.add(c)
    // after a restart the first batch may start after blocks it did not fetch: the slice before it too
    const fromSlice = sliceOf(previous ? previous.accountedTo + 1 : first.height) - (previous ? 0 : 1)
    const slices: number[] = []
    for (let s = fromSlice; s <= sliceOf(last.height); s++) slices.push(s)
    const days = new Set(records.seen.map((s) => s.day))
    const paras = new Set([...records.candidates, ...records.orders].map((c) => c.para))
    return [
      { entity: CoreAccounting, ids: [chain] },
      { entity: CoreUsageSlice, ids: [...cores].flatMap((c) => slices.map((s) => coreSliceId(chain, c, s))) },
      { entity: CoreUsageDay, ids: [...cores].flatMap((c) => [...days].map((day) => coreDayId(chain, c, day))) },
      { entity: ParaUsageDay, ids: [...paras].flatMap((p) => [...days].map((day) => paraDayId(chain, p, day))) },
    ]
  },

  reads(env, records, _blocks, previous) {
    const out: StorageReads<InclusionReads> = {}
    const d = decodersOn(inclusionModule, env)
    if (!d || !records.last) return out
    if (!counting(records, previous)) return out
    out.assignments = {
      block: records.last,
      what: 'CoretimeAssignmentProvider.CoreDescriptors and CoreSchedules (every core at the first block indexed; a core at its Coretime.CoreAssigned blocks)',
      read: () => readAssignments(env, d, records, previous),
    }
    return out
  },

  apply(env, records, ctx) {
    const chain = env.cfg.chain
    const read = ctx.read('assignments')
    const { first } = records
    if (!read || !first) return
    const state = ctx.loaded(CoreAccounting, chain)
    const accountedTo = read.accountedTo ?? state?.accountedTo ?? first.height - 1
    let timelines = read.timelines
    if (read.fresh && state) {
      // a restart: the blocks before this batch that are still to account had the assignments the database kept
      const kept: Timelines = JSON.parse(state.timelines)
      timelines = {}
      for (const core of new Set([...Object.keys(kept), ...Object.keys(read.timelines)].map(Number)))
        timelines[core] = replaceFrom(kept[core] ?? [], first.height, (read.timelines[core] ?? []).filter((s) => s.from >= first.height))
    }
    const chunks = chunksOf(accountedTo, records.seen.filter((s) => s.height > accountedTo))

    const slices = new Map<string, CoreUsageSlice>()
    const coreDays = new Map<string, CoreUsageDay>()
    const paraDays = new Map<string, ParaUsageDay>()
    const sliceRow = (core: number, slice: number, block: number): CoreUsageSlice => {
      const id = coreSliceId(chain, core, slice)
      let r = slices.get(id) ?? ctx.loaded(CoreUsageSlice, id)
      if (!r) r = new CoreUsageSlice({ id, chain, core, timeslice: slice, firstBlock: block, lastBlock: block, ...emptyCore, paras: [], firstEventAt: null, lastEventAt: null })
      slices.set(id, r)
      return r
    }
    const coreDay = (core: number, day: string, block: number): CoreUsageDay => {
      const id = coreDayId(chain, core, day)
      let r = coreDays.get(id) ?? ctx.loaded(CoreUsageDay, id)
      if (!r) r = new CoreUsageDay({ id, chain, core, date: day, firstBlock: block, lastBlock: block, ...emptyCore, paras: [] })
      coreDays.set(id, r)
      return r
    }
    const paraDay = (para: number, day: string, block: number): ParaUsageDay => {
      const id = paraDayId(chain, para, day)
      let r = paraDays.get(id) ?? ctx.loaded(ParaUsageDay, id)
      if (!r) r = new ParaUsageDay({ id, chain, paraId: para, date: day, firstBlock: block, lastBlock: block, included: 0, backed: 0, onDemandIncluded: 0, cores: [], elasticSlices: 0, orders: 0, spotPriceSum: 0n, firstEventId: null, lastEventId: null })
      paraDays.set(id, r)
      return r
    }

    // 1. capacity: every core with an assignment, over every block after the last accounted
    const account = (r: CoreUsageSlice | CoreUsageDay, c: Chunk, core: number) => {
      const cap = capacityOver(timelines[core], c.from, c.to)
      r.taskParts += BigInt(cap.task)
      r.poolParts += BigInt(cap.pool)
      r.idleParts += BigInt(cap.idle)
      r.firstBlock = Math.min(r.firstBlock, c.from)
      r.lastBlock = Math.max(r.lastBlock, c.to)
      r.assignment = describe(segmentAt(timelines[core], c.to))
    }
    for (const core of Object.keys(timelines).map(Number)) {
      for (const c of chunks) {
        const cap = capacityOver(timelines[core], c.from, c.to)
        // a core with no work in this run of blocks gets no row for it (unless something is included on it)
        if (!cap.task && !cap.pool && !cap.idle) continue
        account(sliceRow(core, c.slice, c.from), c, core)
        account(coreDay(core, c.day, c.from), c, core)
      }
    }

    // 2. usage: each candidate on its core; a para's cores per timeslice make it elastic there
    const dayOfBlock = new Map(records.seen.map((b) => [b.height, b.day]))
    const dayOf = (height: number) => dayOfBlock.get(height) ?? utcDay(new Date(0))
    // per timeslice and para, the cores that carried it: several make it elastic there (an index, not a scan per event)
    const coresOf = new Map<string, Set<number>>()
    const carriers = (slice: number, para: number): Set<number> => {
      const k = `${slice}:${para}`
      let set = coresOf.get(k)
      if (!set) {
        set = new Set()
        for (const o of slices.values()) if (o.timeslice === slice && o.paras.includes(para)) set.add(o.core)
        coresOf.set(k, set)
      }
      return set
    }
    const traced = (r: { firstEventId?: string | null; lastEventId?: string | null; firstBlock: number; lastBlock: number }, id: string, block: number, at?: Date) => {
      if (r instanceof CoreUsageSlice) {
        if (!r.firstEventId) r.firstEventAt = at
        r.lastEventAt = at
      }
      r.firstEventId ??= id
      r.lastEventId = id
      r.firstBlock = Math.min(r.firstBlock, block)
      r.lastBlock = Math.max(r.lastBlock, block)
    }
    for (const cand of records.candidates) {
      const { ctx: c, para, core } = cand
      const id = ctxId(c)
      const slice = sliceOf(c.blockNumber)
      const day = dayOf(c.blockNumber)
      const s = sliceRow(core, slice, c.blockNumber)
      const cd = coreDay(core, day, c.blockNumber)
      const pd = paraDay(para, day, c.blockNumber)
      for (const r of [s, cd, pd]) traced(r, id, c.blockNumber, c.timestamp)
      if (cand.kind === 'Backed') {
        s.backed++
        cd.backed++
        pd.backed++
        continue
      }
      const seg = timelines[core] && segmentAt(timelines[core], c.blockNumber)
      const onDemand = !!seg && seg.pool > 0 && !seg.tasks.some(([p]) => p === para)
      s.included++
      cd.included++
      pd.included++
      if (onDemand) (s.poolIncluded++, cd.poolIncluded++, pd.onDemandIncluded++)
      if (!pd.cores.includes(core)) pd.cores = [...pd.cores, core].sort((a, b) => a - b)
      if (!cd.paras.includes(para)) cd.paras = [...cd.paras, para].sort((a, b) => a - b)
      if (!s.paras.includes(para)) {
        // the cores of this timeslice that already carried this para (loaded, or written in this batch)
        const cores = carriers(slice, para)
        s.paras = [...s.paras, para].sort((a, b) => a - b)
        if (cores.size === 1 && !cores.has(core)) pd.elasticSlices++
        cores.add(core)
      }
    }
    for (const o of records.orders) {
      const pd = paraDay(o.para, dayOf(o.ctx.blockNumber), o.ctx.blockNumber)
      traced(pd, ctxId(o.ctx), o.ctx.blockNumber)
      pd.orders++
      pd.spotPriceSum += o.spotPrice
    }
    for (const r of [...slices.values(), ...coreDays.values()]) r.utilisation = utilisation(r.included, r.taskParts, r.poolParts)

    const upTo = records.last!.height
    ctx.write(CoreAccounting, [new CoreAccounting({ id: chain, accountedTo: Math.max(accountedTo, upTo), timelines: JSON.stringify(pruneAll(timelines, upTo)), readBlocks: [...(state?.readBlocks ?? []), ...read.readBlocks].slice(-READ_BLOCKS_KEPT) })])
    ctx.write(CoreUsageSlice, slices.values())
    ctx.write(CoreUsageDay, coreDays.values())
    ctx.write(ParaUsageDay, paraDays.values())
  },

  handOn(_env, blocks, read, previous) {
    const last = blocks[blocks.length - 1]?.header
    const a = read('assignments')
    if (!last || !a) return previous
    return { accountedTo: Math.max(previous?.accountedTo ?? 0, last.height), timelines: pruneAll(a.timelines, last.height) }
  },
})

function pruneAll(t: Timelines, upTo: number): Timelines {
  return Object.fromEntries(Object.entries(t).map(([core, segs]) => [core, prune(segs, upTo)]))
}
