/**
 * The replay file format (JSONL; devnet/README.md documents it for users). Line 1 is the header, every other
 * line one block. Integers that may exceed 2^53 (balances) are decimal strings.
 */
import type { EventJson, ExtrinsicJson } from './runtime'

export interface ReplayHeader {
  /** format version: 1 */
  replay: 1
  /** chain id, e.g. "relay", "asset-hub", "coretime"; names the chain in errors and on the multi-chain server */
  chain: string
  /** "specName/specVersion" → v14 metadata file, relative to `metadataDir` */
  specs: Record<string, string>
  /** folder of the metadata files: absolute, or relative to the replay file; default REPLAY_METADATA_DIR or ../shared/metadata/v14 */
  metadataDir?: string
  /** what system_properties answers; default the metadata's SS58 prefix and no token */
  properties?: { ss58Format?: number; tokenDecimals?: number | number[]; tokenSymbol?: string | string[] }
  /** what system_chain answers; default the chain id */
  systemChain?: string
  /** height of the finalized head on the best branch; default: the best head (everything final) */
  finalized?: number
  /** blocks revealed later (a live chain) are finalized this far behind the head; default 2 */
  finalityLag?: number
  /** branch of the best head; default "main" */
  best?: string
}

export interface ReplayBlock {
  number: number
  /** branch name; default "main". A branch's first block forks off the block `number - 1` of branch `parent`. */
  branch?: string
  /** for the first block of a branch: the branch it forks off; default "main" */
  parent?: string
  /** ms since the epoch; when given, the server puts the Timestamp.set inherent first (extrinsic 0) */
  timestamp?: number
  /** "specName/specVersion" of the runtime that executed this block (encodes its events); default: the parent's */
  spec?: string
  /**
   * With `timestamp`: the extrinsics after the Timestamp.set inherent (the first listed is extrinsic 1). Without:
   * the block's whole list. Each is hex (as chain_getBlock returns it) or a call to encode.
   */
  extrinsics?: (string | ExtrinsicJson)[]
  /**
   * Storage System.Events of this block: hex (served as is) or decoded events, which the server encodes with the
   * block's spec, ordered Initialization, then by extrinsic, then Finalization, and completed with
   * System.ExtrinsicSuccess for every extrinsic whose events do not end with ExtrinsicSuccess/ExtrinsicFailed.
   */
  events?: string | EventJson[]
  /** storage written by this block: key hex → value hex, or null to delete; it stays until a later block writes it */
  storage?: Record<string, string | null>
  /** header digest logs (DigestItem hex); default none */
  digest?: string[]
  /** header fields the server fills when absent */
  parentHash?: string
  stateRoot?: string
  extrinsicsRoot?: string
  /** where this block sits on the relay-block timeline (parachains; the relay's own blocks default to `number`) */
  relayBlock?: number
}

export class ReplayFormatError extends Error {
  name = 'ReplayFormatError'
}

const HEX = /^0x([0-9a-fA-F]{2})*$/
const HASH = /^0x[0-9a-fA-F]{64}$/

function fail(where: string, msg: string): never {
  throw new ReplayFormatError(`${where}: ${msg}`)
}

export function validateHeader(v: unknown, where: string): ReplayHeader {
  if (v == null || typeof v !== 'object' || Array.isArray(v)) fail(where, 'the header must be a JSON object')
  const h = v as ReplayHeader
  if (h.replay !== 1) fail(where, `the first line must be the header, {"replay": 1, "chain": ..., "specs": {...}}; got replay=${JSON.stringify(h.replay)}`)
  if (typeof h.chain !== 'string' || !h.chain) fail(where, 'header.chain must name the chain')
  if (h.specs == null || typeof h.specs !== 'object' || !Object.keys(h.specs).length) fail(where, 'header.specs must map "specName/specVersion" to a metadata file')
  for (const [k, f] of Object.entries(h.specs)) {
    if (!/^[^/]+\/\d+$/.test(k)) fail(where, `header.specs key "${k}" is not "specName/specVersion"`)
    if (typeof f !== 'string') fail(where, `header.specs["${k}"] must be a file name`)
  }
  if (h.finalized !== undefined && (!Number.isSafeInteger(h.finalized) || h.finalized < 0)) fail(where, 'header.finalized must be a block number')
  if (h.finalityLag !== undefined && (!Number.isSafeInteger(h.finalityLag) || h.finalityLag < 0)) fail(where, 'header.finalityLag must be a number of blocks')
  return h
}

export function validateBlock(v: unknown, where: string, specs: Record<string, string>): ReplayBlock {
  if (v == null || typeof v !== 'object' || Array.isArray(v)) fail(where, 'a block line must be a JSON object')
  const b = v as ReplayBlock
  if (!Number.isSafeInteger(b.number) || b.number < 0 || b.number > 0xffffffff) fail(where, `number must be a block number (u32), got ${JSON.stringify(b.number)}`)
  if (b.timestamp !== undefined && (!Number.isSafeInteger(b.timestamp) || b.timestamp < 0)) fail(where, 'timestamp must be ms since the epoch')
  if (b.spec !== undefined && !(b.spec in specs)) fail(where, `spec "${b.spec}" is not in header.specs (${Object.keys(specs).join(', ')})`)
  if (b.extrinsics !== undefined) {
    if (!Array.isArray(b.extrinsics)) fail(where, 'extrinsics must be an array')
    b.extrinsics.forEach((x, i) => {
      if (typeof x === 'string') {
        if (!HEX.test(x)) fail(where, `extrinsics[${i}] is not hex`)
      } else if (x == null || typeof x !== 'object' || typeof x.call !== 'string' || !x.call.includes('.')) {
        fail(where, `extrinsics[${i}] must be hex or {"call": "Pallet.call_name", "args": {...}}`)
      }
    })
  }
  if (b.events !== undefined) {
    if (typeof b.events === 'string') {
      if (!HEX.test(b.events)) fail(where, 'events is a string but not hex')
    } else if (!Array.isArray(b.events)) fail(where, 'events must be hex or an array of {"name", "args"}')
    else
      b.events.forEach((e, i) => {
        if (e == null || typeof e.name !== 'string' || !e.name.includes('.') || e.args == null || typeof e.args !== 'object') {
          fail(where, `events[${i}] must be {"name": "Pallet.Event", "args": {...}}`)
        }
        if (e.extrinsic !== undefined && (!Number.isSafeInteger(e.extrinsic) || e.extrinsic < 0)) fail(where, `events[${i}].extrinsic must be an extrinsic index`)
      })
  }
  if (b.storage !== undefined) {
    if (b.storage == null || typeof b.storage !== 'object' || Array.isArray(b.storage)) fail(where, 'storage must map key hex to value hex')
    for (const [k, val] of Object.entries(b.storage)) {
      if (!HEX.test(k) || k.length < 4) fail(where, `storage key ${k} is not hex`)
      if (val !== null && (typeof val !== 'string' || !HEX.test(val))) fail(where, `storage[${k}] must be hex or null`)
    }
  }
  for (const f of ['parentHash', 'stateRoot', 'extrinsicsRoot'] as const) {
    if (b[f] !== undefined && !HASH.test(b[f]!)) fail(where, `${f} must be a 32-byte hash`)
  }
  if (b.digest !== undefined && (!Array.isArray(b.digest) || b.digest.some((d) => typeof d !== 'string' || !HEX.test(d)))) fail(where, 'digest must be an array of hex')
  return b
}
