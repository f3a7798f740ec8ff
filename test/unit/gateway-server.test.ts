/**
 * The local SQD gateway server (test/support/gateway-server.ts) on synthetic blocks, queried with Subsquid's own
 * ArchiveClient and archive ingest loop (what the processor runs). The processor against it on a real chain is
 * test/gateway/gateway.test.ts.
 */
import { HttpClient } from '@subsquid/http-client'
import { ArchiveClient } from '@subsquid/util-internal-archive-client'
import { archiveIngest } from '@subsquid/util-internal-ingest-tools'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { filterBlock, startGatewayServer, validateQuery, type ArchiveBlock, type ArchiveQuery, type GatewayServer } from '../support/gateway-server'

const hash = (n: number) => '0x' + n.toString(16).padStart(64, '0')

/** Block n: a timestamp set (extrinsic 0) and, on even blocks, a batched transfer (extrinsic 1: utility.batch → transfer). */
function block(n: number): ArchiveBlock {
  const b: ArchiveBlock = {
    header: { number: n, hash: hash(n + 1), parentHash: hash(n), specName: 'test', specVersion: 1, implName: 'test', implVersion: 0, timestamp: 1000 * n },
    extrinsics: [{ index: 0, version: 4, success: true, hash: hash(1000 + n) }],
    calls: [{ extrinsicIndex: 0, address: [], name: 'Timestamp.set', args: { now: String(1000 * n) }, success: true }],
    events: [{ index: 0, name: 'System.ExtrinsicSuccess', phase: 'ApplyExtrinsic', extrinsicIndex: 0, args: {} }],
  }
  if (n % 2 === 0) {
    b.extrinsics.push({ index: 1, version: 4, success: true, hash: hash(2000 + n), fee: '7' })
    b.calls.push({ extrinsicIndex: 1, address: [], name: 'Utility.batch', args: {}, success: true })
    b.calls.push({ extrinsicIndex: 1, address: [0], name: 'Balances.transfer_keep_alive', args: { value: '5' }, success: true })
    b.events.push({ index: 1, name: 'Balances.Transfer', phase: 'ApplyExtrinsic', extrinsicIndex: 1, callAddress: [0], args: { amount: '5' } })
    b.events.push({ index: 2, name: 'TransactionPayment.TransactionFeePaid', phase: 'ApplyExtrinsic', extrinsicIndex: 1, callAddress: [], args: { actualFee: '7', tip: '0' } })
  }
  return b
}

const q = (extra: Partial<ArchiveQuery>): ArchiveQuery => ({ type: 'substrate', fromBlock: 0, ...extra })

describe('gateway query semantics', () => {
  it('selects events by name with their extrinsic, and projects fields', () => {
    const { block: out, hasItems } = filterBlock(block(2), q({ events: [{ name: ['Balances.Transfer'], extrinsic: true }], fields: { block: { timestamp: true }, event: { name: true }, extrinsic: { hash: true } } }))
    expect(hasItems).toBe(true)
    expect(out).toEqual({
      header: { number: 2, hash: hash(3), parentHash: hash(2), timestamp: 2000 },
      events: [{ index: 1, extrinsicIndex: 1, callAddress: [0], name: 'Balances.Transfer' }],
      extrinsics: [{ index: 1, hash: hash(2002) }],
    })
  })

  it('follows call, stack, events and subcalls relations', () => {
    const call = filterBlock(block(2), q({ events: [{ name: ['Balances.Transfer'], call: true }] })).block
    expect(call.calls.map((c: any) => c.address)).toEqual([[0]])
    const stack = filterBlock(block(2), q({ events: [{ name: ['Balances.Transfer'], stack: true }] })).block
    expect(stack.calls.map((c: any) => c.address)).toEqual([[], [0]])
    const withEvents = filterBlock(block(2), q({ calls: [{ name: ['Utility.batch'], events: true, subcalls: true }], fields: { call: { name: true } } })).block
    expect(withEvents.calls.map((c: any) => c.name)).toEqual(['Utility.batch', 'Balances.transfer_keep_alive'])
    expect(withEvents.events.map((e: any) => e.index)).toEqual([2])
  })

  it('matches nothing for an empty name list and everything without one', () => {
    expect(filterBlock(block(2), q({ events: [{ name: [] }] }))).toEqual({ block: { header: expect.anything(), events: [] }, hasItems: false })
    expect(filterBlock(block(2), q({ events: [{}] })).block.events).toHaveLength(3)
  })

  it('refuses queries it cannot answer', () => {
    expect(() => validateQuery({ type: 'evm', fromBlock: 0 })).toThrow(/type/)
    expect(() => validateQuery({ type: 'substrate', fromBlock: -1 })).toThrow(/fromBlock/)
    expect(() => validateQuery({ type: 'substrate', fromBlock: 5, toBlock: 4 })).toThrow(/toBlock/)
    expect(() => validateQuery({ type: 'substrate', fromBlock: 0, evmLogs: [{}] })).toThrow(/not supported/)
    expect(() => validateQuery({ type: 'substrate', fromBlock: 0, transactions: [] })).toThrow(/unknown/)
  })
})

describe('gateway server with the Subsquid archive client', () => {
  let gw: GatewayServer
  let client: ArchiveClient
  beforeAll(async () => {
    gw = await startGatewayServer({ blocks: Array.from({ length: 10 }, (_, n) => block(n)), maxBlocksPerQuery: 4 })
    client = new ArchiveClient({ http: new HttpClient({ retryAttempts: 0 }), url: gw.url })
  })
  afterAll(() => gw.close())

  it('reports its height', async () => {
    expect(await client.getHeight()).toBe(9)
  })

  it('answers a prefix of the range with the first and last blocks as boundaries', async () => {
    const blocks = await client.query<any>({ type: 'substrate', fromBlock: 1, events: [{ name: ['TransactionPayment.TransactionFeePaid'] }] } as any)
    // blocks 1..4 scanned: 1 (first), 2 and 4 (fee events), 4 is also the last
    expect(blocks.map((b) => b.header.number)).toEqual([1, 2, 4])
    expect(blocks[0].events).toEqual([])
    const all = await client.query<any>({ type: 'substrate', fromBlock: 8, toBlock: 9, includeAllBlocks: true } as any)
    expect(all.map((b) => b.header.number)).toEqual([8, 9])
  })

  it('serves a whole range through the ingest loop the processor uses', async () => {
    const got: number[] = []
    for await (const batch of archiveIngest<any>({
      client,
      requests: [{ range: { from: 0, to: 9 }, request: { type: 'substrate', includeAllBlocks: true } }],
      stopOnHead: true,
    })) {
      got.push(...batch.blocks.map((b: any) => b.header.number))
    }
    expect(got).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(gw.stats.errors).toEqual([])
  })

  it('answers bad requests with client errors', async () => {
    const post = (body: string) => fetch(`${gw.url}/worker/query`, { method: 'POST', body, headers: { 'content-type': 'application/json' } })
    expect((await post('{')).status).toBe(400)
    expect((await post(JSON.stringify({ type: 'substrate', fromBlock: 10 }))).status).toBe(400)
    expect((await fetch(`${gw.url}/10/worker`)).status).toBe(503)
    expect((await fetch(`${gw.url.replace('/network/devnet', '/network/other')}/height`)).status).toBe(404)
  })
})
