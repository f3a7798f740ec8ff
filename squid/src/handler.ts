/**
 * The batch handler. Phases, as in Subsquid's template: (1) decode every event of the batch into plain records,
 * (2) load the entities they touch with one query per entity type, (3) apply the records in block order,
 * (4) write with one upsert per entity type. Facts and their daily rollups go in the same transaction.
 */
import { In } from 'typeorm'
import type { Store } from '@subsquid/typeorm-store'
import { Asset, ChainSync, FeeDay, FeePayment, Spend, SpendEvent, SpendPeriod, TreasuryDay, TreasuryFlow } from './model'
import type { ChainConfig } from './config'
import type { ChainDecoders } from './decoders/chain'
import type { DecodableEvent } from './decoders/decode'
import type { FeePaid, TreasuryEvent } from './decoders/records'
import { ctxId, dayId, utcDay, type EventCtx } from './mappings/facts'
import { splitFee, type FeeRunEvent, type FeeSplit } from './mappings/fees'
import { applyTreasuryEvents, assetEntity, spendIdsOf, transferInFlow, type TreasuryEnv, type TreasuryItem } from './mappings/treasury'
import { assetFromAssetHubLocation, encodeAccount, type AssetInfo } from './mappings/locations'
import { addFee, addFlow, emptyFeeDay, emptyTreasuryDay } from './mappings/rollups'
import type { Block, ProcessorContext } from './processor'

export interface ChainEnv {
  cfg: ChainConfig
  decoders: ChainDecoders
  ss58Prefix: number
  native: AssetInfo
  /** 0x-hex public key of the treasury pot on this chain */
  treasuryAccount: string
  /** reads the treasury pot's free balance at a block; undefined on chains without a treasury */
  treasuryBalance?: (block: Block['header']) => Promise<bigint | undefined>
  /** best head of the chain, for sync status */
  chainHeight: () => Promise<number>
}

export interface FeeItem {
  ctx: EventCtx
  fee: FeePaid
  split: FeeSplit
}

interface TransferIn {
  ctx: EventCtx
  amount: bigint
}

function eventCtx(chain: string, block: Block, e: Block['events'][number]): EventCtx {
  return {
    chain,
    blockNumber: block.header.height,
    timestamp: new Date(block.header.timestamp ?? 0),
    eventIndex: e.index,
    extrinsicIndex: e.extrinsicIndex,
    extrinsicHash: e.extrinsic?.hash,
  }
}

/** Phase 1: decode. Throws UnknownEventShapeError (chain, block, event id) on a shape no decoder knows. */
export function decodeBatch(env: ChainEnv, blocks: Block[]) {
  const chain = env.cfg.chain
  const treasury: TreasuryItem[] = []
  const fees: FeeItem[] = []
  const transfersIn: TransferIn[] = []
  for (const block of blocks) {
    // Deposits seen so far in each extrinsic of this block, in order: the fee handler's events come last.
    const runs = new Map<number, FeeRunEvent[]>()
    const depositItems = new Map<number, TreasuryItem>()
    for (const e of block.events) {
      const ctx = eventCtx(chain, block, e)
      const de = e as unknown as DecodableEvent
      const run = e.extrinsicIndex === undefined ? undefined : runs.get(e.extrinsicIndex) ?? runs.set(e.extrinsicIndex, []).get(e.extrinsicIndex)!
      const t: TreasuryEvent | undefined = env.decoders.treasury?.(chain, de)
      if (t) {
        const item: TreasuryItem = { ctx, event: t }
        treasury.push(item)
        if (t.kind === 'Deposit') {
          run?.push({ ctx, kind: 'treasury-deposit', value: t.value })
          // Older (Currency-trait) runtimes report the same money twice: Balances.Deposit to the treasury
          // account, then Treasury.Deposit. Keep one flow.
          const twin = depositItems.get(e.index - 1)
          if (twin?.fromBalances && twin.event.kind === 'Deposit' && twin.event.value === t.value) twin.duplicate = true
          depositItems.set(e.index, item)
        } else run?.push({ ctx, kind: 'other' })
        continue
      }
      const fee = env.decoders.feePaid(chain, de)
      if (fee) {
        if (run) {
          const split = splitFee(fee, run, env.treasuryAccount)
          fees.push({ ctx, fee, split })
          // The treasury's fee share arrives as Treasury.Deposit: count those flows as fees, not deposits.
          for (const idx of split.treasuryDepositEvents) {
            const item = depositItems.get(idx)
            if (item) item.isFeeShare = true
          }
        }
        run?.push({ ctx, kind: 'other' })
        continue
      }
      const deposit = env.decoders.deposit(chain, de)
      if (deposit) {
        run?.push({ ctx, kind: 'balances-deposit', deposit })
        if (deposit.who === env.treasuryAccount && env.decoders.treasury) {
          // Runtimes on the fungible traits report treasury income only as a deposit to its account.
          const item: TreasuryItem = { ctx, event: { kind: 'Deposit', value: deposit.amount }, fromBalances: true }
          treasury.push(item)
          depositItems.set(e.index, item)
        }
        continue
      }
      const transfer = env.decoders.transfer(chain, de)
      if (transfer) {
        if (transfer.to === env.treasuryAccount && env.decoders.treasury) transfersIn.push({ ctx, amount: transfer.amount })
        run?.push({ ctx, kind: 'other' })
        continue
      }
      run?.push({ ctx, kind: 'other' })
    }
  }
  return { treasury: treasury.filter((t) => !t.duplicate), fees, transfersIn }
}

