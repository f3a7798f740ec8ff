/**
 * The API's response cache (graphql-yoga's response-cache plugin): the same document with the same variables is
 * answered from memory until the indexer commits its next batch. Every batch a processor commits moves its
 * chain_sync row (height, time) and the module_range rows it wrote; the API reads those few rows every
 * `pollMs` and puts what it read into every cache key, so an answer cached before a commit is never served after
 * it is seen (at most `pollMs` late). Answers with errors are not cached (the plugin's default).
 */
import { createHash, randomUUID } from 'node:crypto'
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
}

export const DEFAULT_CACHE: CacheOptions = { maxEntries: 5000, ttlMs: 5 * 60_000, pollMs: 500 }

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
