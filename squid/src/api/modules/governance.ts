/** OpenGov: referenda with their lifecycle, tallies, turnout, votes and enactment, and the tracks. */
import type { ReferendaTrack, Referendum, ReferendumEvent, ReferendumVote } from '../../model/generated'
import { readSdl, type ApiDb, type ApiModule } from '../module'
import type { Count, Row } from '../row'
import { ASSET_COLS, dayRange, eventRef, SPEND_NATIVE_VALUE, Where } from '../sql'
import { chainArg, enumArg, page, period } from '../validate'
import { ReferendumStatus } from '../../model/generated/_referendumStatus'
import { spendsWithEvents, type SpendRow } from './treasury'

const STATUSES: string[] = Object.values(ReferendumStatus)

/** an event or vote row with its referendum's index, as EVENTS and VOTES select them */
type EventRow = Row<ReferendumEvent> & { referendum_index: number }
type VoteRow = Row<ReferendumVote> & { referendum_index: number }
const EVENTS = 'SELECT e.*, r.index AS referendum_index FROM referendum_event e JOIN referendum r ON r.id = e.referendum_id'
const VOTES = 'SELECT v.*, r.index AS referendum_index FROM referendum_vote v JOIN referendum r ON r.id = v.referendum_id'

const tallyOf = (ayes: string | null, nays: string | null, support: string | null) => (ayes == null || nays == null || support == null ? null : { ayes, nays, support })

function referendumEventFromRow(r: EventRow) {
  return {
    id: r.id,
    referendumIndex: r.referendum_index,
    kind: r.kind,
    who: r.who,
    amount: r.amount,
    tally: tallyOf(r.ayes, r.nays, r.support),
    activeIssuance: r.active_issuance,
    ok: r.ok,
    error: r.error,
    event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp),
  }
}

function voteFromRow(r: VoteRow) {
  return {
    id: r.id,
    referendumIndex: r.referendum_index,
    voter: r.voter,
    cast: r.cast,
    kind: r.kind,
    aye: r.aye,
    conviction: r.conviction,
    weight: { ayes: r.ayes, nays: r.nays, support: r.support },
    ayeCapital: r.aye_capital,
    nayCapital: r.nay_capital,
    abstainCapital: r.abstain_capital,
    extrinsicHash: r.extrinsic_hash,
    event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp),
  }
}

function referendumFromRow(r: Row<Referendum>) {
  return {
    id: r.id,
    chain: r.chain,
    index: r.index,
    track: r.track,
    trackName: r.track_name,
    status: r.status,
    proposal: {
      kind: r.proposal_kind,
      hash: r.proposal_hash,
      inline: r.proposal_inline,
      length: r.proposal_length,
      call: r.proposal_call == null ? null : { name: r.proposal_call, args: r.proposal_args, source: r.proposal_call_source },
    },
    decisionDepositBy: r.decision_deposit_by,
    decisionDeposit: r.decision_deposit,
    decidingBlock: r.deciding_block,
    confirmingBlock: r.confirming_block,
    endedBlock: r.ended_block,
    endedAt: r.ended_at,
    tally: tallyOf(r.ayes, r.nays, r.support),
    tallyBlock: r.tally_block,
    tallyAt: r.tally_at,
    tallySource: r.tally_source,
    turnout:
      r.support != null && r.active_issuance != null && r.tally_block != null && r.turnout_ppb != null
        ? { ratio: r.turnout_ppb / 1e9, support: r.support, activeIssuance: r.active_issuance, blockNumber: r.tally_block }
        : null,
    votes: {
      voters: r.voters,
      direct: { ayes: r.direct_ayes, nays: r.direct_nays, support: r.direct_support },
      ayeCapital: r.aye_capital,
      nayCapital: r.nay_capital,
      abstainCapital: r.abstain_capital,
      delegated: tallyOf(r.delegated_ayes, r.delegated_nays, r.delegated_support),
    },
    enactment: r.enacted_block == null ? null : { blockNumber: r.enacted_block, ok: r.enacted_ok ?? false, error: r.enacted_error },
    continues: r.continues,
  }
}

interface ReferendaArgs {
  chain?: string
  status?: string[]
  track?: number
  from?: string
  to?: string
}

/** The filters of a referenda view, over the columns of the referendum table (`alias`: its alias in a join, "r."). */
function referendaWhere(args: ReferendaArgs, alias = ''): Where {
  const w = new Where()
  const chain = chainArg(args.chain)
  if (chain) w.add(`${alias}chain = ?`, chain)
  const status = enumArg(args.status, ReferendumStatus, 'status')
  if (status) w.add(`${alias}status = ANY(?)`, status)
  if (args.track != null) w.add(`${alias}track = ?`, args.track)
  const p = period(args.from, args.to)
  dayRange(w, `${alias}submitted_at`, p.from, p.to)
  return w
}

