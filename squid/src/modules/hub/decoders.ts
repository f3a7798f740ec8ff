/**
 * The Hub's adoption events (Asset Hub only): accounts endowed and reaped, the Assets and ForeignAssets pallets'
 * transfers and supply changes, and AssetConversion's swaps, pools and liquidity. Fees are not decoded here: the fees module
 * already decodes TransactionFeePaid and AssetTxFeePaid, and the hub module reads its records.
 */
import { anyOf, decodeVersioned, eventDecoder, type DecodableEvent, storageAt, type Decoder, type Runtime } from '../../decoders/decode'
import { location, type Json } from '../../decoders/xcm'
import { calls, events, storage } from '../../types/assetHub'
import { tryDecodeEthTransaction } from './eth'

/** An asset of the Assets pallet (numeric id) or of ForeignAssets (an XCM location). */
export type AssetRef = { pallet: 'Assets'; id: number } | { pallet: 'ForeignAssets'; location: Json; raw: unknown }

export interface AssetMove {
  kind: 'Transferred' | 'Issued' | 'Burned'
  asset: AssetRef
  amount: bigint
  /** the sender (Transferred), the account credited (Issued) or debited (Burned) */
  who: string
  /** the receiver of a transfer */
  to?: string
}

export interface Swap {
  who: string
  amountIn: bigint
  amountOut: bigint
  /** the route as (asset location, amount) hops: path[i] → path[i+1] went through one pool */
  path: [Json, bigint][]
}

/** AssetConversion.LiquidityAdded / LiquidityRemoved: what moved of each side, in the pool id's order */
export interface LiquidityChange {
  kind: 'Added' | 'Removed'
  who: string
  pool: [Json, Json]
  amount1: bigint
  amount2: bigint
}

export interface PoolCreated {
  creator: string
  pool: [Json, Json]
  poolAccount: string
}

/**
 * A call to a contract: Revive.call (a native signer, the contract in `dest`) or Revive.eth_transact (a bare
 * extrinsic whose payload is a signed Ethereum transaction: its signer recovered, its `to` the contract; a
 * creation, with no `to`, is no call: its Instantiated event counts it). `error`: a payload that is no signed
 * Ethereum transaction (the runtime would have refused it; kept so that it shows, not guessed).
 */
export type ReviveCall = { via: 'call'; dest: string } | { via: 'eth_transact'; dest: string | null; from?: string; error?: string }

/** A decoder of calls: not a Decoder (whose names are events, which the decoder coverage test encodes) */
export interface CallDecoder<T> {
  names: readonly string[]
  decode(chain: string, c: DecodableEvent): T | undefined
}

export interface HubDecoders {
  endowed: Decoder<{ account: string; freeBalance: bigint }>
  killed: Decoder<{ account: string }>
  assetMove: Decoder<AssetMove>
  swap: Decoder<Swap>
  poolCreated: Decoder<PoolCreated>
  liquidity: Decoder<LiquidityChange>
  /** Revive.Instantiated: a contract deployed (H160s); runtimes before Revive (statemint 2000005) lack it */
  instantiated: Decoder<{ deployer: string; contract: string }>
  /**
   * Revive.call extrinsics (a call to a contract emits no event of its own): the contract called. A processor call
   * has the same name/args/block shape as an event, so the version ladder decodes it too.
   */
  reviveCall: CallDecoder<ReviveCall>
  /** Assets.Touched / ForeignAssets.Touched: an account created holding nothing */
  touched: Decoder<{ asset: AssetRef; who: string }>
  /** the asset's `accounts` counter (Assets.Asset / ForeignAssets.Asset) at a block; undefined: no such asset */
  assetAccounts(block: any, asset: AssetRef): Promise<number | undefined>
  /** free DOT of an account at a block (System.Account) */
  nativeFree(block: any, account: string): Promise<bigint>
  /** balance of an account in Assets-pallet asset `id` at a block (0: no Assets.Account entry) */
  assetBalance(block: any, id: number, account: string): Promise<bigint>
}

const local = (id: number): AssetRef => ({ pallet: 'Assets', id })
/** `raw`: the location as the runtime decoded it, the key of ForeignAssets' storage */
const foreign = (l: unknown): AssetRef => ({ pallet: 'ForeignAssets', location: location(l), raw: l })

type Raw = { assetId: any; amount?: bigint; balance?: bigint; owner?: string; from?: string; to?: string }