/** The fact row of one fee payment; the asset it was paid in is registered in tEnv.assets. */
export function feePaymentOf(tEnv: TreasuryEnv, { ctx: c, fee, split }: FeeItem): FeePayment {
  return new FeePayment({
    id: ctxId(c),
    chain: c.chain,
    blockNumber: c.blockNumber,
    timestamp: c.timestamp,
    eventIndex: c.eventIndex,
    extrinsicIndex: c.extrinsicIndex!,
    extrinsicHash: c.extrinsicHash,
    payer: encodeAccount(fee.who, tEnv.ss58Prefix),
    asset: assetEntity(tEnv, fee.assetId === undefined ? tEnv.native : assetFromAssetHubLocation(fee.assetId, tEnv.native)),
    fee: fee.actualFee,
    tip: fee.tip,
    toTreasury: split.toTreasury,
    toAuthor: split.toAuthor,
    burned: split.burned,
  })
}

export async function handleBatch(env: ChainEnv, ctx: ProcessorContext<Store>): Promise<void> {
  const chain = env.cfg.chain
  const { treasury, fees, transfersIn } = decodeBatch(env, ctx.blocks)

  // Phase 2: load what the records touch.
  const spendIds = spendIdsOf(chain, treasury)
  const loadedSpends = new Map(
    spendIds.length ? (await ctx.store.find(Spend, { where: { id: In(spendIds) }, relations: { asset: true } })).map((s) => [s.id, s]) : [],
  )
  const assets = new Map<string, Asset>()
  const tEnv: TreasuryEnv = { chain, ss58Prefix: env.ss58Prefix, native: env.native, assets }
  assetEntity(tEnv, env.native)

  // Phase 3: apply.
  const changes = applyTreasuryEvents(tEnv, treasury, loadedSpends)
  for (const ref of changes.unknownSpendRefs) ctx.log.warn(`treasury event refers to a spend approved before the indexed range: ${ref}`)
  const flows: TreasuryFlow[] = [...changes.flows, ...transfersIn.map((t) => transferInFlow(tEnv, t.ctx, t.amount))]

  const feePayments = fees.map((f) => feePaymentOf(tEnv, f))

  // Rollups: load the touched days once, add this batch's facts.
  const lastBlock = ctx.blocks[ctx.blocks.length - 1]
  const lastDay = lastBlock?.header.timestamp ? utcDay(new Date(lastBlock.header.timestamp)) : undefined
  const tDayIds = new Set(flows.map((f) => dayId(chain, utcDay(f.timestamp))))
  const balance = lastBlock && env.treasuryBalance ? await env.treasuryBalance(lastBlock.header) : undefined
  if (balance !== undefined && lastDay) tDayIds.add(dayId(chain, lastDay))
  const fDayIds = new Set(feePayments.map((f) => dayId(chain, utcDay(f.timestamp))))
  const [tDays, fDays] = await Promise.all([
    tDayIds.size ? ctx.store.findBy(TreasuryDay, { id: In([...tDayIds]) }) : [],
    fDayIds.size ? ctx.store.findBy(FeeDay, { id: In([...fDayIds]) }) : [],
  ])
  const treasuryDays = new Map(tDays.map((d) => [d.id, d]))
  const feeDays = new Map(fDays.map((d) => [d.id, d]))
  for (const f of flows) {
    const id = dayId(chain, utcDay(f.timestamp))
    const day = treasuryDays.get(id) ?? treasuryDays.set(id, emptyTreasuryDay(chain, utcDay(f.timestamp))).get(id)!
    addFlow(day, f, env.native.id)
  }
  if (balance !== undefined && lastDay) {
    const id = dayId(chain, lastDay)
    const day = treasuryDays.get(id) ?? treasuryDays.set(id, emptyTreasuryDay(chain, lastDay)).get(id)!
    day.closingBalance = balance
    day.closingBlock = lastBlock.header.height
  }
  for (const p of feePayments) {
    const id = dayId(chain, utcDay(p.timestamp))
    const day = feeDays.get(id) ?? feeDays.set(id, emptyFeeDay(chain, utcDay(p.timestamp))).get(id)!
    addFee(day, p, env.native.id)
  }

  // Phase 4: write, parents before children.
  await ctx.store.upsert([...assets.values()])
  await ctx.store.upsert([...changes.spends.values()])
  await ctx.store.upsert(changes.spendEvents)
  await ctx.store.upsert(flows)
  await ctx.store.upsert(changes.periods)
  await ctx.store.upsert(feePayments)
  await ctx.store.upsert([...treasuryDays.values()])
  await ctx.store.upsert([...feeDays.values()])
  if (lastBlock) {
    const chainHeight = await env.chainHeight().catch(() => lastBlock.header.height)
    await ctx.store.upsert(chainSyncOf(env, lastBlock.header, chainHeight))
  }
}

/** Where the processor is after a batch whose last block is `last`; `chainHeight` is the head the RPC reported. */
export function chainSyncOf(env: ChainEnv, last: Block['header'], chainHeight: number): ChainSync {
  return new ChainSync({
    id: env.cfg.chain,
    network: env.cfg.network,
    specName: last.specName,
    specVersion: last.specVersion,
    indexedHeight: last.height,
    indexedAt: new Date(last.timestamp ?? 0),
    chainHeight: Math.max(chainHeight, last.height),
    updatedAt: new Date(),
  })
}
