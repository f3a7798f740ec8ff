/** The hub module's apply over two batches of one day: what the first wrote is what the second loads. */
import { describe, expect, it } from 'vitest'
import { DotPriceDay, HubActiveAccount, HubDay, type Asset } from '../../model'
import { assetHubAsset, encodeAccount } from '../../mappings/locations'
import type { ApplyContext, ChainEnv, EntityClass } from '../module'
import { hubModule, type HubRecords, type Reserves } from '.'

const env = { cfg: { chain: 'asset-hub', network: 'polkadot', decoders: 'assetHub' }, ss58Prefix: 0, native: { id: 'native', symbol: 'DOT', decimals: 10, chain: 'relay' } } as unknown as ChainEnv
const DATE = '2026-03-01'
const at = (block: number) => ({ chain: 'asset-hub', blockNumber: block, timestamp: new Date(`${DATE}T10:00:00Z`), eventIndex: 1 })
const ALICE = '0x' + 'a1'.repeat(32)
const BOB = '0x' + 'b0'.repeat(32)
const DOT = 10n ** 10n
const USDT = assetHubAsset(1984)
const NATIVE = env.native

/** One batch: apply over `records` with the rows the batches before wrote as what load found. */
function batch(db: Map<string, any>, records: Partial<HubRecords>, reads: Record<string, Reserves> = {}) {
  const r: HubRecords = { fees: [], accounts: [], moves: [], swaps: [], pools: [], contracts: [], calls: [], touched: [], liquidity: [], holderAssets: new Map(), days: new Map([[DATE, { height: 0 } as any]]), firstBlocks: new Map([[DATE, 0]]), ...records }
  const ctx: ApplyContext<Record<string, any>> = {
    loaded: <E extends { id: string }>(e: EntityClass<E>, id: string) => db.get(`${e.name}:${id}`),
    read: (k) => reads[k],
    write: (e, rows) => {
      for (const row of rows) db.set(`${e.name}:${row.id}`, structuredClone(row))
    },
    assets: new Map<string, Asset>(),
    warn: () => {},
  }
  hubModule.apply(env, r, ctx, [])
}
const fee = (who: string, block: number) => ({ ctx: at(block), payer: who, asset: NATIVE, fee: 1_000n })
const swap = (block: number, dot: bigint, usd: bigint) => ({
  ctx: at(block),
  swap: { who: ALICE, amountIn: dot, amountOut: usd, path: [] },
  hops: [{ pool: `native/${USDT.id}`, asset1: NATIVE, asset2: USDT, amount1: dot, amount2: usd }],
})

describe('hub module across batches', () => {
  it('counts an account active once a day, whichever batch saw it first', () => {
    const db = new Map<string, any>()
    batch(db, { fees: [fee(ALICE, 1), fee(ALICE, 2)] })
    batch(db, { fees: [fee(ALICE, 3), fee(BOB, 4)] })
    const day: HubDay = db.get(`HubDay:asset-hub-${DATE}`)
    expect([day.activeAccounts, day.feePayments]).toEqual([2, 4])
    const alice: HubActiveAccount = db.get(`HubActiveAccount:asset-hub-${DATE}-${ALICE}`)
    expect([alice.account, alice.feePayments, alice.firstBlock]).toEqual([encodeAccount(ALICE, 0), 3, 1])
  })

  it("prices a day by its swaps once it has any, else by the last batch's reserves", () => {
    const db = new Map<string, any>()
    const price = () => db.get(`DotPriceDay:asset-hub-${DATE}`) as DotPriceDay
    batch(db, {}, { [`reserves:${DATE}:1984`]: { dot: 100n * DOT, usd: 500_000_000n, block: 10 } })
    expect([price().microUsdPerDot, price().source]).toEqual([5_000_000n, 'reserves:DOT/USDT@10'])
    // a later batch of the same day reads the reserves again, later
    batch(db, {}, { [`reserves:${DATE}:1984`]: { dot: 100n * DOT, usd: 510_000_000n, block: 20 } })
    expect([price().microUsdPerDot, price().source]).toEqual([5_100_000n, 'reserves:DOT/USDT@20'])
    // the first swap replaces the reserves; the swaps of later batches add to its volume
    batch(db, { swaps: [swap(21, 10n * DOT, 52_000_000n)] })
    batch(db, { swaps: [swap(30, 30n * DOT, 150_000_000n)] }, { [`reserves:${DATE}:1984`]: { dot: 1n, usd: 1n, block: 31 } })
    expect([price().microUsdPerDot, price().source, price().swaps, price().reserveBlock]).toEqual([5_050_000n, 'swaps:DOT/USDT', 2, null])
  })

  it("spans a day from its first block to its last, also when the first block's only events are inherents", () => {
    const db = new Map<string, any>()
    // blocks 5..9 of one batch, a fee in 7 only; a later batch 10..12 without any
    batch(db, { fees: [fee(ALICE, 7)], days: new Map([[DATE, { height: 9 } as any]]), firstBlocks: new Map([[DATE, 5]]) })
    batch(db, { days: new Map([[DATE, { height: 12 } as any]]), firstBlocks: new Map([[DATE, 10]]) })
    const day: HubDay = db.get(`HubDay:asset-hub-${DATE}`)
    expect([day.firstBlock, day.lastBlock, day.feePayments]).toEqual([5, 12, 1])
  })
})
