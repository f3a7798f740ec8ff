/**
 * Slashes: where money taken as a penalty went, read from the deposit the runtime's sink made, so the same code
 * follows each runtime's `Slash` / `OnSlash` (relay and Asset Hub 2.0.x: the treasury; Asset Hub 2.1.0+ staking
 * and 2.3.0+ governance: pallet-dap's staging account).
 *
 * The order of the events differs by pallet (polkadot-sdk):
 * - pallet-staking / staking-async emit one Staking.Slashed per slashed staker, then pay the offence reporters
 *   (a Balances.Deposit to each) and resolve the rest into `Slash` once, after the last Slashed of the offence:
 *   a run of Slashed in one phase is one slash, its sink is the first deposit to a pallet account after it.
 * - Referenda (`slash_deposit`) and Bounties (`reject_bounty`) resolve the slashed reserve into their sink first,
 *   then emit DepositSlashed / BountyRejected: the sink is the deposit of exactly that amount just before.
 * What no deposit received is recorded as Burned (a runtime whose sink is `()`).
 */
import type { MoneyRecipient } from '../../model'
import { namesOf, type DecodableEvent } from '../../decoders/decode'
import type { EventCtx } from '../../mappings/facts'
import { BALANCES, depositOf } from '../balances'
import { defineModule, eventCtx, type ChainEnv } from '../module'
import { SLASH_DECODERS, type Slash, type SlashDecoders } from './decoders'

export type { Slash } from './decoders'

export interface SlashItem {
  /** the first slash event of the run */
  ctx: EventCtx
  kind: Slash['kind']
  /** the slash events it sums */
  events: number
  amount: bigint
  /** the sink the deposit shows, what it received, and that deposit's event index */
  recipient: `${MoneyRecipient}`
  toRecipient: bigint
  depositEventIndex?: number
  /** staking: paid to offence reporters (deposits to other accounts between the slashes and the sink) */
  toReporters: bigint
  /** slashed and deposited nowhere */
  burned: bigint
}

export interface SlashRecords {
  slashes: SlashItem[]
}

/** One event of a block as slashes reads it: a slash, a deposit (to a pallet account: `recipient`), or another. */
export interface SlashRunEvent {
  ctx: EventCtx
  slash?: Slash
  deposit?: { recipient?: `${MoneyRecipient}`; amount: bigint }
  /** an era boundary (Staking.EraPaid): a staking slash's sink is never past it */
  eraPaid?: boolean
}

/** A deposit into a pallet account (or Treasury.Deposit, the treasury's own), or undefined for any other event. */
function sinkDeposit(env: ChainEnv, e: DecodableEvent): SlashRunEvent['deposit'] {
  const d = depositOf(env.cfg.decoders, env.cfg.chain, e)
  return d && { recipient: d.recipient, amount: d.amount }
}

/** The slashes of one block's events, each with its sink (see the module's comment for the two orders). */
export function slashesOf(events: SlashRunEvent[]): SlashItem[] {
  const out: SlashItem[] = []
  const samePhase = (i: number, j: number) => events[i].ctx.extrinsicIndex === events[j].ctx.extrinsicIndex
  for (let i = 0; i < events.length; i++) {
    const slash = events[i].slash
    if (!slash) continue
    if (slash.kind !== 'Staking') {
      let found: { recipient: `${MoneyRecipient}`; index: number } | undefined
      for (let j = i - 1; j >= 0 && samePhase(i, j) && !events[j].slash; j--) {
        const d = events[j].deposit
        if (d?.recipient && d.amount === slash.amount) {
          found = { recipient: d.recipient, index: events[j].ctx.eventIndex }
          break
        }
      }
      out.push({
        ctx: events[i].ctx,
        kind: slash.kind,
        events: 1,
        amount: slash.amount,
        recipient: found?.recipient ?? 'Burned',
        toRecipient: found ? slash.amount : 0n,
        depositEventIndex: found?.index,
        toReporters: 0n,
        burned: found ? 0n : slash.amount,
      })
      continue
    }
    let amount = 0n
    let count = 0
    let reporters = 0n
    let sink: { recipient: `${MoneyRecipient}`; amount: bigint; index: number } | undefined
    let j = i
    for (; j < events.length && samePhase(i, j); j++) {
      const e = events[j]
      if (e.slash?.kind === 'Staking') {
        amount += e.slash.amount
        count++
        continue
      }
      if (e.slash || e.eraPaid) break
      if (!e.deposit) continue
      if (e.deposit.recipient) {
        sink = { recipient: e.deposit.recipient, amount: e.deposit.amount, index: e.ctx.eventIndex }
        break
      }
      reporters += e.deposit.amount
    }
    const kept = amount - reporters
    const toRecipient = sink ? (sink.amount < kept ? sink.amount : kept) : 0n
    out.push({
      ctx: events[i].ctx,
      kind: 'Staking',
      events: count,
      amount,
      recipient: sink?.recipient ?? 'Burned',
      toRecipient,
      depositEventIndex: sink?.index,
      toReporters: reporters,
      burned: kept - toRecipient,
    })
    // the run's slashes are consumed; a later run in the phase starts after its sink
    i = sink ? j : j - 1
  }
  return out
}

export const slashesModule = defineModule<SlashRecords, {}, unknown, SlashDecoders>({
  name: 'slashes',
  version: 1,
  // records only: the money-flows module writes them as MoneyFlowDay rows (source Slash)
  entities: [],
  decoders: SLASH_DECODERS,
  empty: () => ({ slashes: [] }),
  enabled: () => true,
  // Staking.EraPaid (an era boundary, below) comes with the staking module's request
  requests: (env, d) => ({ events: [{ names: namesOf(BALANCES[env.cfg.decoders].deposits, d.slash) }] }),

  decode(env, blocks, _recordsOf, { slash: decode }) {
    const out: SlashRecords = { slashes: [] }
    for (const block of blocks) {
      const run = block.events.map((e): SlashRunEvent => {
        const de = e
        return { ctx: eventCtx(env.cfg.chain, block, e), slash: decode(env.cfg.chain, de), deposit: sinkDeposit(env, de), eraPaid: e.name === 'Staking.EraPaid' }
      })
      out.slashes.push(...slashesOf(run))
    }
    return out
  },

  load: () => [],

  apply(_env, { slashes }, ctx) {
    for (const s of slashes) {
      if (s.recipient !== 'Burned' && s.burned > 0n) ctx.warn(`${s.ctx.chain} block ${s.ctx.blockNumber} event ${s.ctx.eventIndex}: slashed ${s.amount}, its sink received ${s.toRecipient}, reporters ${s.toReporters}`)
    }
  },
})
