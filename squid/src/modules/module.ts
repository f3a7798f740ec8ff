/**
 * One pallet domain of the indexer (treasury, fees; later referenda, bounties, staking, broker, ...) behind one
 * small interface. The handler (handler.ts) runs every module of the registry (registry.ts) through the same batch
 * phases, and knows nothing of any pallet:
 *
 *   decoders  its decoders per runtime (its folder's decoders.ts); a chain whose runtime has none gets empty records
 *   requests  what the processor fetches for it: its decoders' event (and call) names, each with only the relations it needs
 *   decode    the batch's blocks → plain records; may read the records of the modules it lists in `after`
 *   load      the entity ids its records touch; the handler merges every module's ids into one query per type
 *   reads     storage values it needs at given blocks; run before the database transaction opens, per block in parallel
 *   apply     records + loaded entities + read values → entity rows (facts and daily rollups) to upsert
 *
 * A module is a plain object: `version` is bumped when what it writes for the same blocks changes, so that a
 * database indexed with an older version is re-synced (sync/ranges.ts) rather than silently mixed.
 */
import { Asset as AssetEntity, type Asset } from '../model'
import type { ChainConfig } from '../config'
import { PROFILES, type ChainProfile, type ModuleOptions } from '../chains'
import type { Runtime } from '../decoders/decode'
import type { AccountFree } from './balances'
import type { AssetInfo } from '../mappings/locations'
import type { EventCtx } from '../mappings/facts'
import type { Block, BlockHeader } from '../block'

export type { BlockHeader }

/** A TypeORM entity class of the generated model. */
export type EntityClass<E extends { id: string } = any> = new (props?: Partial<E>) => E

/** What every module sees of the chain it runs on. */
export interface ChainEnv {
  cfg: ChainConfig
  ss58Prefix: number
  native: AssetInfo
  /** best head of the chain, for sync status */
  chainHeight: () => Promise<number>
  /**
   * A JSON-RPC call to the chain's endpoint, for storage reads at blocks the processor did not fetch (the treasury's
   * day-closing search); only a module's reads() use it, so outside the database transaction.
   */
  rpc?: (method: string, params: unknown[]) => Promise<any>
  /** the free balance of an account at a block; default: storage System.Account of the chain's runtime (tests replace it) */
  accountFree?: AccountFree
}

/** The profile of the chain `env` runs on (chains/). */
export function profileOf(env: ChainEnv): ChainProfile {
  return PROFILES[env.cfg.chain]
}

/** The options the chain's profile sets for module `name` (undefined: the module's defaults). */
export function optionsOf<K extends keyof ModuleOptions>(env: ChainEnv, name: K): ModuleOptions[K] | undefined {
  return profileOf(env).modules[name]
}

export interface EventRequest {
  /** "Pallet.Event" names */
  names: string[]
  /** the extrinsic that emitted it (its hash); leave out for events whose facts do not carry one */
  extrinsic?: boolean
  call?: boolean
  /** the blocks to fetch it in (default: all the processor's); Subsquid cannot filter an event by its args */
  range?: { from: number; to?: number }
}

export interface CallRequest {
  names: string[]
  events?: boolean
  extrinsic?: boolean
}

export interface Requests {
  events?: EventRequest[]
  calls?: CallRequest[]
}

/** Rows of one entity type by id; `relations` as TypeORM's find option (e.g. { asset: true }). */
export interface LoadRequest {
  entity: EntityClass
  ids: Iterable<string>
  relations?: Record<string, boolean>
}

/** One storage value at one block, read outside the database transaction (storage.ts). */
export interface StorageRead<T = unknown> {
  block: BlockHeader
  /** what it is, for the error an endpoint without that block's state causes: "System.Account of the treasury pot" */
  what: string
  read(block: BlockHeader): Promise<T>
}

/** The storage reads of a module whose values have the types of V, by key (a key may be left out). */
export type StorageReads<V> = { [K in keyof V]?: StorageRead<V[K]> }

/** The value of the storage read named `key` in reads() (undefined: not read in this batch). */
export type ReadValue<V> = <K extends keyof V & string>(key: K) => V[K] | undefined

export interface ApplyContext<V = {}> {
  /** a row the load phase found (undefined: not in the database) */
  loaded<E extends { id: string }>(entity: EntityClass<E>, id: string): E | undefined
  read: ReadValue<V>
  /** rows to upsert at the end of the batch; a later row of the same id replaces an earlier one */
  write<E extends { id: string }>(entity: EntityClass<E>, rows: Iterable<E>): void
  /** the Asset dimension, shared by every module of the batch (written first) */
  assets: Map<string, Asset>
  warn(message: string): void
}

