/**
 * Staking: one EraPayout per Staking.EraPaid (the relay's staking until the Asset Hub migration, then Asset
 * Hub's staking-async), with where its remainder went, read from the events of the same block: the runtime
 * resolves the remainder into `RewardRemainder` right after the event (relay: the treasury, Treasury.Deposit;
 * Asset Hub 2.0.x–2.2.x: the treasury account, Balances.Deposit). From Asset Hub spec 2003000 staking no
 * longer mints and RewardRemainder is unused: a remainder no deposit received is recorded as Unminted.
 * Each payout also carries who staked in its era, read from storage at its block (decoders.ts): the participation
 * the Hub page shows after the migration, and the relay's before it.
 */
import { EraPayout, MoneyRecipient } from '../../model'
import { namesOf, type DecodableEvent } from '../../decoders/decode'
import { ctxId, type EventCtx } from '../../mappings/facts'
import { encodeAccount } from '../../mappings/locations'
import { BALANCES, depositOf } from '../balances'
import { defineModule, eventCtx, type ChainEnv, type StorageReads } from '../module'
import { STAKING_DECODERS, type EraPaid, type StakingDecoders, type StakingParticipation } from './decoders'

export type { EraPaid } from './decoders'

export interface EraPayoutItem {
  ctx: EventCtx
  paid: EraPaid
  recipient: `${MoneyRecipient}`
  /** the account credited with the remainder, and that deposit's event index */
  account?: string
  eventIndex?: number
}

export interface StakingRecords {
  eras: EraPayoutItem[]
}

/** participation read at each payout's block, by the payout's id */
type StakingReads = Record<string, StakingParticipation>

type Events = (DecodableEvent & { index: number; extrinsicIndex?: number })[]

/**
 * The deposit that received an era's remainder: the first deposit of exactly that amount after the EraPaid at
 * `from`, in the same phase (extrinsic) of the block, before the next EraPaid, to a known pallet account.
 */
export function remainderDeposit(env: ChainEnv, events: Events, from: number, remainder: bigint): { recipient: `${MoneyRecipient}`; account?: string; eventIndex?: number } {
  const chain = env.cfg.chain
  const start = events[from]
  if (remainder > 0n) {
    for (let i = from + 1; i < events.length; i++) {
      const e = events[i]
      if (e.extrinsicIndex !== start.extrinsicIndex || e.name === 'Staking.EraPaid') break
      const d = depositOf(env.cfg.decoders, chain, e)
      if (d?.recipient && d.amount === remainder) return { recipient: d.recipient, account: d.account, eventIndex: e.index }
    }
  }
  return { recipient: 'Unminted' }
}

export const stakingModule = defineModule<StakingRecords, StakingReads, unknown, StakingDecoders>({
  name: 'staking',
  version: 2,
  entities: [EraPayout],
  decoders: STAKING_DECODERS,
  empty: () => ({ eras: [] }),
  // every chain: one without staking requests nothing and writes nothing (the money-flows module reads it)
  enabled: () => true,
  requests: (env, d) => ({ events: [{ names: namesOf(BALANCES[env.cfg.decoders].deposits, d.eraPaid) }] }),

  decode(env, blocks, _recordsOf, { eraPaid: decode }) {
    const out: StakingRecords = { eras: [] }
    for (const block of blocks) {
      block.events.forEach((e, i) => {
        const paid = decode(env.cfg.chain, e)
        if (paid) out.eras.push({ ctx: eventCtx(env.cfg.chain, block, e), paid, ...remainderDeposit(env, block.events, i, paid.remainder) })
      })
    }
    return out
  },

  load: () => [],

  reads(env, { eras }, blocks) {
    const d = STAKING_DECODERS[env.cfg.decoders]
    const out: StorageReads<StakingReads> = {}
    if (!d) return out
    const header = new Map(blocks.map((b) => [b.header.height, b.header]))
    for (const { ctx: c, paid } of eras) {
      out[ctxId(c)] = { block: header.get(c.blockNumber)!, what: `Staking.ErasTotalStake(${paid.era}) and the validator and nominator counters`, read: (b) => d.participation(b, paid.era) }
    }
    return out
  },

  apply(env, { eras }, ctx) {
    ctx.write(
      EraPayout,
      eras.map(
        ({ ctx: c, paid, recipient, account, eventIndex }) =>
          new EraPayout({
            id: ctxId(c),
            chain: c.chain,
            blockNumber: c.blockNumber,
            timestamp: c.timestamp,
            eventIndex: c.eventIndex,
            era: paid.era,
            validatorPayout: paid.validatorPayout,
            remainder: paid.remainder,
            remainderRecipient: recipient as MoneyRecipient,
            remainderAccount: account === undefined ? null : encodeAccount(account, env.ss58Prefix),
            remainderEventIndex: eventIndex ?? null,
            ...participationColumns(ctx.read(ctxId(c))),
          }),
      ),
    )
  },
})

function participationColumns(p: StakingParticipation | undefined) {
  return { totalStake: p?.totalStake ?? null, validators: p?.validators ?? null, nominators: p?.nominators ?? null }
}
