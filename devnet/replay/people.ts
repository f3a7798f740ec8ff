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

/**
 * The well-known development accounts (//Bob, //Charlie, //Eve, sr25519): the devnet scenario's spend beneficiaries
 * (devnet/scenario.ts: a local spend to Eve, asset spends to Bob and Charlie on Asset Hub)
 */
export const DEV_ACCOUNTS = {
  bob: '0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48',
  charlie: '0x90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22',
  dave: '0x306721211d5404bd9da88e0204360a1a9ab8b87c66c1bc2fcdd37f3c2222cc20',
  eve: '0xe659a7a1628cdd93febc04a4e0646ea20e9f5f0ce097d9a05290d4a9e054df4e',
} as const

/** The first block of the demo's People chain (its processor starts there: PEOPLE_FROM_BLOCK) */
export const DEMO_PEOPLE_FROM = 1

/**
 * The demo's People chain (scripts/demo.ts), blocks from DEMO_PEOPLE_FROM at `t0`: Bob's identity with registrar
 * 0's KnownGood, Charlie his sub-identity "research", Eve's identity with a judgement requested, and Dave's set and
 * cleared (he shows as a bare address).
 */
export function writeDemoPeople(w: { block(spec: { number: number; timestamp: number }, fill?: (b: BlockBuilder) => void): unknown; close(): void }, t0: number): void {
  const { bob, charlie, dave, eve } = DEV_ACCOUNTS
  const bobs: IdentityFields = { display: "Bob's Builders", web: 'https://bob.example', matrix: '@bob:matrix.org', twitter: '@bobbuilds' }
  const eves: IdentityFields = { display: 'Eve Research', email: 'eve@research.example' }
  const steps: ((b: BlockBuilder) => void)[] = [
    (b) => {
      setIdentity(b, bob, bobs)
      setIdentity(b, eve, eves)
      setIdentity(b, dave, { display: 'Dave' })
    },
    (b) => requestJudgement(b, bob, 0, 10n ** 10n, bobs),
    (b) => giveJudgement(b, bob, 0, 'KnownGood', bobs),
    (b) => {
      addSub(b, bob, charlie, 'research', [charlie])
      requestJudgement(b, eve, 0, 10n ** 10n, eves)
    },
    (b) => clearIdentity(b, dave),
  ]
  steps.forEach((fill, k) => w.block({ number: DEMO_PEOPLE_FROM + k, timestamp: t0 + k * 12_000 }, fill))
  w.close()
}
