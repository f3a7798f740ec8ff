/** One event and every fact derived from it, across domains: the link target of every figure. */
import { factId } from '../../mappings/facts'
import { readSdl, type ApiModule } from '../module'
import { ASSET_COLS } from '../sql'
import { badInput, chainArg } from '../validate'
import { feePaymentFromRow } from './fees'
import { flowFromRow, spendPeriodFromRow, spendsWithEvents } from './treasury'

/** "<chain>-<block>-<index>" (EventRef.id) → its parts and the id of the fact rows derived from that event */
function parseEventRefId(id: string): { chain: string; block: number; index: number; factId: string } {
  const m = /^([a-z-]+)-(\d+)-(\d+)$/.exec(id)
  if (!m) throw badInput(`event id must look like relay-1234567-8 (chain, block, event index), got ${JSON.stringify(id)}`, 'id')
  const chain = chainArg(m[1])!
  const block = Number(m[2])
  const index = Number(m[3])
  return { chain, block, index, factId: factId(chain, block, index) }
}

export const events: ApiModule = {
  name: 'events',
  typeDefs: readSdl(__dirname, 'events.graphql'),
  resolvers: ({ q }) => ({
    Query: {
      async event(_: unknown, { id }: { id: string }) {
        const ref = parseEventRefId(id)
        const [flows, fees, spendEvents, periods] = await Promise.all([
          q(`SELECT f.*, ${ASSET_COLS} FROM treasury_flow f JOIN asset a ON a.id = f.asset_id WHERE f.id = $1`, [ref.factId]),
          q(`SELECT f.*, ${ASSET_COLS} FROM fee_payment f JOIN asset a ON a.id = f.asset_id WHERE f.id = $1`, [ref.factId]),
          q(`SELECT * FROM spend_event WHERE id = $1`, [ref.factId]),
          q(`SELECT * FROM spend_period WHERE id = $1`, [ref.factId]),
        ])
        const spendRows = spendEvents.length
          ? await q(`SELECT s.*, ${ASSET_COLS} FROM spend s JOIN asset a ON a.id = s.asset_id WHERE s.id = ANY($1)`, [spendEvents.map((e) => e.spend_id)])
          : []
        const spends = await spendsWithEvents(q, spendRows)
        const any = flows[0] ?? fees[0] ?? spendEvents[0] ?? periods[0]
        if (!any) return null
        return {
          id: `${ref.chain}-${ref.block}-${ref.index}`,
          chain: ref.chain,
          blockNumber: ref.block,
          eventIndex: ref.index,
          timestamp: any.timestamp,
          flows: flows.map(flowFromRow),
          feePayment: fees[0] ? feePaymentFromRow(fees[0]) : null,
          spends: spendEvents.map((e) => ({ spend: spends.find((s) => s.id === e.spend_id)!, kind: e.kind })),
          spendPeriod: periods[0] ? spendPeriodFromRow(periods[0]) : null,
        }
      },
    },
  }),
}
