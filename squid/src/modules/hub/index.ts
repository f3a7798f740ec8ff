/**
 * The Hub's adoption on Asset Hub, as daily rollups a year of which costs O(days): active accounts (the payers of
 * the fees the fees module decoded), new and reaped accounts, each asset's transfers, volume and supply changes and
 * the fees paid in it, AssetConversion's pools, their swaps and liquidity, and the day's DOT/USD price from the DOT/stablecoin pools
 * (swap-weighted, else from the pool's reserves at the day's last block).
 */
import { DotPriceDay, HubAccountEvent, HubContract, HubContractCall, HubActiveAccount, HubAssetDay, HubDay, HubPoolDay, HubSwap } from '../../model'
import { namesOf } from '../../decoders/decode'
import { ctxId, dayId, utcDay, type EventCtx } from '../../mappings/facts'
import { assetFromAssetHubLocation, assetHubAsset, encodeAccount, type AssetInfo } from '../../mappings/locations'
import { inWindow, migrationWindow } from '../../mappings/migration'
import { ASSETS } from '../assets'
import { feesModule, type FeeItem } from '../fees'
import { assetOf, defineModule, eventCtx, type ApplyContext, type BlockHeader, type ChainEnv, type LoadRequest, type StorageReads } from '../module'
import { HUB_DECODERS, type AssetMove, type AssetRef, type HubDecoders, type LiquidityChange, type PoolCreated, type Swap } from './decoders'
import { reviveAddressOf } from './eth'
import { microUsdPerDot, nativePoolAccount, PRICE_POOLS } from './price'

export { formatMicroUsd, microUsdPerDot, nativePoolAccount, parseUsd, PRICE_POOLS } from './price'

export interface Hop {
  pool: string
  asset1: AssetInfo
  asset2: AssetInfo
  amount1: bigint
  amount2: bigint
}

export interface HubRecords {
  fees: { ctx: EventCtx; payer: string; asset: AssetInfo; fee: bigint }[]
  accounts: { ctx: EventCtx; kind: 'Endowed' | 'MigrationEndowed' | 'Killed'; account: string; amount: bigint }[]
  moves: { ctx: EventCtx; move: AssetMove; asset: AssetInfo }[]
  swaps: { ctx: EventCtx; swap: Swap; hops: Hop[] }[]
  pools: { ctx: EventCtx; created: PoolCreated; hop: Hop }[]
  /** liquidity added or removed, as a hop in the pool's order (amount1/amount2: what moved of asset1/asset2) */
  liquidity: { ctx: EventCtx; kind: LiquidityChange['kind']; hop: Hop }[]
  contracts: { ctx: EventCtx; deployer: string; contract: string }[]
  /** `caller`: the fee payer (AccountId32); `callerH160`: its Revive address (eth_transact: the recovered signer) */
  calls: { ctx: EventCtx; via: 'call' | 'eth_transact'; contract: string; caller?: string; callerH160?: string; fee?: bigint; feeEventId?: string }[]
  /** accounts created holding nothing (Touched) */
  touched: { ctx: EventCtx; asset: AssetInfo }[]
  /**
   * each day's assets that moved or were touched, with the block of their last move that day: their holders are
   * read there (the state after it, which no later block of the day changes by a move; a later batch of the same
   * day with a later move reads again)
   */
  holderAssets: Map<string, Map<string, { ref: AssetRef; info: AssetInfo; block: BlockHeader }>>
  /** every UTC day of the batch's blocks, with its last block in the batch (where reserves are read) */
  days: Map<string, BlockHeader>
  /** each of those days' first block in the batch: HubDay.firstBlock, also when nothing was counted in it */
  firstBlocks: Map<string, number>
}

const EMPTY = (): HubRecords => ({ fees: [], accounts: [], moves: [], swaps: [], pools: [], liquidity: [], contracts: [], calls: [], touched: [], holderAssets: new Map(), days: new Map(), firstBlocks: new Map() })
const json = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? x.toString() : x instanceof Uint8Array ? '0x' + Buffer.from(x).toString('hex') : x))

/** The reserves of a DOT/stablecoin pool at a block: DOT in planck, the stablecoin in its units (micro-USD). */
export interface Reserves {
  dot: bigint
  usd: bigint
  block: number
}

