/**
 * Larger batches while catching up. The SDK's RPC ingestion hands the runner one batch per split of the chain
 * (10 blocks), and the runner makes one database transaction of each: the handler's fixed cost per batch (a
 * query per entity type loaded, an upsert per entity type written, the status row, the commit) then dominates.
 * Here the data source's finalized batches are pumped ahead into a queue while the previous batch is handled, and
 * the runner gets everything already fetched as one batch (up to MAX_BATCH_BLOCKS blocks, never past a batch
 * that reached the head). The handler does not depend on where batches end (bench/ingest.ts and the replay tests
 * check the tables), so this changes how often it commits, not what it writes.
 */

/** A batch as the SDK's data sources yield it (util-internal-processor-tools' Batch). */
interface Batch<B> {
  blocks: B[]
  isHead: boolean
}

/** Blocks pumped ahead and merged into one batch at most: a few seconds of work, a few tens of MB of blocks. */
export const MAX_BATCH_BLOCKS = 1000

/** `inner`'s batches, each merged with those that arrived while the one before was being handled. */
export async function* coalescedBatches<B, T extends Batch<B>>(inner: AsyncIterable<T>, maxBlocks = MAX_BATCH_BLOCKS): AsyncGenerator<T> {
  const it = inner[Symbol.asyncIterator]()
  const queue: T[] = []
  let queued = 0
  let done = false
  let failed: { error: unknown } | undefined
  let stopped = false
  let wakeConsumer: (() => void) | undefined
  let wakePump: (() => void) | undefined
  const pump = (async () => {
    try {
      while (!stopped) {
        const r = await it.next()
        if (r.done) break
        queue.push(r.value)
        queued += r.value.blocks.length
        wakeConsumer?.()
        // back-pressure: no more than one merged batch waits
        while (queued >= maxBlocks && !stopped) await new Promise<void>((resolve) => (wakePump = resolve))
      }
    } catch (error) {
      failed = { error }
    }
    done = true
    wakeConsumer?.()
  })()
  try {
    for (;;) {
      while (!queue.length && !done) await new Promise<void>((resolve) => (wakeConsumer = resolve))
      if (!queue.length) {
        if (failed) throw failed.error
        return
      }
      const first = queue.shift()!
      let blocks = first.blocks
      let isHead = first.isHead
      while (queue.length && !isHead && blocks.length + queue[0].blocks.length <= maxBlocks) {
        const next = queue.shift()!
        blocks = blocks.concat(next.blocks)
        isHead = next.isHead
      }
      queued -= blocks.length
      wakePump?.()
      yield { ...first, blocks, isHead }
    }
  } finally {
    // not awaited: a source waiting for the network would hold the runner's exit (or error) up
    stopped = true
    wakePump?.()
    void Promise.resolve(it.return?.()).catch(() => {})
    void pump
  }
}

/** `source` with its finalized batches coalesced; every other method is the source's own. */
export function coalescing<S extends { getFinalizedBlocks(...args: any[]): AsyncIterable<any> }>(source: S, maxBlocks = MAX_BATCH_BLOCKS): S {
  return new Proxy(source, {
    get(target, prop, receiver) {
      if (prop === 'getFinalizedBlocks') return (...args: any[]) => coalescedBatches(target.getFinalizedBlocks(...args), maxBlocks)
      const v = Reflect.get(target, prop, receiver)
      return typeof v === 'function' ? v.bind(target) : v
    },
  })
}
