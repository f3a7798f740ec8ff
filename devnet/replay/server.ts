/**
 * The replay chain's JSON-RPC server: what a Substrate node answers, over HTTP (POST, single or batch) and
 * websocket (with subscriptions) on the same port. Several chains can share one server, each under its own path
 * (`/relay`, `/asset-hub`, ...); a server with one chain also answers at `/`.
 *
 * Like a node: unknown block hashes and heights give `null` from chain_*; state_* at an unknown block gives an
 * error whose message says "not found" (the Subsquid client treats exactly that as a missing block); an unknown
 * method gives -32601. Every call is counted per method (`stats`), so a test can show what a client used.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import type { ChainBlock, HeaderJson, ReplayChain } from './chain'

type Json = any

export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message)
  }
}

interface Subscription {
  method: string
  notification: string
  send: (result: Json) => void
  stop: () => void
}

interface Connection {
  subs: Map<string, Subscription>
  send: (msg: Json) => void
}

export interface ReplayServerStats {
  /** calls per method, over both transports */
  calls: Map<string, number>
  /** methods asked for that the server does not know */
  unknown: Map<string, number>
}

export interface ReplayServer {
  port: number
  /** http://127.0.0.1:port<path> for each chain id */
  httpUrl(chain?: string): string
  wsUrl(chain?: string): string
  stats: ReplayServerStats
  close(): Promise<void>
}

export interface ReplayServerOptions {
  /** default 127.0.0.1 */
  host?: string
  /** default 0: any free port */
  port?: number
  /** every call, for debugging */
  logCall?: (chain: string, method: string, params: Json[]) => void
}

function parseHeight(v: Json): number | undefined {
  if (typeof v === 'number') return v
  if (typeof v === 'string') {
    const n = v.startsWith('0x') ? Number.parseInt(v, 16) : Number(v)
    return Number.isSafeInteger(n) ? n : undefined
  }
  return undefined
}

/** The methods of one chain. */
class ChainRpc {
  private nextSub = 1

  constructor(
    readonly chain: ReplayChain,
    private readonly stats: ReplayServerStats,
  ) {}

  private at(hash: Json, method: string): ChainBlock {
    if (hash == null) return this.chain.best
    if (typeof hash !== 'string') throw new RpcError(-32602, `${method}: the block hash must be a hex string`)
    const b = this.chain.block(hash)
    if (!b) throw new RpcError(4003, `Client error: UnknownBlock: block ${hash} not found on replay chain ${this.chain.id}`)
    return b
  }

  private headerOf(b: ChainBlock): HeaderJson {
    return b.header
  }

  private properties() {
    const p = this.chain.header.properties ?? {}
    return { ss58Format: p.ss58Format ?? this.chain.best.spec.ss58Format, ...p }
  }