type HubReads = Record<string, Reserves | number | bigint | { symbol: string; decimals: number } | undefined>

const reservesKey = (date: string, assetId: number) => `reserves:${date}:${assetId}`
const holdersKey = (date: string, assetId: string) => `holders:${date}:${assetId}`
const metadataKey = (assetId: string) => `metadata:${assetId}`

/** The batch's assets (Assets, ForeignAssets) whose symbol no table knows: their metadata is read from storage */
function unnamedAssets(r: HubRecords, nativeId: string): Set<string> {
  const infos = [
    ...r.moves.map((m) => m.asset),
    ...r.touched.map((t) => t.asset),
    ...r.fees.map((f) => f.asset),
    ...[...r.swaps.flatMap((s) => s.hops), ...r.pools.map((p) => p.hop), ...r.liquidity.map((l) => l.hop)].flatMap((h) => [h.asset1, h.asset2]),
  ]
  return new Set(infos.filter((a) => a.id !== nativeId && a.symbol === '?').map((a) => a.id))
}

function assetOfRef(ref: AssetRef, native: AssetInfo): AssetInfo {
  return ref.pallet === 'Assets' ? assetHubAsset(ref.id) : assetFromAssetHubLocation(ref.location, native)
}

/** A hop between two assets as the pool names it: the native asset first (Asset Hub's pools all hold DOT), else by id. */
function hopOf(a: AssetInfo, amountA: bigint, b: AssetInfo, amountB: bigint, nativeId: string): Hop {
  const swapSides = b.id === nativeId || (a.id !== nativeId && b.id < a.id)
  const [asset1, amount1, asset2, amount2] = swapSides ? [b, amountB, a, amountA] : [a, amountA, b, amountB]
  return { pool: `${asset1.id}/${asset2.id}`, asset1, asset2, amount1, amount2 }
}

/** The priced pools' ids: DOT/USDT, DOT/USDC. */
function pricePool(hop: Hop, nativeId: string): (typeof PRICE_POOLS)[number] | undefined {
  if (hop.asset1.id !== nativeId) return undefined
  return PRICE_POOLS.find((p) => hop.asset2.id === assetHubAsset(p.assetId).id)
}

/** Revive's AccountId32 of an H160 no native account mapped: the 20 bytes, then twelve 0xEE (pallet-revive AccountId32Mapper). */
export function fallbackAccount(h160: string): string {
  return h160.toLowerCase() + 'ee'.repeat(12)
}

function emptyDay(chain: string, date: string, block: number): HubDay {
  return new HubDay({ id: dayId(chain, date), chain, date, activeAccounts: 0, feePayments: 0, newAccounts: 0, migratedAccounts: 0, reapedAccounts: 0, swaps: 0, poolsCreated: 0, contractsDeployed: 0, firstBlock: block, lastBlock: block })
}

