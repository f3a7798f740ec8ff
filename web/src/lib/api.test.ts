import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { ApiError, createApi } from './api'

const URL_ = 'http://api.test/graphql'

function fakeFetch(status: number, body: string, seen?: { body?: any }): typeof fetch {
  return (async (_url: string, init: RequestInit) => {
    if (seen) seen.body = JSON.parse(String(init.body))
    return new Response(body, { status, headers: { 'content-type': 'application/json' } })
  }) as typeof fetch
}

describe('createApi', () => {
  it('posts the query with variables and returns data', async () => {
    const seen: { body?: any } = {}
    const api = createApi({ url: URL_, fetch: fakeFetch(200, JSON.stringify({ data: { feeDaily: [{ date: '2025-11-04' }] } }), seen) })
    expect(await api.feeDaily('relay', { from: '2025-11-01' })).toEqual([{ date: '2025-11-04' }])
    expect(seen.body.variables).toEqual({ chain: 'relay', from: '2025-11-01', to: null })
    expect(seen.body.query).toMatch(/feeDaily\(chain: \$chain, from: \$from, to: \$to\)/)
  })

  it('looks an event up by id, and passes "nothing known" through as null', async () => {
    const seen: { body?: any } = {}
    const api = createApi({ url: URL_, fetch: fakeFetch(200, JSON.stringify({ data: { event: null } }), seen) })
    expect(await api.event('relay-123-4')).toBeNull()
    expect(seen.body.variables).toEqual({ id: 'relay-123-4' })
    expect(seen.body.query).toMatch(/event\(id: \$id\)/)

    const facts = { id: 'relay-123-4', chain: 'relay', blockNumber: 123, eventIndex: 4, timestamp: null, flows: [], feePayment: null, spends: [], spendPeriod: null }
    const found = createApi({ url: URL_, fetch: fakeFetch(200, JSON.stringify({ data: { event: facts } })) })
    expect(await found.event('relay-123-4')).toEqual(facts)
  })

  it('turns GraphQL errors into an ApiError naming the API', async () => {
    const api = createApi({ url: URL_, fetch: fakeFetch(200, JSON.stringify({ errors: [{ message: 'chain "x" is not known' }] })) })
    const err = await api.syncStatus().catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err.kind).toBe('graphql')
    expect(err.message).toBe(`The API at ${URL_} rejected the query: chain "x" is not known`)
  })

  it('names the argument the API rejected as bad input', async () => {
    const errors = [{ message: 'beneficiary must be an SS58 address', extensions: { code: 'BAD_USER_INPUT', argument: 'beneficiary' } }]
    const err = await createApi({ url: URL_, fetch: fakeFetch(200, JSON.stringify({ errors })) }).spends({}).catch((e) => e)
    expect(err).toMatchObject({ kind: 'graphql', badArgument: 'beneficiary', message: `The API at ${URL_} rejected the query: beneficiary must be an SS58 address` })
    const other = await createApi({ url: URL_, fetch: fakeFetch(200, JSON.stringify({ errors: [{ message: 'boom' }] })) }).spends({}).catch((e) => e)
    expect(other.badArgument).toBeUndefined()
  })

  it('says what came back when it is not GraphQL', async () => {
    const api = createApi({ url: URL_, fetch: fakeFetch(502, '<html>Bad gateway</html>') })
    await expect(api.syncStatus()).rejects.toThrow(`The API at ${URL_} answered HTTP 502 with something other than GraphQL: <html>Bad gateway</html>`)
  })

  it('reports an unreachable API with the reason', async () => {
    // A port that was just free: nothing listens there
    const server = createServer().listen(0, '127.0.0.1')
    await new Promise((r) => server.once('listening', r))
    const { port } = server.address() as AddressInfo
    await new Promise((r) => server.close(r))
    const url = `http://127.0.0.1:${port}/graphql`
    const err = await createApi({ url }).syncStatus().catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err.kind).toBe('unreachable')
    expect(err.message).toBe(`The API at ${url} is not reachable: connect ECONNREFUSED 127.0.0.1:${port}`)
  })

  it('gives up on an API that does not answer', async () => {
    const hang = (async (_u: string, init: RequestInit) =>
      new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof fetch
    await expect(createApi({ url: URL_, fetch: hang, timeoutMs: 50 }).syncStatus()).rejects.toThrow(`The API at ${URL_} is not reachable: no answer within 0.05 s`)
  })
})