const assetHub: HubDecoders = {
  endowed: eventDecoder(events.balances.endowed),
  killed: eventDecoder(events.system.killedAccount),
  assetMove: anyOf<AssetMove>(
    eventDecoder<Raw, AssetMove>(events.assets.transferred, (v) => ({ kind: 'Transferred', asset: local(v.assetId), amount: v.amount!, who: v.from!, to: v.to })),
    eventDecoder<Raw, AssetMove>(events.assets.issued, (v) => ({ kind: 'Issued', asset: local(v.assetId), amount: v.amount!, who: v.owner! })),
    // Burned names its amount `balance`
    eventDecoder<Raw, AssetMove>(events.assets.burned, (v) => ({ kind: 'Burned', asset: local(v.assetId), amount: v.balance!, who: v.owner! })),
    eventDecoder<Raw, AssetMove>(events.foreignAssets.transferred, (v) => ({ kind: 'Transferred', asset: foreign(v.assetId), amount: v.amount!, who: v.from!, to: v.to })),
    eventDecoder<Raw, AssetMove>(events.foreignAssets.issued, (v) => ({ kind: 'Issued', asset: foreign(v.assetId), amount: v.amount!, who: v.owner! })),
    eventDecoder<Raw, AssetMove>(events.foreignAssets.burned, (v) => ({ kind: 'Burned', asset: foreign(v.assetId), amount: v.balance!, who: v.owner! })),
  ),
  swap: eventDecoder<{ who: string; amountIn: bigint; amountOut: bigint; path: [unknown, bigint][] }, Swap>(events.assetConversion.swapExecuted, (s) => ({
    who: s.who,
    amountIn: s.amountIn,
    amountOut: s.amountOut,
    path: s.path.map(([l, a]) => [location(l), a]),
  })),
  poolCreated: eventDecoder<{ creator: string; poolId: [unknown, unknown]; poolAccount: string }, PoolCreated>(events.assetConversion.poolCreated, (p) => ({
    creator: p.creator,
    pool: [location(p.poolId[0]), location(p.poolId[1])],
    poolAccount: p.poolAccount,
  })),
  liquidity: anyOf<LiquidityChange>(
    eventDecoder<{ who: string; poolId: [unknown, unknown]; amount1Provided: bigint; amount2Provided: bigint }, LiquidityChange>(events.assetConversion.liquidityAdded, (v) => ({
      kind: 'Added',
      who: v.who,
      pool: [location(v.poolId[0]), location(v.poolId[1])],
      amount1: v.amount1Provided,
      amount2: v.amount2Provided,
    })),
    eventDecoder<{ who: string; poolId: [unknown, unknown]; amount1: bigint; amount2: bigint }, LiquidityChange>(events.assetConversion.liquidityRemoved, (v) => ({
      kind: 'Removed',
      who: v.who,
      pool: [location(v.poolId[0]), location(v.poolId[1])],
      amount1: v.amount1,
      amount2: v.amount2,
    })),
  ),
  instantiated: eventDecoder(events.revive.instantiated),
  reviveCall: {
    names: [calls.revive.call.name, calls.revive.ethTransact.name],
    decode(chain, c): ReviveCall | undefined {
      if (c.name === calls.revive.call.name) return { via: 'call', dest: decodeVersioned<{ dest: string }>(chain, c, calls.revive.call).dest.toLowerCase() }
      if (c.name !== calls.revive.ethTransact.name) return undefined
      const { tx, error } = tryDecodeEthTransaction(decodeVersioned<{ payload: string }>(chain, c, calls.revive.ethTransact).payload)
      return tx ? { via: 'eth_transact', dest: tx.to, from: tx.from } : { via: 'eth_transact', dest: null, error }
    },
  },
  touched: anyOf<{ asset: AssetRef; who: string }>(
    eventDecoder<{ assetId: number; who: string }, { asset: AssetRef; who: string }>(events.assets.touched, (v) => ({ asset: local(v.assetId), who: v.who })),
    eventDecoder<{ assetId: unknown; who: string }, { asset: AssetRef; who: string }>(events.foreignAssets.touched, (v) => ({ asset: foreign(v.assetId), who: v.who })),
  ),
  assetAccounts: async (block, a) =>
    a.pallet === 'Assets'
      ? (await storageAt('asset-hub', 'Assets.Asset', storage.assets.asset, block).get(block, a.id))?.accounts
      : (await storageAt('asset-hub', 'ForeignAssets.Asset', storage.foreignAssets.asset, block).get(block, a.raw as any))?.accounts,
  nativeFree: async (block, account) => (await storageAt('asset-hub', 'System.Account', storage.system.account, block).get(block, account))?.data.free ?? 0n,
  assetBalance: async (block, id, account) => (await storageAt('asset-hub', 'Assets.Account', storage.assets.account, block).get(block, id, account))?.balance ?? 0n,
}

export const HUB_DECODERS: Readonly<Partial<Record<Runtime, HubDecoders>>> = { assetHub }
