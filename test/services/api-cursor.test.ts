/**
 * Keyset pages (squid/src/api/cursor.ts) of feePayments and treasuryFlows on the seeded database (17 fee payments
 * and 17 fee flows of relay blocks 100–116, one of each per block): following nextCursor lists exactly the rows of
 * one deep page, page by page, and a bad cursor gets an error that says what is wrong with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApi, type ApiServer } from '../../squid/src/api/server'
import { gql, gqlRaw } from '../support/api'
import { freePort, SEEDED_FEE_PAYMENTS, startSeededDb, type SeededDb } from '../support/api-db'

let seeded: SeededDb
let api: ApiServer

beforeAll(async () => {
  seeded = await startSeededDb()
  api = await startApi({ dbUrl: seeded.db.readOnlyUrl, port: await freePort(), cache: null })
})

afterAll(async () => {
  await api?.close()
  await seeded?.close()
})

const id = (block: number, index: number) => `relay-${String(block).padStart(10, '0')}-${String(index).padStart(6, '0')}`
const blocksDown = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i)

const FEES = `query($after: String, $limit: Int, $payer: String) {
  feePayments(chain: "relay", payer: $payer, limit: $limit, after: $after) { totalCount totalCountExact hasNextPage nextCursor items { id event { blockNumber } } }
}`
const FLOWS = `query($after: String, $limit: Int) {
  treasuryFlows(chain: "relay", limit: $limit, after: $after) { totalCount totalCountExact hasNextPage nextCursor items { id amount } }
}`

/** Every page of `list` from the first, following nextCursor. */
async function allPages(query: string, list: 'feePayments' | 'treasuryFlows', variables: Record<string, unknown>) {
  const pages: any[] = []
  let after: string | null = null
  do {
    const page: any = (await gql(api.url, query, { ...variables, after }))[list]
    pages.push(page)
    after = page.nextCursor
  } while (after && pages.length < 50)
  return pages
}

describe('keyset pages', () => {
  it('feePayments: pages of 5 by cursor are the blocks 116…100 in order, each once; the count is the fee days\' 17', async () => {
    const pages = await allPages(FEES, 'feePayments', { limit: 5 })
    expect(pages.map((p) => p.items.map((i: any) => i.event.blockNumber))).toEqual([blocksDown(116, 112), blocksDown(111, 107), blocksDown(106, 102), [101, 100]])
    expect(pages.map((p) => p.hasNextPage)).toEqual([true, true, true, false])
    expect(pages[3].nextCursor).toBeNull()
    expect(pages.map((p) => [p.totalCount, p.totalCountExact])).toEqual(Array(4).fill([SEEDED_FEE_PAYMENTS, true]))
    // the same rows as one page by offset
    const one = await gql(api.url, `{ feePayments(chain: "relay", limit: 17) { items { id } } }`)
    expect(pages.flatMap((p) => p.items.map((i: any) => i.id))).toEqual(one.feePayments.items.map((i: any) => i.id))
    expect(one.feePayments.items[16].id).toBe(id(100, 3))
  })

  it('feePayments of a payer: counted from the rows (17, exact), paged the same way', async () => {
    const pages = await allPages(FEES, 'feePayments', { limit: 8, payer: '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5' })
    expect(pages.map((p) => p.items.length)).toEqual([8, 8, 1])
    expect(pages[2].items[0].id).toBe(id(100, 3))
    expect(pages[0]).toMatchObject({ totalCount: 17, totalCountExact: true })
  })

  it('treasuryFlows: pages of 6 by cursor are the fee flows of blocks 116…100, newest first', async () => {
    const pages = await allPages(FLOWS, 'treasuryFlows', { limit: 6 })
    expect(pages.map((p) => p.items.map((i: any) => i.id))).toEqual([
      blocksDown(116, 111).map((b) => id(b, 4)),
      blocksDown(110, 105).map((b) => id(b, 4)),
      blocksDown(104, 100).map((b) => id(b, 4)),
    ])
    expect(pages.map((p) => [p.totalCount, p.totalCountExact, p.hasNextPage])).toEqual([
      [17, true, true],
      [17, true, true],
      [17, true, false],
    ])
  })

  it('refuses a cursor that is not one, one of another list, and after with offset, naming the argument', async () => {
    const flowCursor = (await gql(api.url, FLOWS, { limit: 1 })).treasuryFlows.nextCursor
    const feeCursor = (await gql(api.url, FEES, { limit: 1 })).feePayments.nextCursor
    const cases: [string, Record<string, unknown>, string, string][] = [
      [FEES, { after: 'not a cursor!' }, 'after', 'after is not a cursor of feePayments (not base64url); pass the nextCursor of a feePayments page'],
      [FEES, { after: Buffer.from('{"x":1}').toString('base64url') }, 'after', 'after is not a cursor of feePayments (not a cursor); pass the nextCursor of a feePayments page'],
      [FEES, { after: flowCursor }, 'after', 'after is not a cursor of feePayments (a cursor of treasuryFlows); pass the nextCursor of a feePayments page'],
      [FEES, { after: Buffer.from('["feePayments",115,-3,"relay"]').toString('base64url') }, 'after', 'after is not a cursor of feePayments (key value 2 is not a valid int); pass the nextCursor of a feePayments page'],
      [FLOWS, { after: feeCursor }, 'after', 'after is not a cursor of treasuryFlows (a cursor of feePayments); pass the nextCursor of a treasuryFlows page'],
    ]
    for (const [query, variables, argument, message] of cases) {
      const r = await gqlRaw(api.url, query, variables)
      expect(r.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', argument } })
    }
    const both = await gqlRaw(api.url, `query($after: String) { feePayments(offset: 5, after: $after) { totalCount } }`, { after: feeCursor })
    expect(both.errors?.[0]).toMatchObject({ message: 'give either after or offset, not both (offset 5)', extensions: { code: 'BAD_USER_INPUT', argument: 'offset' } })
  })
})