export const hubModule = defineModule<HubRecords, HubReads, unknown, HubDecoders>({
  name: 'hub',
  // 3: a day's firstBlock is its first indexed block; pool days count liquidity added and removed; assets no table
  // names are named from their metadata
  version: 3,
  after: [feesModule],
  entities: [HubDay, HubActiveAccount, HubAccountEvent, HubAssetDay, HubPoolDay, HubSwap, DotPriceDay, HubContract, HubContractCall],
  decoders: HUB_DECODERS,
  empty: EMPTY,
  requests: (_env, d) => ({
    events: [
      { names: namesOf(d.endowed, d.killed, d.assetMove, d.poolCreated, d.liquidity, d.instantiated, d.touched) },
      { names: namesOf(d.swap), extrinsic: true },
    ],
    calls: [{ names: [...d.reviveCall.names], extrinsic: true }],
  }),

  decode(env, blocks, recordsOf, d) {
    const chain = env.cfg.chain
    const nativeId = env.native.id
    const window = migrationWindow(chain, env.cfg.network)
    const out: HubRecords = EMPTY()
    const holderAsset = (block: BlockHeader, ref: AssetRef, info: AssetInfo) => {
      const date = utcDay(new Date(block.timestamp ?? 0))
      const m = out.holderAssets.get(date) ?? out.holderAssets.set(date, new Map()).get(date)!
      m.set(info.id, { ref, info, block })
    }
    // the fees module decoded every fee payment already: its payer and asset are what adoption counts
    const feeOf = new Map<string, FeeItem>()
    for (const f of recordsOf(feesModule).fees) {
      out.fees.push({ ctx: f.ctx, payer: f.fee.who, asset: f.asset, fee: f.fee.actualFee })
      feeOf.set(`${f.ctx.blockNumber}-${f.ctx.extrinsicIndex}`, f)
    }
    for (const block of blocks) {
      for (const c of block.calls) {
        const call = c.success ? d.reviveCall.decode(chain, c as any) : undefined
        if (!call || c.extrinsicIndex === undefined) continue
        const f = feeOf.get(`${block.header.height}-${c.extrinsicIndex}`)
        const ctx: EventCtx = { chain, blockNumber: block.header.height, timestamp: new Date(block.header.timestamp ?? 0), eventIndex: -1, extrinsicIndex: c.extrinsicIndex, extrinsicHash: c.extrinsic?.hash }
        const fee = { fee: f ? f.split.nativeFee ?? undefined : undefined, feeEventId: f ? ctxId(f.ctx) : undefined }
        if (call.via === 'call') {
          out.calls.push({ ctx, via: 'call', contract: call.dest, caller: f?.fee.who, callerH160: f ? reviveAddressOf(f.fee.who) : undefined, ...fee })
        } else if (call.dest && call.from) {
          // Revive charges the signer's account: the native one it mapped, else its fallback account (the fee event names which)
          out.calls.push({ ctx, via: 'eth_transact', contract: call.dest, caller: f?.fee.who ?? fallbackAccount(call.from), callerH160: call.from, ...fee })
        }
        // an eth_transact creating a contract (no `to`) is counted by its Revive.Instantiated; a payload that is no
        // signed transaction cannot have succeeded (the runtime checks the signature before dispatch)
      }
      const date = utcDay(new Date(block.header.timestamp ?? 0))
      out.days.set(date, block.header)
      if (!out.firstBlocks.has(date)) out.firstBlocks.set(date, block.header.height)
      for (const e of block.events) {
        const endowed = d.endowed(chain, e)
        if (endowed) {
          // the migration minted the relay's accounts on Asset Hub: moved, not new
          const kind = inWindow(window, block.header.height) ? 'MigrationEndowed' : 'Endowed'
          out.accounts.push({ ctx: eventCtx(chain, block, e), kind, account: endowed.account, amount: endowed.freeBalance })
          continue
        }
        const killed = d.killed(chain, e)
        if (killed) {
          out.accounts.push({ ctx: eventCtx(chain, block, e), kind: 'Killed', account: killed.account, amount: 0n })
          continue
        }
        const move = d.assetMove(chain, e)
        if (move) {
          const asset = assetOfRef(move.asset, env.native)
          out.moves.push({ ctx: eventCtx(chain, block, e), move, asset })
          holderAsset(block.header, move.asset, asset)
          continue
        }
        const touched = d.touched(chain, e)
        if (touched) {
          const asset = assetOfRef(touched.asset, env.native)
          out.touched.push({ ctx: eventCtx(chain, block, e), asset })
          holderAsset(block.header, touched.asset, asset)
          continue
        }
        const swap = d.swap(chain, e)
        if (swap) {
          const hops: Hop[] = []
          for (let i = 0; i + 1 < swap.path.length; i++) {
            const [la, aa] = swap.path[i]
            const [lb, ab] = swap.path[i + 1]
            hops.push(hopOf(assetFromAssetHubLocation(la, env.native), aa, assetFromAssetHubLocation(lb, env.native), ab, nativeId))
          }
          out.swaps.push({ ctx: eventCtx(chain, block, e), swap, hops })
          continue
        }
        const deployed = d.instantiated(chain, e)
        if (deployed) {
          out.contracts.push({ ctx: eventCtx(chain, block, e), ...deployed })
          continue
        }
        const created = d.poolCreated(chain, e)
        if (created) {
          const [a, b] = created.pool.map((l) => assetFromAssetHubLocation(l, env.native))
          out.pools.push({ ctx: eventCtx(chain, block, e), created, hop: hopOf(a, 0n, b, 0n, nativeId) })
          continue
        }
        const liquidity = d.liquidity(chain, e)
        if (liquidity) {
          const [a, b] = liquidity.pool.map((l) => assetFromAssetHubLocation(l, env.native))
          out.liquidity.push({ ctx: eventCtx(chain, block, e), kind: liquidity.kind, hop: hopOf(a, liquidity.amount1, b, liquidity.amount2, nativeId) })
        }
      }
    }
    return out
  },

  load(env, r): LoadRequest[] {
    const chain = env.cfg.chain
    const day = (c: EventCtx) => utcDay(c.timestamp)
    return [
      { entity: HubDay, ids: [...r.days.keys()].map((date) => dayId(chain, date)) },
      { entity: HubActiveAccount, ids: new Set(r.fees.map((f) => `${dayId(chain, day(f.ctx))}-${f.payer}`)) },
      {
        entity: HubAssetDay,
        ids: new Set([...r.moves.map((m) => `${dayId(chain, day(m.ctx))}-${m.asset.id}`), ...r.touched.map((m) => `${dayId(chain, day(m.ctx))}-${m.asset.id}`), ...r.fees.filter((f) => f.asset.id !== env.native.id).map((f) => `${dayId(chain, day(f.ctx))}-${f.asset.id}`)]),
        relations: { asset: true },
      },
      { entity: HubPoolDay, ids: new Set([...r.swaps.flatMap((s) => s.hops.map((h) => `${dayId(chain, day(s.ctx))}-${h.pool}`)), ...r.pools.map((p) => `${dayId(chain, day(p.ctx))}-${p.hop.pool}`), ...r.liquidity.map((p) => `${dayId(chain, day(p.ctx))}-${p.hop.pool}`)]), relations: { asset1: true, asset2: true } },
      { entity: DotPriceDay, ids: [...r.days.keys()].map((date) => dayId(chain, date)) },
    ]
  },

  reads(env, r) {
    const d = HUB_DECODERS[env.cfg.decoders]
    const out: StorageReads<HubReads> = {}
    if (!d) return out
    for (const [date, assets] of r.holderAssets) {
      for (const [id, { ref, block }] of assets) out[holdersKey(date, id)] = { block, what: `the accounts of asset ${id} (${ref.pallet}.Asset)`, read: (b) => d.assetAccounts(b, ref) }
    }
    // at the batch's last block: Assets.MetadataSet may come after the asset's first move, and a later batch reads again
    const assets = ASSETS[env.cfg.decoders]
    const last = [...r.days.values()].reduce<BlockHeader | undefined>((a, b) => (a && a.height >= b.height ? a : b), undefined)
    if (assets && last) for (const id of unnamedAssets(r, env.native.id)) out[metadataKey(id)] = { block: last, what: `the metadata of asset ${id} (Assets.Metadata / ForeignAssets.Metadata)`, read: (b) => assets.metadata(b, id) }
    const swapDays = new Set(r.swaps.filter((s) => s.hops.some((h) => pricePool(h, env.native.id))).map((s) => utcDay(s.ctx.timestamp)))
    // a day with swaps on a priced pool is priced by them; the others by the reserves at their last block here (a
    // later batch of the same day reads again, later)
    for (const [date, block] of r.days) {
      if (swapDays.has(date)) continue
      for (const p of PRICE_POOLS) {
        const account = nativePoolAccount(p.assetId)
        out[reservesKey(date, p.assetId)] = {
          block,
          what: `the DOT/${p.symbol} pool's reserves (System.Account and Assets.Account(${p.assetId}) of ${account})`,
          read: async (b) => ({ dot: await d.nativeFree(b, account), usd: await d.assetBalance(b, p.assetId, account), block: b.height }),
        }
      }
    }
    return out
  },

  apply(env, r, ctx) {
    const a = adoption(env, ctx)
    for (const [date, header] of r.days) {
      a.dayOf(date, r.firstBlocks.get(date) ?? header.height)
      a.dayOf(date, header.height)
    }
    // kept in this order: it decides which count first meets a day, pool or asset, and so the rows' write order
    const active = countFeePayers(a, r.fees)
    const accountEvents = countAccountEvents(a, r.accounts)
    countAssetMoves(a, r.moves)
    countAssetFees(a, r.fees)
    countHolders(a, r)
    const { swapRows, priced } = countSwaps(a, r.swaps)
    countPoolsCreated(a, r.pools)
    countLiquidity(a, r.liquidity)
    const contracts = countContracts(a, r.contracts)
    const contractCalls = contractCallRows(a, r.calls)
    const prices = dotPrices(a, r.days, priced)
    // an asset no table names gets the symbol and decimals its metadata has (none: "?" and null, never guessed)
    for (const id of unnamedAssets(r, a.nativeId)) {
      const m = ctx.read(metadataKey(id)) as { symbol: string; decimals: number } | undefined
      const asset = ctx.assets.get(id)
      if (m && asset) Object.assign(asset, { symbol: m.symbol, decimals: m.decimals })
    }

    ctx.write(HubDay, a.days.values())
    ctx.write(HubActiveAccount, active.values())
    ctx.write(HubAccountEvent, accountEvents)
    ctx.write(HubAssetDay, a.assetDays.values())
    ctx.write(HubPoolDay, a.poolDays.values())
    ctx.write(HubSwap, swapRows)
    ctx.write(DotPriceDay, prices)
    ctx.write(HubContract, contracts)
    ctx.write(HubContractCall, contractCalls)
  },
})

