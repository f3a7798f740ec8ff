/**
 * The baseline of bench/handler.ts: the handler the squid style guide forbids — a database round trip per event.
 * For every fact: load it by id (findOneBy), then save it; for every rollup row a fact touches: load the day,
 * add, save; a spend is loaded (findOne with its asset) by each event that refers to it; the native asset is
 * looked up by each event that uses it.
 *
 * It decodes with the same modules (squid/src/handler.ts decodeAll over the relay's fees and treasury modules) and
 * maps with the same pure functions (applyTreasuryEvents, feePaymentOf, addFlow, addFee, ...), so the two sides
 * differ only in how they reach the database, and must leave identical tables behind (bench/handler.ts checks that).
 */
import type { ChainEnv } from '../squid/src/handler'
import type { Asset, FeeDay, TreasuryDay, TreasuryFlow } from '../squid/src/model'
import type { TreasuryItem } from '../squid/src/modules/treasury/mapping'
import type { TreasuryRecords } from '../squid/src/modules/treasury'
import type { FeeRecords } from '../squid/src/modules/fees'
import { TREASURY, type Squid } from './support'

export function makeBaselineHandler(squid: Squid) {
  const M = squid.model
  const { chainSyncOf, decodeAll } = squid.handler
  const { feesModule, feePaymentOf } = squid.feesModule
  const { treasuryModule } = squid.treasuryModule
  const { applyTreasuryEvents, spendIdsOf, transferInFlow } = squid.treasury
  const { dayId, utcDay } = squid.facts
  const { addFee, addFlow, emptyFeeDay, emptyTreasuryDay } = squid.rollups

  return async function baselineHandleBatch(env: ChainEnv, ctx: any): Promise<void> {
    const chain = env.cfg.chain
    const store = ctx.store
    const records = decodeAll(env, squid.registry.modulesOn(env), ctx.blocks)
    const { items: treasury, transfersIn } = records.get(treasuryModule) as TreasuryRecords
    const { fees } = records.get(feesModule) as FeeRecords

    /** load-or-create, then save: one round trip each */
    const saveFact = async <T extends { id: string }>(cls: new (p?: Partial<T>) => T, fact: T) => {
      const row: T = (await store.findOneBy(cls, { id: fact.id })) ?? new cls({ id: fact.id } as Partial<T>)
      Object.assign(row, fact)
      await store.save(row)
    }
    const ensureAsset = async (a: Asset) => {
      if (!(await store.findOneBy(M.Asset, { id: a.id }))) await store.save(a)
    }
    const treasuryDay = async (date: string): Promise<TreasuryDay> =>
      (await store.findOneBy(M.TreasuryDay, { id: dayId(chain, date) })) ?? emptyTreasuryDay(chain, date)
    const feeDay = async (date: string): Promise<FeeDay> => (await store.findOneBy(M.FeeDay, { id: dayId(chain, date) })) ?? emptyFeeDay(chain, date)
    const saveFlow = async (f: TreasuryFlow) => {
      await ensureAsset(f.asset)
      await saveFact(M.TreasuryFlow, f)
      const day = await treasuryDay(utcDay(f.timestamp))
      addFlow(day, f, env.native.id)
      await store.save(day)
    }

    const onTreasury = async (item: TreasuryItem) => {
      const loaded = new Map()
      for (const id of spendIdsOf(chain, [item])) {
        const s = await store.findOne(M.Spend, { where: { id }, relations: { asset: true } })
        if (s) loaded.set(id, s)
      }
      const assets = new Map<string, Asset>()
      const changes = applyTreasuryEvents({ chain, ss58Prefix: env.ss58Prefix, native: env.native, assets }, [item], loaded)
      for (const ref of changes.unknownSpendRefs) ctx.log.warn(`treasury event refers to a spend approved before the indexed range: ${ref}`)
      for (const a of assets.values()) await ensureAsset(a)
      for (const s of changes.spends.values()) await store.save(s)
      for (const e of changes.spendEvents) await store.save(e)
      for (const p of changes.periods) await store.save(p)
      // A spend period's Awarded / Burnt / Rollover update the period its Spending (same block) opened.
      const e = item.event
      if (e.kind === 'Awarded' || e.kind === 'Burnt' || e.kind === 'Rollover') {
        const period = await store.findOneBy(M.SpendPeriod, { chain, blockNumber: item.ctx.blockNumber })
        if (period) {
          if (e.kind === 'Awarded') {
            period.awarded += e.award
            period.awardedCount += 1
          } else if (e.kind === 'Burnt') period.burnt += e.burntFunds
          else period.rollover = e.rolloverBalance
          await store.save(period)
        }
      }
      for (const f of changes.flows) await saveFlow(f)
    }

    // Every record in block order, one at a time.
    type Item = { at: number[]; run: () => Promise<void> }
    const items: Item[] = [
      ...treasury.map((t) => ({ at: [t.ctx.blockNumber, t.ctx.eventIndex], run: () => onTreasury(t) })),
      ...transfersIn.map((t) => ({
        at: [t.ctx.blockNumber, t.ctx.eventIndex],
        run: () => saveFlow(transferInFlow({ chain, ss58Prefix: env.ss58Prefix, native: env.native, assets: new Map() }, t.ctx, t.amount)),
      })),
      ...fees.map((f) => ({
        at: [f.ctx.blockNumber, f.ctx.eventIndex],
        run: async () => {
          const p = feePaymentOf(env, new Map(), f)
          await ensureAsset(p.asset)
          await saveFact(M.FeePayment, p)
          const day = await feeDay(utcDay(p.timestamp))
          addFee(day, p, env.native.id)
          await store.save(day)
        },
      })),
    ].sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
    for (const item of items) await item.run()

    const lastBlock = ctx.blocks[ctx.blocks.length - 1]
    if (!lastBlock) return
    const balance = env.decoders.accountFree && lastBlock.header.timestamp ? await env.decoders.accountFree(lastBlock.header, TREASURY) : undefined
    if (balance !== undefined) {
      const day = await treasuryDay(utcDay(new Date(lastBlock.header.timestamp)))
      day.closingBalance = balance
      day.closingBlock = lastBlock.header.height
      await store.save(day)
    }
    const chainHeight = await env.chainHeight().catch(() => lastBlock.header.height)
    const sync = (await store.findOneBy(M.ChainSync, { id: chain })) ?? new M.ChainSync({ id: chain })
    Object.assign(sync, chainSyncOf(env, lastBlock.header, chainHeight))
    await store.save(sync)
  }
}
