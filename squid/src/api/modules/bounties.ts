/** Bounties: classic bounties with their lifecycle, curator, beneficiary and payout, and their child bounties. */
import type { Bounty, BountyEvent, ChildBounty, ChildBountyEvent } from '../../model/generated'
import { readSdl, type ApiDb, type ApiModule } from '../module'
import type { Count, Row } from '../row'
import { eventRef, Where } from '../sql'
import { badInput, chainArg, page } from '../validate'
import { BountyStatus } from '../../model/generated/_bountyStatus'

const STATUSES: string[] = Object.values(BountyStatus)

/** an event row with its bounty's index (and its child's), as EVENTS and CHILD_EVENTS select them */
type EventRow = Row<BountyEvent> & { bounty_index: number }
type ChildEventRow = Row<ChildBountyEvent> & { parent_index: number; child_index: number }
const EVENTS = 'SELECT e.*, b.index AS bounty_index FROM bounty_event e JOIN bounty b ON b.id = e.bounty_id'
const CHILD_EVENTS = 'SELECT e.*, c.parent_index, c.index AS child_index FROM child_bounty_event e JOIN child_bounty c ON c.id = e.child_bounty_id'

function bountyEventFromRow(r: EventRow) {
  return { id: r.id, bountyIndex: r.bounty_index, kind: r.kind, who: r.who, amount: r.amount, extrinsicHash: r.extrinsic_hash, event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp) }
}

function childBountyEventFromRow(r: ChildEventRow) {
  return { id: r.id, parentIndex: r.parent_index, childIndex: r.child_index, kind: r.kind, who: r.who, amount: r.amount, extrinsicHash: r.extrinsic_hash, event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp) }
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
async function withDetails(q: ApiDb['q'], rows: Row<Bounty>[]) {
  if (!rows.length) return []
  const ids = rows.map((r) => r.id)
  const eventsOf = groupBy(await q<EventRow>(`${EVENTS} WHERE e.bounty_id = ANY($1) ORDER BY e.block_number, e.event_index`, [ids]), (e) => e.bounty_id)
  const children = await q<Row<ChildBounty>>(`SELECT * FROM child_bounty WHERE parent_id = ANY($1) ORDER BY index`, [ids])
  const childEventsOf = children.length
    ? groupBy(await q<ChildEventRow>(`${CHILD_EVENTS} WHERE e.child_bounty_id = ANY($1) ORDER BY e.block_number, e.event_index`, [children.map((c) => c.id)]), (e) => e.child_bounty_id)
    : new Map<string, ChildEventRow[]>()
  const childrenOf = groupBy(children, (c) => c.parent_id)
  return rows.map((r) => ({
    id: r.id,
    chain: r.chain,
    index: r.index,
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
    childBounties: (childrenOf.get(r.id) ?? []).map((c) => ({
      id: c.id,
      chain: c.chain,
      parentIndex: c.parent_index,
      index: c.index,
      status: c.status,
      beneficiary: c.beneficiary,
      payout: c.payout,
      addedBlock: c.added_block,
      awardedBlock: c.awarded_block,
      claimedBlock: c.claimed_block,
      cancelledBlock: c.cancelled_block,
      events: (childEventsOf.get(c.id) ?? []).map(childBountyEventFromRow),
    })),
  }))
}

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
      async bounties(_: unknown, args: { chain?: string; status?: string[]; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('chain = ?', chain)
        if (args.status?.length) {
          const bad = args.status.find((s) => !STATUSES.includes(s))
          if (bad) throw badInput(`status ${JSON.stringify(bad)} is not one of ${STATUSES.join(', ')}`, 'status')
          w.add('status = ANY(?)', args.status)
        }
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM bounty ${w.sql}`, w.params)
        const rows = await q<Row<Bounty>>(`SELECT * FROM bounty ${w.sql} ORDER BY index DESC, chain LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return { items: await withDetails(q, rows), totalCount: n, limit, offset }
      },

      async bounty(_: unknown, args: { chain: string; index: number }) {
        const chain = chainArg(args.chain)!
        const rows = await q<Row<Bounty>>(`SELECT * FROM bounty WHERE chain = $1 AND index = $2`, [chain, args.index])
        return (await withDetails(q, rows))[0] ?? null
      },
    },
  }),
}
