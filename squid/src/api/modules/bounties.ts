/** Bounties: classic and multi-asset bounties with their lifecycle, value, curator, beneficiary and payout, and their child bounties. */
import type { Bounty, BountyEvent, ChildBounty, ChildBountyEvent } from '../../model/generated'
import { readSdl, type ApiDb, type ApiModule } from '../module'
import type { Count, Row } from '../row'
import { asset, ASSET_COLS, eventRef, Where } from '../sql'
import type { AssetCols } from '../row'
import { chainArg, enumArg, page } from '../validate'
import { BountyStatus } from '../../model/generated/_bountyStatus'
import { BountyPallet } from '../../model/generated/_bountyPallet'
import { beneficiaryArg } from './identity'


/** a bounty row with its asset's columns (null for a multi-asset bounty first seen after its creation) */
type BountyRow = Row<Bounty> & Partial<AssetCols>
const BOUNTIES = `SELECT b.*, ${ASSET_COLS} FROM bounty b LEFT JOIN asset a ON a.id = b.asset_id`

/** an event row with its bounty's index (and its child's), as EVENTS and CHILD_EVENTS select them */
type EventRow = Row<BountyEvent> & { bounty_index: number; pallet: string } & Partial<AssetCols>
type ChildEventRow = Row<ChildBountyEvent> & { parent_index: number; child_index: number; pallet: string } & Partial<AssetCols>
const assetOrNull = (r: Partial<AssetCols>) => (r.asset_id ? asset(r as AssetCols) : null)
const EVENTS = `SELECT e.*, b.index AS bounty_index, b.pallet, ${ASSET_COLS} FROM bounty_event e JOIN bounty b ON b.id = e.bounty_id LEFT JOIN asset a ON a.id = b.asset_id`
const CHILD_EVENTS = `SELECT e.*, c.parent_index, c.index AS child_index, c.pallet, ${ASSET_COLS} FROM child_bounty_event e JOIN child_bounty c ON c.id = e.child_bounty_id JOIN bounty b ON b.id = c.parent_id LEFT JOIN asset a ON a.id = b.asset_id`

function bountyEventFromRow(r: EventRow) {
  return { id: r.id, bountyIndex: r.bounty_index, pallet: r.pallet, asset: assetOrNull(r), kind: r.kind, who: r.who, amount: r.amount, paymentId: r.payment_id, extrinsicHash: r.extrinsic_hash, event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp) }
}

function childBountyEventFromRow(r: ChildEventRow) {
  return { id: r.id, parentIndex: r.parent_index, childIndex: r.child_index, pallet: r.pallet, asset: assetOrNull(r), kind: r.kind, who: r.who, amount: r.amount, paymentId: r.payment_id, extrinsicHash: r.extrinsic_hash, event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp) }
}

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) {
    const list = out.get(key(r))
    if (list) list.push(r)
    else out.set(key(r), [r])
  }
  return out
}

/** Bounty rows → Bounties with their events and child bounties, in one query per kind for all of them. */
async function withDetails(q: ApiDb['q'], rows: BountyRow[]) {
  if (!rows.length) return []
  const ids = rows.map((r) => r.id)
  const eventsOf = groupBy(await q<EventRow>(`${EVENTS} WHERE e.bounty_id = ANY($1) ORDER BY e.block_number, e.event_index`, [ids]), (e) => e.bounty_id)
  const children = await q<Row<ChildBounty>>(`SELECT * FROM child_bounty WHERE parent_id = ANY($1) ORDER BY index`, [ids])
  const childEventsOf = children.length
    ? groupBy(await q<ChildEventRow>(`${CHILD_EVENTS} WHERE e.child_bounty_id = ANY($1) ORDER BY e.block_number, e.event_index`, [children.map((c) => c.id)]), (e) => e.child_bounty_id)
    : new Map<string, ChildEventRow[]>()
  const childrenOf = groupBy(children, (c) => c.parent_id)
  return rows.map((r) => {
    const kids = childrenOf.get(r.id) ?? []
    return {
    id: r.id,
    chain: r.chain,
    pallet: r.pallet,
    index: r.index,
    asset: assetOrNull(r),
    value: r.value,
    curatorFee: r.curator_fee,
    accountBalance: r.account_balance,
    accountBalanceBlock: r.account_balance_block,
    fundedByTreasury: r.funded_by_treasury,
    fundingFlow: r.funding_flow,
    returnedToTreasury: r.returned_to_treasury,
    returnFlow: r.return_flow,
    unallocated: unallocated(r, kids),
    status: r.status,
    curator: r.curator,
    beneficiary: r.beneficiary,
    payout: r.payout,
    slashedBond: r.slashed_bond,
    proposedBlock: r.proposed_block,
    approvedBlock: r.approved_block,
    activeBlock: r.active_block,
    awardedBlock: r.awarded_block,
    claimedBlock: r.claimed_block,
    cancelledBlock: r.cancelled_block,
    updatedBlock: r.updated_block,
    events: (eventsOf.get(r.id) ?? []).map(bountyEventFromRow),
    childBounties: kids.map((c) => ({
      id: c.id,
      chain: c.chain,
      parentIndex: c.parent_index,
      index: c.index,
      status: c.status,
      value: c.value,
      curatorFee: c.curator_fee,
      curator: c.curator,
      beneficiary: c.beneficiary,
      payout: c.payout,
      addedBlock: c.added_block,
      awardedBlock: c.awarded_block,
      claimedBlock: c.claimed_block,
      cancelledBlock: c.cancelled_block,
      events: (childEventsOf.get(c.id) ?? []).map(childBountyEventFromRow),
    })),
    }
  })
}