/** DOT and USD a day's swaps on the priced pools moved, and which pools they were. */
interface PricedSwaps {
  swaps: number
  dot: bigint
  usd: bigint
  pools: Set<string>
}

/** The daily rollups one batch adds to: each loaded, or started, the first time the batch sees its day. */
interface Adoption {
  chain: string
  nativeId: string
  ctx: ApplyContext<HubReads>
  acc: (a: string) => string
  days: Map<string, HubDay>
  assetDays: Map<string, HubAssetDay>
  poolDays: Map<string, HubPoolDay>
  dayOf(date: string, block: number): HubDay
  assetDayOf(date: string, info: AssetInfo, block: number): HubAssetDay
  poolDayOf(date: string, h: Hop, block: number): HubPoolDay
}

function adoption(env: ChainEnv, ctx: ApplyContext<HubReads>): Adoption {
  const chain = env.cfg.chain
  const days = new Map<string, HubDay>()
  const assetDays = new Map<string, HubAssetDay>()
  const poolDays = new Map<string, HubPoolDay>()
  return {
    chain,
    nativeId: env.native.id,
    ctx,
    acc: (a) => encodeAccount(a, env.ss58Prefix),
    days,
    assetDays,
    poolDays,
    dayOf(date, block) {
      let d = days.get(date)
      if (!d) days.set(date, (d = ctx.loaded(HubDay, dayId(chain, date)) ?? emptyDay(chain, date, block)))
      d.firstBlock = Math.min(d.firstBlock, block)
      d.lastBlock = Math.max(d.lastBlock, block)
      return d
    },
    assetDayOf(date, info, block) {
      const id = `${dayId(chain, date)}-${info.id}`
      let a = assetDays.get(id)
      if (!a) {
        a = ctx.loaded(HubAssetDay, id) ?? new HubAssetDay({ id, chain, date, asset: assetOf(ctx.assets, info), transfers: 0, volume: 0n, issued: 0n, burned: 0n, feePayments: 0, fees: 0n, touched: 0, holders: null, holdersBlock: null, lastBlock: block })
        assetDays.set(id, a)
      }
      a.lastBlock = Math.max(a.lastBlock, block)
      return a
    },
    poolDayOf(date, h, block) {
      const id = `${dayId(chain, date)}-${h.pool}`
      let p = poolDays.get(id)
      if (!p) {
        p = ctx.loaded(HubPoolDay, id) ?? new HubPoolDay({ id, chain, date, pool: h.pool, asset1: assetOf(ctx.assets, h.asset1), asset2: assetOf(ctx.assets, h.asset2), swaps: 0, amount1: 0n, amount2: 0n, liquidityEvents: 0, liquidityAdded1: 0n, liquidityAdded2: 0n, liquidityRemoved1: 0n, liquidityRemoved2: 0n, createdEventId: null, lastBlock: block })
        poolDays.set(id, p)
      }
      p.lastBlock = Math.max(p.lastBlock, block)
      return p
    },
  }
}

