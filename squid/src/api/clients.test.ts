import { describe, expect, it } from 'vitest'
import { ClientLimits, clientLimitsFromEnv, DEFAULT_CLIENT_LIMITS } from './clients'

describe('per-client limits', () => {
  it('admits at most `concurrency` requests of a client at a time, and one more once one is answered', async () => {
    const limits = new ClientLimits({ ...DEFAULT_CLIENT_LIMITS, concurrency: 2 })
    const a = await limits.admit('a')
    const b = await limits.admit('a')
    const c = await limits.admit('a')
    expect([a.ok, b.ok, c.ok]).toEqual([true, true, false])
    expect(c.ok === false && c.code).toBe('TOO_MANY_IN_FLIGHT')
    // another client is not counted against this one
    expect((await limits.admit('b')).ok).toBe(true)
    if (a.ok) a.done(200)
    // done twice releases once
    if (a.ok) a.done(200)
    expect((await limits.admit('a')).ok).toBe(true)
    expect((await limits.admit('a')).ok).toBe(false)
  })

  it('reads its settings from env, and names a bad one', () => {
    expect(clientLimitsFromEnv({ API_CLIENT_RATE: '5', API_TRUST_PROXY: '1' })).toEqual({ ...DEFAULT_CLIENT_LIMITS, ratePerSecond: 5, trustProxy: true })
    expect(() => clientLimitsFromEnv({ API_CLIENT_CONCURRENCY: '0' })).toThrow(/API_CLIENT_CONCURRENCY must be a positive integer, got "0"/)
    expect(() => clientLimitsFromEnv({ API_TRUST_PROXY: 'yes' })).toThrow(/API_TRUST_PROXY must be 1 or 0/)
  })

  it('takes the client from X-Forwarded-For only behind a trusted proxy', () => {
    const req = { headers: { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }, socket: { remoteAddress: '127.0.0.1' } } as any
    expect(new ClientLimits({ ...DEFAULT_CLIENT_LIMITS, trustProxy: true }).clientOf(req)).toBe('203.0.113.7')
    expect(new ClientLimits(DEFAULT_CLIENT_LIMITS).clientOf(req)).toBe('127.0.0.1')
  })
})