/** Referendum rows → Referenda with their events and spends, in one query per kind for all of them. */
async function withDetails(q: ApiDb['q'], rows: Row<Referendum>[]) {
  if (!rows.length) return []
  const ids = rows.map((r) => r.id)
  const events = await q<EventRow>(`${EVENTS} WHERE e.referendum_id = ANY($1) ORDER BY e.block_number, e.event_index`, [ids])
  const eventsOf = new Map<string, EventRow[]>()
  for (const e of events) {
    const list = eventsOf.get(e.referendum_id)
    if (list) list.push(e)
    else eventsOf.set(e.referendum_id, [e])
  }
  const spendIds = rows.flatMap((r) => r.spend_ids)
  const spends = spendIds.length ? await spendsWithEvents(q, await q<SpendRow>(`SELECT s.*, ${ASSET_COLS} FROM spend s JOIN asset a ON a.id = s.asset_id WHERE s.id = ANY($1)`, [spendIds])) : []
  const spendById = new Map(spends.map((s) => [s.id, s]))
  // the referenda that continue these (the same index on Asset Hub after the migration)
  const continuing = await q<{ id: string; continues: string }>(`SELECT id, continues FROM referendum WHERE continues = ANY($1)`, [ids])
  const continuedBy = new Map(continuing.map((c) => [c.continues, c.id]))
  return rows.map((r) => {
    const own = (eventsOf.get(r.id) ?? []).map(referendumEventFromRow)
    return {
      ...referendumFromRow(r),
      submitted: own.find((e) => e.kind === 'Submitted')?.event ?? null,
      continuedBy: continuedBy.get(r.id) ?? null,
      events: own,
      // a spend the treasury module has not written (another chain's, or before its range) is left out, never invented
      spends: r.spend_ids.map((id) => spendById.get(id)).filter((s): s is NonNullable<typeof s> => s !== undefined),
    }
  })
}

export const governance: ApiModule = {
  name: 'governance',
  typeDefs: readSdl(__dirname, 'governance.graphql'),
  eventFacts: [
    {
      field: 'referendumEvent',
      async ofEvent({ q }, id) {
        const [e] = await q<EventRow>(`${EVENTS} WHERE e.id = $1`, [id])
        return { value: e ? referendumEventFromRow(e) : null, timestamps: e ? [e.timestamp] : [] }
      },
    },
    {
      field: 'referendumVote',
      async ofEvent({ q }, id) {
        const [v] = await q<VoteRow>(`${VOTES} WHERE v.id = $1`, [id])
        return { value: v ? voteFromRow(v) : null, timestamps: v ? [v.timestamp] : [] }
      },
    },
  ],
  resolvers: ({ q }) => ({
    Query: {
      async referenda(_: unknown, args: ReferendaArgs & { limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const w = referendaWhere(args)
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM referendum ${w.sql}`, w.params)
        const rows = await q<Row<Referendum>>(`SELECT * FROM referendum ${w.sql} ORDER BY index DESC, chain LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
        return { items: await withDetails(q, rows), totalCount: n, limit, offset }
      },

      async referendaSummary(_: unknown, args: ReferendaArgs) {
        const w = referendaWhere(args, 'r.')
        const byStatus = await q<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM referendum r ${w.sql} GROUP BY status`, w.params)
        // what each track's enactments approved: the spends by their native value, and how many have none (an asset without a rate)
        const byTrack = await q<{ chain: string; track: number | null; name: string | null; n: number; approved: number; spends: number; unvalued: number; native: string | null }>(
          `SELECT r.chain, r.track, max(r.track_name) AS name, count(DISTINCT r.id)::int AS n,
                  count(DISTINCT r.id) FILTER (WHERE r.status = 'Approved')::int AS approved,
                  count(s.id)::int AS spends, count(s.id) FILTER (WHERE ${SPEND_NATIVE_VALUE} IS NULL)::int AS unvalued,
                  sum(${SPEND_NATIVE_VALUE})::text AS native
             FROM referendum r LEFT JOIN LATERAL unnest(r.spend_ids) AS sid(id) ON true LEFT JOIN spend s ON s.id = sid.id
             ${w.sql}
            GROUP BY r.chain, r.track ORDER BY r.chain, r.track NULLS LAST`,
          w.params,
        )
        const count = byStatus.reduce((a, r) => a + r.n, 0)
        return {
          count,
          byStatus: STATUSES.map((status) => ({ status, count: byStatus.find((r) => r.status === status)?.n ?? 0 })),
          byTrack: byTrack.map((t) => ({ chain: t.chain, track: t.track, name: t.name, count: t.n, approved: t.approved, spends: t.spends, spendsWithoutNativeValue: t.unvalued, approvedNative: t.native ?? '0' })),
        }
      },

      async referendum(_: unknown, args: { chain: string; index: number }) {
        const chain = chainArg(args.chain)!
        const rows = await q<Row<Referendum>>(`SELECT * FROM referendum WHERE chain = $1 AND index = $2`, [chain, args.index])
        return (await withDetails(q, rows))[0] ?? null
      },

      async referendumVotes(_: unknown, args: { chain: string; index: number; limit?: number; offset?: number }) {
        const { limit, offset } = page(args.limit, args.offset)
        const chain = chainArg(args.chain)!
        const w = new Where().add('r.chain = ?', chain).add('r.index = ?', args.index)
        const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM referendum_vote v JOIN referendum r ON r.id = v.referendum_id ${w.sql}`, w.params)
        const rows = await q<VoteRow>(
          `${VOTES} ${w.sql} ORDER BY v.block_number, v.event_index LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`,
          w.params,
        )
        return { items: rows.map(voteFromRow), totalCount: n, limit, offset }
      },

      async referendaTracks(_: unknown, args: { chain?: string }) {
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('chain = ?', chain)
        const rows = await q<Row<ReferendaTrack>>(`SELECT * FROM referenda_track ${w.sql} ORDER BY chain, track`, w.params)
        return rows.map((t) => ({
          chain: t.chain,
          track: t.track,
          name: t.name,
          maxDeciding: t.max_deciding,
          decisionDeposit: t.decision_deposit,
          preparePeriod: t.prepare_period,
          decisionPeriod: t.decision_period,
          confirmPeriod: t.confirm_period,
          minEnactmentPeriod: t.min_enactment_period,
          specVersion: t.spec_version,
          blockNumber: t.block_number,
        }))
      },
    },
  }),
}

