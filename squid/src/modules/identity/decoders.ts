/**
 * The Identity pallet's events and storage on the People chain (People Polkadot 2000000 onwards). Events name only
 * the accounts; who an account is (its display name, web, matrix, X, legal, email and its registrars' judgements)
 * is read from IdentityOf, its parent and name under it from SuperOf, its sub-identities from SubsOf, at the block
 * of the event. A runtime whose shape typegen does not know throws (decoders/decode.ts), naming chain and block.
 */
import { anyOf, eventDecoder, storageAt, type Decoder, type Runtime } from '../../decoders/decode'
import type { BlockHeader } from '../../block'
import * as people from '../../types/people'

/** One Identity event: `account` is the account whose identity it is about (a sub-identity event's sub). */
export type IdentityChange =
  | { kind: 'IdentitySet' | 'JudgementRequested' | 'JudgementUnrequested' | 'JudgementGiven'; account: string; registrarIndex?: number }
  | { kind: 'IdentityCleared' | 'IdentityKilled'; account: string; deposit: bigint }
  | { kind: 'SubIdentityAdded' | 'SubIdentityRemoved' | 'SubIdentityRevoked'; account: string; main: string; deposit: bigint }
  | { kind: 'SubIdentityRenamed'; account: string; main: string }
  | { kind: 'SubIdentitiesSet'; account: string; subCount: number; deposit: bigint }

/** An account's identity as the pallet's storage holds it at one block. */
export interface StoredIdentity {
  /** IdentityOf; undefined: no identity of its own */
  registration?: {
    display: string | null
    legal: string | null
    web: string | null
    matrix: string | null
    email: string | null
    twitter: string | null
    /** "<registrar index>:<judgement>" */
    judgements: string[]
  }
  /** SuperOf: its parent (public key) and its name under it */
  parent?: { account: string; name: string | null }
  /** SubsOf: its sub-identities (public keys) */
  subs: string[]
}

export interface IdentityDecoders {
  identity: Decoder<IdentityChange>
  /** IdentityOf, SuperOf and SubsOf of `account` (a public key) at `block` */
  stored(chain: string, block: BlockHeader, account: string): Promise<StoredIdentity>
}

/** An identity field (pallet-identity Data): Raw bytes as UTF-8 text; None, or a hash of text not on chain, as null. */
export function dataText(d: { __kind: string; value?: string } | undefined): string | null {
  if (!d || !d.__kind.startsWith('Raw') || d.value === undefined) return null
  const text = Buffer.from(d.value.slice(2), 'hex').toString('utf8')
  return text === '' ? null : text
}

function peopleDecoders(t: typeof people): IdentityDecoders {
  const e = t.events.identity
  const s = t.storage.identity
  const who = (kind: 'IdentitySet') => eventDecoder<{ who: string }, IdentityChange>(e.identitySet, (x) => ({ kind, account: x.who }))
  const request = (kind: 'JudgementRequested' | 'JudgementUnrequested', v: typeof e.judgementRequested) => eventDecoder<{ who: string; registrarIndex: number }, IdentityChange>(v, (x) => ({ kind, account: x.who, registrarIndex: x.registrarIndex }))
  const removed = (kind: 'IdentityCleared' | 'IdentityKilled', v: typeof e.identityCleared) => eventDecoder<{ who: string; deposit: bigint }, IdentityChange>(v, (x) => ({ kind, account: x.who, deposit: x.deposit }))
  const sub = (kind: 'SubIdentityAdded' | 'SubIdentityRemoved' | 'SubIdentityRevoked', v: typeof e.subIdentityAdded) => eventDecoder<{ sub: string; main: string; deposit: bigint }, IdentityChange>(v, (x) => ({ kind, account: x.sub, main: x.main, deposit: x.deposit }))
  return {
    identity: anyOf<IdentityChange>(
      who('IdentitySet'),
      removed('IdentityCleared', e.identityCleared),
      removed('IdentityKilled', e.identityKilled),
      request('JudgementRequested', e.judgementRequested),
      request('JudgementUnrequested', e.judgementUnrequested),
      eventDecoder<{ target: string; registrarIndex: number }, IdentityChange>(e.judgementGiven, (x) => ({ kind: 'JudgementGiven', account: x.target, registrarIndex: x.registrarIndex })),
      sub('SubIdentityAdded', e.subIdentityAdded),
      sub('SubIdentityRemoved', e.subIdentityRemoved),
      sub('SubIdentityRevoked', e.subIdentityRevoked),
      eventDecoder<{ sub: string; main: string }, IdentityChange>(e.subIdentityRenamed, (x) => ({ kind: 'SubIdentityRenamed', account: x.sub, main: x.main })),
      eventDecoder<{ main: string; numberOfSubs: number; newDeposit: bigint }, IdentityChange>(e.subIdentitiesSet, (x) => ({ kind: 'SubIdentitiesSet', account: x.main, subCount: x.numberOfSubs, deposit: x.newDeposit })),
    ),
    async stored(chain, block, account) {
      const [reg, sup, subs] = await Promise.all([
        storageAt(chain, 'Identity.IdentityOf', s.identityOf, block).get(block, account),
        storageAt(chain, 'Identity.SuperOf', s.superOf, block).get(block, account),
        storageAt(chain, 'Identity.SubsOf', s.subsOf, block).get(block, account),
      ])
      const info = reg?.info
      return {
        registration: info && {
          display: dataText(info.display),
          legal: dataText(info.legal),
          web: dataText(info.web),
          matrix: dataText(info.matrix),
          email: dataText(info.email),
          twitter: dataText(info.twitter),
          judgements: reg!.judgements.map(([index, j]) => `${index}:${j.__kind}`),
        },
        parent: sup && { account: sup[0], name: dataText(sup[1] as { __kind: string; value?: string }) },
        subs: subs ? [...subs[1]] : [],
      }
    },
  }
}

// only the People chain runs the Identity pallet (the relay's was removed with the 2024 migration to People)
export const IDENTITY_DECODERS: Readonly<Partial<Record<Runtime, IdentityDecoders>>> = {
  people: peopleDecoders(people),
}
