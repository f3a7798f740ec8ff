/**
 * Fees: one FeePayment per fee event (TransactionFeePaid; on Asset Hub also AssetTxFeePaid, netted from its
 * swaps), split over the deposits of the same extrinsic by recipient (split.ts), and the FeeDay rollup. The
 * money-flows module rolls the same records up per recipient (MoneyFlowDay). Other modules read which treasury deposits
 * were a fee's treasury share (`treasuryFeeShares`): the treasury module counts those as fee income.
 */
import { FeeDay, FeePayment, type Asset } from '../../model'
import { namesOf } from '../../decoders/decode'
import { ctxId, dayId, factId, utcDay, type EventCtx } from '../../mappings/facts'
import { assetFromAssetHubLocation, encodeAccount, type AssetInfo } from '../../mappings/locations'
import { addFee, emptyFeeDay } from './rollup'
import { BALANCES } from '../balances'
import { assetOf, defineModule, eventCtx, type ChainEnv } from '../module'
import { FEE_DECODERS, type FeeDecoders, type FeePaid } from './decoders'
import { splitFee, type FeeRunEvent, type FeeSplit } from './split'

export type { FeePaid, SwapCredit } from './decoders'

export interface FeeItem {
  ctx: EventCtx
  fee: FeePaid
  /** the asset the fee was charged in */
  asset: AssetInfo
  split: FeeSplit
}

export interface FeeRecords {
  fees: FeeItem[]
  /** fact ids of the deposits (Treasury.Deposit, Balances.Deposit to the pot) that were a fee's treasury share */
  treasuryFeeShares: Set<string>
}

/** The fact row of one fee payment; the asset it was paid in is added to `assets`. */
export function feePaymentOf(env: ChainEnv, assets: Map<string, Asset>, { ctx: c, fee, asset, split }: FeeItem): FeePayment {
  return new FeePayment({
    id: ctxId(c),
    chain: c.chain,
    blockNumber: c.blockNumber,
    timestamp: c.timestamp,
    eventIndex: c.eventIndex,
    extrinsicIndex: c.extrinsicIndex!,
    extrinsicHash: c.extrinsicHash,
    payer: encodeAccount(fee.who, env.ss58Prefix),
    asset: assetOf(assets, asset),
    fee: fee.actualFee,
    tip: fee.tip,
    nativeFee: split.nativeFee ?? null,
    feeSwaps: split.feeSwaps,
    toTreasury: split.toTreasury,
    toAuthor: split.toAuthor,
    toCollatorPot: split.toCollatorPot,
    toDap: split.toDap,
    burned: split.burned,
    author: split.author === undefined ? null : encodeAccount(split.author, env.ss58Prefix),
  })
}

export const feesModule = defineModule<FeeRecords, {}, unknown, FeeDecoders>({
  name: 'fees',
  // 2: recipients by account (collators' pot, DAP), asset fees netted from their swaps, payer-authors
  version: 2,
  entities: [FeePayment, FeeDay],
  decoders: FEE_DECODERS,
  empty: () => ({ fees: [], treasuryFeeShares: new Set() }),
  requests: (env, d) => {
    const b = BALANCES[env.cfg.decoders]
    return {
      events: [
        { names: namesOf(d.feePaid), extrinsic: true },
        // The events the split walks over; only their order and amounts matter: no extrinsic. It stops at any event
        // that is not a deposit: Withdraw (the fee's pre-charge) opens every fee-paying extrinsic, and a transfer is
        // the call's, not the fee handler's.
        { names: namesOf(b.treasuryDeposit, b.deposit, b.transfer, b.withdraw, d.swapCredit) },
      ],
    }
  },

  decode(env, blocks, _recordsOf, d) {
    const chain = env.cfg.chain
    const b = BALANCES[env.cfg.decoders]
    const out: FeeRecords = { fees: [], treasuryFeeShares: new Set() }
    for (const block of blocks) {
      // The events seen so far in each extrinsic of this block, in order: the fee handler's come last.
      const runs = new Map<number, FeeRunEvent[]>()
      for (const e of block.events) {
        if (e.extrinsicIndex === undefined) continue
        const run = runs.get(e.extrinsicIndex) ?? runs.set(e.extrinsicIndex, []).get(e.extrinsicIndex)!
        const ctx = eventCtx(chain, block, e)
        const de = e
        const t = b.treasuryDeposit?.(chain, de)
        if (t) {
          run.push({ ctx, kind: 'treasury-deposit', value: t.value })
          continue
        }
        const swap = d.swapCredit?.(chain, de)
        if (swap) {
          run.push({ ctx, kind: 'swap', swap })
          continue
        }
        const fee = d.feePaid(chain, de)
        if (fee) {
          const split = splitFee(fee, run)
          const asset = fee.assetId === undefined ? env.native : assetFromAssetHubLocation(fee.assetId, env.native)
          out.fees.push({ ctx, fee, asset, split })
          for (const idx of split.treasuryDepositEvents) out.treasuryFeeShares.add(factId(chain, block.header.height, idx))
          run.push({ ctx, kind: 'other' })
          continue
        }
        const deposit = b.deposit(chain, de)
        run.push(deposit ? { ctx, kind: 'balances-deposit', deposit } : { ctx, kind: 'other' })
      }
    }
    return out
  },

  load: (env, { fees }) => [{ entity: FeeDay, ids: new Set(fees.map((f) => dayId(env.cfg.chain, utcDay(f.ctx.timestamp)))) }],

  apply(env, { fees }, ctx) {
    const chain = env.cfg.chain
    for (const f of fees) {
      if (f.split.nativeFee !== undefined) continue
      // stored with nativeFee null and no shares, rather than stopping the chain's indexing on one extrinsic
      ctx.warn(
        `${ctxId(f.ctx)}: a fee of ${f.fee.actualFee} paid in ${f.asset.symbol} matches no AssetConversion.SwapCreditExecuted of its extrinsic (asset → native first, an optional native → asset refund swap after): its native equivalent is unknown`,
      )
    }
    const payments = fees.map((f) => feePaymentOf(env, ctx.assets, f))
    const days = new Map<string, FeeDay>()
    for (const p of payments) {
      const date = utcDay(p.timestamp)
      const id = dayId(chain, date)
      const day = days.get(id) ?? days.set(id, ctx.loaded(FeeDay, id) ?? emptyFeeDay(chain, date)).get(id)!
      addFee(day, p, env.native.id)
    }
    ctx.write(FeePayment, payments)
    ctx.write(FeeDay, days.values())
  },
})
