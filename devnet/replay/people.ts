/**
 * People-chain identities for a replay chain, encoded with the real People Polkadot 2000000 metadata: each step
 * emits the Identity event and writes what the pallet's storage then holds (IdentityOf, SuperOf, SubsOf), as the
 * pallet does, so the processor reads the identity from storage at the event's block. The devnet runs no People
 * chain (no Paseo People chain spec offline): the replay tests and the demo (scripts/demo.ts) name accounts with it.
 */
import type { BlockBuilder } from './generator'

export const PEOPLE_2000000 = 'people-polkadot/people-polkadot-2000000.opengov-cli-f5749517.v14.scale'
export const PEOPLE_SPEC = 'people-polkadot/2000000'

/** The fields of an identity as set_identity takes them (text; absent: none). */
export interface IdentityFields {
  display: string
  legal?: string
  web?: string
  matrix?: string
  email?: string
  twitter?: string
}

/** A registrar's judgement: `FeePaid` is a pending request (its fee), the others a verdict. */
export type Judgement = { FeePaid: bigint } | 'Unknown' | 'Reasonable' | 'KnownGood' | 'OutOfDate' | 'LowQuality' | 'Erroneous'

/** pallet-identity Data: text up to 32 bytes as Raw (polkadot-js's Data encodes it as RawN), nothing as None. */
function data(text: string | undefined): unknown {
  if (text === undefined || text === '') return { None: null }
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length > 32) throw new Error(`identity field "${text}" is ${bytes.length} bytes; pallet-identity Data holds at most 32`)
  return { Raw: '0x' + bytes.toString('hex') }
}

const judgementValue = (j: Judgement) => (typeof j === 'string' ? { [j]: null } : { FeePaid: j.FeePaid })

/** The deposit the replayed registrations reserve (any value: the mappings keep none of it). */
const DEPOSIT = 2_000_000_000n

/** Writes IdentityOf(who): the registration with these fields and judgements (by registrar index). */
export function writeIdentity(b: BlockBuilder, who: string, f: IdentityFields, judgements: [number, Judgement][] = []): void {
  const info = { display: data(f.display), legal: data(f.legal), web: data(f.web), matrix: data(f.matrix), email: data(f.email), pgpFingerprint: null, image: data(undefined), twitter: data(f.twitter), github: data(undefined), discord: data(undefined) }
  b.write(b.spec.storageKey('Identity.IdentityOf', [who]), b.spec.storageValue('Identity.IdentityOf', { judgements: judgements.map(([i, j]) => [i, judgementValue(j)]), deposit: DEPOSIT, info }))
}

/** set_identity: IdentitySet and the registration (which drops the verdicts it had; a pending request stays). */
export function setIdentity(b: BlockBuilder, who: string, f: IdentityFields, judgements: [number, Judgement][] = []): void {
  b.event('Identity.IdentitySet', { who })
  writeIdentity(b, who, f, judgements)
}

/** request_judgement, then (another block) provide_judgement: the registration's judgements after each. */
export function requestJudgement(b: BlockBuilder, who: string, registrar: number, fee: bigint, f: IdentityFields): void {
  b.event('Identity.JudgementRequested', { who, registrarIndex: registrar })
  writeIdentity(b, who, f, [[registrar, { FeePaid: fee }]])
}

export function giveJudgement(b: BlockBuilder, who: string, registrar: number, judgement: Judgement, f: IdentityFields): void {
  b.event('Identity.JudgementGiven', { target: who, registrarIndex: registrar })
  writeIdentity(b, who, f, [[registrar, judgement]])
}

/** add_sub: SubIdentityAdded, SuperOf(sub) = (main, name), SubsOf(main) = its subs now. */
export function addSub(b: BlockBuilder, main: string, sub: string, name: string, subsNow: string[]): void {
  b.event('Identity.SubIdentityAdded', { sub, main, deposit: DEPOSIT })
  b.write(b.spec.storageKey('Identity.SuperOf', [sub]), b.spec.storageValue('Identity.SuperOf', [main, data(name)]))
  b.write(b.spec.storageKey('Identity.SubsOf', [main]), b.spec.storageValue('Identity.SubsOf', [DEPOSIT * BigInt(subsNow.length), subsNow]))
}

/** clear_identity: IdentityCleared, and the registration, its subs' SuperOf and its SubsOf removed. */
export function clearIdentity(b: BlockBuilder, who: string, subs: string[] = []): void {
  b.event('Identity.IdentityCleared', { who, deposit: DEPOSIT })
  b.write(b.spec.storageKey('Identity.IdentityOf', [who]), null)
  for (const s of subs) b.write(b.spec.storageKey('Identity.SuperOf', [s]), null)
  b.write(b.spec.storageKey('Identity.SubsOf', [who]), null)
}
