/**
 * A referendum's enactment is the scheduler task pallet-referenda names `blake2_256(("assembly", "enactment",
 * index).encode())`: the 8 bytes of its lock identifier, the string with its compact length, the u32 index. A
 * Scheduler.Dispatched carries that id, so the referendum it enacts is found by comparing ids; the hashes of the
 * indexes 0…n are kept once computed (a pure function's table, never state that a fork could outdate).
 */
import { blake2AsHex } from '@polkadot/util-crypto'
import { bnToU8a, compactToU8a, stringToU8a, u8aConcat } from '@polkadot/util'

const ASSEMBLY = stringToU8a('assembly')
const ENACTMENT = u8aConcat(compactToU8a('enactment'.length), stringToU8a('enactment'))
/** Polkadot has under two thousand referenda; ids past this are not enactments of a referendum. */
const MAX_INDEX = 1 << 16

export function enactmentId(index: number): string {
  return blake2AsHex(u8aConcat(ASSEMBLY, ENACTMENT, bnToU8a(index, { bitLength: 32, isLe: true })), 256)
}

const byId = new Map<string, number>()
let known = 0

/** The referendum whose enactment id `id` is (hex), or undefined: another named task. */
export function enactmentIndex(id: string): number | undefined {
  const key = id.toLowerCase()
  while (!byId.has(key) && known < MAX_INDEX) {
    const to = Math.min(MAX_INDEX, Math.max(2048, known * 2))
    for (; known < to; known++) byId.set(enactmentId(known), known)
  }
  return byId.get(key)
}

