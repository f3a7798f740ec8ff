/** Staking era payouts with their remainder's recipient, and pallet-dap's drips and drains, per event. */
import type { DapEvent, EraPayout } from '../../model/generated'
import { readSdl, type ApiDb, type ApiModule } from '../module'
import type { Count, Row } from '../row'
import { dayRange, eventRef, Where } from '../sql'
import { badInput, chainArg, page, period } from '../validate'

/** The per-event tables of the module, each with its model. */
interface EventTables {
  era_payout: EraPayout
  dap_event: DapEvent
}

/** One page of a per-event table, newest first, filtered by chain and day. */
async function eventPage<T extends keyof EventTables>(q: ApiDb['q'], table: T, args: { chain?: string; from?: string; to?: string; limit?: number; offset?: number }, w = new Where()) {
  const { limit, offset } = page(args.limit, args.offset)
  const chain = chainArg(args.chain)
  if (chain) w.add('chain = ?', chain)
  const p = period(args.from, args.to)
  dayRange(w, 'timestamp', p.from, p.to)
  const [{ n }] = await q<Count>(`SELECT count(*)::int AS n FROM ${table} ${w.sql}`, w.params)
  const rows = await q<Row<EventTables[T]>>(`SELECT * FROM ${table} ${w.sql} ORDER BY block_number DESC, event_index DESC LIMIT ${w.next(limit)} OFFSET ${w.next(offset)}`, w.params)
  return { rows, totalCount: n, limit, offset }
}

const eraPayoutFromRow = (r: Row<EraPayout>) => ({
  id: r.id,
  era: r.era,
  validatorPayout: r.validator_payout,
  remainder: r.remainder,
  remainderRecipient: r.remainder_recipient,
  remainderAccount: r.remainder_account,
  remainderEvent: eventRef(r.chain, r.remainder_event_index == null ? null : r.block_number, r.remainder_event_index, r.timestamp),
  participation: r.total_stake == null ? null : { totalStake: r.total_stake, validators: r.validators, nominators: r.nominators, stakers: r.validators! + r.nominators!, source: `storage:Staking.ErasTotalStake(${r.era})+CounterForValidators+CounterForNominators@${r.block_number}` },
  event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp),
})

const dapEventFromRow = (r: Row<DapEvent>) => ({
  id: r.id,
  kind: r.kind,
  amount: r.amount,
  elapsedMillis: r.elapsed_millis,
  toBuffer: r.to_buffer,
  toStakers: r.to_stakers,
  event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp),
})

export const staking: ApiModule = {
  name: 'staking',
  typeDefs: readSdl(__dirname, 'staking.graphql'),
  resolvers: ({ q }) => ({
    Query: {
      async eraPayouts(_: unknown, args: { chain?: string; from?: string; to?: string; limit?: number; offset?: number }) {
        const { rows, ...rest } = await eventPage(q, 'era_payout', args)
        return { items: rows.map(eraPayoutFromRow), ...rest }
      },
      async dapEvents(_: unknown, args: { chain?: string; kind?: string; from?: string; to?: string; limit?: number; offset?: number }) {
        const w = new Where()
        if (args.kind != null) {
          if (args.kind !== 'IssuanceMinted' && args.kind !== 'StagingDrained') throw badInput('kind must be IssuanceMinted or StagingDrained', 'kind')
          w.add('kind = ?', args.kind)
        }
        const { rows, ...rest } = await eventPage(q, 'dap_event', args, w)
        return { items: rows.map(dapEventFromRow), ...rest }
      },
    },
  }),
}
