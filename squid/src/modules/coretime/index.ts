/**
 * Coretime on the relay chain: each on-demand order and each credit arriving from the Coretime chain is one row.
 * An order paid from the account's balance deposits its spot price to the on-demand pallet's account in the same
 * extrinsic (kept as depositTo); one paid from credits moves no balance, its money was counted when the credit was
 * bought on the Coretime chain (Broker.CreditPurchased), so the revenue per sale counts only the former.
 */
import { OnDemandEvent, OnDemandEventKind } from '../../model'
import { namesOf } from '../../decoders/decode'
import { ctxId, type EventCtx } from '../../mappings/facts'
import { encodeAccount } from '../../mappings/locations'
import { BALANCES } from '../balances'
import { defineModule, eventCtx } from '../module'
import { ON_DEMAND_DECODERS, type OnDemandChange, type OnDemandDecoders } from './decoders'

export type { OnDemandChange }

export interface OnDemandRecords {
  items: { ctx: EventCtx; event: OnDemandChange; depositTo: string | null }[]
}

export const coretimeModule = defineModule<OnDemandRecords, {}, unknown, OnDemandDecoders>({
  name: 'coretime',
  version: 1,
  entities: [OnDemandEvent],
  decoders: ON_DEMAND_DECODERS,
  empty: () => ({ items: [] }),
  requests: (env, d) => ({ events: [{ names: [...namesOf(d.onDemand), ...BALANCES[env.cfg.decoders].deposit.names], extrinsic: true }] }),

  decode(env, blocks, _recordsOf, d) {
    const chain = env.cfg.chain
    const deposit = BALANCES[env.cfg.decoders].deposit
    const items: OnDemandRecords['items'] = []
    for (const block of blocks) {
      const deposits: { extrinsic?: number; who: string; amount: bigint }[] = []
      for (const e of block.events) {
        const dep = deposit(chain, e)
        if (dep) {
          deposits.push({ extrinsic: e.extrinsicIndex, who: dep.who, amount: dep.amount })
          continue
        }
        const event = d.onDemand(chain, e)
        if (!event) continue
        // the pallet resolves the spot price into its account before it emits the order
        const paid = event.kind === 'OrderPlaced' ? deposits.filter((x) => x.extrinsic === e.extrinsicIndex && x.amount === event.spotPrice).at(-1) : undefined
        items.push({ ctx: eventCtx(chain, block, e), event, depositTo: paid?.who ?? null })
      }
    }
    return { items }
  },

  load: () => [],

  apply(env, { items }, ctx) {
    const account = (a: string) => encodeAccount(a, env.ss58Prefix)
    ctx.write(
      OnDemandEvent,
      items.map(({ ctx: c, event: e, depositTo }) =>
        new OnDemandEvent({
          id: ctxId(c),
          chain: c.chain,
          kind: OnDemandEventKind[e.kind],
          paraId: e.kind === 'OrderPlaced' ? e.paraId : null,
          amount: e.kind === 'OrderPlaced' ? e.spotPrice : e.amount,
          who: account(e.kind === 'OrderPlaced' ? e.orderedBy : e.who),
          depositTo: depositTo ? account(depositTo) : null,
          blockNumber: c.blockNumber,
          timestamp: c.timestamp,
          eventIndex: c.eventIndex,
          extrinsicHash: c.extrinsicHash ?? null,
        }),
      ),
    )
  },
})
