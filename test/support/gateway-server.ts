/**
 * A local server that speaks the SQD Network gateway protocol for substrate datasets (archive v2), as
 * @subsquid/util-internal-archive-client uses it:
 *
 *   GET  <base>/height               → text: the highest block the gateway holds
 *   GET  <base>/<fromBlock>/worker   → text: the URL of a worker that can serve a query starting at fromBlock
 *   POST <worker url>                → JSON: array of blocks matching the query, in the archive JSON format
 *
 * The query (the body of the POST) is what SubstrateArchive (ds-archive.js) builds:
 *
 *   { type: 'substrate', fromBlock, toBlock?, includeAllBlocks?,
 *     fields: { block: {...}, extrinsic: {...}, call: {...}, event: {...} },
 *     events?: [{ name?: string[], extrinsic?, call?, stack? }],
 *     calls?:  [{ name?: string[], extrinsic?, stack?, events?, subcalls? }] }
 *
 * The answer covers a prefix of [fromBlock, min(toBlock, height)] (at most `maxBlocksPerQuery` blocks; a real
 * worker also stops early), and holds the blocks in it that have a matching item, every block when
 * includeAllBlocks is set, and always the first and the last block of the prefix (the client continues after the
 * last one and asserts it is there). This follows SQD's "Substrate SQD Network API" reference. Blocks look like
 *
 *   { header: { number, hash, parentHash, ...selected fields },
 *     extrinsics?: [{ index, ...selected }], calls?: [{ extrinsicIndex, address, ...selected }],
 *     events?: [{ index, extrinsicIndex?, callAddress?, ...selected }] }
 *
 * with bigints as decimal strings and bytes as 0x-hex (util-internal-json's toJSON), which is what the
 * processor's mapping (ds-archive.js mapBlock) reads back.
 *
 * The runtime (specVersion → metadata) is not the gateway's business: the processor reads specName/specVersion/
 * implName/implVersion from the archive headers and fetches metadata itself over RPC (RuntimeTracker:
 * chain_getHeader, state_getRuntimeVersion, state_getMetadata at the parent's parent), so those four header
 * fields are always sent.
 *
 * Blocks come from a running chain: `archiveBlocksFromRpc` fetches them with @subsquid/substrate-data's own RPC
 * data source and parser (the same code the processor's RPC path runs), so nothing of the block decoding is
 * written here; this file only does the projection and filtering a gateway worker does.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { RpcClient } from '@subsquid/rpc-client'
import { RpcDataSource } from '@subsquid/substrate-data'
import { toJSON } from '@subsquid/util-internal-json'

type Json = any

export interface ArchiveHeader {
  number: number
  hash: string
  parentHash: string
  [field: string]: Json
}

export interface ArchiveExtrinsic {
  index: number
  [field: string]: Json
}

export interface ArchiveCall {
  extrinsicIndex: number
  address: number[]
  name: string
  [field: string]: Json
}

export interface ArchiveEvent {
  index: number
  name: string
  extrinsicIndex?: number
  callAddress?: number[]
  [field: string]: Json
}

/** A block with every field the archive has; queries get projections of it. */
export interface ArchiveBlock {
  header: ArchiveHeader
  extrinsics: ArchiveExtrinsic[]
  calls: ArchiveCall[]
  events: ArchiveEvent[]
}

/**
 * Blocks [from, to] of a chain in the archive JSON format, parsed by @subsquid/substrate-data (timestamps,
 * extrinsic hashes and fees, calls, events with decoded args).
 */