/** Access to the records of modules that decoded earlier in the batch (those in `after`). */
export type RecordsOf = <R>(module: PalletModule<R, any, any, any>) => R

/**
 * A PalletModule<R, V, S, D> decodes to records R with decoders D (one set per runtime), reads storage values V
 * (by key) and may hand state S from one batch to the next (see handOn).
 */
export interface PalletModule<R = unknown, V = {}, S = unknown, D = unknown> {
  name: string
  version: number
  /** modules whose records decode() reads; they decode first, and a re-sync of one of them re-syncs this one */
  after?: PalletModule<any, any, any, any>[]
  /** entity types this module owns and writes, parents before children (a re-sync deletes them for its chain) */
  entities: EntityClass[]
  /**
   * Its decoders by runtime. On a chain whose runtime has none the module requests nothing and decodes to empty();
   * a module without decoders (one that only reads other modules' records) always decodes.
   */
  decoders?: Partial<Record<Runtime, D>>
  /** the records of a batch with nothing of this module's (also what readers get where it is not enabled) */
  empty(): R
  /** whether the chain has this pallet domain (e.g. a Treasury pallet); default: its runtime has this module's decoders */
  enabled?(env: ChainEnv): boolean
  requests(env: ChainEnv, decoders: D): Requests
  decode(env: ChainEnv, blocks: Block[], recordsOf: RecordsOf, decoders: D): R
  /** `previous`: what the batch before this one handed on (handOn); undefined after a restart */
  load(env: ChainEnv, records: R, blocks: Block[], previous?: S): LoadRequest[]
  reads?(env: ChainEnv, records: R, blocks: Block[], previous?: S): StorageReads<V>
  apply(env: ChainEnv, records: R, ctx: ApplyContext<V>, blocks: Block[]): void
  /**
   * What this batch hands the next one (e.g. the treasury's balance at its last block, where the next day search
   * starts), from its blocks and storage reads only, never from a variable the module keeps: the handler keeps it
   * by the hash of the batch's last block, so a batch after a fork gets the state of the block it builds on, each
   * hot slice the state of the slice before it, and a restart none.
   */
  handOn?(env: ChainEnv, blocks: Block[], read: ReadValue<V>, previous?: S): S | undefined
}

/** A registry entry: a module of any records, reads, state and decoders. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModule = PalletModule<any, any, any, any>

/** Keeps the record, read, state and decoder types of a module literal. */
export function defineModule<R, V = {}, S = unknown, D = undefined>(m: PalletModule<R, V, S, D>): PalletModule<R, V, S, D> {
  return m
}

/** This module's decoders on `env`'s chain (undefined: its runtime has none, or the module declares none). */
export function decodersOn<D>(m: PalletModule<any, any, any, D>, env: ChainEnv): D | undefined {
  return m.decoders?.[env.cfg.decoders]
}

/** Whether `m` runs on `env`'s chain: its own judgement, else whether the runtime has its decoders (or it needs none). */
export function isEnabled(m: AnyModule, env: ChainEnv): boolean {
  return m.enabled ? m.enabled(env) : !m.decoders || decodersOn(m, env) !== undefined
}

/** What `m` asks the processor for on `env`'s chain: nothing where its runtime has none of its decoders. */
export function requestsOf(m: AnyModule, env: ChainEnv): Requests {
  const d = decodersOn(m, env)
  return m.decoders && d === undefined ? { events: [] } : m.requests(env, d)
}

/** The identity of a fact row from the event that caused it. */
export function eventCtx(chain: string, block: Block, e: Block['events'][number]): EventCtx {
  return {
    chain,
    blockNumber: block.header.height,
    timestamp: new Date(block.header.timestamp ?? 0),
    eventIndex: e.index,
    extrinsicIndex: e.extrinsicIndex,
    extrinsicHash: e.extrinsic?.hash,
  }
}

/** The Asset row of `info` in the batch's shared dimension, added when new. */
export function assetOf(assets: Map<string, Asset>, info: AssetInfo): Asset {
  let a = assets.get(info.id)
  if (!a) {
    a = new AssetEntity({ id: info.id, symbol: info.symbol, decimals: info.decimals, chain: info.chain })
    assets.set(info.id, a)
  }
  return a
}
