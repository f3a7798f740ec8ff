import { describe, expect, it } from 'vitest'
import { capacityOver, chunksOf, describe as describeSegment, prune, replaceFrom, segmentAt, segmentOf, sliceOf, utilisation, noWork, PARTS } from './capacity'

const task = (para: number, parts = PARTS) => ({ kind: 'Task' as const, para, parts })
const pool = (parts: number) => ({ kind: 'Pool' as const, parts })

describe('core capacity', () => {
  it('a timeslice fully assigned to a task allows 80 blocks; 60 included is 75 %', () => {
    const t = [segmentOf(800, undefined, [task(2000)])]
    const cap = capacityOver(t, 800, 879)
    expect(cap).toEqual({ task: 80 * PARTS, pool: 0, idle: 0 })
    expect(utilisation(60, BigInt(cap.task), 0n)).toBe(0.75)
  })

  it('half a core (28,800 parts) allows 40 blocks a timeslice, the rest idle; 40 included is 100 %', () => {
    const t = [segmentOf(0, undefined, [task(2000, 28_800)])]
    const cap = capacityOver(t, 0, 79)
    expect(cap).toEqual({ task: 80 * 28_800, pool: 0, idle: 80 * 28_800 })
    expect(utilisation(40, cap.task, cap.pool)).toBe(1)
  })

  it('a shared core: task and pool parts both count as allowed, explicit Idle does not', () => {
    const s = segmentOf(0, undefined, [task(2000, 14_400), pool(28_800), { kind: 'Idle', parts: 14_400 }])
    expect(s).toMatchObject({ tasks: [[2000, 14_400]], pool: 28_800, idle: 14_400 })
    const cap = capacityOver([s], 0, 79)
    expect(utilisation(30, cap.task, cap.pool)).toBe(0.5)
    expect(describeSegment(s)).toBe('Task 2000 14400 + Pool 28800')
  })

  it('an assignment changing inside a range: each block counts its own segment; end hints stop it', () => {
    const t = [segmentOf(100, undefined, [task(2000)]), segmentOf(140, 160, [pool(PARTS)])]
    // 100..139 task (40 blocks), 140..159 pool (20), 160..179 nothing
    expect(capacityOver(t, 100, 179)).toEqual({ task: 40 * PARTS, pool: 20 * PARTS, idle: 0 })
    expect(segmentAt(t, 139)?.tasks).toEqual([[2000, PARTS]])
    expect(segmentAt(t, 159)?.pool).toBe(PARTS)
    expect(segmentAt(t, 160)).toBeUndefined()
    expect(segmentAt(t, 99)).toBeUndefined()
  })

  it('no assignment allows nothing: utilisation is null, not 0 or infinite', () => {
    expect(capacityOver([noWork(0)], 0, 79)).toEqual({ task: 0, pool: 0, idle: 0 })
    expect(utilisation(3, 0n, 0n)).toBeNull()
    expect(describeSegment(noWork(0))).toBe('none')
    expect(describeSegment(segmentOf(0, undefined, [{ kind: 'Idle', parts: PARTS }]))).toBe('Idle')
  })

  it('a read at a block replaces what was known from there on and keeps what came before', () => {
    const t = [segmentOf(0, undefined, [task(2000)]), segmentOf(400, undefined, [task(2001)])]
    const r = replaceFrom(t, 200, [segmentOf(200, undefined, [task(2000)]), segmentOf(320, undefined, [task(2002)])])
    expect(r.map((s) => [s.from, s.tasks[0][0]])).toEqual([
      [0, 2000],
      [200, 2000],
      [320, 2002],
    ])
    expect(prune(r, 330).map((s) => s.from)).toEqual([320])
    expect(prune(r, 250).map((s) => s.from)).toEqual([200, 320])
  })
})

describe('blocks cut by timeslice and day', () => {
  it('a batch of blocks 75..170 after block 74: slices 0, 1 and 2, a day change at 150; blocks it did not fetch take the next fetched block’s day', () => {
    const seen = [
      { height: 75, day: '2025-11-01' },
      { height: 100, day: '2025-11-01' },
      { height: 149, day: '2025-11-01' },
      { height: 150, day: '2025-11-02' },
      { height: 170, day: '2025-11-02' },
    ]
    expect(chunksOf(74, seen)).toEqual([
      { from: 75, to: 79, slice: 0, day: '2025-11-01' },
      { from: 80, to: 149, slice: 1, day: '2025-11-01' },
      { from: 150, to: 159, slice: 1, day: '2025-11-02' },
      { from: 160, to: 170, slice: 2, day: '2025-11-02' },
    ])
    expect(sliceOf(159)).toBe(1)
    expect(sliceOf(160)).toBe(2)
  })

  it('each block is accounted once across batches', () => {
    const a = chunksOf(0, [{ height: 50, day: 'd' }])
    const b = chunksOf(50, [{ height: 90, day: 'd' }])
    const blocks = [...a, ...b].reduce((n, c) => n + c.to - c.from + 1, 0)
    expect(blocks).toBe(90)
  })
})
