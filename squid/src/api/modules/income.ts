/**
 * Income by source: every native inflow of the treasury, from the daily rollups. The treasury module counts fees,
 * deposits, transfers and bounty returns; the money-flows module says which deposits were the era remainder
 * (inflation) and which were slashes, and of what. Deposits neither explains are Other. What the balances show
 * beyond every flow (the reconciliation's drift) is unattributed, with its days and blocks: it never fills a source.
 */
import type { ApiModule } from '../module'
import { readSdl } from '../module'
import { dailyFilter, nativeAsset } from '../sql'

interface DaySums {
  fees: string
  fees_n: number
  deposits: string
  deposits_n: number
  transfers: string
  transfers_n: number
  bounty: string
  bounty_n: number
  moved_in: string
}

export const income: ApiModule = {
  name: 'income',
  typeDefs: readSdl(__dirname, 'income.graphql'),
  resolvers: ({ q }) => ({
    Query: {
      async treasuryIncome(_: unknown, args: { chain?: string; from?: string; to?: string }) {
        const { chain, p, w } = dailyFilter(args)
        const [d] = await q<DaySums>(
          `SELECT coalesce(sum(in_fees),0)::text AS fees, coalesce(sum(in_fees_count),0)::int AS fees_n,
                  coalesce(sum(in_deposits),0)::text AS deposits, coalesce(sum(in_deposits_count),0)::int AS deposits_n,
                  coalesce(sum(in_transfers),0)::text AS transfers, coalesce(sum(in_transfers_count),0)::int AS transfers_n,
                  coalesce(sum(in_bounty_returned),0)::text AS bounty, coalesce(sum(in_bounty_returned_count),0)::int AS bounty_n,
                  coalesce(sum(moved_in),0)::text AS moved_in
             FROM treasury_day ${w.sql}`,
          w.params,
        )
        // the same chain and period, each with its own conditions
        const flows = dailyFilter(args).w.add(`recipient = 'Treasury' AND asset_id = 'native' AND source IN ('EraRemainder', 'Slash')`)
        const drifting = dailyFilter(args).w.add('drift <> 0')
        const explained = await q<{ source: string; slash_kind: string | null; amount: string; n: number }>(
          `SELECT source, slash_kind, sum(amount)::text AS amount, sum(count)::int AS n FROM money_flow_day ${flows.sql} GROUP BY source, slash_kind ORDER BY source, slash_kind`,
          flows.params,
        )
        const drift = await q<{ chain: string; date: string; drift: string; opening_block: number | null; closing_block: number | null; drift_block: number | null }>(
          `SELECT chain, date, drift::text AS drift, opening_block, closing_block, drift_block FROM treasury_day ${drifting.sql} ORDER BY date, chain`,
          drifting.params,
        )
        const inflation = explained.filter((e) => e.source === 'EraRemainder')
        const slashes = explained.filter((e) => e.source === 'Slash')
        const sumOf = (xs: { amount: string }[]) => xs.reduce((a, x) => a + BigInt(x.amount), 0n)
        const other = BigInt(d.deposits) - sumOf(inflation) - sumOf(slashes)
        const sources = [
          { source: 'Fees', slashKind: null, amount: d.fees, count: d.fees_n },
          { source: 'Inflation', slashKind: null, amount: String(sumOf(inflation)), count: inflation.reduce((a, x) => a + x.n, 0) },
          ...slashes.map((s) => ({ source: 'Slash', slashKind: s.slash_kind, amount: s.amount, count: s.n })),
          { source: 'BountyReturned', slashKind: null, amount: d.bounty, count: d.bounty_n },
          { source: 'Transfers', slashKind: null, amount: d.transfers, count: d.transfers_n },
          { source: 'Other', slashKind: null, amount: String(other), count: null },
        ]
        return {
          chain: chain ?? null,
          from: p.from ?? null,
          to: p.to ?? null,
          asset: await nativeAsset(q),
          sources,
          total: String(sources.reduce((a, s) => a + BigInt(s.amount), 0n)),
          unattributed: String(drift.reduce((a, r) => a + BigInt(r.drift), 0n)),
          unattributedDays: drift.map((r) => ({ chain: r.chain, date: r.date, drift: r.drift, openingBlock: r.opening_block, closingBlock: r.closing_block, driftBlock: r.drift_block })),
          movedIn: d.moved_in,
        }
      },
    },
  }),
}
