/**
 * The inclusion module's apply over plain records: whatever the batches a run is cut into, the rows are the same
 * (day and timeslice rows accumulate; a para's second core in a timeslice is found in the rows of an earlier batch).
 */
import { describe, expect, it } from 'vitest'
import type { ApplyContext, ChainEnv } from '../module'
import { CoreAccounting, CoreUsageDay, CoreUsageSlice, ParaUsageDay } from '../../model'
import { inclusionModule, segmentOf, type InclusionRecords, type InclusionState, type Timelines } from '.'

const env = { cfg: { chain: 'relay' } } as unknown as ChainEnv
const FROM = 8_000 // timeslice 100
const T0 = Date.UTC(2025, 11, 1, 23, 50, 0) // day 2 starts at block 100
const when = (k: number) => new Date(T0 + 6_000 * k)
const timelines: Timelines = {
  0: [segmentOf(FROM, undefined, [{ kind: 'Task', para: 2001, parts: 57_600 }])],
  1: [segmentOf(FROM, undefined, [{ kind: 'Task', para: 2001, parts: 28_800 }, { kind: 'Pool', parts: 28_800 }])],
}

/** the records of blocks k = a..b: 2001 on core 0 every block, on core 1 every 10th; on-demand 3000 on core 1 at k = 55 */
function recordsOf(a: number, b: number): InclusionRecords {
  const r: InclusionRecords = { candidates: [], assigned: [], orders: [], seen: [] }
  for (let k = a; k <= b; k++) {
    const blockNumber = FROM + k
    const ctx = (eventIndex: number) => ({ chain: 'relay', blockNumber, timestamp: when(k), eventIndex })
    r.seen.push({ height: blockNumber, day: when(k).toISOString().slice(0, 10) })
    r.candidates.push({ ctx: ctx(1), kind: 'Included', para: 2001, core: 0 })
    if (k % 10 === 5) r.candidates.push({ ctx: ctx(2), kind: 'Included', para: 2001, core: 1 })
    if (k === 55) r.candidates.push({ ctx: ctx(3), kind: 'Included', para: 3000, core: 1 })
  }
  r.first = { height: FROM + a } as any
  r.last = { height: FROM + b } as any
  return r
}

/** runs the batches in turn over one in-memory table per entity, as the handler would */
function run(cuts: [number, number][]) {
  const db = new Map<Function, Map<string, any>>([CoreAccounting, CoreUsageSlice, CoreUsageDay, ParaUsageDay].map((e) => [e, new Map()]))
  let previous: InclusionState | undefined
  for (const [a, b] of cuts) {
    const records = recordsOf(a, b)
    const assignments = { accountedTo: previous?.accountedTo, timelines: previous?.timelines ?? timelines, fresh: !previous, readBlocks: previous ? [] : [FROM + a] }
    const ctx: ApplyContext<any> = {
      // what TypeORM loads: a fresh instance of the entity, not the object written
      loaded: (entity, id) => {
        const row = db.get(entity)!.get(id)
        return row && Object.assign(new entity(), structuredClone({ ...row }))
      },
      read: (key) => (key === 'assignments' ? assignments : undefined),
      write: (entity, rows) => {
        for (const r of rows) db.get(entity)!.set(r.id, r)
      },
      assets: new Map(),
      warn: () => {},
    }
    inclusionModule.apply(env, records, ctx, [])
    previous = inclusionModule.handOn!(env, [{ header: records.last } as any], (k: string) => (k === 'assignments' ? assignments : undefined) as any, previous)
  }
  const rows = (e: Function) => [...db.get(e)!.values()].map((r) => ({ ...r })).sort((x, y) => x.id.localeCompare(y.id))
  return { slices: rows(CoreUsageSlice), days: rows(CoreUsageDay), paras: rows(ParaUsageDay), accounting: rows(CoreAccounting) }
}

describe('inclusion rows across batches', () => {
  const whole = run([[0, 199]])

  it('one batch: per core and day, half a core of task and half of pool; the elastic para counted per timeslice', () => {
    expect(whole.days.map((d) => [d.id, d.included, d.poolIncluded, Number(d.taskParts) / 57_600, Number(d.poolParts) / 57_600, d.utilisation])).toEqual([
      ['relay-0-2025-12-01', 100, 0, 100, 0, 1],
      ['relay-0-2025-12-02', 100, 0, 100, 0, 1],
      // blocks 5, 15, …, 95 and 3000's on-demand block 55: 11 of 100 allowed (50 task + 50 pool)
      ['relay-1-2025-12-01', 11, 1, 50, 50, 0.11],
      ['relay-1-2025-12-02', 10, 0, 50, 50, 0.1],
    ])
    // timeslices 100 (k 0..79), 101 (80..159), 102 (160..199): 2001 on both cores in each
    expect(whole.paras.map((p) => [p.id, p.included, p.cores, p.elasticSlices, p.onDemandIncluded])).toEqual([
      ['relay-2001-2025-12-01', 110, [0, 1], 2, 0],
      ['relay-2001-2025-12-02', 110, [0, 1], 1, 0],
      ['relay-3000-2025-12-01', 1, [1], 0, 1],
    ])
    expect(whole.accounting[0].accountedTo).toBe(FROM + 199)
  })

  it('cut mid-timeslice and mid-day, even between a para’s two cores of one timeslice: the same rows', () => {
    // block 80 + 5 = 85 is where 2001 first reaches core 1 in timeslice 101; the cut falls between 80 and 85
    expect(run([[0, 82], [83, 120], [121, 199]])).toEqual(whole)
    expect(run([[0, 0], [1, 99], [100, 100], [101, 199]])).toEqual(whole)
  })
})
