/**
 * The read API: graphql-yoga over the indexer's tables, through a read-only database role. This file only
 * assembles the domain modules (modules/) with what they share: the scalars, the request limits and the HTTP
 * edge. Every query reads facts by indexed columns or the daily rollups; nothing here writes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor'
import { createSchema, createYoga } from 'graphql-yoga'
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql'
import pg from 'pg'
import getRawBody from 'raw-body'
import { armorConfig, limitsFromEnv, type ApiLimits } from './limits'
import { ClientLimits, clientLimitsFromEnv, type ClientLimitOptions } from './clients'
import { cacheOptionsFromEnv, coalesceExecutions, IndexedState, responseCache, type CacheOptions } from './cache'
import { readSdl, type ApiDb, type ApiModule, type Resolvers } from './module'
import { API_MODULES } from './modules'
import { badInput, parseDate } from './validate'

const BASE_SDL = readSdl(__dirname, 'base.graphql')

const BigIntScalar = new GraphQLScalarType({
  name: 'BigInt',
  description: 'An integer of any size, as a decimal string',
  serialize: (v) => (typeof v === 'bigint' ? v.toString() : String(v)),
  parseValue: (v) => {
    if (typeof v !== 'string' || !/^-?\d+$/.test(v)) throw badInput(`BigInt must be a string of digits, got ${JSON.stringify(v)}`, 'BigInt')
    return BigInt(v)
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT) throw badInput('BigInt must be a string of digits', 'BigInt')
    return BigInt(ast.value)
  },
})

const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A UTC calendar day, "YYYY-MM-DD"',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
})

const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO 8601 instant (UTC)',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString()),
})

/** Postgres' code for a statement cancelled by statement_timeout (set on the read-only role, db/postgres.ts). */
const QUERY_CANCELED = '57014'

/**
 * The resolvers' database. With `flight` (the response cache's indexed state), identical statements (text and
 * parameters) asked while one is running share its answer: after each commit the cache misses for every client at
 * once, and 100 clients asking the same page would otherwise run its SQL 100 times. Only statements asked under
 * the same indexed state share, so an answer is never older than the state it is cached under. Each caller gets
 * its own copy of the rows (resolvers may set fields on them).
 */
function apiDb(pool: pg.Pool, flight?: () => string): ApiDb {
  const running = new Map<string, Promise<unknown[]>>()
  const run = async (sql: string, params: unknown[]): Promise<unknown[]> => {
    try {
      return (await pool.query(sql, params)).rows
    } catch (e: any) {
      if (e?.code === QUERY_CANCELED) {
        throw new GraphQLError('The database stopped this query: it ran longer than the statement timeout of the API\'s role. Narrow the period or the filters.', {
          extensions: { code: 'QUERY_TIMEOUT' },
        })
      }
      throw e
    }
  }
  return {
    pool,
    async q<R>(sql: string, params: unknown[] = []): Promise<R[]> {
      const state = flight?.()
      if (!state) return (await run(sql, params)) as R[]
      let key: string
      try {
        key = `${state}\0${sql}\0${JSON.stringify(params)}`
      } catch {
        return (await run(sql, params)) as R[]
      }
      let shared = running.get(key)
      if (!shared) {
        shared = run(sql, params).finally(() => running.delete(key))
        running.set(key, shared)
      }
      return (await shared).map((r) => ({ ...(r as object) })) as R[]
    },
  }
}

/** The SDL of the whole API: the shared base, then each module's fragment. */
export function apiTypeDefs(modules: readonly ApiModule[] = API_MODULES): string[] {
  return [BASE_SDL, ...modules.map((m) => m.typeDefs)]
}

/** Every module's resolvers merged, with the shared scalars; a type or query defined twice is a startup error. */
export function makeResolvers(pool: pg.Pool, modules: readonly ApiModule[] = API_MODULES, flight?: () => string): Resolvers & { Query: Resolvers[string] } {
  const db = apiDb(pool, flight)
  const merged: Resolvers = { Query: {} }
  const owner = new Map<string, string>()
  for (const m of modules) {
    for (const [type, fields] of Object.entries(m.resolvers(db))) {
      merged[type] ??= {}
      for (const [field, fn] of Object.entries(fields)) {
        const key = `${type}.${field}`
        if (owner.has(key)) throw new Error(`API modules ${owner.get(key)} and ${m.name} both resolve ${key}`)
        owner.set(key, m.name)
        merged[type][field] = fn
      }
    }
  }
  return Object.assign(merged as Resolvers & { Query: Resolvers[string] }, { BigInt: BigIntScalar, Date: DateScalar, DateTime: DateTimeScalar } as any)
}

/** A GraphQL-shaped error answer at the HTTP edge (the GraphQL layer never sees the request). */
function refuse(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close', ...headers })
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, http: { status } } }] }))
}

/**
 * Reads a POST body up to `limit` bytes and checks that a JSON body parses, before yoga sees it. Returns false
 * when it has answered the request itself (413 or 400).
 */
