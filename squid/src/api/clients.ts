/**
 * Per-client limits at the API's HTTP edge, before a request is read or parsed, so that one client's flood costs
 * the others little: a request rate, a number of requests in flight, and a budget of refused requests (a client
 * whose requests keep being refused, 4xx, is blocked for a while: its floods are answered 429 without being parsed).
 * A client is its socket's address, or the first X-Forwarded-For address when the API sits behind a proxy it trusts
 * (API_TRUST_PROXY: the web app forwards its readers' addresses; never set it when clients reach the API directly,
 * since they could then name themselves anything).
 */
import type { IncomingMessage } from 'node:http'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

export interface ClientLimitOptions {
  /** requests per second per client */
  ratePerSecond: number
  /** requests of one client answered at the same time */
  concurrency: number
  /** refused (4xx) requests per minute a client may cause before it is blocked */
  refusalsPerMinute: number
  /** how long a client that used up its refusals is blocked */
  blockSeconds: number
  /** take the client from X-Forwarded-For */
  trustProxy: boolean
}

export const DEFAULT_CLIENT_LIMITS: ClientLimitOptions = {
  // a page of the web app asks 6–10 queries at once; a CSV export pages through up to 200 in a row
  ratePerSecond: 200,
  concurrency: 16,
  refusalsPerMinute: 20,
  blockSeconds: 60,
  trustProxy: false,
}

const ENV: Record<Exclude<keyof ClientLimitOptions, 'trustProxy'>, string> = {
  ratePerSecond: 'API_CLIENT_RATE',
  concurrency: 'API_CLIENT_CONCURRENCY',
  refusalsPerMinute: 'API_CLIENT_REFUSALS_PER_MINUTE',
  blockSeconds: 'API_CLIENT_BLOCK_SECONDS',
}

export function clientLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): ClientLimitOptions {
  const out = { ...DEFAULT_CLIENT_LIMITS, trustProxy: env.API_TRUST_PROXY === '1' || env.API_TRUST_PROXY === 'true' }
  for (const [key, name] of Object.entries(ENV) as [keyof typeof ENV, string][]) {
    const raw = env[name]
    if (raw == null || raw === '') continue
    const n = Number(raw)
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`)
    out[key] = n
  }
  if (env.API_TRUST_PROXY && !['0', '1', 'true', 'false'].includes(env.API_TRUST_PROXY)) throw new Error(`API_TRUST_PROXY must be 1 or 0, got ${JSON.stringify(env.API_TRUST_PROXY)}`)
  return out
}

export type Admission = { ok: true; done(status: number): void } | { ok: false; status: 429; code: string; message: string; retryAfterSeconds: number }

export class ClientLimits {
  private readonly rate: RateLimiterMemory
  private readonly refusals: RateLimiterMemory
  /** requests in flight per client; a plain count, released when the answer is sent */
  private readonly inFlight = new Map<string, number>()

  constructor(readonly options: ClientLimitOptions) {
    this.rate = new RateLimiterMemory({ keyPrefix: 'rate', points: options.ratePerSecond, duration: 1 })
    this.refusals = new RateLimiterMemory({ keyPrefix: 'refused', points: options.refusalsPerMinute, duration: 60, blockDuration: options.blockSeconds })
  }

  clientOf(req: IncomingMessage): string {
    if (this.options.trustProxy) {
      const forwarded = req.headers['x-forwarded-for']
      const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim()
      if (first) return first
    }
    return req.socket.remoteAddress ?? 'unknown'
  }

  /** Whether `client` may be answered now; call done(status) with the answer's status once it is sent. */
  async admit(client: string): Promise<Admission> {
    const blocked = await this.refusals.get(client)
    if (blocked && blocked.remainingPoints <= 0 && blocked.msBeforeNext > 0) {
      return refuse('CLIENT_BLOCKED', `Too many refused requests from ${client} (more than ${this.options.refusalsPerMinute} a minute): blocked for ${Math.ceil(blocked.msBeforeNext / 1000)} s.`, blocked.msBeforeNext)
    }
    try {
      await this.rate.consume(client)
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e
      return refuse('RATE_LIMITED', `More than ${this.options.ratePerSecond} requests a second from ${client} (API_CLIENT_RATE).`, e.msBeforeNext)
    }
    const n = this.inFlight.get(client) ?? 0
    if (n >= this.options.concurrency) return refuse('TOO_MANY_IN_FLIGHT', `${n} requests from ${client} are still being answered; at most ${this.options.concurrency} at a time (API_CLIENT_CONCURRENCY).`, 1000)
    this.inFlight.set(client, n + 1)
    let released = false
    return {
      ok: true,
      done: (status: number) => {
        if (released) return
        released = true
        const left = (this.inFlight.get(client) ?? 1) - 1
        if (left > 0) this.inFlight.set(client, left)
        else this.inFlight.delete(client)
        // a refused request spends the client's refusal budget; 429s we send are not counted again
        if (status >= 400 && status < 500 && status !== 429) this.refusals.consume(client).catch(() => undefined)
      },
    }
  }
}

function refuse(code: string, message: string, ms: number): Admission {
  return { ok: false, status: 429, code, message, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) }
}
