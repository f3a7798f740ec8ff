/**
 * Hostile requests against the real API (squid/src/api/server.ts) on a real embedded Postgres, migrated and seeded
 * with 17 fee payments (test/support/api-db.ts): each is refused with a GraphQL-shaped error that names what was
 * wrong, and an ordinary client querying at the same time keeps getting its answers in about its usual time.
 */
import { getIntrospectionQuery } from 'graphql'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureReadOnlyRole } from '../../db/postgres'
import { startApi, type ApiServer } from '../../squid/src/api/server'
import { DEFAULT_LIMITS } from '../../squid/src/api/limits'
import { DEFAULT_CLIENT_LIMITS } from '../../squid/src/api/clients'
import { MAX_OFFSET } from '../../squid/src/api/validate'
import { freePort, SEEDED_FEE, SEEDED_FEE_PAYMENTS, SEEDED_TIP, startSeededDb, type SeededDb } from '../support/api-db'

interface Answer {
  status: number
  body: { data?: any; errors?: { message: string; extensions?: { code?: string; argument?: string } }[] }
  ms: number
}

let seeded: SeededDb
let api: ApiServer

beforeAll(async () => {
  seeded = await startSeededDb()
  // behind a trusted proxy, so that each test names its clients (X-Forwarded-For); see 'per-client limits' below
  api = await startApi({ dbUrl: seeded.db.readOnlyUrl, port: await freePort(), limits: DEFAULT_LIMITS, clientLimits: { ...DEFAULT_CLIENT_LIMITS, trustProxy: true } })
})

afterAll(async () => {
  await api?.close()
  await seeded?.close()
})

/** each request a client of its own unless it names one: the refusals this file provokes on purpose spend no shared budget */
let nextClient = 0
const anyClient = () => `198.51.100.${nextClient++ % 250}`

