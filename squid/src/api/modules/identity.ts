/**
 * On-chain identities (the People chain's Identity pallet, squid/src/modules/identity): names for any addresses in
 * one query, and the accounts a name matches for the beneficiary filters. A sub-identity is named "parent/sub" only
 * while its parent has an identity and still lists it in SubsOf: the pallet removes a dropped sub's SuperOf without an
 * event naming the sub, so the parent's row is what is current.
 */
import type { Identity, IdentityEvent } from '../../model/generated'
import { readSdl, type ApiDb, type ApiModule } from '../module'
import type { Row } from '../row'
import { eventRef } from '../sql'
import { accountArg, badInput } from '../validate'

export const MAX_IDENTITY_ADDRESSES = 500

/** The judgements that say something of the identity, best first; FeePaid (requested) and Unknown are not verdicts. */
const VERDICTS = ['KnownGood', 'Reasonable', 'OutOfDate', 'LowQuality', 'Erroneous']

type IdentityRow = Row<Identity> & { p_display: string | null; p_has_identity: boolean | null; p_subs: string[] | null; p_judgements: string[] | null }

export interface AccountIdentity {
  address: string
  name: string
  display: string | null
  legal: string | null
  web: string | null
  matrix: string | null
  email: string | null
  twitter: string | null
  judgements: { registrarIndex: number; judgement: string }[]
  judgement: string | null
  parent: string | null
  subName: string | null
  blockNumber: number
  event: ReturnType<typeof eventRef>
}

const judgementsOf = (js: string[]) =>
  js.map((j) => {
    const [index, judgement] = j.split(':')
    return { registrarIndex: Number(index), judgement }
  })

/** What a row says the account is called, or undefined when it has no name now. */
function identityOf(address: string, r: IdentityRow): AccountIdentity | undefined {
  const sub = r.parent !== null && r.p_has_identity === true && (r.p_subs ?? []).includes(r.id) && r.p_display !== null
  const name = sub ? `${r.p_display}/${r.sub_name ?? ''}` : r.has_identity ? r.display : null
  if (!name) return undefined
  const judgements = judgementsOf(sub ? r.p_judgements ?? [] : r.judgements)
  return {
    address,
    name,
    display: r.has_identity ? r.display : null,
    legal: r.has_identity ? r.legal : null,
    web: r.has_identity ? r.web : null,
    matrix: r.has_identity ? r.matrix : null,
    email: r.has_identity ? r.email : null,
    twitter: r.has_identity ? r.twitter : null,
    judgements,
    judgement: VERDICTS.find((v) => judgements.some((j) => j.judgement === v)) ?? null,
    parent: sub ? r.parent : null,
    subName: sub ? r.sub_name : null,
    blockNumber: r.block_number,
    event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp),
  }
}

const SELECT = `SELECT i.*, p.display AS p_display, p.has_identity AS p_has_identity, p.subs AS p_subs, p.judgements AS p_judgements
  FROM identity i LEFT JOIN identity p ON p.id = i.parent`

/** The identities of `addresses` (any SS58 prefix or 0x keys), by the address as given; one query for all. */
export async function identitiesOf(q: ApiDb['q'], addresses: readonly string[]): Promise<AccountIdentity[]> {
  if (addresses.length > MAX_IDENTITY_ADDRESSES) throw badInput(`addresses: at most ${MAX_IDENTITY_ADDRESSES} at once, got ${addresses.length}`, 'addresses')
  // identities are stored under SS58 prefix 0, as every chain of the presets stores accounts (validate.ts)
  const stored = new Map<string, string[]>()
  for (const a of new Set(addresses)) {
    const key = accountArg(a, 'addresses')[0]
    stored.set(key, [...(stored.get(key) ?? []), a])
  }
  if (!stored.size) return []
  const rows = await q<IdentityRow>(`${SELECT} WHERE i.id = ANY($1)`, [[...stored.keys()]])
  const byId = new Map(rows.map((r) => [r.id, r]))
  const out: AccountIdentity[] = []
  for (const [key, asked] of stored) {
    const r = byId.get(key)
    if (!r) continue
    for (const a of asked) {
      const id = identityOf(a, r)
      if (id) out.push(id)
    }
  }
  return out
}

/**
 * The accounts (SS58, prefix 0) whose name contains `text` (case-insensitive): a display name, or a sub-identity's
 * "parent/sub". For the beneficiary filters, which take an address or a name.
 */
export async function accountsNamed(q: ApiDb['q'], text: string): Promise<string[]> {
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  const rows = await q<IdentityRow>(`${SELECT} WHERE (i.has_identity AND i.display ILIKE $1) OR (i.parent IS NOT NULL AND (p.display || '/' || coalesce(i.sub_name, '')) ILIKE $1) LIMIT 1000`, [like])
  return rows.filter((r) => identityOf(r.id, r)?.name.toLowerCase().includes(text.toLowerCase())).map((r) => r.id)
}

/** Whether text is meant as an account (0x…, or 40+ letters and digits without a space), not as a name. */
export const looksLikeAccount = (v: string) => /^0x/i.test(v) || /^[A-Za-z0-9]{40,}$/.test(v)

/** A beneficiary argument: an account (its SS58 forms), else a name of at most 64 characters (the accounts it names). */
export async function beneficiaryArg(q: ApiDb['q'], value: string, argument: string): Promise<string[]> {
  const v = value.trim()
  // what looks like an attempt at an address is checked as one (a typo is an error, not a name that matches nothing)
  if (looksLikeAccount(v)) return accountArg(v, argument)
  if (v.length === 0 || v.length > 64) throw badInput(`${argument} must be an SS58 address, a 0x-prefixed 32-byte public key or a name of 1 to 64 characters, got ${JSON.stringify(value)}`, argument)
  return accountsNamed(q, v)
}

export const identity: ApiModule = {
  name: 'identity',
  typeDefs: readSdl(__dirname, 'identity.graphql'),
  eventFacts: [
    {
      field: 'identityEvent',
      async ofEvent({ q }, id) {
        const [e] = await q<Row<IdentityEvent>>(`SELECT * FROM identity_event WHERE id = $1`, [id])
        return { value: e ? { kind: e.kind, account: e.account, main: e.main, registrarIndex: e.registrar_index, deposit: e.deposit } : null, timestamps: e ? [e.timestamp] : [] }
      },
    },
  ],
  resolvers: ({ q }) => ({
    Query: {
      identities: (_: unknown, { addresses }: { addresses: string[] }) => identitiesOf(q, addresses),
    },
  }),
}