/**
 * What the bounty keeps for its own beneficiary once its child bounties (their value includes their curators' fees)
 * and its curator's fee are carved out; unknown while any of those values is. Cancelled children are left out: their
 * value went back to the parent.
 */
function unallocated(b: Row<Bounty>, children: Row<ChildBounty>[]): string | null {
  if (b.value == null) return null
  let left = BigInt(b.value) - BigInt(b.curator_fee ?? 0)
  for (const c of children) {
    if (c.status === 'Cancelled') continue
    if (c.value == null) return null
    left -= BigInt(c.value)
  }
  return left.toString()
}

const palletArg = (p: string): string => enumArg([p], BountyPallet, 'pallet')![0]

export const bounties: ApiModule = {
  name: 'bounties',
  typeDefs: readSdl(__dirname, 'bounties.graphql'),
  eventFacts: [
    {
      field: 'bountyEvent',
      async ofEvent({ q }, id) {
        const [e] = await q<EventRow>(`${EVENTS} WHERE e.id = $1`, [id])
        return { value: e ? bountyEventFromRow(e) : null, timestamps: e ? [e.timestamp] : [] }
      },
    },
    {
      field: 'childBountyEvent',
      async ofEvent({ q }, id) {
        const [e] = await q<ChildEventRow>(`${CHILD_EVENTS} WHERE e.id = $1`, [id])
        return { value: e ? childBountyEventFromRow(e) : null, timestamps: e ? [e.timestamp] : [] }
      },
    },
  ],
  resolvers: ({ q }) => ({
    Query: {
      async bounties(_: unknown, args: { chain?: string; pallet?: string; status?: string[]; beneficiary?: string; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('b.chain = ?', chain)
        if (args.pallet) w.add('b.pallet = ?', palletArg(args.pallet))
        const status = enumArg(args.status, BountyStatus, 'status')
        if (status) w.add('b.status = ANY(?)', status)
        if (args.beneficiary) {
          const accounts = await beneficiaryArg(q, args.beneficiary, 'beneficiary')
          w.add('(b.beneficiary = ANY(?) OR EXISTS (SELECT 1 FROM child_bounty c WHERE c.parent_id = b.id AND c.beneficiary = ANY(?)))', accounts, accounts)
        }
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM bounty b ${w.sql}`, w.params)
        const rows = await q<BountyRow>(`${BOUNTIES} ${w.sql} ORDER BY b.index DESC, b.chain, b.pallet LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return { items: await withDetails(q, rows), totalCount: n, limit, offset }
      },

      async bounty(_: unknown, args: { chain: string; index: number; pallet?: string }) {
        const chain = chainArg(args.chain)!
        const rows = await q<BountyRow>(`${BOUNTIES} WHERE b.chain = $1 AND b.index = $2 AND b.pallet = $3`, [chain, args.index, palletArg(args.pallet ?? BountyPallet.Bounties)])
        return (await withDetails(q, rows))[0] ?? null
      },
    },
  }),
}