  call(method: string, params: Json[], conn?: Connection): Json {
    const c = this.chain
    switch (method) {
      case 'system_chain':
        return c.header.systemChain ?? c.id
      case 'system_name':
        return 'cloudhub-replay'
      case 'system_version':
        return '1.0.0'
      case 'system_properties':
        return this.properties()
      case 'system_chainType':
        return 'Live'
      case 'system_health':
        return { peers: 0, isSyncing: false, shouldHavePeers: false }
      case 'rpc_methods':
        return { methods: [...METHODS].sort() }
      case 'chain_getBlockHash':
      case 'chain_getHead': {
        if (params[0] == null) return c.best.hash
        if (Array.isArray(params[0])) return params[0].map((h: Json) => this.hashAt(h))
        return this.hashAt(params[0])
      }
      case 'chain_getFinalizedHead':
      case 'chain_getFinalisedHead':
        return c.finalized.hash
      case 'chain_getHeader': {
        const b = params[0] == null ? c.best : c.block(String(params[0]))
        return b ? this.headerOf(b) : null
      }
      case 'chain_getBlock': {
        const b = params[0] == null ? c.best : c.block(String(params[0]))
        return b ? { block: { header: this.headerOf(b), extrinsics: b.extrinsics }, justifications: null } : null
      }
      case 'state_getRuntimeVersion':
      case 'chain_getRuntimeVersion':
        return this.at(params[0], method).stateSpec.version
      case 'state_getMetadata':
        return this.at(params[0], method).stateSpec.metadataHex
      case 'state_getStorage':
      case 'state_getStorageAt': {
        if (typeof params[0] !== 'string') throw new RpcError(-32602, `${method}: the first parameter must be a storage key (hex)`)
        return c.storageAt(params[0], this.at(params[1], method))
      }
      case 'state_queryStorageAt': {
        if (!Array.isArray(params[0])) throw new RpcError(-32602, `${method}: the first parameter must be a list of storage keys`)
        const b = this.at(params[1], method)
        return [{ block: b.hash, changes: params[0].map((k: string) => [k, c.storageAt(String(k), b)]) }]
      }
      case 'state_getKeys':
        return c.keysAt(String(params[0] ?? '0x'), this.at(params[1], method))
      case 'state_getKeysPaged': {
        const count = Number(params[1])
        if (!Number.isSafeInteger(count) || count < 0) throw new RpcError(-32602, `${method}: count must be a number`)
        const start = typeof params[2] === 'string' ? params[2].toLowerCase() : ''
        return c
          .keysAt(String(params[0] ?? '0x'), this.at(params[3], method))
          .filter((k) => k > start)
          .slice(0, count)
      }
      case 'chain_subscribeNewHeads':
      case 'chain_subscribeNewHead':
      case 'subscribe_newHead':
        return this.subscribe(conn, method, 'chain_newHead', 'best', () => this.headerOf(c.best))
      case 'chain_subscribeAllHeads':
        return this.subscribe(conn, method, 'chain_allHead', 'best', () => this.headerOf(c.best))
      case 'chain_subscribeFinalizedHeads':
      case 'chain_subscribeFinalisedHeads':
        return this.subscribe(conn, method, 'chain_finalizedHead', 'finalized', () => this.headerOf(c.finalized))
      case 'state_subscribeRuntimeVersion':
      case 'chain_subscribeRuntimeVersion':
        return this.subscribe(conn, method, 'state_runtimeVersion', 'best', () => c.best.stateSpec.version)
      case 'chain_unsubscribeNewHeads':
      case 'chain_unsubscribeNewHead':
      case 'unsubscribe_newHead':
      case 'chain_unsubscribeAllHeads':
      case 'chain_unsubscribeFinalizedHeads':
      case 'chain_unsubscribeFinalisedHeads':
      case 'state_unsubscribeRuntimeVersion':
      case 'chain_unsubscribeRuntimeVersion': {
        const sub = conn?.subs.get(String(params[0]))
        if (!sub) return false
        sub.stop()
        conn!.subs.delete(String(params[0]))
        return true
      }
      default:
        this.stats.unknown.set(method, (this.stats.unknown.get(method) ?? 0) + 1)
        throw new RpcError(-32601, `Method not found: ${method} is not served by the replay chain ${c.id}`)
    }
  }

  private hashAt(h: Json): string | null {
    const n = parseHeight(h)
    if (n === undefined) throw new RpcError(-32602, `chain_getBlockHash: ${JSON.stringify(h)} is not a block number`)
    return this.chain.blockAt(n)?.hash ?? null
  }

  private subscribe(conn: Connection | undefined, method: string, notification: string, on: 'best' | 'finalized', current: () => Json): string {
    if (!conn) throw new RpcError(-32000, `${method} needs a websocket connection (subscriptions do not work over HTTP)`)
    const id = `replay-${this.nextSub++}`
    const send = (result: Json) => conn.send({ jsonrpc: '2.0', method: notification, params: { subscription: id, result } })
    const stop = this.chain.onChange((what) => {
      if (what === on) send(current())
    })
    conn.subs.set(id, { method, notification, send, stop })
    // like a node: the current head right after the subscription id
    setImmediate(() => conn.subs.has(id) && send(current()))
    return id
  }
}

const METHODS = new Set([
  'system_chain', 'system_name', 'system_version', 'system_properties', 'system_chainType', 'system_health', 'rpc_methods',
  'chain_getBlockHash', 'chain_getHead', 'chain_getFinalizedHead', 'chain_getFinalisedHead', 'chain_getHeader', 'chain_getBlock',
  'state_getRuntimeVersion', 'chain_getRuntimeVersion', 'state_getMetadata', 'state_getStorage', 'state_getStorageAt',
  'state_queryStorageAt', 'state_getKeys', 'state_getKeysPaged',
  'chain_subscribeNewHeads', 'chain_subscribeNewHead', 'subscribe_newHead', 'chain_subscribeAllHeads',
  'chain_subscribeFinalizedHeads', 'chain_subscribeFinalisedHeads', 'state_subscribeRuntimeVersion', 'chain_subscribeRuntimeVersion',
  'chain_unsubscribeNewHeads', 'chain_unsubscribeNewHead', 'unsubscribe_newHead', 'chain_unsubscribeAllHeads',
  'chain_unsubscribeFinalizedHeads', 'chain_unsubscribeFinalisedHeads', 'state_unsubscribeRuntimeVersion', 'chain_unsubscribeRuntimeVersion',
])

