/**
 * Fees: what every extrinsic paid (fee + tip) and who received it, per payment and per day; and where money went
 * per chain, day, source and recipient (moneyFlowDaily: fees, staking era payouts, DAP drips), one unit per row.
 */
import type { Asset, FeeDay, FeePayment, MoneyFlowDay } from '../../model/generated'
import { MoneySource } from '../../model/generated/_moneySource'
import { readSdl, type ApiModule } from '../module'
import type { AssetCols, Count, OrNull, Prefixed, Row } from '../row'
import { ASSET_COLS, asset, dailyFilter, dailyRows, dayRange, eventRef, nativeAsset, Where } from '../sql'
import { checkStart, COUNT_BOUND, decodeCursor, keysetPage } from '../cursor'
import { accountArg, badInput, chainArg, page, period } from '../validate'

type FeePaymentRow = Row<FeePayment> & AssetCols

export function feePaymentFromRow(r: FeePaymentRow) {
  return {
    id: r.id,
    payer: r.payer,
    asset: asset(r),
    fee: r.fee,
    tip: r.tip,
    nativeFee: r.native_fee,
    feeSwaps: r.fee_swaps,
    toTreasury: r.to_treasury,
    toAuthor: r.to_author,
    toCollatorPot: r.to_collator_pot,
    toDap: r.to_dap,
    burned: r.burned,
    author: r.author,
    extrinsicIndex: r.extrinsic_index,
    extrinsicHash: r.extrinsic_hash,
    event: eventRef(r.chain, r.block_number, r.event_index, r.timestamp),
  }
}

/** the fee figures of a fee_day row, or of sums over fee_day rows */
const feeSums = (r: Omit<Row<FeeDay>, 'id' | 'chain' | 'date'>) => ({
  extrinsics: r.extrinsics,
  fees: r.fees,
  tips: r.tips,
  toTreasury: r.to_treasury,
  toAuthor: r.to_author,
  toCollatorPot: r.to_collator_pot,
  toDap: r.to_dap,
  burned: r.burned,
  assetFeeExtrinsics: r.asset_fee_extrinsics,
  assetFeesNative: r.asset_fees_native,
})

// the model's enum, so a new source is accepted where the indexer writes it
const MONEY_SOURCES: string[] = Object.values(MoneySource)