async function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<boolean> {
  let body: Buffer
  try {
    body = await getRawBody(req, { limit, length: req.headers['content-length'] })
  } catch (e: any) {
    if (e?.type === 'entity.too.large') {
      refuse(res, 413, 'PAYLOAD_TOO_LARGE', `The request body has ${e.length ?? e.received ?? 'more than ' + limit} bytes; the API accepts at most ${limit} bytes (API_MAX_BODY_BYTES).`)
    } else {
      refuse(res, 400, 'BAD_REQUEST', `The request body could not be read: ${e?.message ?? e}`)
    }
    return false
  }
  if (/\bjson\b/i.test(req.headers['content-type'] ?? '')) {
    try {
      JSON.parse(body.toString('utf8'))
    } catch (e) {
      refuse(res, 400, 'BAD_REQUEST', body.length === 0 ? 'The request body is empty; send {"query": "..."} as JSON.' : `The request body is not valid JSON: ${(e as Error).message}`)
      return false
    }
  }
  // yoga (whatwg-node) takes a body already read from `req.body`, as it does behind body-parser.
  ;(req as IncomingMessage & { body?: Buffer }).body = body
  return true
}

export interface ApiServer {
  url: string
  server: Server
  pool: pg.Pool
  limits: ApiLimits
  clients: ClientLimits
  /** executions answered by an identical one already running (cache.ts coalesceExecutions) */
  sharedExecutions(): number
  close(): Promise<void>
}

/**
 * The requests GraphQL refused (a document over the limits, a bad argument, a query the database stopped): they
 * spend their client's refusal budget whatever HTTP status the client's Accept header gave them (200 for
 * application/json).
 */
const REFUSED = new WeakSet<IncomingMessage>()
const REFUSAL_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'QUERY_TIMEOUT'])
const markRefusals = {
  onResultProcess({ result, serverContext }: { result: unknown; serverContext: { req?: IncomingMessage } }) {
    const results = (Array.isArray(result) ? result : [result]) as { errors?: readonly { extensions?: { code?: unknown } }[] }[]
    const refused = results.some((r) => r?.errors?.some((e) => REFUSAL_CODES.has(String(e.extensions?.code))))
    if (refused && serverContext.req) REFUSED.add(serverContext.req)
  },
}

/** Starts the API on host:port, reading through `dbUrl` (the read-only role). */
/** `cache: null` answers every request from the database (benchmarks' baseline); default: the env's (cache.ts) */
export async function startApi(opts: { dbUrl: string; port?: number; host?: string; limits?: ApiLimits; clientLimits?: ClientLimitOptions; cache?: CacheOptions | null }): Promise<ApiServer> {
  const limits = opts.limits ?? limitsFromEnv()
  const clients = new ClientLimits(opts.clientLimits ?? clientLimitsFromEnv())
  const cache = opts.cache === undefined ? cacheOptionsFromEnv() : (opts.cache ?? undefined)
  const pool = new pg.Pool({ connectionString: opts.dbUrl, max: 10 })
  // An idle connection the server drops (a restart, an administrator) is discarded by the pool; without a listener
  // its error would end the API process. The next query opens a new connection, or fails with a clear error.
  pool.on('error', (e) => console.error(`[api] idle database connection lost: ${e.message}`))
  const indexed = cache ? new IndexedState(pool, cache.pollMs) : undefined
  await indexed?.start()
  let sharedExecutions = 0
  // Postgres numeric (our BigInt columns) arrives as text and stays text, so no precision is lost on the way out.
  const yoga = createYoga({
    schema: createSchema({ typeDefs: apiTypeDefs(), resolvers: makeResolvers(pool, API_MODULES, indexed ? () => indexed.value : undefined) as any }),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: 'warn',
    plugins: [EnvelopArmorPlugin(armorConfig(limits)), markRefusals as any, ...(indexed && cache ? [...(cache.coalesce ? [coalesceExecutions(indexed, () => (sharedExecutions += 1))] : []), responseCache(indexed, cache)] : [])],
  })
  const server = createServer(async (req, res) => {
    if (req.url === '/health') {
      try {
        await pool.query('SELECT 1')
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
      } catch (e) {
        res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: (e as Error).message }))
      }
      return
    }
    const admission = await clients.admit(clients.clientOf(req))
    if (!admission.ok) return refuse(res, admission.status, admission.code, admission.message, { 'retry-after': String(admission.retryAfterSeconds) })
    res.once('close', () => admission.done(REFUSED.has(req) ? 400 : res.statusCode))
    if (req.method === 'POST' && !(await readBody(req, res, limits.maxBodyBytes))) return
    return yoga(req, res)
  })
  // A client that trickles its request in cannot hold a connection for the default 5 minutes.
  server.requestTimeout = 30_000
  server.headersTimeout = 10_000
  const host = opts.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 4350, host, () => resolve())
  })
  const addr = server.address()
  const port = typeof addr === 'object' && addr ? addr.port : opts.port
  return {
    url: `http://${host}:${port}/graphql`,
    server,
    pool,
    limits,
    clients,
    sharedExecutions: () => sharedExecutions,
    close: async () => {
      indexed?.stop()
      const closed = new Promise<void>((r) => server.close(() => r()))
      // idle keep-alive sockets would hold close() open until they time out
      server.closeIdleConnections()
      await closed
      await pool.end()
    },
  }
}

if (require.main === module) {
  const dbUrl = process.env.API_DB_URL ?? process.env.DB_URL
  if (!dbUrl) {
    console.error('API_DB_URL (read-only role) or DB_URL must be set')
    process.exit(1)
  }
  startApi({ dbUrl, port: Number(process.env.API_PORT ?? 4350), host: process.env.API_HOST ?? '127.0.0.1' }).then(
    (api) => console.log(`API listening on ${api.url}`),
    (e) => {
      console.error(e.message)
      process.exit(1)
    },
  )
}
