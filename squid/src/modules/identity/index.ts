/**
 * Identities on the People chain. Each Identity event leaves one row, and every account it touches (the identity's
 * owner, a sub-identity and its parent, the subs an identity set at once) gets its Identity row rewritten whole
 * from the pallet's storage (IdentityOf, SuperOf, SubsOf) at the event's block: the events name accounts only, and
 * storage is what the pallet itself answers with, so nothing is carried from one event to the next and nothing is
 * loaded from the database. A sub-identity whose parent later drops it (set_subs, clear_identity) keeps its stale
 * SuperOf row here; readers trust a parent only where the parent's SubsOf still lists the sub (api/modules/identity.ts).
 */
import { Identity, IdentityEvent, IdentityEventKind } from '../../model'
import { namesOf } from '../../decoders/decode'
import { ctxId, type EventCtx } from '../../mappings/facts'
import { encodeAccount } from '../../mappings/locations'
import { decodersOn, defineModule, eventCtx, type BlockHeader, type StorageReads } from '../module'
import { IDENTITY_DECODERS, type IdentityChange, type IdentityDecoders, type StoredIdentity } from './decoders'

export type { IdentityChange, StoredIdentity }
export { dataText } from './decoders'

/** A storage read of one account's identity at one block, for the last event of that block that touched it. */
interface IdentityRead {
  key: string
  block: BlockHeader
  ctx: EventCtx
  account: string
  /** SubIdentitiesSet: read each of the account's subs as well (the event names only how many there are) */
  withSubs: boolean
}

export interface IdentityRecords {
  events: { ctx: EventCtx; event: IdentityChange }[]
  reads: IdentityRead[]
}

/** What one read returns: the account's identity, and its subs' when asked for (public key → identity). */
type IdentityReads = Record<string, [string, StoredIdentity][]>

const readKey = (account: string, block: number) => `${account}@${block}`

export const identityModule = defineModule<IdentityRecords, IdentityReads, unknown, IdentityDecoders>({
  name: 'identity',
  version: 1,
  entities: [IdentityEvent, Identity],
  decoders: IDENTITY_DECODERS,
  empty: () => ({ events: [], reads: [] }),
  requests: (_env, d) => ({ events: [{ names: namesOf(d.identity), extrinsic: true }] }),

  decode(env, blocks, _recordsOf, d) {
    const chain = env.cfg.chain
    const out: IdentityRecords = { events: [], reads: [] }
    for (const block of blocks) {
      const reads = new Map<string, IdentityRead>()
      const touch = (account: string, ctx: EventCtx, withSubs = false) => {
        const key = readKey(account, block.header.height)
        const prior = reads.get(key)
        // the storage read is the block's end state; the row names the last event of the block that led to it
        reads.set(key, { key, block: block.header, ctx, account, withSubs: withSubs || (prior?.withSubs ?? false) })
      }
      for (const e of block.events) {
        const event = d.identity(chain, e)
        if (!event) continue
        const ctx = eventCtx(chain, block, e)
        out.events.push({ ctx, event })
        touch(event.account, ctx, event.kind === 'SubIdentitiesSet')
        if ('main' in event) touch(event.main, ctx)
      }
      out.reads.push(...reads.values())
    }
    return out
  },

  load: () => [],

  reads(env, { reads }) {
    const d = decodersOn(identityModule, env)
    const out: StorageReads<IdentityReads> = {}
    if (!d) return out
    const chain = env.cfg.chain
    for (const r of reads) {
      out[r.key] = {
        block: r.block,
        what: `Identity.IdentityOf/SuperOf/SubsOf of ${encodeAccount(r.account, env.ss58Prefix)}`,
        read: async (b) => {
          const own = await d.stored(chain, b, r.account)
          const subs = r.withSubs ? await Promise.all(own.subs.map(async (s) => [s, await d.stored(chain, b, s)] as [string, StoredIdentity])) : []
          return [[r.account, own], ...subs]
        },
      }
    }
    return out
  },

  apply(env, records, ctx) {
    const account = (a: string) => encodeAccount(a, env.ss58Prefix)
    ctx.write(
      IdentityEvent,
      records.events.map(({ ctx: c, event: e }) =>
        new IdentityEvent({
          id: ctxId(c),
          chain: c.chain,
          kind: IdentityEventKind[e.kind],
          account: account(e.account),
          main: 'main' in e ? account(e.main) : null,
          registrarIndex: 'registrarIndex' in e && e.registrarIndex !== undefined ? e.registrarIndex : null,
          deposit: 'deposit' in e ? e.deposit : null,
          blockNumber: c.blockNumber,
          timestamp: c.timestamp,
          eventIndex: c.eventIndex,
          extrinsicHash: c.extrinsicHash ?? null,
        }),
      ),
    )
    // reads are in block order, so a later block's row of the same account replaces an earlier one
    const rows: Identity[] = []
    for (const r of records.reads) {
      const values = ctx.read(r.key)
      if (!values) throw new Error(`identity: no storage read of ${account(r.account)} at block ${r.block.height}`)
      for (const [who, s] of values) rows.push(identityRow(account(who), s, r.ctx, account))
    }
    ctx.write(Identity, rows)
  },
})

function identityRow(id: string, s: StoredIdentity, c: EventCtx, account: (a: string) => string): Identity {
  const reg = s.registration
  return new Identity({
    id,
    chain: c.chain,
    hasIdentity: reg !== undefined,
    display: reg?.display ?? null,
    legal: reg?.legal ?? null,
    web: reg?.web ?? null,
    matrix: reg?.matrix ?? null,
    email: reg?.email ?? null,
    twitter: reg?.twitter ?? null,
    judgements: reg?.judgements ?? [],
    parent: s.parent ? account(s.parent.account) : null,
    subName: s.parent?.name ?? null,
    subs: s.subs.map(account),
    blockNumber: c.blockNumber,
    timestamp: c.timestamp,
    eventIndex: c.eventIndex,
  })
}
