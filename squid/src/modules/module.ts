/**
 * One pallet domain of the indexer (treasury, fees; later referenda, bounties, staking, broker, ...) behind one
 * small interface. The handler (handler.ts) runs every module of the registry (registry.ts) through the same batch
 * phases, and knows nothing of any pallet:
 *
 *   requests  what the processor fetches for it: event (and call) names, each with only the relations it needs
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
import type { ChainDecoders } from '../decoders/chain'
import type { AssetInfo } from '../mappings/locations'
import type { EventCtx } from '../mappings/facts'
import type { Block, BlockHeader } from '../block'

export type { BlockHeader }

/** A TypeORM entity class of the generated model. */
export type EntityClass<E extends { id: string } = any> = new (props?: Partial<E>) => E

/** What every module sees of the chain it runs on. */
export interface ChainEnv {
  cfg: ChainConfig
  decoders: ChainDecoders
  ss58Prefix: number
  native: AssetInfo
  /** best head of the chain, for sync status */
  chainHeight: () => Promise<number>
  /**
   * A JSON-RPC call to the chain's endpoint, for storage reads at blocks the processor did not fetch (the treasury's
   * day-closing search); only a module's reads() use it, so outside the database transaction.
   */
  rpc?: (method: string, params: unknown[]) => Promise<any>
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

export interface ApplyContext {
  /** a row the load phase found (undefined: not in the database) */
  loaded<E extends { id: string }>(entity: EntityClass<E>, id: string): E | undefined
  /** the value of the storage read this module named `key` in reads() */
  read<T>(key: string): T | undefined
  /** rows to upsert at the end of the batch; a later row of the same id replaces an earlier one */
  write<E extends { id: string }>(entity: EntityClass<E>, rows: Iterable<E>): void
  /** the Asset dimension, shared by every module of the batch (written first) */
  assets: Map<string, Asset>
  warn(message: string): void
}

/** Access to the records of modules that decoded earlier in the batch (those in `after`). */
export type RecordsOf = <R>(module: PalletModule<R>) => R

/**
 * A PalletModule<R, S> decodes to records R and may hand state S from one batch to the next (see handOn).
 */
export interface PalletModule<R = unknown, S = unknown> {
  name: string
  version: number
  /** modules whose records decode() reads; they decode first, and a re-sync of one of them re-syncs this one */
  after?: PalletModule<any>[]
  /** entity types this module owns and writes, parents before children (a re-sync deletes them for its chain) */
  entities: EntityClass[]
  /** whether the chain has this pallet domain (e.g. a Treasury pallet) */
  enabled(env: ChainEnv): boolean
  requests(env: ChainEnv): Requests
  decode(env: ChainEnv, blocks: Block[], recordsOf: RecordsOf): R
  /** `previous`: what the batch before this one handed on (handOn); undefined after a restart */
  load(env: ChainEnv, records: R, blocks: Block[], previous?: S): LoadRequest[]
  reads?(env: ChainEnv, records: R, blocks: Block[], previous?: S): Record<string, StorageRead>
  apply(env: ChainEnv, records: R, ctx: ApplyContext, blocks: Block[]): void
  /**
   * What this batch hands the next one (e.g. the treasury's balance at its last block, where the next day search
   * starts), from its blocks and storage reads only, never from a variable the module keeps: the handler keeps it
   * by the hash of the batch's last block, so a batch after a fork gets the state of the block it builds on, each
   * hot slice the state of the slice before it, and a restart none.
   */
  handOn?(env: ChainEnv, blocks: Block[], read: <T>(key: string) => T | undefined, previous?: S): S | undefined
}

/** Keeps the record and state types of a module literal (a registry entry is a PalletModule<unknown>). */
export function defineModule<R, S = unknown>(m: PalletModule<R, S>): PalletModule<R, S> {
  return m
}

/** The event names of `wanted` this chain's decoders decode (a module asks only for what the chain has). */
export function namesOnChain(env: ChainEnv, wanted: (name: string) => boolean): string[] {
  return env.decoders.eventNames.filter(wanted)
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