/** Active accounts: a (day, account) row seen before (loaded) or earlier in this batch is not counted again. */
function countFeePayers(a: Adoption, fees: HubRecords['fees']): Map<string, HubActiveAccount> {
  const active = new Map<string, HubActiveAccount>()
  for (const f of fees) {
    const date = utcDay(f.ctx.timestamp)
    const id = `${dayId(a.chain, date)}-${f.payer}`
    const day = a.dayOf(date, f.ctx.blockNumber)
    day.feePayments += 1
    let row = active.get(id)
    if (!row) {
      row = a.ctx.loaded(HubActiveAccount, id)
      if (!row) {
        row = new HubActiveAccount({ id, chain: a.chain, date, account: a.acc(f.payer), feePayments: 0, firstEventId: ctxId(f.ctx), firstBlock: f.ctx.blockNumber })
        day.activeAccounts += 1
      }
      active.set(id, row)
    }
    row.feePayments += 1
  }
  return active
}

function countAccountEvents(a: Adoption, accounts: HubRecords['accounts']): HubAccountEvent[] {
  return accounts.map(({ ctx: c, kind, account, amount }) => {
    const day = a.dayOf(utcDay(c.timestamp), c.blockNumber)
    if (kind === 'Endowed') day.newAccounts += 1
    else if (kind === 'MigrationEndowed') day.migratedAccounts += 1
    else day.reapedAccounts += 1
    return new HubAccountEvent({ id: ctxId(c), chain: a.chain, blockNumber: c.blockNumber, timestamp: c.timestamp, eventIndex: c.eventIndex, kind, account: a.acc(account), amount })
  })
}

