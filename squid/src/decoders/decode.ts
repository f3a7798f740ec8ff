/**
 * The version ladder every module's decoders climb: a typegen'd event (or storage item) has one type per runtime
 * version that changed its shape; a decoder takes the first whose shape the event matches and throws
 * UnknownEventShapeError when none does. Nothing here names a pallet.
 */
import { UnknownEventShapeError } from './errors'

/** The runtimes typegen generates into squid/src/types/<runtime>: one per chain whose metadata the inputs hold. */
export type Runtime = 'relay' | 'assetHub' | 'coretime' | 'people' | 'collectives'

/** What the typegen'd EventType needs, and what an error message needs, of a processor event. */
export interface DecodableEvent {
  id: string
  name: string
  args: unknown
  block: { _runtime: any; height: number; specVersion?: number }
}

/** A typegen'd event: its "Pallet.Event" name and one type per runtime version. */
export interface EventVersions {
  name: string
}

interface VersionedEventType<T> {
  is(e: any): boolean
  decode(e: any): T
}

/**
 * Decodes `e` with the first runtime version whose shape it matches; `chain` names the chain in the error thrown
 * when none does. `versions` is a typegen'd event object such as `events.treasury.paid`.
 */
export function decodeVersioned<T>(chain: string, e: DecodableEvent, versions: EventVersions): T {
  for (const [key, type] of Object.entries(versions)) {
    if (key === 'name') continue
    const t = type as VersionedEventType<T>
    if (t.is(e)) return t.decode(e)
  }
  throw new UnknownEventShapeError(chain, e.block.height, e.id, e.name, e.block.specVersion)
}

/**
 * A decoder of some events into plain records: undefined for an event of another name, UnknownEventShapeError
 * for one of its names whose shape no runtime version matches. `names` are the events it decodes: what a module
 * asks the processor for is the names of its decoders.
 */
export interface Decoder<T> {
  (chain: string, e: DecodableEvent): T | undefined
  readonly names: readonly string[]
}

export function decoder<T>(names: readonly string[], decode: (chain: string, e: DecodableEvent) => T | undefined): Decoder<T> {
  const set = new Set(names)
  return Object.assign((chain: string, e: DecodableEvent) => (set.has(e.name) ? decode(chain, e) : undefined), { names: [...set] })
}

/** One decoder over the versions typegen generated for one event, its fields mapped by `map` (default: as they are). */
export function eventDecoder<V, T = V>(versions: EventVersions, map?: (v: V) => T): Decoder<T> {
  return decoder([versions.name], (chain, e) => {
    const v = decodeVersioned<V>(chain, e, versions)
    return map ? map(v) : (v as unknown as T)
  })
}

/** The first of `decoders` that decodes the event (their names never overlap); absent ones are skipped. */
export function anyOf<T>(...decoders: (Decoder<T> | undefined)[]): Decoder<T> {
  const ds = decoders.filter((d): d is Decoder<T> => d !== undefined)
  const byName = new Map(ds.flatMap((d) => d.names.map((n) => [n, d] as const)))
  return decoder([...byName.keys()], (chain, e) => byName.get(e.name)!(chain, e))
}

/** The event names of some decoders, each once (several decoders of a module may share one). */
export function namesOf(...decoders: (Decoder<unknown> | undefined)[]): string[] {
  return [...new Set(decoders.flatMap((d) => d?.names ?? []))]
}

/** Whether `x` is a Decoder (a module's decoder set also holds storage readers). */
export function isDecoder(x: unknown): x is Decoder<unknown> {
  return typeof x === 'function' && Array.isArray((x as { names?: unknown }).names)
}

/** A typegen'd storage item or constant of one runtime version. */
export interface StorageVersion {
  is(block: any): boolean
}

/**
 * The version of `versions` (a typegen'd storage item or constant, such as `storage.system.account`) the block's
 * runtime has; throws naming the item, chain and block when typegen knows none.
 */
export function versionAt<V extends StorageVersion>(chain: string, what: string, versions: Record<string, V>, block: any): V {
  for (const v of Object.values(versions)) if (v.is(block)) return v
  throw new Error(`no decoder for ${what} on ${chain} at block ${block.height} (spec ${block.specVersion}): regenerate the decoders with this runtime's metadata (npm run typegen:add)`)
}

export const storageAt = <V extends StorageVersion>(chain: string, what: string, versions: Record<string, V>, block: any): V => versionAt(chain, `storage ${what}`, versions, block)