async function post(body: string | object, url = api.url, headers: Record<string, string> = {}): Promise<Answer> {
  const t = performance.now()
  const res = await fetch(url, {
    method: 'POST',
    // as the web app asks: with graphql-response+json, a refused document gets HTTP 400 rather than 200
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', 'x-forwarded-for': anyClient(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  const json = (await res.json()) as Answer['body']
  return { status: res.status, body: json, ms: performance.now() - t }
}

const messages = (a: Answer) => (a.body.errors ?? []).map((e) => e.message)

/** What the dashboard's fee page asks, with the figures the seed caused. */
const ORDINARY = `query { feeTotals(chain: "relay") { extrinsics fees tips } feePayments(chain: "relay", limit: 5) { totalCount items { id fee tip } } }`
function expectOrdinaryAnswer(a: Answer) {
  expect(a.status).toBe(200)
  expect(a.body.errors).toBeUndefined()
  expect(a.body.data.feeTotals).toEqual({
    extrinsics: SEEDED_FEE_PAYMENTS,
    fees: String(SEEDED_FEE * BigInt(SEEDED_FEE_PAYMENTS)),
    tips: String(SEEDED_TIP * BigInt(SEEDED_FEE_PAYMENTS)),
  })
  expect(a.body.data.feePayments.totalCount).toBe(SEEDED_FEE_PAYMENTS)
  // newest first: blocks 116 down to 112
  expect(a.body.data.feePayments.items.map((p: { id: string }) => p.id)).toEqual([116, 115, 114, 113, 112].map((b) => `relay-${String(b).padStart(10, '0')}-000003`))
}

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`
const FIVE_HUNDRED_ALIASES = aliases(500, 'feePayments(offset: 900000000) { totalCount items { id fee } }')

describe('hostile requests get a clear GraphQL error', () => {
  it('answers the ordinary client with the seeded figures', async () => {
    expectOrdinaryAnswer(await post({ query: ORDINARY }))
  })

  it('refuses 500 aliased feePayments(offset: 900000000) at parse time, by its token count', async () => {
    const a = await post({ query: FIVE_HUNDRED_ALIASES })
    expect(a.status).toBe(400)
    expect(a.body.data).toBeUndefined()
    expect(messages(a)).toEqual([`Syntax Error: Token limit of ${DEFAULT_LIMITS.maxTokens} exceeded.`])
    console.log(`500 aliased feePayments(offset: 900000000): refused in ${a.ms.toFixed(1)} ms`)
  })

  it('refuses more aliases than the limit even when the document is small', async () => {
    const a = await post({ query: aliases(16, 'feePayments { totalCount }') })
    expect(a.status).toBe(400)
    expect(messages(a)).toEqual([`Syntax Error: Aliases limit of ${DEFAULT_LIMITS.maxAliases} exceeded, found 16.`])
    // 15 is still fine, and every alias answers
    const ok = await post({ query: aliases(15, 'feePayments { totalCount }') })
    expect(ok.body.errors).toBeUndefined()
    expect(Object.values(ok.body.data).map((p: any) => p.totalCount)).toEqual(Array(15).fill(SEEDED_FEE_PAYMENTS))
  })

  it.each([
    ['feePayments', 'feePayments(offset: 900000000) { totalCount }'],
    ['treasuryFlows', 'treasuryFlows(offset: 900000000) { totalCount }'],
    ['spends', 'spends(offset: 900000000) { totalCount }'],
    ['spendPeriods', 'spendPeriods(offset: 900000000) { id }'],
  ])('caps the offset of %s', async (_name, field) => {
    const a = await post({ query: `{ ${field} }` })
    expect(a.body.data).toBeNull()
    expect(a.body.errors).toHaveLength(1)
    expect(a.body.errors![0].message).toBe(`offset must be at most ${MAX_OFFSET}, got 900000000; narrow the filters (chain, period) to reach older rows`)
    expect(a.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'offset' })
  })

  it('names the sub-treasuries a subTreasury name must be, and lists them with their Asset Hub accounts', async () => {
    const a = await post({ query: '{ subTreasury(name: "main") { treasury { name } } }' })
    expect(a.body.errors![0].message).toBe('name must be one of fellowship, ambassador; got "main"')
    expect(a.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name' })
    const list = await post({ query: '{ subTreasuries { name palletIndex account fundingSpendCount spendCount } }' })
    expect(list.body.data.subTreasuries).toEqual([
      { name: 'fellowship', palletIndex: 65, account: '16VcQSRcMFy6ZHVjBvosKmo7FKqTb8ZATChDYo8ibutzLnos', fundingSpendCount: 0, spendCount: 0 },
      { name: 'ambassador', palletIndex: 75, account: '14yYt1iVXT9hn4LczHbxofLU6i83eBpW9TPM7MZv8xuEb3b8', fundingSpendCount: 0, spendCount: 0 },
    ])
  })

  it('still serves the largest offset allowed, and caps the limit', async () => {
    const last = await post({ query: `{ feePayments(offset: ${MAX_OFFSET}) { totalCount offset items { id } } }` })
    expect(last.body.data.feePayments).toEqual({ totalCount: SEEDED_FEE_PAYMENTS, offset: MAX_OFFSET, items: [] })
    const big = await post({ query: `{ feePayments(limit: 100000) { totalCount } }` })
    expect(big.body.errors?.[0]).toMatchObject({ message: 'limit must be between 1 and 500, got 100000', extensions: { argument: 'limit' } })
  })

  it('refuses a query nested deeper than the depth limit', async () => {
    const depth = 20
    const deep = `{ ${'spends { '.repeat(depth)}totalCount${' }'.repeat(depth)} }`
    const a = await post({ query: deep })
    expect(a.status).toBe(400)
    expect(messages(a)).toContain(`Syntax Error: Query depth limit of ${DEFAULT_LIMITS.maxDepth} exceeded, found ${depth + 1}.`)
  })

  it('refuses cyclic fragments', async () => {
    const query = `{ spends { items { ...A } } }
      fragment A on Spend { events { ...B } }
      fragment B on SpendEvent { event { ...C } }
      fragment C on EventRef { id ...D }
      fragment D on EventRef { chain ...C }`
    const a = await post({ query })
    expect(a.status).toBe(400)
    expect(messages(a)).toContain('Cannot spread fragment "C" within itself via "D".')
  })

  it('counts fragments into the cost, so one fragment spread by many aliases cannot multiply the work', async () => {
    const EVENT = `flows { id amount event { id } } feePayment { id fee event { id } } spends { kind spend { id events { kind event { id } } } } spendPeriod { id event { id } }`
    const query = `${aliases(12, 'event(id: "relay-100-3") { ...E }')} fragment E on EventFacts { id timestamp ${EVENT} ${EVENT.replace(/\{ id \}/g, '{ id chain blockNumber eventIndex timestamp }')} }`
    const a = await post({ query })
    expect(a.status).toBe(400)
    expect(messages(a)).toHaveLength(1)
    expect(messages(a)[0]).toMatch(new RegExp(`^Syntax Error: Query Cost limit of ${DEFAULT_LIMITS.maxCost} exceeded, found \\d+`))
    expect(parseFloat(/found ([\d.]+)/.exec(messages(a)[0])![1])).toBeGreaterThan(DEFAULT_LIMITS.maxCost)
  })

  it('refuses more directives than the limit', async () => {
    const a = await post({ query: `{ assets { ${'... on Asset @include(if: true) { id } '.repeat(DEFAULT_LIMITS.maxDirectives + 1)}} }` })
    expect(a.status).toBe(400)
    expect(messages(a)).toContain(`Syntax Error: Directives limit of ${DEFAULT_LIMITS.maxDirectives} exceeded, found ${DEFAULT_LIMITS.maxDirectives + 1}.`)
  })

  it('refuses a body over the limit with 413, before reading it as GraphQL', async () => {
    const padding = 'x'.repeat(DEFAULT_LIMITS.maxBodyBytes)
    const body = JSON.stringify({ query: '{ assets { id } }', variables: { padding } })
    const a = await post(body)
    expect(a.status).toBe(413)
    expect(a.body.errors).toEqual([
      {
        message: `The request body has ${Buffer.byteLength(body)} bytes; the API accepts at most ${DEFAULT_LIMITS.maxBodyBytes} bytes (API_MAX_BODY_BYTES).`,
        extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } },
      },
    ])
  })

  it('refuses a streamed body without content-length once it passes the limit', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(16 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        // far more than the limit, if the server kept reading
        if (sent++ < 1024) c.enqueue(chunk)
        else c.close()
      },
    })
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit)
    expect(res.status).toBe(413)
    const body = (await res.json()) as Answer['body']
    expect(body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE')
    expect(body.errors?.[0].message).toContain(`at most ${DEFAULT_LIMITS.maxBodyBytes} bytes`)
    expect(sent).toBeLessThan(1024)
  })

  it('refuses malformed JSON and an empty body with 400, naming the problem', async () => {
    const a = await post('{"query": "{ assets { id } }"')
    expect(a.status).toBe(400)
    expect(a.body.errors).toHaveLength(1)
    expect(a.body.errors![0].message).toMatch(/^The request body is not valid JSON: .*JSON/)
    expect(a.body.errors![0].extensions).toEqual({ code: 'BAD_REQUEST', http: { status: 400 } })
    const empty = await post('')
    expect(empty.status).toBe(400)
    expect(messages(empty)).toEqual(['The request body is empty; send {"query": "..."} as JSON.'])
  })

  it('keeps introspection for tools, but refuses deep and repeated introspection', async () => {
    const full = await post({ query: getIntrospectionQuery() })
    expect(full.status).toBe(200)
    expect(full.body.data.__schema.queryType.name).toBe('Query')
    // this API reads the primary (test/replay/read-replica.test.ts has one on a replica)
    const { body: replication } = await post({ query: '{ databaseReplication { role streaming replayBacklogBytes lagSeconds } }' })
    expect(replication.data.databaseReplication).toEqual({ role: 'PRIMARY', streaming: null, replayBacklogBytes: null, lagSeconds: null })
    const queryType = full.body.data.__schema.types.find((t: { name: string }) => t.name === 'Query')
    expect(queryType.fields.map((f: { name: string }) => f.name).sort()).toEqual(
      ['assets', 'bounties', 'bounty', 'bountyPayouts', 'brokerEvents', 'builderRewards', 'chains', 'cloudUsage', 'coreAssignments', 'coreRenewals', 'coreUsage', 'coreUsageSlices', 'coretimePurchases', 'coretimeSale', 'coretimeSales', 'dapEvents', 'databaseReplication', 'dotPrices', 'eraPayouts', 'event', 'feeDaily', 'feePayments', 'feeTotals', 'fundedProposals', 'hubAssetDaily', 'hubContractCalls', 'hubContracts', 'hubDaily', 'hubPoolDaily', 'identities', 'idleCores', 'impactMetrics', 'lottery', 'moneyFlowDaily', 'onDemandEvents', 'paraUsage', 'proposalImpact', 'referenda', 'referendaSummary', 'referendaTracks', 'referendum', 'referendumVotes', 'spend', 'spendPeriods', 'spends', 'subTreasuries', 'subTreasury', 'syncStatus', 'treasuryAssetDaily', 'treasuryDaily', 'treasuryFlows', 'treasuryImpact', 'treasuryIncome', 'treasuryMigration', 'treasurySpending', 'treasurySummary', 'treasuryTimeline'],
    )

    const deep = await post({ query: `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }` })
    expect(deep.status).toBe(400)
    expect(messages(deep)).toEqual(['Maximum introspection depth exceeded'])

    const repeated = await post({ query: aliases(100, '__schema { types { name } }') })
    expect(repeated.status).toBe(400)
    expect(messages(repeated)).toEqual([`Syntax Error: Aliases limit of ${DEFAULT_LIMITS.maxAliases} exceeded, found 100.`])
  })
})

describe('an ordinary client under hostile load', () => {
  it('is answered within its usual time while hostile requests keep coming', async () => {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
    const ordinary = async (n: number) => {
      const times: number[] = []
      for (let i = 0; i < n; i++) {
        const a = await post({ query: ORDINARY }, api.url, { 'x-forwarded-for': '192.0.2.10' })
        expectOrdinaryAnswer(a)
        times.push(a.ms)
      }
      return times
    }
    await ordinary(5) // warm-up: JIT, pool connections, yoga's parse cache
    const alone = await ordinary(20)

    // four hostile clients, each its own address; once their refusals pass the budget they are blocked (429)
    const hostile = [
      (h: Record<string, string>) => post({ query: FIVE_HUNDRED_ALIASES }, api.url, h),
      (h: Record<string, string>) => post({ query: aliases(16, 'feePayments(offset: 900000000) { totalCount }') }, api.url, h),
      (h: Record<string, string>) => post({ query: '{ feePayments(offset: 900000000) { totalCount } }' }, api.url, h),
      (h: Record<string, string>) => post(JSON.stringify({ query: '{ assets { id } }', variables: { padding: 'x'.repeat(DEFAULT_LIMITS.maxBodyBytes) } }), api.url, h),
      (h: Record<string, string>) => post('{"query": ', api.url, h),
      (h: Record<string, string>) => post({ query: `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }` }, api.url, h),
    ]
    let stop = false
    let refused = 0
    const blocked = new Set<string>()
    const workers = Array.from({ length: 4 }, async (_, w) => {
      const client = `203.0.113.${w + 1}`
      for (let i = w; !stop; i++) {
        const a = await hostile[i % hostile.length]({ 'x-forwarded-for': client })
        expect(a.body.errors?.length).toBeGreaterThan(0)
        if (a.status === 429) blocked.add(client)
        refused++
      }
    })
    const loaded = await ordinary(20)
    stop = true
    await Promise.all(workers)

    const [aloneMs, loadedMs] = [median(alone), median(loaded)]
    console.log(`ordinary client: median ${aloneMs.toFixed(1)} ms alone, ${loadedMs.toFixed(1)} ms under ${refused} hostile requests (max ${Math.max(...loaded).toFixed(1)} ms)`)
    expect(refused).toBeGreaterThan(20)
    // The server, the ordinary client and 4 hostile clients share this test's one event loop on a busy 2-core
    // machine: refusing costs a little, but nothing queues behind hostile SQL (before the limits, the 500 aliases
    // ran 1000 statements through the 10-connection pool).
    expect(loadedMs).toBeLessThan(aloneMs * 5 + 150)
    expect(Math.max(...loaded)).toBeLessThan(1500)
  })
})

describe('per-client limits', () => {
  // small limits, so that the test reaches them in a few requests: 5 refusals a minute, 10 requests a second
  const LIMITS = { ...DEFAULT_CLIENT_LIMITS, trustProxy: true, refusalsPerMinute: 5, ratePerSecond: 10, blockSeconds: 30 }
  let limited: ApiServer
  beforeAll(async () => {
    limited = await startApi({ dbUrl: seeded.db.readOnlyUrl, port: await freePort(), limits: DEFAULT_LIMITS, clientLimits: LIMITS })
  })
  afterAll(async () => {
    await limited?.close()
  })
  const from = (client: string) => ({ 'x-forwarded-for': client })

  it('blocks a client whose requests keep being refused, and only that client', async () => {
    const bad = { query: '{ feePayments(limit: 100000) { totalCount } }' }
    for (let i = 0; i < LIMITS.refusalsPerMinute; i++) {
      // a bad argument is an execution error: HTTP 200 with the error, and a refusal all the same
      const a = await post(bad, limited.url, from('203.0.113.50'))
      expect([a.status, a.body.errors?.[0]?.extensions?.code]).toEqual([200, 'BAD_USER_INPUT'])
    }
    // its budget is spent: even a good request is now answered 429, without being parsed
    const res = await fetch(limited.url, { method: 'POST', headers: { 'content-type': 'application/json', ...from('203.0.113.50') }, body: JSON.stringify({ query: ORDINARY }) })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(LIMITS.blockSeconds - 3)
    const body = (await res.json()) as Answer['body']
    expect(body.errors?.[0]?.extensions?.code).toBe('CLIENT_BLOCKED')
    expect(body.errors?.[0]?.message).toContain('203.0.113.50')
    // a refusal answered 200 (plain application/json) spends the budget too
    for (let i = 0; i < LIMITS.refusalsPerMinute; i++) {
      const r = await fetch(limited.url, { method: 'POST', headers: { 'content-type': 'application/json', ...from('203.0.113.51') }, body: JSON.stringify({ query: FIVE_HUNDRED_ALIASES }) })
      expect(r.status).toBeLessThan(429)
    }
    expect((await post({ query: ORDINARY }, limited.url, from('203.0.113.51'))).status).toBe(429)
    // another client is answered as usual
    expectOrdinaryAnswer(await post({ query: ORDINARY }, limited.url, from('192.0.2.20')))
  })

  it('answers a client at most its rate: of 30 requests sent at once, 10 are answered, 20 are told to retry', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => post({ query: '{ assets { id } }' }, limited.url, from('203.0.113.60'))))
    const codes = answers.map((a) => (a.status === 200 ? 'ok' : a.body.errors?.[0]?.extensions?.code))
    expect(codes.filter((c) => c === 'ok')).toHaveLength(LIMITS.ratePerSecond)
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(30 - LIMITS.ratePerSecond)
    expectOrdinaryAnswer(await post({ query: ORDINARY }, limited.url, from('192.0.2.21')))
  })
})

describe('statement timeout of the read-only role', () => {
  it('is set on the role, so the database itself cancels a statement that runs longer', async () => {
    const c = new pg.Client({ connectionString: seeded.db.readOnlyUrl })
    await c.connect()
    try {
      const [{ statement_timeout }] = (await c.query('SHOW statement_timeout')).rows
      expect(statement_timeout).toBe('5s')
      const t = performance.now()
      await expect(c.query('SELECT pg_sleep(10)')).rejects.toMatchObject({ code: '57014', message: 'canceling statement due to statement timeout' })
      const ms = performance.now() - t
      expect(ms).toBeGreaterThan(4500)
      expect(ms).toBeLessThan(8000)
    } finally {
      await c.end()
    }
  })

  it('cancels an API query over a large table and answers with a clear error', async () => {
    // 200,000 fee payments on another chain: counting them takes far longer than the 1 ms this role allows.
    await seeded.exec(
      `INSERT INTO fee_payment (id, chain, block_number, timestamp, event_index, extrinsic_index, payer, fee, tip, to_treasury, to_author, burned, asset_id, native_fee, fee_swaps, to_collator_pot, to_dap)
       SELECT 'coretime-' || lpad(g::text, 10, '0') || '-000001', 'coretime', g, now(), 1, 1, 'payer-' || g, 1, 0, 0, 1, 0, 'native', 1, 0, 0, 0
       FROM generate_series(1, 200000) g`,
    )
    const hastyUrl = await ensureReadOnlyRole(seeded.db.url, { role: 'cloudhub_api_hasty', password: 'hasty', statementTimeout: '1ms' })
    const hasty = await startApi({ dbUrl: hastyUrl, port: await freePort(), limits: DEFAULT_LIMITS })
    try {
      const a = await post({ query: `{ feePayments(chain: "coretime", payer: "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5") { totalCount } }` }, hasty.url)
      expect(a.body.data).toBeNull()
      expect(a.body.errors).toEqual([
        {
          message: "The database stopped this query: it ran longer than the statement timeout of the API's role. Narrow the period or the filters.",
          locations: [{ line: 1, column: 3 }],
          path: ['feePayments'],
          extensions: { code: 'QUERY_TIMEOUT' },
        },
      ])
      // the same question through the API's own role (5 s) is answered: 0 of the 200,000 are Alice's
      const ok = await post({ query: `{ feePayments(chain: "coretime", payer: "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5") { totalCount } }` })
      expect(ok.body).toEqual({ data: { feePayments: { totalCount: 0 } } })
    } finally {
      await hasty.close()
    }
  })
})