function countAssetMoves(a: Adoption, moves: HubRecords['moves']) {
  for (const { ctx: c, move, asset } of moves) {
    const d = a.assetDayOf(utcDay(c.timestamp), asset, c.blockNumber)
    if (move.kind === 'Transferred') {
      d.transfers += 1
      d.volume += move.amount
    } else if (move.kind === 'Issued') d.issued += move.amount
    else d.burned += move.amount
  }
}

/** Touched accounts, and each asset's holders after its last move of the day (a later batch of the day reads later) */
function countHolders(a: Adoption, r: HubRecords) {
  for (const { ctx: c, asset } of r.touched) a.assetDayOf(utcDay(c.timestamp), asset, c.blockNumber).touched += 1
  for (const [date, assets] of r.holderAssets) {
    for (const [id, { info, block: header }] of assets) {
      const block = header.height
      const holders = a.ctx.read(holdersKey(date, id)) as number | undefined
      if (holders === undefined) continue
      const d = a.assetDayOf(date, info, block)
      if (d.holdersBlock != null && d.holdersBlock > block) continue
      d.holders = holders
      d.holdersBlock = block
    }
  }
}

function countAssetFees(a: Adoption, fees: HubRecords['fees']) {
  for (const f of fees) {
    if (f.asset.id === a.nativeId) continue
    const d = a.assetDayOf(utcDay(f.ctx.timestamp), f.asset, f.ctx.blockNumber)
    d.feePayments += 1
    d.fees += f.fee
  }
}

function countSwaps(a: Adoption, swaps: HubRecords['swaps']): { swapRows: HubSwap[]; priced: Map<string, PricedSwaps> } {
  const swapRows: HubSwap[] = []
  const priced = new Map<string, PricedSwaps>()
  for (const { ctx: c, swap, hops } of swaps) {
    const date = utcDay(c.timestamp)
    a.dayOf(date, c.blockNumber).swaps += 1
    hops.forEach((h, i) => {
      const p = a.poolDayOf(date, h, c.blockNumber)
      p.swaps += 1
      p.amount1 += h.amount1
      p.amount2 += h.amount2
      swapRows.push(new HubSwap({ id: `${ctxId(c)}-${i}`, chain: a.chain, blockNumber: c.blockNumber, timestamp: c.timestamp, eventIndex: c.eventIndex, extrinsicHash: c.extrinsicHash, who: a.acc(swap.who), pool: h.pool, amount1: h.amount1, amount2: h.amount2 }))
      const pp = pricePool(h, a.nativeId)
      if (!pp) return
      const day = priced.get(date) ?? priced.set(date, { swaps: 0, dot: 0n, usd: 0n, pools: new Set() }).get(date)!
      day.swaps += 1
      day.dot += h.amount1
      day.usd += h.amount2
      day.pools.add(`DOT/${pp.symbol}`)
    })
  }
  return { swapRows, priced }
}

