/**
 * The API's response cache (squid/src/api/cache.ts) on a real embedded Postgres: an answer is reused while the
 * indexer has committed nothing new, and is asked again of the database once a commit moves chain_sync or
 * module_range. The test writes as the indexer would, as the database's owner: rows first, then the sync row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApi, type ApiServer } from '../../squid/src/api/server'
import { DEFAULT_CACHE } from '../../squid/src/api/cache'
import { gql } from '../support/api'
import { freePort, SEEDED_FEE_PAYMENTS, startSeededDb, type SeededDb } from '../support/api-db'

const POLL_MS = 100
// with a payer the count is of fee_payment rows (without one it is fee_day's, which the inserted copy leaves alone)
const COUNT = `{ feePayments(chain: "relay", payer: "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5", limit: 1) { totalCount } }`

let seeded: SeededDb
let cached: ApiServer
let uncached: ApiServer

beforeAll(async () => {
  seeded = await startSeededDb()
  await seeded.exec(
    `INSERT INTO chain_sync (id, network, spec_name, spec_version, indexed_height, indexed_at, chain_height, updated_at) VALUES ('relay', 'polkadot', 'polkadot', 2000000, 116, now(), 116, now())
     ON CONFLICT (id) DO UPDATE SET indexed_height = 116, updated_at = now()`,
  )
  cached = await startApi({ dbUrl: seeded.db.readOnlyUrl, port: await freePort(), cache: { ...DEFAULT_CACHE, pollMs: POLL_MS } })
  uncached = await startApi({ dbUrl: seeded.db.readOnlyUrl, port: await freePort(), cache: null })
})

afterAll(async () => {
  await cached?.close()
  await uncached?.close()
  await seeded?.close()
})

const count = async (api: ApiServer) => (await gql(api.url, COUNT)).feePayments.totalCount as number
const settle = () => new Promise((r) => setTimeout(r, POLL_MS * 4))

describe('the response cache', () => {
  it('answers from memory until the indexer commits, then from the database', async () => {
    expect(await count(cached)).toBe(SEEDED_FEE_PAYMENTS)
    // a row appears without a commit of the indexer's (as inside its transaction): the cached answer stands
    await seeded.exec(`INSERT INTO fee_payment SELECT (jsonb_populate_record(f, jsonb_build_object('id', f.id || '-copy'))).* FROM fee_payment f ORDER BY id LIMIT 1`)
    await settle()
    expect(await count(cached)).toBe(SEEDED_FEE_PAYMENTS)
    expect(await count(uncached)).toBe(SEEDED_FEE_PAYMENTS + 1)
    // the commit moves the sync row: the next answer is the database's
    await seeded.exec(`UPDATE chain_sync SET indexed_height = 117, updated_at = now() WHERE id = 'relay'`)
    await settle()
    expect(await count(cached)).toBe(SEEDED_FEE_PAYMENTS + 1)
  })

  it('keys by document and variables, and caches no error', async () => {
    const q = `query($limit: Int) { feePayments(chain: "relay", limit: $limit) { items { id } } }`
    const one = await fetch(cached.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: { limit: 1 } }) }).then((r) => r.json())
    const two = await fetch(cached.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: { limit: 2 } }) }).then((r) => r.json())
    expect([one.data.feePayments.items.length, two.data.feePayments.items.length]).toEqual([1, 2])
    const bad = { query: '{ feePayments(limit: 100000) { totalCount } }' }
    for (let i = 0; i < 2; i++) {
      const r = await fetch(cached.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(bad) }).then((x) => x.json())
      expect(r.errors[0].extensions.code).toBe('BAD_USER_INPUT')
    }
  })

  it('after a commit, identical requests arriving together are answered by one execution', async () => {
    await seeded.exec(`UPDATE chain_sync SET indexed_height = 118, updated_at = now() WHERE id = 'relay'`)
    await settle()
    // the API's own pool, watched: each execution of the document asks it for the count once, here 300 ms late so
    // that all twelve requests (within one client's 16 at a time) arrive while the first runs
    const sqlOf = (args: unknown[]) => String(typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text ?? '')
    const query = cached.pool.query.bind(cached.pool) as (...a: unknown[]) => unknown
    let counts = 0
    ;(cached.pool as any).query = (...args: unknown[]) => {
      if (!(/count\(\*\)/i.test(sqlOf(args)) && /fee_payment/.test(sqlOf(args)))) return query(...args)
      counts += 1
      return new Promise((r) => setTimeout(r, 300)).then(() => query(...args))
    }
    const sharedBefore = cached.sharedExecutions()
    try {
      const answers = await Promise.all(Array.from({ length: 12 }, () => count(cached)))
      expect(answers).toEqual(Array(12).fill(SEEDED_FEE_PAYMENTS + 1))
      const shared = cached.sharedExecutions() - sharedBefore
      // one execution; the eleven others were handed its answer (none was cached yet)
      expect([counts, shared]).toEqual([1, 11])
    } finally {
      ;(cached.pool as any).query = query
    }
  })
})