export const fees: ApiModule = {
  name: 'fees',
  typeDefs: readSdl(__dirname, 'fees.graphql'),
  eventFacts: [
    {
      // what the extrinsic of a TransactionFeePaid event paid
      field: 'feePayment',
      async ofEvent({ q }, id) {
        const [fee] = await q<FeePaymentRow>(`SELECT f.*, ${ASSET_COLS} FROM fee_payment f JOIN asset a ON a.id = f.asset_id WHERE f.id = $1`, [id])
        return { value: fee ? feePaymentFromRow(fee) : null, timestamps: fee ? [fee.timestamp] : [] }
      },
    },
  ],
  resolvers: ({ q }) => ({
    Query: {
      async feeTotals(_: unknown, args: { chain?: string; from?: string; to?: string }) {
        const { chain, p, w } = dailyFilter(args)
        const [r] = await q<Omit<Row<FeeDay>, 'id' | 'chain' | 'date'>>(
          `SELECT coalesce(sum(extrinsics),0)::int AS extrinsics, coalesce(sum(fees),0)::text AS fees, coalesce(sum(tips),0)::text AS tips,
                  coalesce(sum(to_treasury),0)::text AS to_treasury, coalesce(sum(to_author),0)::text AS to_author,
                  coalesce(sum(to_collator_pot),0)::text AS to_collator_pot, coalesce(sum(to_dap),0)::text AS to_dap, coalesce(sum(burned),0)::text AS burned,
                  coalesce(sum(asset_fee_extrinsics),0)::int AS asset_fee_extrinsics, coalesce(sum(asset_fees_native),0)::text AS asset_fees_native
           FROM fee_day ${w.sql}`,
          w.params,
        )
        return {
          chain: chain ?? null,
          from: p.from ?? null,
          to: p.to ?? null,
          asset: await nativeAsset(q),
          ...feeSums(r),
        }
      },

      async feeDaily(_: unknown, args: { chain?: string; from?: string; to?: string }) {
        return (await dailyRows(q, 'fee_day', args)).map((r) => ({ chain: r.chain, date: r.date, ...feeSums(r) }))
      },

      async moneyFlowDaily(_: unknown, args: { chain?: string; from?: string; to?: string; source?: string }) {
        const { w } = dailyFilter(args)
        if (args.source != null) {
          if (!MONEY_SOURCES.includes(args.source)) throw badInput(`source must be one of ${MONEY_SOURCES.join(', ')}`, 'source')
          w.add('source = ?', args.source)
        }
        const rows = await q<Omit<Row<MoneyFlowDay>, 'id' | 'asset_id' | 'paid_in_id'> & AssetCols & Prefixed<OrNull<Row<Asset>>, 'paid_'>>(
          `SELECT m.chain, m.date, m.source, m.recipient, m.slash_kind, m.amount::text AS amount, m.count, ${ASSET_COLS},
                  p.id AS paid_id, p.symbol AS paid_symbol, p.decimals AS paid_decimals, p.chain AS paid_chain
           FROM (SELECT * FROM money_flow_day ${w.sql}) m JOIN asset a ON a.id = m.asset_id LEFT JOIN asset p ON p.id = m.paid_in_id
           ORDER BY m.date, m.chain, m.source, m.recipient, a.id, p.id NULLS FIRST, m.slash_kind NULLS FIRST`,
          w.params,
        )
        return rows.map((r) => ({
          chain: r.chain,
          date: r.date,
          source: r.source,
          recipient: r.recipient,
          asset: asset(r),
          paidIn: r.paid_id ? { id: r.paid_id, symbol: r.paid_symbol, decimals: r.paid_decimals, chain: r.paid_chain } : null,
          slashKind: r.slash_kind,
          amount: r.amount,
          count: r.count,
        }))
      },

      async feePayments(_: unknown, args: { chain?: string; payer?: string; from?: string; to?: string; limit?: number; offset?: number; after?: string | null }) {
        const { limit, offset } = page(args.limit, args.offset)
        checkStart(args.after, offset)
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('f.chain = ?', chain)
        if (args.payer) w.add('f.payer = ANY(?)', accountArg(args.payer, 'payer'))
        const p = period(args.from, args.to)
        dayRange(w, 'f.timestamp', p.from, p.to)
        // Without a payer the fee days hold the count (one per payment); a payer's is counted up to COUNT_BOUND.
        let totalCount: number
        let totalCountExact = true
        if (!args.payer) {
          const d = dailyFilter({ chain, from: p.from, to: p.to }).w
          ;[{ n: totalCount }] = await q<Count>(`SELECT coalesce(sum(extrinsics),0)::int AS n FROM fee_day ${d.sql}`, d.params)
        } else {
          ;[{ n: totalCount }] = await q<Count>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM fee_payment f ${w.sql} LIMIT ${COUNT_BOUND + 1}) x`, w.params)
          if (totalCount > COUNT_BOUND) [totalCount, totalCountExact] = [COUNT_BOUND, false]
        }
        // newest first; the chain breaks ties between chains' equal block numbers, so the key is unique
        if (args.after != null) {
          const [block, event, c] = decodeCursor(args.after, 'feePayments', ['int', 'int', 'string'])
          w.add('(f.block_number, f.event_index, f.chain) < (?, ?, ?)', block, event, c)
        }
        const rows = await q<FeePaymentRow>(
          `SELECT f.*, ${ASSET_COLS} FROM fee_payment f JOIN asset a ON a.id = f.asset_id ${w.sql}
           ORDER BY f.block_number DESC, f.event_index DESC, f.chain DESC LIMIT ${w.next(limit + 1)} OFFSET ${w.next(offset)}`,
          w.params,
        )
        const kp = keysetPage(rows, limit, 'feePayments', (r) => [r.block_number, r.event_index, r.chain])
        return { items: kp.rows.map(feePaymentFromRow), totalCount, totalCountExact, limit, offset, nextCursor: kp.nextCursor, hasNextPage: kp.hasNextPage }
      },
    },
  }),
}