function countPoolsCreated(a: Adoption, pools: HubRecords['pools']) {
  for (const { ctx: c, hop } of pools) {
    const date = utcDay(c.timestamp)
    a.dayOf(date, c.blockNumber).poolsCreated += 1
    a.poolDayOf(date, hop, c.blockNumber).createdEventId = ctxId(c)
  }
}

function countLiquidity(a: Adoption, changes: HubRecords['liquidity']) {
  for (const { ctx: c, kind, hop } of changes) {
    const p = a.poolDayOf(utcDay(c.timestamp), hop, c.blockNumber)
    p.liquidityEvents += 1
    if (kind === 'Added') {
      p.liquidityAdded1 += hop.amount1
      p.liquidityAdded2 += hop.amount2
    } else {
      p.liquidityRemoved1 += hop.amount1
      p.liquidityRemoved2 += hop.amount2
    }
  }
}

function countContracts(a: Adoption, contracts: HubRecords['contracts']): HubContract[] {
  return contracts.map(({ ctx: c, deployer, contract }) => {
    a.dayOf(utcDay(c.timestamp), c.blockNumber).contractsDeployed += 1
    return new HubContract({ id: `${a.chain}-${contract}`, chain: a.chain, contract, deployer, deployerAccount: a.acc(fallbackAccount(deployer)), blockNumber: c.blockNumber, timestamp: c.timestamp, eventId: ctxId(c) })
  })
}

function contractCallRows(a: Adoption, calls: HubRecords['calls']): HubContractCall[] {
  return calls.map(({ ctx: c, via, contract, caller, callerH160, fee, feeEventId }) =>
    new HubContractCall({ id: `${a.chain}-${c.blockNumber}-${c.extrinsicIndex}`, chain: a.chain, blockNumber: c.blockNumber, timestamp: c.timestamp, extrinsicIndex: c.extrinsicIndex!, extrinsicHash: c.extrinsicHash, via, contract, caller: caller === undefined ? null : a.acc(caller), callerH160: callerH160 ?? null, fee: fee ?? null, feeEventId: feeEventId ?? null }),
  )
}

function dotPrices(a: Adoption, days: HubRecords['days'], priced: Map<string, PricedSwaps>): DotPriceDay[] {
  const prices: DotPriceDay[] = []
  for (const date of days.keys()) {
    const id = dayId(a.chain, date)
    const p = a.ctx.loaded(DotPriceDay, id) ?? new DotPriceDay({ id, chain: a.chain, date, microUsdPerDot: null, source: 'none', swaps: 0, dotVolume: 0n, usdVolume: 0n, reserveDot: null, reserveUsd: null, reserveBlock: null })
    const s = priced.get(date)
    if (s) {
      const pools = new Set([...(p.source.startsWith('swaps:') ? p.source.slice(6).split('+') : []), ...s.pools])
      p.swaps += s.swaps
      p.dotVolume += s.dot
      p.usdVolume += s.usd
      p.source = `swaps:${PRICE_POOLS.map((x) => `DOT/${x.symbol}`).filter((x) => pools.has(x)).join('+')}`
      p.microUsdPerDot = microUsdPerDot(p.dotVolume, p.usdVolume) ?? null
      p.reserveDot = p.reserveUsd = p.reserveBlock = null
    } else if (p.swaps === 0) {
      // no swap on a priced pool yet this day: the first pool (USDT, then USDC) that holds both sides
      for (const pool of PRICE_POOLS) {
        const res = a.ctx.read(reservesKey(date, pool.assetId)) as Reserves | undefined
        const price = res && res.usd > 0n ? microUsdPerDot(res.dot, res.usd) : undefined
        if (!res || price === undefined) continue
        Object.assign(p, { microUsdPerDot: price, source: `reserves:DOT/${pool.symbol}@${res.block}`, reserveDot: res.dot, reserveUsd: res.usd, reserveBlock: res.block })
        break
      }
    }
    prices.push(p)
  }
  return prices
}