export async function archiveBlocksFromRpc(rpcUrl: string, from: number, to: number): Promise<ArchiveBlock[]> {
  const rpc = new RpcClient({ url: rpcUrl, requestTimeout: 60_000, retryAttempts: 3 })
  try {
    const ds = new RpcDataSource({ rpc })
    const out: ArchiveBlock[] = []
    const request = { blockTimestamp: true, blockValidator: false, events: true, extrinsics: { hash: true, fee: true } }
    for await (const batch of ds.getFinalizedBlocks([{ range: { from, to }, request }], true)) {
      for (const b of batch.blocks) {
        const { height, ...header } = toJSON(b.header)
        out.push({
          header: { number: height, ...header },
          extrinsics: toJSON(b.extrinsics ?? []),
          calls: toJSON(b.calls ?? []),
          events: toJSON(b.events ?? []),
        })
      }
    }
    if (out.length !== to - from + 1) throw new Error(`expected blocks ${from}..${to} from ${rpcUrl}, got ${out.length}`)
    return out
  } finally {
    rpc.close()
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Query semantics

interface EventRequest {
  name?: string[]
  extrinsic?: boolean
  call?: boolean
  stack?: boolean
}

interface CallRequest {
  name?: string[]
  extrinsic?: boolean
  stack?: boolean
  events?: boolean
  subcalls?: boolean
}

type Selection = Record<string, boolean | undefined>

export interface ArchiveQuery {
  type: 'substrate'
  fromBlock: number
  toBlock?: number
  includeAllBlocks?: boolean
  fields?: { block?: Selection; extrinsic?: Selection; call?: Selection; event?: Selection }
  events?: EventRequest[]
  calls?: CallRequest[]
  [other: string]: Json
}

export class QueryError extends Error {
  name = 'QueryError'
}

/** Item requests this server cannot filter (EVM, ink!, Gear): refused rather than answered wrongly. */
const UNSUPPORTED = ['evmLogs', 'ethereumTransactions', 'contractsEvents', 'gearMessagesQueued', 'gearUserMessagesSent']
const KNOWN_KEYS = new Set(['type', 'fromBlock', 'toBlock', 'includeAllBlocks', 'fields', 'events', 'calls', ...UNSUPPORTED])

export function validateQuery(q: unknown): ArchiveQuery {
  if (q == null || typeof q !== 'object' || Array.isArray(q)) throw new QueryError('query must be a JSON object')
  const query = q as ArchiveQuery
  if (query.type !== 'substrate') throw new QueryError(`query.type must be "substrate", got ${JSON.stringify(query.type)}`)
  if (!Number.isSafeInteger(query.fromBlock) || query.fromBlock < 0) throw new QueryError('query.fromBlock must be a block number')
  if (query.toBlock != null && (!Number.isSafeInteger(query.toBlock) || query.toBlock < query.fromBlock)) {
    throw new QueryError('query.toBlock must be a block number not below fromBlock')
  }
  for (const key of Object.keys(query)) {
    if (!KNOWN_KEYS.has(key)) throw new QueryError(`unknown query property "${key}"`)
  }
  for (const key of UNSUPPORTED) {
    if ((query[key] as unknown[] | undefined)?.length) throw new QueryError(`query.${key} is not supported by this test gateway`)
  }
  for (const key of ['events', 'calls'] as const) {
    const list = query[key]
    if (list == null) continue
    if (!Array.isArray(list)) throw new QueryError(`query.${key} must be an array`)
    for (const r of list) {
      if (r.name != null && !Array.isArray(r.name)) throw new QueryError(`query.${key}[].name must be an array of names`)
    }
  }
  return query
}

const nameMatches = (req: { name?: string[] }, name: string) => req.name == null || req.name.includes(name)
const addrKey = (extrinsicIndex: number, address: number[]) => `${extrinsicIndex}:${address.join('.')}`

function project<T extends Record<string, Json>>(item: T, required: string[], selection: Selection | undefined): Record<string, Json> {
  const out: Record<string, Json> = {}
  for (const key of required) if (item[key] !== undefined) out[key] = item[key]
  for (const key in selection) if (selection[key] && item[key] !== undefined) out[key] = item[key]
  return out
}

/** The items of one block the query selects, projected to the selected fields, and whether there were any. */
export function filterBlock(block: ArchiveBlock, q: ArchiveQuery): { block: Json; hasItems: boolean } {
  const events = new Set<ArchiveEvent>()
  const calls = new Set<ArchiveCall>()
  const extrinsics = new Set<number>()
  const callByAddr = new Map(block.calls.map((c) => [addrKey(c.extrinsicIndex, c.address), c]))
  const addCall = (extrinsicIndex: number | undefined, address: number[] | undefined, stack: boolean) => {
    if (extrinsicIndex == null || address == null) return
    for (let len = address.length; len >= 0; len--) {
      const c = callByAddr.get(addrKey(extrinsicIndex, address.slice(0, len)))
      if (c) calls.add(c)
      if (!stack) break
    }
  }
  for (const req of q.events ?? []) {
    for (const e of block.events) {
      if (!nameMatches(req, e.name)) continue
      events.add(e)
      if (req.extrinsic && e.extrinsicIndex != null) extrinsics.add(e.extrinsicIndex)
      if (req.call || req.stack) addCall(e.extrinsicIndex, e.callAddress, !!req.stack)
    }
  }
  for (const req of q.calls ?? []) {
    for (const c of block.calls) {
      if (!nameMatches(req, c.name)) continue
      calls.add(c)
      if (req.extrinsic) extrinsics.add(c.extrinsicIndex)
      if (req.stack) addCall(c.extrinsicIndex, c.address.slice(0, -1), true)
      if (req.subcalls) {
        const prefix = c.address.join('.')
        for (const sub of block.calls) {
          if (sub.extrinsicIndex === c.extrinsicIndex && sub.address.length > c.address.length && sub.address.slice(0, c.address.length).join('.') === prefix) calls.add(sub)
        }
      }
      if (req.events) {
        for (const e of block.events) {
          if (e.extrinsicIndex === c.extrinsicIndex && e.callAddress?.join('.') === c.address.join('.')) events.add(e)
        }
      }
    }
  }
  // Like the real worker, a block carries a (possibly empty) list for each item kind the query can select.
  const eventReqs = q.events ?? []
  const callReqs = q.calls ?? []
  const f = q.fields ?? {}
  const out: Json = { header: project(block.header, ['number', 'hash', 'parentHash'], f.block) }
  if (eventReqs.length || callReqs.some((r) => r.events)) {
    out.events = block.events.filter((e) => events.has(e)).map((e) => project(e, ['index', 'extrinsicIndex', 'callAddress'], f.event))
  }
  if (callReqs.length || eventReqs.some((r) => r.call || r.stack)) {
    out.calls = block.calls.filter((c) => calls.has(c)).map((c) => project(c, ['extrinsicIndex', 'address'], f.call))
  }
  if ([...eventReqs, ...callReqs].some((r) => r.extrinsic)) {
    out.extrinsics = block.extrinsics.filter((x) => extrinsics.has(x.index)).map((x) => project(x, ['index'], f.extrinsic))
  }
  return { block: out, hasItems: events.size + calls.size + extrinsics.size > 0 }
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP

export interface GatewayStats {
  heightRequests: number
  workerRequests: number
  /** POSTed queries, in order, with the block range each answer covered */
  queries: { fromBlock: number; toBlock?: number; servedFrom: number; servedTo: number; blocksReturned: number }[]
  /** numbers of the blocks returned in any answer */
  blocksServed: Set<number>
  /** requests answered with an error status */
  errors: { url: string; status: number; message: string }[]
}

export interface GatewayServer {
  /** what to pass to processor.setGateway() (RELAY_GATEWAY_URL etc.) */
  url: string
  port: number
  height: number
  stats: GatewayStats
  close(): Promise<void>
}

export interface GatewayOptions {
  blocks: ArchiveBlock[]
  /** blocks per answer at most (a real worker returns a prefix too); default 100 */
  maxBlocksPerQuery?: number
  /** path of the dataset, like /network/polkadot on the real gateway; default /network/devnet */
  dataset?: string
  /** default 127.0.0.1 */
  host?: string
  /** default 0: any free port */
  port?: number
}

export async function startGatewayServer(opts: GatewayOptions): Promise<GatewayServer> {
  const blocks = new Map(opts.blocks.map((b) => [b.header.number, b]))
  if (blocks.size === 0) throw new Error('the gateway needs at least one block')
  const first = Math.min(...blocks.keys())
  const height = Math.max(...blocks.keys())
  for (let n = first; n <= height; n++) if (!blocks.has(n)) throw new Error(`block ${n} is missing: the gateway serves a contiguous range`)
  const maxBlocks = opts.maxBlocksPerQuery ?? 100
  const dataset = (opts.dataset ?? '/network/devnet').replace(/\/+$/, '')
  const host = opts.host ?? '127.0.0.1'
  const stats: GatewayStats = { heightRequests: 0, workerRequests: 0, queries: [], blocksServed: new Set(), errors: [] }
  let base = ''

  const answer = (res: http.ServerResponse, status: number, body: string, type = 'text/plain') => {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) })
    res.end(body)
  }
  const fail = (req: http.IncomingMessage, res: http.ServerResponse, status: number, message: string) => {
    stats.errors.push({ url: req.url ?? '', status, message })
    answer(res, status, message)
  }

  const runQuery = (q: ArchiveQuery): Json[] => {
    if (q.fromBlock < first || q.fromBlock > height) throw new QueryError(`block ${q.fromBlock} is outside the range this gateway holds (${first}..${height})`)
    const to = Math.min(q.toBlock ?? Infinity, height, q.fromBlock + maxBlocks - 1)
    const out: Json[] = []
    for (let n = q.fromBlock; n <= to; n++) {
      const { block, hasItems } = filterBlock(blocks.get(n)!, q)
      // The first and the last block of the range always come back (the client continues after the last one).
      if (hasItems || q.includeAllBlocks || n === q.fromBlock || n === to) out.push(block)
    }
    stats.queries.push({ fromBlock: q.fromBlock, toBlock: q.toBlock, servedFrom: q.fromBlock, servedTo: to, blocksReturned: out.length })
    for (const b of out) stats.blocksServed.add(b.header.number)
    return out
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const p = url.pathname
    if (req.method === 'GET' && p === `${dataset}/height`) {
      stats.heightRequests++
      return answer(res, 200, String(height))
    }
    const worker = req.method === 'GET' ? new RegExp(`^${dataset}/(\\d+)/worker$`).exec(p) : null
    if (worker) {
      stats.workerRequests++
      const from = Number(worker[1])
      // The real router has no worker for blocks it does not hold yet and answers with a retryable status.
      if (from > height || from < first) return fail(req, res, 503, `no worker holds block ${from} (range ${first}..${height})`)
      return answer(res, 200, `${base}${dataset}/worker/query`)
    }
    if (req.method === 'POST' && p === `${dataset}/worker/query`) {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        let body: unknown
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
        } catch {
          return fail(req, res, 400, 'the query is not valid JSON')
        }
        try {
          answer(res, 200, JSON.stringify(runQuery(validateQuery(body))), 'application/json')
        } catch (e) {
          if (e instanceof QueryError) return fail(req, res, 400, e.message)
          fail(req, res, 500, String((e as Error)?.stack ?? e))
        }
      })
      return
    }
    fail(req, res, 404, `no route for ${req.method} ${p}`)
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  base = `http://${host}:${port}`
  let closed: Promise<void> | undefined
  return {
    url: `${base}${dataset}`,
    port,
    height,
    stats,
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })),
  }
}
