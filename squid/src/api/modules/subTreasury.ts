/**
 * The Collectives sub-treasuries (the Fellowship's and the Ambassadors'): what the main treasury paid them (its
 * spends whose beneficiary is the sub-treasury, Spend.fundsSubTreasury), their own spends (Spend.treasury), their
 * collective's salary cycles, and their Asset Hub account reconciled day by day (TreasuryAssetDay.treasury, written by
 * Asset Hub's treasury module). A sub-treasury has a handful of spends a year: its cycles are summed per request.
 */
import type { SalaryCycle, SalaryEvent, TreasuryAssetDay, TreasuryFlow } from '../../model/generated'
import { SUB_TREASURIES, subTreasuryAccount, type SubTreasury } from '../../modules/treasury/subTreasuries'
import { encodeAccount } from '../../mappings/locations'
import { readSdl, type ApiModule } from '../module'
import type { AssetCols, Row } from '../row'
import { ASSET_COLS, eventRef, eventRefOfFactId } from '../sql'
import { badInput } from '../validate'
import { assetDayFromRow, flowFromRow, spendsWithEvents, type SpendRow } from './treasury'

type Count = { treasury: string; n: number }

function treasuryArg(name: unknown): SubTreasury {
  const t = SUB_TREASURIES.find((s) => s.name === name)
  if (!t) throw badInput(`name must be one of ${SUB_TREASURIES.map((s) => s.name).join(', ')}; got ${JSON.stringify(name)}`, 'name')
  return t
}

const treasuryOf = (t: SubTreasury, counts: { funding: Count[]; spends: Count[] }) => ({
  name: t.name,
  label: t.label,
  palletIndex: t.palletIndex,
  account: encodeAccount(subTreasuryAccount(t), 0),
  fundingSpendCount: counts.funding.find((c) => c.treasury === t.name)?.n ?? 0,
  spendCount: counts.spends.find((c) => c.treasury === t.name)?.n ?? 0,
})

export const subTreasury: ApiModule = {
  name: 'subTreasury',
  typeDefs: readSdl(__dirname, 'subTreasury.graphql'),
  resolvers: ({ q }) => {
    const counts = async () => ({
      funding: await q<Count>(`SELECT funds_sub_treasury AS treasury, count(*)::int AS n FROM spend WHERE funds_sub_treasury IS NOT NULL GROUP BY 1`),
      spends: await q<Count>(`SELECT treasury, count(*)::int AS n FROM spend WHERE treasury <> 'main' GROUP BY 1`),
    })
    return {
      Query: {
        async subTreasuries() {
          const c = await counts()
          return SUB_TREASURIES.map((t) => treasuryOf(t, c))
        },
        async subTreasury(_: unknown, args: { name: string }) {
          const t = treasuryArg(args.name)
          const funding = await q<SpendRow>(`SELECT s.*, ${ASSET_COLS} FROM spend s JOIN asset a ON a.id = s.asset_id WHERE s.funds_sub_treasury = $1 ORDER BY s.approved_block DESC NULLS LAST, s.id`, [t.name])
          const own = await q<SpendRow>(`SELECT s.*, ${ASSET_COLS} FROM spend s JOIN asset a ON a.id = s.asset_id WHERE s.treasury = $1 ORDER BY s.approved_block DESC NULLS LAST, s.id`, [t.name])
          const spends = await spendsWithEvents(q, [...funding, ...own])
          const cycles = await q<Row<SalaryCycle>>(`SELECT * FROM salary_cycle WHERE collective = $1 ORDER BY index DESC`, [t.name])
          const events = await q<Row<SalaryEvent>>(`SELECT * FROM salary_event WHERE collective = $1 AND kind IN ('Registered', 'Paid') ORDER BY block_number, event_index`, [t.name])
          const salaryCycles = cycles.map((c) => {
            const of = (kind: string) => events.filter((e) => e.cycle_id === c.id && e.kind === kind)
            const sum = (es: Row<SalaryEvent>[]) => es.reduce((s, e) => s + BigInt(e.amount ?? 0), 0n)
            return {
              collective: c.collective,
              index: c.index,
              started: eventRefOfFactId('collectives', c.started_event_id, c.started_at),
              registeredCount: of('Registered').length,
              registeredTotal: sum(of('Registered')),
              paidCount: of('Paid').length,
              paidTotal: sum(of('Paid')),
              payouts: of('Paid').map((e) => ({ who: e.who, beneficiary: e.beneficiary, amount: e.amount, paymentId: e.payment_id, event: eventRef('collectives', e.block_number, e.event_index, e.timestamp) })),
            }
          })
          const income = spends.slice(0, funding.length).map((s, i) => ({ spend: s, asset: s.asset, amount: s.amount, paid: paidRef(funding[i]) }))
          const daily = (await q<Row<TreasuryAssetDay> & AssetCols>(`SELECT d.*, ${ASSET_COLS} FROM treasury_asset_day d JOIN asset a ON a.id = d.asset_id WHERE d.treasury = $1 ORDER BY d.date, a.id`, [t.name])).map(assetDayFromRow)
          const flows = (await q<Row<TreasuryFlow> & AssetCols>(`SELECT f.*, ${ASSET_COLS} FROM treasury_flow f JOIN asset a ON a.id = f.asset_id WHERE f.treasury = $1 AND f.chain = 'asset-hub' ORDER BY f.block_number DESC, f.event_index DESC`, [t.name])).map(flowFromRow)
          return { treasury: treasuryOf(t, await counts()), income, spends: spends.slice(funding.length), salaryCycles, daily, flows }
        },
      },
    }
  },
}

/** Where the main treasury paid a spend: Treasury.Paid (LocalPay, Asset Hub) or its SpendProcessed (over XCM, relay). */
function paidRef(r: SpendRow) {
  if (r.chain === 'asset-hub') return eventRefOfFactId(r.chain, r.paid_event_id, r.paid_at)
  return r.status === 'Completed' ? eventRefOfFactId(r.chain, r.closed_event_id, r.closed_at) : null
}
