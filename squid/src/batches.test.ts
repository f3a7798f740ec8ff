/**
 * coalescedBatches: the runner gets every block of the source once, in order, merged from the batches that
 * arrived while it was busy, at most maxBlocks a batch, never merged past one at the head; a source's error
 * comes after the blocks it delivered.
 */
import { describe, expect, it } from 'vitest'
import { coalescedBatches } from './batches'

type B = { blocks: number[]; isHead: boolean }
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** batches of 10 blocks (0..n-1), one every `everyMs`; isHead on the batches whose index is in `heads` */
async function* source(batches: number, everyMs: number, heads: number[] = [], failAfter?: number): AsyncGenerator<B> {
  for (let i = 0; i < batches; i++) {
    if (failAfter === i) throw new Error(`source failed after ${i} batches`)
    await sleep(everyMs)
    yield { blocks: Array.from({ length: 10 }, (_, k) => i * 10 + k), isHead: heads.includes(i) }
  }
}

async function consume(it: AsyncIterable<B>, busyMs: number): Promise<B[]> {
  const out: B[] = []
  for await (const b of it) {
    out.push(b)
    await sleep(busyMs)
  }
  return out
}

describe('coalescedBatches', () => {
  it('merges what arrived while the consumer was busy: all 400 blocks once, in order, at most 100 a batch', async () => {
    const out = await consume(coalescedBatches(source(40, 1), 100), 30)
    expect(out.flatMap((b) => b.blocks)).toEqual(Array.from({ length: 400 }, (_, i) => i))
    expect(Math.max(...out.map((b) => b.blocks.length))).toBeLessThanOrEqual(100)
    expect(out.length).toBeLessThan(40)
  })

  it('does not merge past a batch at the head, and keeps its isHead', async () => {
    const out = await consume(coalescedBatches(source(6, 0, [2]), 1000), 50)
    const headBatch = out.find((b) => b.isHead)!
    expect(headBatch.blocks[headBatch.blocks.length - 1]).toBe(29)
    expect(out.flatMap((b) => b.blocks)).toEqual(Array.from({ length: 60 }, (_, i) => i))
  })

  it('hands on the blocks fetched before the source failed, then its error', async () => {
    const seen: number[] = []
    const run = (async () => {
      for await (const b of coalescedBatches(source(10, 1, [], 3), 1000)) seen.push(...b.blocks)
    })()
    await expect(run).rejects.toThrow('source failed after 3 batches')
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => i))
  })
})
