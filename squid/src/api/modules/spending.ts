/**
 * Spending by category, track, beneficiary or asset: each spend approved in the period, with the referendum whose
 * enactment approved it (Referendum.spend_ids), grouped in one pass. A spend no indexed referendum approved (a
 * treasurer's, sudo on a test network, or one approved before the indexed range) is its own row, NO_REFERENDUM;
 * a referendum the categories do not name is UNCATEGORISED: neither is folded into another bucket.
 */
import type { Spend } from '../../model/generated'
import { loadCategories, type Category, type CategoryTables } from '../categories'
import type { ApiModule } from '../module'
import { readSdl } from '../module'
import type { AssetCols, Row } from '../row'
import { asset, ASSET_COLS, dayRange, SPEND_APPROVAL_ORDER, SPEND_NATIVE_VALUE, Where } from '../sql'
import { chainArg, period } from '../validate'

type SpendingRowSql = Pick<Row<Spend>, 'id' | 'status' | 'amount' | 'native_amount' | 'beneficiary'> & AssetCols & {
  referendum_index: number | null
  track: number | null
  track_name: string | null
}

type Dimension = 'CATEGORY' | 'TRACK' | 'BENEFICIARY' | 'ASSET'
const PAID = new Set(['Paid', 'Completed'])

interface Group {
  key: string
  label: string
  category?: string
  subcategory?: string
  track?: number | null
  beneficiary?: string
  asset?: ReturnType<typeof asset>
  amount: bigint
  spendIds: string[]
  referenda: Set<number>
  native: bigint
  unvalued: number
  paid: number
  paidNative: bigint
}

const newGroup = (key: string, label: string, extra: Partial<Group> = {}): Group => ({ key, label, amount: 0n, spendIds: [], referenda: new Set(), native: 0n, unvalued: 0, paid: 0, paidNative: 0n, ...extra })

/** The row a spend belongs to under `by`. */
function groupOf(by: Dimension, s: SpendingRowSql, cats: CategoryTables): { key: string; make: () => Group } {
  const r = s.referendum_index
  switch (by) {
    case 'CATEGORY': {
      if (r == null) return { key: 'NO_REFERENDUM', make: () => newGroup('NO_REFERENDUM', 'Approved by no indexed referendum') }
      const c: Category | undefined = cats.byKind.referendum.get(String(r))
      if (!c || !c.category) return { key: 'UNCATEGORISED', make: () => newGroup('UNCATEGORISED', 'Referendum without a category') }
      const sub = c.subcategory || 'Other'
      const key = `${c.category} / ${sub}`
      return { key, make: () => newGroup(key, key, { category: c.category, subcategory: sub }) }
    }
    case 'TRACK': {
      if (r == null) return { key: 'NO_REFERENDUM', make: () => newGroup('NO_REFERENDUM', 'Approved by no indexed referendum') }
      const key = s.track == null ? 'UNKNOWN_TRACK' : String(s.track)
      return { key, make: () => newGroup(key, s.track == null ? 'Track unknown' : `${s.track} · ${s.track_name ?? '?'}`, { track: s.track }) }
    }
    case 'BENEFICIARY':
      return { key: s.beneficiary, make: () => newGroup(s.beneficiary, s.beneficiary, { beneficiary: s.beneficiary }) }
    case 'ASSET':
      return { key: s.asset_id, make: () => newGroup(s.asset_id, s.asset_symbol, { asset: asset(s) }) }
  }
}

function add(g: Group, s: SpendingRowSql): void {
  g.spendIds.push(s.id)
  if (s.referendum_index != null) g.referenda.add(s.referendum_index)
  g.amount += BigInt(s.amount)
  const paid = PAID.has(s.status)
  if (s.native_amount == null) g.unvalued++
  else {
    g.native += BigInt(s.native_amount)
    if (paid) g.paidNative += BigInt(s.native_amount)
  }
  if (paid) g.paid++
}

function rowOf(by: Dimension, g: Group) {
  return {
    key: g.key,
    label: g.label,
    category: g.category ?? null,
    subcategory: g.subcategory ?? null,
    track: g.track ?? null,
    beneficiary: g.beneficiary ?? null,
    asset: g.asset ?? null,
    amount: by === 'ASSET' ? g.amount.toString() : null,
    spends: g.spendIds.length,
    referenda: g.referenda.size,
    nativeAmount: g.native.toString(),
    spendsWithoutNativeValue: g.unvalued,
    paid: g.paid,
    paidNativeAmount: g.paidNative.toString(),
    spendIds: g.spendIds,
  }
}

type PayoutSql = AssetCols & { event_id: string; pallet: string; bounty_index: number; child_index: number | null; amount: string }

/** a bounty's or child bounty's payout events, each with its bounty's index and asset, for the period filter over p */
const PAYOUTS = `SELECT * FROM (
    SELECT e.id AS event_id, e.chain, e.timestamp, e.block_number, e.event_index, b.pallet, b.index AS bounty_index, NULL::int AS child_index, e.amount::text AS amount, ${ASSET_COLS}
      FROM bounty_event e JOIN bounty b ON b.id = e.bounty_id LEFT JOIN asset a ON a.id = b.asset_id
     WHERE e.kind IN ('Claimed', 'PayoutProcessed')
    UNION ALL
    SELECT e.id, e.chain, e.timestamp, e.block_number, e.event_index, c.pallet, c.parent_index, c.index, e.amount::text, ${ASSET_COLS}
      FROM child_bounty_event e JOIN child_bounty c ON c.id = e.child_bounty_id JOIN bounty b ON b.id = c.parent_id LEFT JOIN asset a ON a.id = b.asset_id
     WHERE e.kind IN ('Claimed', 'PayoutProcessed')
  ) p`

