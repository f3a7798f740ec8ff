/**
 * What a module domain adds to the generated year: its events on the blocks of the chains it lives on, and the
 * totals those events make, computed here as the events are written (tests assert the indexed figures against
 * them). The generator (index.ts) calls every contributor on every block, in the order they are listed.
 */
import { compactAddLength, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util'
import type { BlockBuilder, ReplayWriter } from '../generator'
import type { BlockAt, YearChain } from './clock'

export interface YearContributor {
  /** the module domain, as the summary names it */
  domain: string
  /** balances the chain starts with (before its first block) */
  genesis?(chain: YearChain, w: ReplayWriter): void
  /**
   * Storage the chain holds from its genesis block (each chain's first block, which carries balances and storage but
   * no event: the processors start after it, so that its balances open the first day instead of showing as drift)
   */
  setup?(b: BlockBuilder, at: BlockAt): void
  /** this domain's events in one block (every block after the genesis block) */
  block(b: BlockBuilder, at: BlockAt, w: ReplayWriter): void
  /** its totals (bigints as decimal strings), with a count per UTC day where the domain has a daily series */
  totals(): Record<string, unknown>
}

/** FRAME's PalletId::into_account_truncating / into_sub_account_truncating, as 0x-hex. */
export function palletAccount(id: string, sub?: Uint8Array): string {
  const out = new Uint8Array(32)
  out.set(u8aConcat(stringToU8a('modl'), stringToU8a(id), sub ?? new Uint8Array()).subarray(0, 32))
  return u8aToHex(out)
}

export const DOT = 10n ** 10n
export const TREASURY = palletAccount('py/trsry')
export const COLLATOR_POT = palletAccount('PotStake')
export const DAP_BUFFER = palletAccount('dap/buff')
export const DAP_STAGING = palletAccount('dap/buff', compactAddLength(stringToU8a('staging')))
export const CORETIME_BURN = palletAccount('py/ctbrn')
export const ON_DEMAND_POT = palletAccount('py/ondmd')
/** an account by one repeated byte */
export const account = (byte: number) => '0x' + byte.toString(16).padStart(2, '0').repeat(32)
/** users who pay fees, vote, buy and swap: 64 accounts 0x40… to 0x7f… */
export const USERS = Array.from({ length: 64 }, (_, i) => account(0x40 + i))

/** A small deterministic generator (mulberry32): the same options give the same year, byte for byte. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An integer in [lo, hi] */
export const between = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))

/** bigints as decimal strings, as summary.json holds them (and the API answers them) */
export const str = (v: unknown): any =>
  typeof v === 'bigint' ? v.toString() : Array.isArray(v) ? v.map(str) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, str(x)])) : v

/** Adds `v` to a per-day counter */
export function addDay<T extends number | bigint>(m: Map<string, T>, date: string, v: T): void {
  m.set(date, ((m.get(date) ?? (typeof v === 'bigint' ? 0n : 0)) as any) + v)
}
