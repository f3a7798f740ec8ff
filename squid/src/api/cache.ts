/**
 * The API's response cache (graphql-yoga's response-cache plugin): the same document with the same variables is
 * answered from memory until the indexer commits its next batch. Every batch a processor commits moves its
 * chain_sync row (height, time) and the module_range rows it wrote; the API reads those few rows every
 * `pollMs` and puts what it read into every cache key, so an answer cached before a commit is never served after
 * it is seen (at most `pollMs` late). Answers with errors are not cached (the plugin's default).
 *
 * Right after a commit every cached answer is new, and the clients of a busy page all ask the same few documents
 * at once: coalesceExecutions lets the first of them run and hands its answer to the others that arrive while it
 * runs, so a commit costs one execution per distinct document, not one per client.
 */
import { createHash, randomUUID } from 'node:crypto'
import { print, type DocumentNode } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache'
import type pg from 'pg'

/** What the indexer has committed, as a fingerprint; '' until read, or when it cannot be read. */
export class IndexedState {
  value = ''
  private timer?: NodeJS.Timeout

  constructor(private readonly pool: pg.Pool, private readonly pollMs: number) {}

  async read(): Promise<string> {
    const { rows } = await this.pool.query<{ s: string | null }>(
      `SELECT (SELECT string_agg(id || ':' || indexed_height || ':' || extract(epoch FROM updated_at), ',' ORDER BY id) FROM chain_sync)
           || '|' || (SELECT coalesce(string_agg(id || ':' || version || ':' || to_block, ',' ORDER BY id), '') FROM module_range) AS s`,
    )
    this.value = rows[0]?.s ?? ''
    return this.value
  }

  async start(): Promise<void> {
    await this.read().catch(() => (this.value = ''))
    const tick = () => {
      this.timer = setTimeout(async () => {
        // unreadable: no fingerprint, so no answer is reused until it can be read again
        await this.read().catch(() => (this.value = ''))
        tick()
      }, this.pollMs)
      this.timer.unref()
    }
    tick()
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
  }
}

export interface CacheOptions {
  /** cached answers kept (least recently used dropped first) */
  maxEntries: number
  /** an upper bound on an answer's life, whatever the indexer does */
  ttlMs: number
  /** how often the indexed state is read */
  pollMs: number
  /** identical executions in flight share one (coalesceExecutions; off: the benchmark's baseline) */
  coalesce: boolean
}

export const DEFAULT_CACHE: CacheOptions = { maxEntries: 5000, ttlMs: 5 * 60_000, pollMs: 500, coalesce: true }

export function cacheOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): CacheOptions | undefined {
  if (env.API_CACHE === '0' || env.API_CACHE === 'false') return undefined
  const ms = env.API_CACHE_POLL_MS
  if (ms != null && ms !== '' && !(Number.isInteger(Number(ms)) && Number(ms) > 0)) throw new Error(`API_CACHE_POLL_MS must be a positive integer, got ${JSON.stringify(ms)}`)
  return { ...DEFAULT_CACHE, ...(ms ? { pollMs: Number(ms) } : {}) }
}

export function responseCache(state: IndexedState, o: CacheOptions) {
  return useResponseCache({
    // public data: one cache for every client
    session: () => null,
    cache: createInMemoryCache({ max: o.maxEntries }),
    ttl: o.ttlMs,
    // a replica's lag changes with the clock, not with the indexed state
    ttlPerSchemaCoordinate: { 'Query.databaseReplication': 0 },
    // while the indexed state is unknown (not read yet, or unreadable) every key is new: nothing is served stale
    buildResponseCacheKey: async ({ documentString, variableValues, operationName }) =>
      createHash('sha256').update(state.value || randomUUID()).update('\0').update(documentString).update('\0').update(JSON.stringify(variableValues ?? {})).update('\0').update(operationName ?? '').digest('hex'),
  })
}

/**
 * Identical executions in flight at the same indexed state share one: a later one gets the running one's answer.
 * Only while the state is known (as the cache's keys), and the entry goes when it settles, so nothing outlives the
 * commit it was computed at; an error is shared too (the others would have met it as well) and never kept.
 * It goes before the response cache in the plugin list: the cache's execute wraps this one, so a cached answer
 * never reaches it and every execution it shares still passes through the cache's own.
 */
export function coalesceExecutions(state: IndexedState, onShared?: () => void): Plugin {
  const running = new Map<string, Promise<unknown>>()
  // yoga keeps parsed documents, so one printed text per document object
  const printed = new WeakMap<DocumentNode, string>()
  const textOf = (d: DocumentNode) => {
    let t = printed.get(d)
    if (t === undefined) printed.set(d, (t = print(d)))
    return t
  }
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (!state.value) return
      const key = createHash('sha256').update(state.value).update('\0').update(textOf(args.document)).update('\0').update(JSON.stringify(args.variableValues ?? {})).update('\0').update(args.operationName ?? '').digest('hex')
      const shared = running.get(key)
      if (shared) {
        onShared?.()
        setExecuteFn(() => shared as any)
        return
      }
      setExecuteFn((a) => {
        const p = Promise.resolve(executeFn(a)).finally(() => running.delete(key))
        running.set(key, p)
        return p as any
      })
    },
  }
}