/** The category of a payout: the child bounty's own, else its parent bounty's; multi-asset bounties are numbered apart from the tables'. */
function payoutCategory(p: PayoutSql, cats: CategoryTables): Category | undefined {
  if (p.pallet !== 'Bounties') return undefined
  const own = p.child_index == null ? undefined : cats.byKind.child_bounty.get(`${p.bounty_index}-${p.child_index}`)
  return own?.category ? own : cats.byKind.bounty.get(String(p.bounty_index))
}

function bountyPayouts(rows: PayoutSql[], cats: CategoryTables) {
  type PayoutGroup = { key: string; label: string; category: string | null; subcategory: string | null; asset: ReturnType<typeof asset> | null; amount: bigint; eventIds: string[] }
  const shown = new Map<string, PayoutGroup>()
  const hidden = new Map<string, PayoutGroup>()
  for (const p of rows) {
    const c = payoutCategory(p, cats)
    const named = c?.category ? `${c.category} / ${c.subcategory || 'Other'}` : 'UNCATEGORISED'
    const key = `${named} · ${p.asset_id ?? 'unknown asset'}`
    const into = c?.hideInSpends ? hidden : shown
    let g = into.get(key)
    if (!g) into.set(key, (g = { key, label: c?.category ? named : 'Bounty without a category', category: c?.category || null, subcategory: c?.category ? c.subcategory || 'Other' : null, asset: p.asset_id ? asset(p) : null, amount: 0n, eventIds: [] }))
    g.amount += BigInt(p.amount)
    g.eventIds.push(p.event_id)
  }
  const out = (m: Map<string, PayoutGroup>) =>
    [...m.values()]
      .sort((a, b) => (a.asset?.id ?? '').localeCompare(b.asset?.id ?? '') || (b.amount > a.amount ? 1 : b.amount < a.amount ? -1 : a.key.localeCompare(b.key)))
      .map((g) => ({ ...g, amount: g.amount.toString(), payouts: g.eventIds.length }))
  return { rows: out(shown), excluded: out(hidden), categorySources: cats.sources }
}

export const spending: ApiModule = {
  name: 'spending',
  typeDefs: readSdl(__dirname, 'spending.graphql'),
  resolvers: ({ q }) => {
    // read once at start: a broken override file stops the API with its line and reason (categories.ts)
    const cats = loadCategories(process.env.API_CATEGORIES_FILE || undefined)
    for (const w of cats.warnings) console.warn(`[api] categories: ${w}`)
    return {
      Query: {
        async bountyPayouts(_: unknown, args: { chain?: string; from?: string; to?: string }) {
          const w = new Where()
          const chain = chainArg(args.chain)
          if (chain) w.add('p.chain = ?', chain)
          const p = period(args.from, args.to)
          dayRange(w, 'p.timestamp', p.from, p.to)
          return bountyPayouts(await q<PayoutSql>(`${PAYOUTS} ${w.sql} ORDER BY p.block_number, p.event_index, p.event_id`, w.params), cats)
        },
        async treasurySpending(_: unknown, args: { chain?: string; from?: string; to?: string; by?: Dimension }) {
          const by = args.by ?? 'CATEGORY'
          const w = new Where()
          const chain = chainArg(args.chain)
          if (chain) w.add('s.chain = ?', chain)
          const p = period(args.from, args.to)
          dayRange(w, 's.approved_at', p.from, p.to)
          // the migration's copy of a relay spend on Asset Hub is the same money: counted once, as the relay's
          w.add('s.continues IS NULL')
          const rows = await q<SpendingRowSql>(
            `WITH link AS (SELECT r.index AS referendum_index, r.track, r.track_name, unnest(r.spend_ids) AS spend_id FROM referendum r)
             SELECT s.id, s.status, s.amount::text, (${SPEND_NATIVE_VALUE})::text AS native_amount, s.beneficiary, ${ASSET_COLS}, l.referendum_index, l.track, l.track_name
               FROM spend s JOIN asset a ON a.id = s.asset_id LEFT JOIN link l ON l.spend_id = s.id
               ${w.sql} ORDER BY ${SPEND_APPROVAL_ORDER}`,
            w.params,
          )
          const groups = new Map<string, Group>()
          const excluded = newGroup('HIDDEN', 'Left out of spending (hide_in_spends)')
          for (const s of rows) {
            // hide_in_spends is about the referendum, whatever the dimension shown
            if (s.referendum_index != null && cats.byKind.referendum.get(String(s.referendum_index))?.hideInSpends) {
              add(excluded, s)
              continue
            }
            const { key, make } = groupOf(by, s, cats)
            let g = groups.get(key)
            if (!g) groups.set(key, (g = make()))
            add(g, s)
          }
          const list = [...groups.values()].sort((a, b) => (b.native > a.native ? 1 : b.native < a.native ? -1 : b.spendIds.length - a.spendIds.length || a.key.localeCompare(b.key)))
          return { by, rows: list.map((g) => rowOf(by, g)), excluded: excluded.spendIds.length ? rowOf(by, excluded) : null, categorySources: cats.sources }
        },
      },
      Referendum: {
        category(r: { index: number }) {
          const c = cats.byKind.referendum.get(String(r.index))
          return c && c.category ? { category: c.category, subcategory: c.subcategory || 'Other', notes: c.notes, hideInSpends: c.hideInSpends, source: c.source } : null
        },
      },
    }
  },
}
