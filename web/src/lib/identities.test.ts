import { describe, expect, it } from 'vitest'
import { ApiError } from './api'
import { withNameColumns } from './csv'
import { addressesIn, identitiesIn, IDENTITY_BATCH, identityLabel } from './identities'
import type { AccountIdentity } from './types'

const ALICE = '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5'
const BOB = '14E5nqKAp3oAJcmzgZhUD2RcptBeUBScxKHgJKU4HPNcKVf3'
const identity = (address: string, name: string, judgement: string | null = null): AccountIdentity => ({
  address, name, display: name, legal: null, web: null, matrix: null, email: null, twitter: null, judgement, judgements: [], parent: null, subName: null, blockNumber: 1,
  event: { id: 'people-1-0', chain: 'people', blockNumber: 1, eventIndex: 0, timestamp: '2026-01-01T00:00:00.000Z' },
})

describe("identities of a loader's data", () => {
  it('collects every SS58 address at any depth, each once, and nothing else (XCM locations, hashes, text)', () => {
    const data = { spends: { items: [{ beneficiary: ALICE, hash: '0x' + '12'.repeat(32) }, { beneficiary: '{"parents":0}' }] }, votes: [[{ voter: BOB }, { voter: ALICE }]], note: 'Alice', n: 3 }
    expect([...addressesIn(data)]).toEqual([ALICE, BOB])
  })

  it('asks the API in batches of at most 500 addresses, one query per batch, and keys the answer by address', async () => {
    const asked: number[] = []
    const api = { identities: async (a: string[]) => (asked.push(a.length), a.filter((x) => x === ALICE).map((x) => identity(x, 'Alice'))) }
    expect(await identitiesIn(api, { a: ALICE, b: BOB })).toEqual({ [ALICE]: identity(ALICE, 'Alice') })
    expect(asked).toEqual([2])
    // 1,201 distinct addresses: 500 + 500 + 201
    const many = Array.from({ length: 1_201 }, (_, i) => (i === 0 ? ALICE : `1${String(i).padStart(46, 'A').replace(/0/g, 'B')}`))
    asked.length = 0
    await identitiesIn(api, many)
    expect(asked).toEqual([IDENTITY_BATCH, IDENTITY_BATCH, 201])
    expect(await identitiesIn(api, { nothing: 'here' })).toEqual({})
    // an address the API refuses (a wrong checksum) leaves its batch unnamed; any other failure stays one
    const refusing = { identities: async () => Promise.reject(new ApiError('addresses: bad checksum', 'graphql', 'http://api', 'addresses')) }
    expect(await identitiesIn(refusing, { a: ALICE })).toEqual({})
    const down = { identities: async () => Promise.reject(new ApiError('unreachable', 'unreachable', 'http://api')) }
    await expect(identitiesIn(down, { a: ALICE })).rejects.toThrow('unreachable')
  })

  it('labels a name with its judgement, a name alone without one', () => {
    expect(identityLabel(identity(ALICE, 'Alice Fdn/grants', 'Reasonable'))).toBe('Alice Fdn/grants (Reasonable)')
    expect(identityLabel(identity(ALICE, 'Alice'))).toBe('Alice')
    expect(identityLabel(undefined)).toBe('')
  })

  it('adds <column>_name after each column that holds a named account (the hub tables)', () => {
    const rows = [{ week: '2026-W01', account: ALICE, chance: 0.5 }, { week: '2026-W01', account: BOB, chance: 0.5 }]
    expect(withNameColumns(['week', 'account', 'chance'], rows, { [ALICE]: identity(ALICE, 'Alice') })).toEqual({
      columns: ['week', 'account', 'account_name', 'chance'],
      rows: [{ week: '2026-W01', account: ALICE, account_name: 'Alice', chance: 0.5 }, { week: '2026-W01', account: BOB, account_name: '', chance: 0.5 }],
    })
    expect(withNameColumns(['week'], [{ week: 'x' }], {}).columns).toEqual(['week'])
  })
})
