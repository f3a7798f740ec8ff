/**
 * The identity module's apply on records and storage reads: each touched account's row is what storage held at its
 * block, a later block's read replaces an earlier one, a SubIdentitiesSet writes each sub it lists; pallet-identity
 * Data becomes text (Raw) or null (None, or a hash of text that is not on chain).
 */
import { describe, expect, it } from 'vitest'
import { Identity, IdentityEvent } from '../../model'
import { encodeAccount } from '../../mappings/locations'
import type { ApplyContext, ChainEnv } from '../module'
import { dataText, identityModule, type IdentityRecords, type StoredIdentity } from './index'

const env = { cfg: { chain: 'people', decoders: 'people' }, ss58Prefix: 0 } as unknown as ChainEnv
const [ALICE, BOB, CAROL] = ['a1', 'b2', 'c3'].map((b) => '0x' + b.repeat(32))
const ss58 = (a: string) => encodeAccount(a, 0)
const T = Date.UTC(2026, 1, 2)
const at = (blockNumber: number, eventIndex = 0) => ({ chain: 'people', blockNumber, eventIndex, timestamp: new Date(T + blockNumber * 6_000) })
const header = (height: number) => ({ height, hash: `0x${height}` }) as any

function run(records: IdentityRecords, reads: Record<string, [string, StoredIdentity][]>) {
  const written = new Map<unknown, any[]>()
  const ctx: ApplyContext<Record<string, [string, StoredIdentity][]>> = {
    loaded: () => undefined,
    read: (key: string) => reads[key],
    write: (entity, rows) => written.set(entity, [...(written.get(entity) ?? []), ...rows]),
    assets: new Map(),
    warn: () => {},
  }
  identityModule.apply(env, records, ctx, [])
  return written
}

const reg = (display: string, judgements: string[] = []) => ({ display, legal: null, web: null, matrix: null, email: null, twitter: 'x', judgements })

describe('identity rows from storage at the event', () => {
  it("writes the last block's storage of each account, a sub with its parent and name, and one row per event", () => {
    const out = run(
      {
        events: [
          { ctx: at(1), event: { kind: 'IdentitySet', account: ALICE } },
          { ctx: at(2), event: { kind: 'JudgementGiven', account: ALICE, registrarIndex: 1 } },
          { ctx: at(3), event: { kind: 'SubIdentitiesSet', account: ALICE, subCount: 2, deposit: 5n } },
        ],
        reads: [
          { key: 'a@1', block: header(1), ctx: at(1), account: ALICE, withSubs: false },
          { key: 'a@2', block: header(2), ctx: at(2), account: ALICE, withSubs: false },
          { key: 'a@3', block: header(3), ctx: at(3), account: ALICE, withSubs: true },
        ],
      },
      {
        'a@1': [[ALICE, { registration: reg('Alice'), subs: [] }]],
        'a@2': [[ALICE, { registration: reg('Alice', ['1:KnownGood']), subs: [] }]],
        'a@3': [
          [ALICE, { registration: reg('Alice', ['1:KnownGood']), subs: [BOB, CAROL] }],
          [BOB, { parent: { account: ALICE, name: 'ops' }, subs: [] }],
          [CAROL, { parent: { account: ALICE, name: null }, subs: [] }],
        ],
      },
    )
    const events = out.get(IdentityEvent)!
    expect(events.map((e) => [e.kind, e.account, e.registrarIndex, e.deposit])).toEqual([
      ['IdentitySet', ss58(ALICE), null, null],
      ['JudgementGiven', ss58(ALICE), 1, null],
      ['SubIdentitiesSet', ss58(ALICE), null, 5n],
    ])
    const rows = out.get(Identity)!
    // three reads of Alice (blocks 1, 2, 3), each written in block order: the last one is what the upsert keeps
    expect(rows.filter((r) => r.id === ss58(ALICE)).map((r) => [r.blockNumber, r.judgements, r.subs])).toEqual([
      [1, [], []],
      [2, ['1:KnownGood'], []],
      [3, ['1:KnownGood'], [ss58(BOB), ss58(CAROL)]],
    ])
    expect(rows.filter((r) => r.id !== ss58(ALICE)).map((r) => [r.id, r.hasIdentity, r.display, r.parent, r.subName, r.blockNumber])).toEqual([
      [ss58(BOB), false, null, ss58(ALICE), 'ops', 3],
      [ss58(CAROL), false, null, ss58(ALICE), null, 3],
    ])
  })

  it('refuses to write an account whose storage read is missing, naming it and its block', () => {
    expect(() => run({ events: [], reads: [{ key: 'a@9', block: header(9), ctx: at(9), account: ALICE, withSubs: false }] }, {})).toThrow(`identity: no storage read of ${ss58(ALICE)} at block 9`)
  })

  it('reads Data as text: Raw bytes as UTF-8, None and hashes as null', () => {
    expect(dataText({ __kind: 'Raw9', value: '0x' + Buffer.from('Alice Fdn').toString('hex') })).toBe('Alice Fdn')
    expect(dataText({ __kind: 'Raw5', value: '0x' + Buffer.from('Zoë!').toString('hex') })).toBe('Zoë!')
    expect(dataText({ __kind: 'None' })).toBeNull()
    expect(dataText({ __kind: 'Sha256', value: '0x' + '11'.repeat(32) })).toBeNull()
    expect(dataText({ __kind: 'Raw0', value: '0x' })).toBeNull()
  })
})
