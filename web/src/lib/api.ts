/**
 * A small typed client of the GraphQL API (squid/src/api/api.graphql). Only server loaders use it, so the browser
 * never talks to the API and no CORS is needed. Failures become ApiError with a sentence a reader can act on.
 */
import type {
  Asset,
  ChainSync,
  EventFacts,
  FeeDay,
  FeePayment,
  FeeTotals,
  Page,
  Period,
  Spend,
  SpendFilter,
  SpendOrder,
  TreasuryDay,
  TreasuryFlow,
  TreasurySummary,
  FlowDirection,
  FlowKind,
} from './types'

export type ApiErrorKind = 'unreachable' | 'http' | 'graphql'

export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly apiUrl: string,
    /** the argument the API named as bad input (extensions.argument of a BAD_USER_INPUT error), if any */
    readonly badArgument?: string,
  ) {
    super(message)
  }
}

export interface ApiOptions {
  url: string
  /** SvelteKit's load `fetch` where available; global fetch otherwise */
  fetch?: typeof globalThis.fetch
  timeoutMs?: number
}

const ASSET = 'id symbol decimals chain'
const EVENT = 'id chain blockNumber eventIndex timestamp'
const SPEND = `id chain kind index status asset { ${ASSET} } amount nativeAmount beneficiary validFrom expireAt paymentId
  approved { ${EVENT} } paid { ${EVENT} } closed { ${EVENT} }
  events { kind amount extrinsicHash event { ${EVENT} } }`
const FLOW = `id direction kind asset { ${ASSET} } amount spendId extrinsicHash event { ${EVENT} }`
const FEE_PAYMENT = `id payer asset { ${ASSET} } fee tip toTreasury toAuthor burned extrinsicIndex extrinsicHash event { ${EVENT} }`
const SPEND_PERIOD = `id chain budgetRemaining awarded awardedCount burnt rollover event { ${EVENT} }`

/** Every document the client sends; a unit test validates them against the API's SDL */
export const QUERIES = {
  syncStatus: `query SyncStatus { syncStatus { chain network specName specVersion indexedHeight chainHeight progress synced indexedAt updatedAt } }`,
  assets: `query Assets { assets { ${ASSET} } }`,
  spends: `query Spends($filter: SpendFilter, $orderBy: SpendOrder, $limit: Int, $offset: Int) {
    spends(filter: $filter, orderBy: $orderBy, limit: $limit, offset: $offset) { totalCount limit offset items { ${SPEND} } }
  }`,
  spend: `query Spend($id: ID!) { spend(id: $id) { ${SPEND} } }`,
  treasuryFlows: `query Flows($chain: String, $from: Date, $to: Date, $direction: FlowDirection, $kind: FlowKind, $limit: Int, $offset: Int) {
    treasuryFlows(chain: $chain, from: $from, to: $to, direction: $direction, kind: $kind, limit: $limit, offset: $offset) {
      totalCount limit offset items { ${FLOW} }
    }
  }`,
  treasurySummary: `query Summary($chain: String, $from: Date, $to: Date) {
    treasurySummary(chain: $chain, from: $from, to: $to) {
      chain from to asset { ${ASSET} } inflow outflow byKind { direction kind amount count }
      balance balanceBlock balanceDate spendCount
    }
  }`,
  treasuryDaily: `query TreasuryDaily($chain: String, $from: Date, $to: Date) {
    treasuryDaily(chain: $chain, from: $from, to: $to) {
      chain date inFees inDeposits inTransfers outAwarded outSpendPaid outBurnt inflow outflow closingBalance closingBlock flowCount
    }
  }`,
  feeTotals: `query FeeTotals($chain: String, $from: Date, $to: Date) {
    feeTotals(chain: $chain, from: $from, to: $to) { chain from to asset { ${ASSET} } extrinsics fees tips toTreasury toAuthor burned }
  }`,
  feeDaily: `query FeeDaily($chain: String, $from: Date, $to: Date) {
    feeDaily(chain: $chain, from: $from, to: $to) { chain date extrinsics fees tips toTreasury toAuthor burned }
  }`,
  feePayments: `query FeePayments($chain: String, $payer: String, $from: Date, $to: Date, $limit: Int, $offset: Int) {
    feePayments(chain: $chain, payer: $payer, from: $from, to: $to, limit: $limit, offset: $offset) {
      totalCount limit offset items { ${FEE_PAYMENT} }
    }
  }`,
  event: `query Event($id: String!) {
    event(id: $id) {
      id chain blockNumber eventIndex timestamp
      flows { ${FLOW} }
      feePayment { ${FEE_PAYMENT} }
      spends { kind spend { ${SPEND} } }
      spendPeriod { ${SPEND_PERIOD} }
    }
  }`,
} as const

