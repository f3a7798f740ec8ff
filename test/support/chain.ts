/**
 * Events encoded with real runtime metadata and decoded back the way the processor does it.
 * - Encoding: @polkadot/types with the metadata's own type registry (an independent SCALE implementation) builds
 *   the bytes of storage System.Events.
 * - Decoding: @subsquid/substrate-data's decodeEvents (what the RPC ingester runs on System.Events), toJSON of the
 *   args (what substrate-processor does before handing events over), and the processor's own Block / Event /
 *   Extrinsic classes, so `event.block._runtime`, `event.id` and `event.extrinsic` are the real thing.
 */
import { Metadata, TypeRegistry } from '@polkadot/types'
import { stringCamelCase, u8aConcat, u8aToHex } from '@polkadot/util'
import { Runtime } from '@subsquid/substrate-runtime'
import { decodeEvents } from '@subsquid/substrate-data/lib/parsing/event'
import { toJSON } from '@subsquid/util-internal-json'
import { Block as PBlock, BlockHeader, Event as PEvent, Extrinsic as PExtrinsic, setUpItems } from '@subsquid/substrate-processor/lib/mapping'
import type { Block } from '../../squid/src/block'
import type { MetadataRecord } from './metadata'

export interface TestRuntime {
  record: MetadataRecord
  runtime: Runtime
  registry: TypeRegistry
}

const runtimes = new Map<string, TestRuntime>()

export function testRuntime(record: MetadataRecord): TestRuntime {
  const key = `${record.specName}/${record.specVersion}/${record.implName}/${record.metadata.length}/${record.metadata.slice(-64)}`
  let rt = runtimes.get(key)
  if (!rt) {
    const registry = new TypeRegistry()
    registry.setMetadata(new Metadata(registry, record.metadata as `0x${string}`))
    rt = { record, runtime: new Runtime(record, record.metadata), registry }
    runtimes.set(key, rt)
  }
  return rt
}

export interface EventSpec {
  /** "Pallet.Variant" */
  name: string
  /** field values keyed by camelCased field name, in @polkadot/types input form (hex, number, bigint, {Variant: value}) */
  args: Record<string, unknown>
  /** index of the extrinsic that emitted it (phase ApplyExtrinsic); omitted: phase Initialization */
  extrinsic?: number
}

/** SCALE bytes of one RuntimeEvent: pallet index, variant index, fields. Every field must be given, no other. */
export function encodeEvent(rt: TestRuntime, name: string, args: Record<string, unknown>): Uint8Array {
  const [palletName, variantName] = name.split('.')
  const { registry } = rt
  const pallet = registry.metadata.pallets.find((p) => p.name.toString() === palletName)
  if (!pallet || pallet.events.isNone) throw new Error(`${rt.record.specName} ${rt.record.specVersion} has no events of pallet ${palletName}`)
  const variant = registry.lookup.getSiType(pallet.events.unwrap().type).def.asVariant.variants.find((v) => v.name.toString() === variantName)
  if (!variant) throw new Error(`${rt.record.specName} ${rt.record.specVersion} has no event ${name}`)
  const names = variant.fields.map((f, i) => (f.name.isSome ? stringCamelCase(f.name.unwrap().toString()) : String(i)))
  const given = Object.keys(args).sort()
  if (given.join() !== [...names].sort().join()) throw new Error(`${name} has fields ${names.join(', ')}; got ${given.join(', ')}`)
  const fields = variant.fields.map((f, i) => registry.createType(registry.createLookupType(f.type), args[names[i]]).toU8a())
  return u8aConcat(Uint8Array.of(pallet.index.toNumber(), variant.index.toNumber()), ...fields)
}

/** The value of storage System.Events (Vec<EventRecord>) holding these events in this order, as hex. */
export function encodeSystemEvents(rt: TestRuntime, events: EventSpec[]): string {
  const records = events.map((e) => ({
    phase: e.extrinsic === undefined ? { Initialization: null } : { ApplyExtrinsic: e.extrinsic },
    event: encodeEvent(rt, e.name, e.args),
    topics: [],
  }))
  return u8aToHex(rt.registry.createType('Vec<EventRecord>', records).toU8a())
}

export interface BlockSpec {
  height: number
  /** ms since epoch */
  timestamp?: number
  events: EventSpec[]
}

export function extrinsicHash(height: number, index: number): string {
  return '0x' + height.toString(16).padStart(8, '0') + index.toString(16).padStart(8, '0') + 'ee'.repeat(24)
}

/** A processor block (header, events, extrinsics) whose events were decoded from their real encoding. */
export function processorBlock(rt: TestRuntime, spec: BlockSpec): Block {
  return processorBlockOfEvents(rt, spec, encodeSystemEvents(rt, spec.events))
}

/** A processor block from the hex of its System.Events storage value, decoded as the processor does. */
export function processorBlockOfEvents(rt: TestRuntime, spec: Omit<BlockSpec, 'events'>, eventsHex: string): Block {
  const { runtime, record } = rt
  const header = new BlockHeader(runtime, runtime, {
    height: spec.height,
    hash: '0x' + spec.height.toString(16).padStart(64, 'a'),
    parentHash: '0x' + (spec.height - 1).toString(16).padStart(64, 'a'),
    specName: record.specName,
    specVersion: record.specVersion,
    implName: record.implName,
    implVersion: record.implVersion,
    timestamp: spec.timestamp,
  } as any)
  const block = new PBlock(header)
  for (const d of decodeEvents(runtime, eventsHex)) {
    const e = new PEvent(header, d.index)
    e.name = d.name
    e.args = toJSON(d.args)
    e.phase = d.phase
    if (d.extrinsicIndex !== undefined) e.extrinsicIndex = d.extrinsicIndex
    block.events.push(e)
    if (d.extrinsicIndex !== undefined && !block.extrinsics.some((x) => x.index === d.extrinsicIndex)) {
      const x = new PExtrinsic(header, d.extrinsicIndex)
      x.hash = extrinsicHash(spec.height, d.extrinsicIndex)
      x.success = true
      block.extrinsics.push(x)
    }
  }
  setUpItems(block)
  return block as unknown as Block
}

/** One event, encoded and decoded as above, at this block height. */
export function processorEvent(rt: TestRuntime, name: string, args: Record<string, unknown>, height = 1000, extrinsic = 1): Block['events'][number] {
  return processorBlock(rt, { height, timestamp: Date.UTC(2025, 0, 2), events: [{ name, args, extrinsic }] }).events[0]
}
