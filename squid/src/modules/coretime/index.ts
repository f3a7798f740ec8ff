/**
 * Coretime on the relay chain: each on-demand order and each credit arriving from the Coretime chain is one row.
 * Where an order's spot price went is read from the balance events of its own extrinsic, between the extrinsic's
 * start (or the order before it, in a batch) and the order event, which the pallet emits after it has charged:
 * - Deposit: Polkadot's pallet resolves the withdrawn price into its account (py/ondmd), which passes it on to the
 *   pool, so the revenue per sale counts it as not traced;
 * - Burned: Paseo 1009003's pallet withdraws the price and drops the imbalance (Balances.Withdraw, then
 *   Balances.Rescinded, no deposit), which destroys it;
 * - Credits: no balance moved, its money was counted when the credit was bought (Broker.CreditPurchased).
 */
import { OnDemandEvent, OnDemandEventKind, OnDemandPayment } from '../../model'
import { namesOf, type DecodableEvent } from '../../decoders/decode'
import { ctxId, type EventCtx } from '../../mappings/facts'
import { encodeAccount } from '../../mappings/locations'
import { BALANCES, type BalancesDecoders } from '../balances'
import { defineModule, eventCtx } from '../module'
import { ON_DEMAND_DECODERS, type OnDemandChange, type OnDemandDecoders } from './decoders'

export type { OnDemandChange }

/** Where an order's spot price went: `eventIndex` is the event that paid it. */
export type OnDemandPaid = { kind: 'Deposit'; to: string; eventIndex: number } | { kind: 'Burned'; eventIndex: number } | { kind: 'Credits' }

export interface OnDemandRecords {
  /** `paid` on orders only */
  items: { ctx: EventCtx; event: OnDemandChange; paid?: OnDemandPaid }[]
}

type BalanceMove = { kind: 'Deposit' | 'Withdraw' | 'Burned'; who: string; amount: bigint; index: number } | { kind: 'Rescinded'; amount: bigint; index: number }

/**
 * The payment of an order of `spotPrice` by `orderedBy`: `moves` are the balance events of its extrinsic before it,
 * `after` the index of the extrinsic's order before it (a batch), whose payment the moves up to it were.
 */
export function paymentOf(moves: BalanceMove[], after: number, spotPrice: bigint, orderedBy: string): OnDemandPaid {
  // the extrinsic's first Withdraw is its fee's pre-charge, never the price
  const fee = moves.find((m) => m.kind === 'Withdraw')
  const own = moves.filter((m) => m.index > after && m.amount === spotPrice)
  const deposit = own.filter((m) => m.kind === 'Deposit').at(-1)
  if (deposit?.kind === 'Deposit') return { kind: 'Deposit', to: deposit.who, eventIndex: deposit.index }
  const withdrawn = own.filter((m) => m.kind === 'Withdraw' && m.who === orderedBy && m !== fee)
  // Rescinded names no account: it is the order's when the orderer's withdrawal of the price came before it
  const burn = own.filter((m) => (m.kind === 'Burned' && m.who === orderedBy) || (m.kind === 'Rescinded' && withdrawn.some((w) => w.index < m.index))).at(-1)
  if (burn) return { kind: 'Burned', eventIndex: burn.index }
  // a runtime that drops the withdrawn imbalance without an event leaves the withdrawal alone
  const bare = withdrawn.at(-1)
  if (bare) return { kind: 'Burned', eventIndex: bare.index }
  return { kind: 'Credits' }
}

export const coretimeModule = defineModule<OnDemandRecords, {}, unknown, OnDemandDecoders>({
  name: 'coretime',
  // 2: where each order's price went (payment), burns included
  version: 2,
  entities: [OnDemandEvent],
  decoders: ON_DEMAND_DECODERS,
  empty: () => ({ items: [] }),
  requests: (env, d) => {
    const b = BALANCES[env.cfg.decoders]
    return { events: [{ names: [...namesOf(d.onDemand), ...namesOf(b.deposit, b.withdraw, b.burned, b.rescinded)], extrinsic: true }] }
  },

  decode(env, blocks, _recordsOf, d) {
    const chain = env.cfg.chain
    const b = BALANCES[env.cfg.decoders]
    const items: OnDemandRecords['items'] = []
    const onDemandNames = new Set(namesOf(d.onDemand))
    for (const block of blocks) {
      // the balance events come with every fee: only those of an extrinsic with an on-demand event are decoded
      const withOrders = new Set<number | undefined>()
      for (const e of block.events) if (onDemandNames.has(e.name)) withOrders.add(e.extrinsicIndex)
      if (withOrders.size === 0) continue
      // per extrinsic: its balance events so far, and the index of its last order
      const moves = new Map<number, BalanceMove[]>()
      const lastOrder = new Map<number, number>()
      for (const e of block.events) {
        if (!withOrders.has(e.extrinsicIndex)) continue
        const move = balanceMove(b, chain, e)
        if (move) {
          const x = e.extrinsicIndex
          if (x !== undefined) {
            const list = moves.get(x) ?? []
            list.push(move)
            moves.set(x, list)
          }
          continue
        }
        const event = d.onDemand(chain, e)
        if (!event) continue
        if (event.kind !== 'OrderPlaced') {
          items.push({ ctx: eventCtx(chain, block, e), event })
          continue
        }
        const x = e.extrinsicIndex
        const paid = x === undefined ? ({ kind: 'Credits' } as const) : paymentOf(moves.get(x) ?? [], lastOrder.get(x) ?? -1, event.spotPrice, event.orderedBy)
        items.push({ ctx: eventCtx(chain, block, e), event, paid })
        if (x !== undefined) lastOrder.set(x, e.index)
      }
    }
    return { items }
  },

  load: () => [],

  apply(env, { items }, ctx) {
    const account = (a: string) => encodeAccount(a, env.ss58Prefix)
    ctx.write(
      OnDemandEvent,
      items.map(({ ctx: c, event: e, paid }) =>
        new OnDemandEvent({
          id: ctxId(c),
          chain: c.chain,
          kind: OnDemandEventKind[e.kind],
          paraId: e.kind === 'OrderPlaced' ? e.paraId : null,
          amount: e.kind === 'OrderPlaced' ? e.spotPrice : e.amount,
          who: account(e.kind === 'OrderPlaced' ? e.orderedBy : e.who),
          depositTo: paid?.kind === 'Deposit' ? account(paid.to) : null,
          payment: paid ? OnDemandPayment[paid.kind] : null,
          paymentEventIndex: paid && paid.kind !== 'Credits' ? paid.eventIndex : null,
          blockNumber: c.blockNumber,
          timestamp: c.timestamp,
          eventIndex: c.eventIndex,
          extrinsicHash: c.extrinsicHash ?? null,
        }),
      ),
    )
  },
})

function balanceMove(b: BalancesDecoders, chain: string, e: DecodableEvent & { index: number }): BalanceMove | undefined {
  const index = e.index
  const dep = b.deposit(chain, e)
  if (dep) return { kind: 'Deposit', who: dep.who, amount: dep.amount, index }
  const w = b.withdraw(chain, e)
  if (w) return { kind: 'Withdraw', who: w.who, amount: w.amount, index }
  const burned = b.burned(chain, e)
  if (burned) return { kind: 'Burned', who: burned.who, amount: burned.amount, index }
  const r = b.rescinded(chain, e)
  if (r) return { kind: 'Rescinded', amount: r.amount, index }
  return undefined
}