/** Why a fetch failed, from undici's `cause` chain ("connect ECONNREFUSED 127.0.0.1:4350") */
function describeFetchFailure(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return `no answer within ${timeoutMs / 1000} s`
  let e: unknown = err
  const parts: string[] = []
  while (e instanceof Error && parts.length < 4) {
    const code = (e as { code?: string }).code
    if (e.message && e.message !== 'fetch failed') parts.push(e.message)
    else if (code) parts.push(code)
    e = e.cause
  }
  return parts.length ? parts.join(': ') : String(err)
}

export function createApi({ url, fetch = globalThis.fetch, timeoutMs = 15_000 }: ApiOptions) {
  async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    let res: Response
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (err) {
      throw new ApiError(`The API at ${url} is not reachable: ${describeFetchFailure(err, timeoutMs)}`, 'unreachable', url)
    }
    const text = await res.text()
    let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string; argument?: string } }[] } | undefined
    try {
      body = JSON.parse(text)
    } catch {
      // A proxy error page or a wrong URL: say what came back rather than "Unexpected token <"
      throw new ApiError(`The API at ${url} answered HTTP ${res.status} with something other than GraphQL: ${text.slice(0, 200)}`, 'http', url)
    }
    if (body?.errors?.length) {
      const bad = body.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT')?.extensions?.argument
      throw new ApiError(`The API at ${url} rejected the query: ${body.errors.map((e) => e.message).join('; ')}`, 'graphql', url, bad)
    }
    if (!res.ok || !body?.data) throw new ApiError(`The API at ${url} answered HTTP ${res.status} without data`, 'http', url)
    return body.data
  }

  /** Unset filters go as null, which the API reads as "any" */
  function period(chain: string | undefined, p: Period): Record<string, unknown> {
    return { chain: chain ?? null, from: p.from ?? null, to: p.to ?? null }
  }
  function paging(a: { limit?: number; offset?: number }) {
    return { limit: a.limit ?? 50, offset: a.offset ?? 0 }
  }

  return {
    url,
    request,

    async syncStatus(): Promise<ChainSync[]> {
      return (await request<{ syncStatus: ChainSync[] }>(QUERIES.syncStatus)).syncStatus
    },

    async assets(): Promise<Asset[]> {
      return (await request<{ assets: Asset[] }>(QUERIES.assets)).assets
    },

    async spends(a: { filter?: SpendFilter; orderBy?: SpendOrder; limit?: number; offset?: number }): Promise<Page<Spend>> {
      const vars = { filter: a.filter ?? null, orderBy: a.orderBy ?? 'APPROVED_DESC', ...paging(a) }
      return (await request<{ spends: Page<Spend> }>(QUERIES.spends, vars)).spends
    },

    async spend(id: string): Promise<Spend | null> {
      return (await request<{ spend: Spend | null }>(QUERIES.spend, { id })).spend
    },

    async treasuryFlows(a: { chain?: string; direction?: FlowDirection; kind?: FlowKind; limit?: number; offset?: number } & Period): Promise<Page<TreasuryFlow>> {
      const vars = { ...period(a.chain, a), direction: a.direction ?? null, kind: a.kind ?? null, ...paging(a) }
      return (await request<{ treasuryFlows: Page<TreasuryFlow> }>(QUERIES.treasuryFlows, vars)).treasuryFlows
    },

    async treasurySummary(chain: string | undefined, p: Period = {}): Promise<TreasurySummary> {
      return (await request<{ treasurySummary: TreasurySummary }>(QUERIES.treasurySummary, period(chain, p))).treasurySummary
    },

    async treasuryDaily(chain: string | undefined, p: Period = {}): Promise<TreasuryDay[]> {
      return (await request<{ treasuryDaily: TreasuryDay[] }>(QUERIES.treasuryDaily, period(chain, p))).treasuryDaily
    },

    async feeTotals(chain: string | undefined, p: Period = {}): Promise<FeeTotals> {
      return (await request<{ feeTotals: FeeTotals }>(QUERIES.feeTotals, period(chain, p))).feeTotals
    },

    async feeDaily(chain: string | undefined, p: Period = {}): Promise<FeeDay[]> {
      return (await request<{ feeDaily: FeeDay[] }>(QUERIES.feeDaily, period(chain, p))).feeDaily
    },

    async feePayments(a: { chain?: string; payer?: string; limit?: number; offset?: number } & Period): Promise<Page<FeePayment>> {
      const vars = { ...period(a.chain, a), payer: a.payer ?? null, ...paging(a) }
      return (await request<{ feePayments: Page<FeePayment> }>(QUERIES.feePayments, vars)).feePayments
    },

    /** Every fact derived from one event, by its id "<chain>-<block>-<eventIndex>"; null when none is known */
    async event(id: string): Promise<EventFacts | null> {
      return (await request<{ event: EventFacts | null }>(QUERIES.event, { id })).event
    },
  }
}

export type Api = ReturnType<typeof createApi>
