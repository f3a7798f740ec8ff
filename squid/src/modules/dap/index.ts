/**
 * pallet-dap (Asset Hub from spec 2003000): one DapEvent per drip (Dap.IssuanceMinted, split over its budget
 * recipients as read from the Balances.Minted events before it in on_initialize: the buffer dap/buff, and the
 * staking reward pots, which take every other share) and per drain of the staging account into the buffer
 * (Dap.StagingDrained, in on_idle). Fees, slashes and other sinks reach staging as plain Balances.Deposit
 * (the fees module records those).
 *
 * What it fetches: Balances.Minted has no filter by account in a Subsquid request, and the Asset Hub migration
 * alone mints about 1.5 M accounts (blocks 10,254,470–10,259,208, long before pallet-dap). So the request carries a
 * block range from the chain's `dapFromBlock` (config: the first block with pallet-dap) when it is set. The
 * treasury module requests Balances.Minted on its own, over its whole range (it reads the migration's mints to the
 * treasury): the processor fetches the union of both, so the saving is real only where no other module asks for
 * the mints.
 */
import { DapEvent, DapEventKind } from '../../model'
import { namesOf, type DecodableEvent } from '../../decoders/decode'
import { ctxId, type EventCtx } from '../../mappings/facts'
import { DAP_BUFFER } from '../../mappings/palletAccounts'
import { BALANCES } from '../balances'
import { defineModule, eventCtx, type ChainEnv } from '../module'
import { DAP_DECODERS, type DapDecoders, type DapEvent as DapRecord } from './decoders'

export type { DapOptions } from './decoders'

export interface DapItem {
  ctx: EventCtx
  event: DapRecord
  /** IssuanceMinted: minted to the buffer, and to the other budget recipients */
  toBuffer?: bigint
  toStakers?: bigint
}

export interface DapRecords {
  items: DapItem[]
}

type Events = (DecodableEvent & { index: number; extrinsicIndex?: number })[]

/** The Balances.Minted of a drip: walks back from IssuanceMinted at `at` in its phase until `total` is minted. */
export function dripSplit(env: ChainEnv, events: Events, at: number, total: bigint): { toBuffer: bigint; toStakers: bigint } {
  let toBuffer = 0n
  let toStakers = 0n
  for (let i = at - 1; i >= 0 && toBuffer + toStakers < total; i--) {
    const e = events[i]
    if (e.extrinsicIndex !== events[at].extrinsicIndex || e.name.startsWith('Dap.')) break
    const m = BALANCES[env.cfg.decoders].minted(env.cfg.chain, e)
    if (m?.kind !== 'Minted') continue
    if (m.who === DAP_BUFFER) toBuffer += m.amount
    else toStakers += m.amount
  }
  return { toBuffer, toStakers }
}

export const dapModule = defineModule<DapRecords, {}, unknown, DapDecoders>({
  name: 'dap',
  version: 1,
  entities: [DapEvent],
  decoders: DAP_DECODERS,
  empty: () => ({ items: [] }),
  // every chain: one without pallet-dap requests nothing and writes nothing (the money-flows module reads it)
  enabled: () => true,
  requests: (env, d) => ({
    events: [
      {
        names: namesOf(d.dap, BALANCES[env.cfg.decoders].minted),
        ...(env.cfg.dapFromBlock === undefined ? {} : { range: { from: env.cfg.dapFromBlock } }),
      },
    ],
  }),

  decode(env, blocks, _recordsOf, { dap: decode }) {
    const out: DapRecords = { items: [] }
    for (const block of blocks) {
      block.events.forEach((e, i) => {
        const event = decode(env.cfg.chain, e)
        if (!event) return
        const ctx = eventCtx(env.cfg.chain, block, e)
        out.items.push(event.kind === 'IssuanceMinted' ? { ctx, event, ...dripSplit(env, block.events, i, event.totalMinted) } : { ctx, event })
      })
    }
    return out
  },

  load: () => [],

  apply(env, { items }, ctx) {
    for (const { ctx: c, event, toBuffer, toStakers } of items) {
      if (event.kind === 'IssuanceMinted' && toBuffer! + toStakers! !== event.totalMinted) {
        ctx.warn(`${ctxId(c)}: Dap.IssuanceMinted of ${event.totalMinted} but the Balances.Minted before it sum to ${toBuffer! + toStakers!}`)
      }
    }
    ctx.write(
      DapEvent,
      items.map(
        ({ ctx: c, event, toBuffer, toStakers }) =>
          new DapEvent({
            id: ctxId(c),
            chain: c.chain,
            blockNumber: c.blockNumber,
            timestamp: c.timestamp,
            eventIndex: c.eventIndex,
            kind: event.kind as DapEventKind,
            amount: event.kind === 'IssuanceMinted' ? event.totalMinted : event.amount,
            elapsedMillis: event.kind === 'IssuanceMinted' ? event.elapsedMillis : null,
            toBuffer: toBuffer ?? null,
            toStakers: toStakers ?? null,
          }),
      ),
    )
  },
})
