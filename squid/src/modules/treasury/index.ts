/**
 * Treasury: spends and their lifecycle, money in and out of the pot (TreasuryFlow), spend periods, and the
 * TreasuryDay rollup with the pot's closing balance. Reads the fees module's records: a deposit that was a fee's
 * treasury share is fee income, not a deposit.
 */
import { Spend, SpendEvent, SpendPeriod, TreasuryDay, TreasuryFlow } from '../../model'
import type { DecodableEvent } from '../../decoders/decode'
import { ctxId, dayId, utcDay, type EventCtx } from '../../mappings/facts'
import { addFlow, emptyTreasuryDay } from '../../mappings/rollups'
import { feesModule } from '../fees'
import { defineModule, eventCtx, namesOnChain, type StorageRead } from '../module'
import { TREASURY_ACCOUNT } from './account'
import { applyTreasuryEvents, spendIdsOf, transferInFlow, type TreasuryEnv, type TreasuryItem } from './mapping'

export { TREASURY_ACCOUNT }

export interface TransferIn {
  ctx: EventCtx
  amount: bigint
}

export interface TreasuryRecords {
  items: TreasuryItem[]
  transfersIn: TransferIn[]
}

const CLOSING_BALANCE = 'closingBalance'

export const treasuryModule = defineModule<TreasuryRecords>({
  name: 'treasury',
  version: 1,
  after: [feesModule],
  entities: [Spend, SpendEvent, TreasuryFlow, SpendPeriod, TreasuryDay],
  enabled: (env) => env.decoders.treasury !== undefined,
  requests: (env) => ({
    events: [{ names: namesOnChain(env, (n) => n.startsWith('Treasury.') || n === 'Balances.Deposit' || n === 'Balances.Transfer'), extrinsic: true }],
  }),

  decode(env, blocks, recordsOf) {
    const chain = env.cfg.chain
    const feeShares = recordsOf(feesModule).treasuryFeeShares
    const items: TreasuryItem[] = []
    const transfersIn: TransferIn[] = []
    for (const block of blocks) {
      const deposits = new Map<number, TreasuryItem>()
      for (const e of block.events) {
        const de = e as unknown as DecodableEvent
        if (e.name.startsWith('Treasury.')) {
          const t = env.decoders.treasury!(chain, de)
          if (!t) continue
          const ctx = eventCtx(chain, block, e)
          const item: TreasuryItem = { ctx, event: t }
          items.push(item)
          if (t.kind === 'Deposit') {
            item.isFeeShare = feeShares.has(ctxId(ctx))
            // Older (Currency-trait) runtimes report the same money twice: Balances.Deposit to the treasury
            // account, then Treasury.Deposit. Keep one flow.
            const twin = deposits.get(e.index - 1)
            if (twin?.fromBalances && twin.event.kind === 'Deposit' && twin.event.value === t.value) twin.duplicate = true
            deposits.set(e.index, item)
          }
        } else if (e.name === 'Balances.Deposit') {
          const deposit = env.decoders.deposit(chain, de)
          if (deposit?.who !== TREASURY_ACCOUNT) continue
          // Runtimes on the fungible traits report treasury income only as a deposit to its account.
          const ctx = eventCtx(chain, block, e)
          const item: TreasuryItem = { ctx, event: { kind: 'Deposit', value: deposit.amount }, fromBalances: true, isFeeShare: feeShares.has(ctxId(ctx)) }
          items.push(item)
          deposits.set(e.index, item)
        } else if (e.name === 'Balances.Transfer') {
          const transfer = env.decoders.transfer(chain, de)
          if (transfer?.to === TREASURY_ACCOUNT) transfersIn.push({ ctx: eventCtx(chain, block, e), amount: transfer.amount })
        }
      }
    }
    return { items: items.filter((t) => !t.duplicate), transfersIn }
  },

  load(env, { items, transfersIn }, blocks) {
    const chain = env.cfg.chain
    const days = new Set([...items, ...transfersIn].map((t) => dayId(chain, utcDay(t.ctx.timestamp))))
    const last = blocks[blocks.length - 1]?.header
    if (last?.timestamp && env.decoders.accountFree) days.add(dayId(chain, utcDay(new Date(last.timestamp))))
    return [
      { entity: Spend, ids: spendIdsOf(chain, items), relations: { asset: true } },
      { entity: TreasuryDay, ids: days },
    ]
  },

  // The pot's balance at the batch's last block closes its day (a later issue reads it at the day's last block).
  reads(env, _records, blocks): Record<string, StorageRead> {
    const last = blocks[blocks.length - 1]?.header
    const accountFree = env.decoders.accountFree
    if (!last || !accountFree) return {}
    return { [CLOSING_BALANCE]: { block: last, what: `System.Account of the treasury pot ${TREASURY_ACCOUNT}`, read: (b) => accountFree(b, TREASURY_ACCOUNT) } }
  },

  apply(env, { items, transfersIn }, ctx, blocks) {
    const chain = env.cfg.chain
    const tEnv: TreasuryEnv = { chain, ss58Prefix: env.ss58Prefix, native: env.native, assets: ctx.assets }
    const loadedSpends = new Map<string, Spend>()
    for (const id of spendIdsOf(chain, items)) {
      const s = ctx.loaded(Spend, id)
      if (s) loadedSpends.set(id, s)
    }
    const changes = applyTreasuryEvents(tEnv, items, loadedSpends)
    for (const ref of changes.unknownSpendRefs) ctx.warn(`treasury event refers to a spend approved before the indexed range: ${ref}`)
    const flows: TreasuryFlow[] = [...changes.flows, ...transfersIn.map((t) => transferInFlow(tEnv, t.ctx, t.amount))]

    const days = new Map<string, TreasuryDay>()
    const dayOf = (date: string) => {
      const id = dayId(chain, date)
      return days.get(id) ?? days.set(id, ctx.loaded(TreasuryDay, id) ?? emptyTreasuryDay(chain, date)).get(id)!
    }
    for (const f of flows) addFlow(dayOf(utcDay(f.timestamp)), f, env.native.id)
    const last = blocks[blocks.length - 1]?.header
    const balance = ctx.read<bigint>(CLOSING_BALANCE)
    if (balance !== undefined && last?.timestamp) {
      const day = dayOf(utcDay(new Date(last.timestamp)))
      day.closingBalance = balance
      day.closingBlock = last.height
    }
    ctx.write(Spend, changes.spends.values())
    ctx.write(SpendEvent, changes.spendEvents)
    ctx.write(TreasuryFlow, flows)
    ctx.write(SpendPeriod, changes.periods)
    ctx.write(TreasuryDay, days.values())
  },
})