/** The methods the server answers (rpc_methods). */
export const SERVED_METHODS: readonly string[] = [...METHODS].sort()

function handleMessage(rpc: ChainRpc, stats: ReplayServerStats, msg: Json, conn: Connection | undefined, log?: ReplayServerOptions['logCall']): Json {
  const one = (m: Json): Json => {
    const id = m?.id ?? null
    if (m == null || typeof m !== 'object' || typeof m.method !== 'string') {
      return { jsonrpc: '2.0', id, error: { code: -32600, message: 'Invalid request: expected {"jsonrpc": "2.0", "id", "method", "params"}' } }
    }
    const params = m.params == null ? [] : Array.isArray(m.params) ? m.params : undefined
    if (!params) return { jsonrpc: '2.0', id, error: { code: -32602, message: `${m.method}: params must be an array` } }
    stats.calls.set(m.method, (stats.calls.get(m.method) ?? 0) + 1)
    log?.(rpc.chain.id, m.method, params)
    try {
      return { jsonrpc: '2.0', id, result: rpc.call(m.method, params, conn) }
    } catch (e) {
      if (e instanceof RpcError) return { jsonrpc: '2.0', id, error: { code: e.code, message: e.message } }
      return { jsonrpc: '2.0', id, error: { code: -32603, message: `Internal error: ${(e as Error).message}` } }
    }
  }
  if (Array.isArray(msg)) {
    if (!msg.length) return { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid request: empty batch' } }
    return msg.map(one)
  }
  return one(msg)
}

/** Serves the chains; one chain also answers at `/`. */
export async function startReplayServer(chains: ReplayChain | ReplayChain[], opts: ReplayServerOptions = {}): Promise<ReplayServer> {
  const list = Array.isArray(chains) ? chains : [chains]
  if (!list.length) throw new Error('startReplayServer needs at least one chain')
  const stats: ReplayServerStats = { calls: new Map(), unknown: new Map() }
  const byPath = new Map(list.map((c) => [`/${c.id}`, new ChainRpc(c, stats)]))
  if (byPath.size !== list.length) throw new Error(`two chains with the same id: ${list.map((c) => c.id).join(', ')}`)
  const route = (url: string | undefined): ChainRpc | undefined => {
    const p = new URL(url ?? '/', 'http://x').pathname.replace(/\/+$/, '') || '/'
    return p === '/' && list.length === 1 ? byPath.values().next().value : byPath.get(p)
  }
  const noRoute = (url: string | undefined) => `no replay chain at ${url}; chains: ${[...byPath.keys()].join(', ')}`

  const server = http.createServer((req, res) => {
    const rpc = route(req.url)
    const reply = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
      res.end(body)
    }
    if (!rpc) return reply(404, JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32601, message: noRoute(req.url) } }))
    if (req.method !== 'POST') return reply(405, JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32600, message: 'JSON-RPC over HTTP takes POST' } }))
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      let msg: Json
      try {
        msg = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      } catch {
        return reply(200, JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error: the body is not JSON' } }))
      }
      reply(200, JSON.stringify(handleMessage(rpc, stats, msg, undefined, opts.logCall)))
    })
  })
  server.keepAliveTimeout = 60_000

  const wss = new WebSocketServer({ noServer: true })
  const sockets = new Set<WebSocket>()
  server.on('upgrade', (req, socket, head) => {
    const rpc = route(req.url)
    if (!rpc) {
      socket.end(`HTTP/1.1 404 Not Found\r\n\r\n${noRoute(req.url)}`)
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws)
      const conn: Connection = { subs: new Map(), send: (m) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(m)) }
      ws.on('message', (data) => {
        let msg: Json
        try {
          msg = JSON.parse(data.toString())
        } catch {
          return conn.send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error: the message is not JSON' } })
        }
        conn.send(handleMessage(rpc, stats, msg, conn, opts.logCall))
      })
      ws.on('close', () => {
        for (const s of conn.subs.values()) s.stop()
        conn.subs.clear()
        sockets.delete(ws)
      })
    })
  })

  const host = opts.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  const pathOf = (chain?: string) => (chain ? `/${chain}` : list.length === 1 ? '' : `/${list[0].id}`)
  let closed: Promise<void> | undefined
  return {
    port,
    httpUrl: (chain) => `http://${host}:${port}${pathOf(chain)}`,
    wsUrl: (chain) => `ws://${host}:${port}${pathOf(chain)}`,
    stats,
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        for (const ws of sockets) ws.terminate()
        wss.close()
        server.close(() => resolve())
        server.closeAllConnections()
      })),
  }
}

