/**
 * TypeormDatabase opens its transaction before it calls the batch handler, so anything the handler awaits before
 * its first query (the modules' storage reads, the chain head) would hold a transaction open across RPC round
 * trips. This wrapper hands the handler a store that opens the transaction on first use instead: the handler's
 * phases before its first store access (decode, storage reads) run outside any transaction, and a failure there
 * (a pruned node, an unknown event) opens none, so nothing is written.
 *
 * Hot blocks: TypeormDatabase.transactHot2 calls back once for the finalized part of an update and once per hot
 * block, in one transaction. Here every slice's handler starts at once, outside the transaction; each waits at
 * its first store access until the transaction reaches its slice, so the slices still apply in order, each with
 * the store (and change tracker) TypeormDatabase gives it. Each slice's store knows the block it builds on (baseOf),
 * so that state a module hands from batch to batch follows the slices and a fork's rollback (handler.ts).
 */
import type { Store, TypeormDatabase } from '@subsquid/typeorm-store'

type FinalTxInfo = Parameters<TypeormDatabase['transact']>[0]
type HotTxInfo = Parameters<TypeormDatabase['transactHot2']>[0]
type HotDatabaseState = Awaited<ReturnType<TypeormDatabase['connect']>>

interface Deferred<T> {
  promise: Promise<T>
  resolve(v: T): void
  reject(e: unknown): void
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  promise.catch(() => {}) // rejected only when the transaction failed; that error is the one reported
  return { promise, resolve, reject }
}

/** A block as the database's transaction info names it. */
export interface BlockRef {
  height: number
  hash: string
}

const BASES = new WeakMap<Store, BlockRef>()

/**
 * The block the store's slice builds on: the head before a finalized batch, the head left after a fork's rollback
 * for the first hot slice, the previous slice's last block for the next ones. Undefined for a store that did not
 * come from LazyTransactionDatabase (tests that call the handler directly).
 */
export function baseOf(store: Store): BlockRef | undefined {
  return BASES.get(store)
}

/** A Store whose every method first waits for `real` (and `onFirstUse` starts the transaction). */
function lazyStore(real: Promise<Store>, onFirstUse: () => void, base: BlockRef | undefined): Store {
  const store = new Proxy({} as Store, {
    get(_t, prop) {
      if (prop === 'then') return undefined // not a thenable
      return async (...args: unknown[]) => {
        onFirstUse()
        const store = (await real) as any
        return store[prop](...args)
      }
    },
  })
  if (base) BASES.set(store, base)
  return store
}

/**
 * Runs one handler call per base block (one per slice) in one transaction: each gets a lazy store; the first store access opens the
 * transaction (`openTransaction`), which feeds slice i its real store and waits for handler i. A handler failing
 * before any store access fails the whole call without a transaction.
 */
async function runSlices(
  bases: BlockRef[],
  handler: (store: Store, slice: number) => Promise<void>,
  openTransaction: (feed: (slice: number, store: Store) => Promise<void>) => Promise<void>,
): Promise<void> {
  const stores = bases.map(() => deferred<Store>())
  const openedSignal = deferred<void>()
  let transaction: Promise<void> | undefined
  let aborted: unknown
  const open = () => {
    if (aborted !== undefined) {
      for (const s of stores) s.reject(aborted)
      return
    }
    if (transaction) return
    openedSignal.resolve()
    transaction = openTransaction((slice, store) => {
      stores[slice].resolve(store)
      return handled[slice]
    }).catch((e) => {
      for (const s of stores) s.reject(e)
      throw e
    })
    transaction.catch(() => {})
  }
  const handled: Promise<void>[] = stores.map((s, i) => handler(lazyStore(s.promise, open, bases[i]), i))
  const anyFailed = new Promise<never>((_, reject) => handled.forEach((h) => h.catch(reject)))
  anyFailed.catch(() => {})
  try {
    await Promise.race([openedSignal.promise, Promise.all(handled), anyFailed])
  } catch (e) {
    if (!transaction) {
      aborted = e
      for (const s of stores) s.reject(e)
      throw e
    }
    // a slice failed after the transaction opened: the transaction rolls back and reports it
  }
  open() // every handler may have finished without touching its store: the batch still commits its position
  await transaction
  await Promise.all(handled)
}

/**
 * Postgres' disk is full (SQLSTATE 53100 disk_full, e.g. "could not extend file"): the batch's transaction rolled
 * back, so nothing of it was written and every batch committed before it is kept.
 */
export class DiskFullError extends Error {
  constructor(cause: Error, first: number, last: number, kept: number) {
    super(
      `the database's disk is full (Postgres: ${cause.message}): blocks ${first}–${last} were not written, and everything indexed up to block ${kept} is kept. ` +
        `Free disk space where Postgres keeps its data (or its tablespace) and start the processor again: it resumes at block ${kept + 1}.`,
    )
    this.name = 'DiskFullError'
  }
}

function withDiskFull<T>(p: Promise<T>, first: number, last: number, kept: number): Promise<T> {
  return p.catch((e) => {
    throw (e as { code?: string })?.code === '53100' ? new DiskFullError(e as Error, first, last, kept) : e
  })
}

export class LazyTransactionDatabase {
  // typed as TypeormDatabase declares it, so the processor infers the Store type from this class
  readonly supportsHotBlocks: true
  constructor(readonly inner: TypeormDatabase) {
    this.supportsHotBlocks = inner.supportsHotBlocks as true
  }

  connect(): Promise<HotDatabaseState> {
    return this.inner.connect()
  }

  disconnect(): Promise<void> {
    return this.inner.disconnect()
  }

  transact(info: FinalTxInfo, cb: (store: Store) => Promise<void>): Promise<void> {
    return withDiskFull(
      runSlices([info.prevHead], (store) => cb(store), (feed) => this.inner.transact(info, (store) => feed(0, store))),
      info.prevHead.height + 1,
      info.nextHead.height,
      info.prevHead.height,
    )
  }

  transactHot(): Promise<void> {
    throw new Error('LazyTransactionDatabase implements transactHot2 only')
  }

  transactHot2(info: HotTxInfo, cb: (store: Store, sliceBeg: number, sliceEnd: number) => Promise<void>): Promise<void> {
    const slices = hotSlices(info)
    const run = runSlices(
      slices.map(([beg]) => (beg === 0 ? info.baseHead : info.newBlocks[beg - 1])),
      (store, i) => cb(store, slices[i][0], slices[i][1]),
      (feed) =>
        this.inner.transactHot2(info, (store, beg, end) => {
          const i = slices.findIndex(([b, e]) => b === beg && e === end)
          if (i < 0) throw new Error(`TypeormDatabase called back for blocks [${beg}, ${end}), not one of the expected slices ${JSON.stringify(slices)}`)
          return feed(i, store)
        }),
    )
    const last = info.newBlocks[info.newBlocks.length - 1]?.height ?? info.baseHead.height
    return withDiskFull(run, info.baseHead.height + 1, last, info.baseHead.height)
  }
}

/** The [start, end) slices of info.newBlocks TypeormDatabase.transactHot2 calls back for: finalized ones, then each hot one. */
export function hotSlices(info: HotTxInfo): [number, number][] {
  const n = info.newBlocks.length
  if (n === 0) return []
  const finalizedEnd = Math.max(0, info.finalizedHead.height - info.newBlocks[0].height + 1)
  const out: [number, number][] = finalizedEnd > 0 ? [[0, finalizedEnd]] : []
  for (let i = finalizedEnd; i < n; i++) out.push([i, i + 1])
  return out
}
