/**
 * Where money went, per chain, UTC day, source and recipient (MoneyFlowDay), from the records of the fees,
 * staking, dap, slashes, broker and coretime modules (each row is the sum of facts those modules store: FeePayment, EraPayout,
 * DapEvent, CoretimePurchase, BrokerEvent, OnDemandEvent;
 * a slash row sums the slash events of that day and their sink deposits, see modules/slashes).
 * One row has one unit: a fee paid in another asset is one row in that asset (to the swap pool) and rows of its
 * native equivalent, per recipient, marked with the asset it was paid in (`paidIn`).
 */
import { MoneyFlowDay, MoneyRecipient, MoneySource, type Asset } from '../../model'
import { dayId, utcDay } from '../../mappings/facts'
import type { AssetInfo } from '../../mappings/locations'
import { dapModule } from '../dap'
import { feesModule } from '../fees'
import { slashesModule, type Slash } from '../slashes'
import { assetOf, defineModule } from '../module'
import { stakingModule } from '../staking'
import { brokerModule } from '../broker'
import { coretimeModule } from '../coretime'

export interface MoneyFlow {
  date: string
  source: `${MoneySource}`
  recipient: `${MoneyRecipient}`
  asset: AssetInfo
  paidIn?: AssetInfo
  slashKind?: Slash['kind']
  amount: bigint
}

export interface MoneyFlowRecords {
  flows: MoneyFlow[]
}

export function moneyFlowDayId(chain: string, f: Omit<MoneyFlow, 'amount'>): string {
  return `${dayId(chain, f.date)}-${f.source}-${f.recipient}-${f.asset.id}${f.paidIn ? `-via-${f.paidIn.id}` : ''}${f.slashKind ? `-slash-${f.slashKind}` : ''}`
}

export const moneyFlowsModule = defineModule<MoneyFlowRecords>({
  name: 'money-flows',
  // 2: slashes (source Slash); 3: slashes per kind (slashKind); 4: coretime sales, renewals and credits; 5: relay
  // on-demand orders that were burned
  version: 5,
  after: [feesModule, stakingModule, dapModule, slashesModule, brokerModule, coretimeModule],
  entities: [MoneyFlowDay],
  empty: () => ({ flows: [] }),
  requests: () => ({}),

  decode(env, _blocks, recordsOf) {
    const native = env.native
    const flows: MoneyFlow[] = []
    const add = (f: MoneyFlow) => {
      if (f.amount > 0n) flows.push(f)
    }
    for (const { ctx, asset, fee, split } of recordsOf(feesModule).fees) {
      const date = utcDay(ctx.timestamp)
      const paidIn = asset.id === native.id ? undefined : asset
      if (paidIn) add({ date, source: 'Fee', recipient: 'SwapPool', asset, amount: fee.actualFee })
      if (split.nativeFee === undefined) continue
      const shares: [`${MoneyRecipient}`, bigint][] = [
        ['Treasury', split.toTreasury],
        ['Author', split.toAuthor],
        ['CollatorPot', split.toCollatorPot],
        ['DapStaging', split.toDap],
        ['Burned', split.burned],
      ]
      for (const [recipient, amount] of shares) add({ date, source: 'Fee', recipient, asset: native, paidIn, amount })
    }
    for (const { ctx, paid, recipient } of recordsOf(stakingModule).eras) {
      const date = utcDay(ctx.timestamp)
      add({ date, source: 'EraPayout', recipient: 'Stakers', asset: native, amount: paid.validatorPayout })
      add({ date, source: 'EraRemainder', recipient, asset: native, amount: paid.remainder })
    }
    for (const { ctx, event, toBuffer, toStakers } of recordsOf(dapModule).items) {
      const date = utcDay(ctx.timestamp)
      if (event.kind === 'StagingDrained') add({ date, source: 'DapStagingDrain', recipient: 'DapBuffer', asset: native, amount: event.amount })
      else {
        add({ date, source: 'DapDrip', recipient: 'DapBuffer', asset: native, amount: toBuffer! })
        add({ date, source: 'DapDrip', recipient: 'Stakers', asset: native, amount: toStakers! })
      }
    }
    for (const { ctx, kind: slashKind, recipient, toRecipient, toReporters, burned } of recordsOf(slashesModule).slashes) {
      const date = utcDay(ctx.timestamp)
      // a slash with no sink has recipient Burned and toRecipient 0: its one row is `burned`
      if (recipient !== 'Burned') add({ date, source: 'Slash', slashKind, recipient, asset: native, amount: toRecipient })
      add({ date, source: 'Slash', slashKind, recipient: 'Reporters', asset: native, amount: toReporters })
      add({ date, source: 'Slash', slashKind, recipient: 'Burned', asset: native, amount: burned })
    }
    // coretime revenue goes where its deposit went: on Polkadot the burn stash, burned at the relay, so a burn and
    // never treasury income; a payment whose deposit was not found is left out rather than guessed
    for (const { ctx, event, revenueTo } of recordsOf(brokerModule).items) {
      if (!revenueTo) continue
      const date = utcDay(ctx.timestamp)
      const source = event.kind === 'Purchased' ? 'CoretimeBulk' : event.kind === 'Renewed' ? 'CoretimeRenewal' : event.kind === 'CreditPurchased' ? 'CoretimeCredit' : undefined
      const amount = event.kind === 'Purchased' || event.kind === 'Renewed' ? event.price : event.kind === 'CreditPurchased' ? event.amount : 0n
      if (source) add({ date, source, recipient: revenueTo, asset: native, amount })
    }
    // only a burn is an order's final destination: the on-demand account passes its deposits on to the pool, and an
    // order paid from credits was counted when the credit was bought
    for (const { ctx, event, paid } of recordsOf(coretimeModule).items) {
      if (event.kind === 'OrderPlaced' && paid?.kind === 'Burned') add({ date: utcDay(ctx.timestamp), source: 'OnDemandOrder', recipient: 'Burned', asset: native, amount: event.spotPrice })
    }
    return { flows }
  },

  load: (env, { flows }) => [{ entity: MoneyFlowDay, ids: new Set(flows.map((f) => moneyFlowDayId(env.cfg.chain, f))), relations: { asset: true, paidIn: true } }],

  apply(env, { flows }, ctx) {
    const chain = env.cfg.chain
    const days = new Map<string, MoneyFlowDay>()
    const assetRow = (a: AssetInfo): Asset => assetOf(ctx.assets, a)
    for (const f of flows) {
      const id = moneyFlowDayId(chain, f)
      let day = days.get(id) ?? ctx.loaded(MoneyFlowDay, id)
      if (!day) {
        day = new MoneyFlowDay({
          id,
          chain,
          date: f.date,
          source: f.source as MoneySource,
          recipient: f.recipient as MoneyRecipient,
          asset: assetRow(f.asset),
          paidIn: f.paidIn ? assetRow(f.paidIn) : null,
          slashKind: f.slashKind ?? null,
          amount: 0n,
          count: 0,
        })
      }
      day.amount += f.amount
      day.count += 1
      days.set(id, day)
    }
    ctx.write(MoneyFlowDay, days.values())
  },
})
