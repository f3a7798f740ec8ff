import { UnknownEventShapeError } from './errors'

/** What the typegen'd EventType needs, and what an error message needs, of a processor event. */
export interface DecodableEvent {
  id: string
  name: string
  args: unknown
  block: { _runtime: any; height: number; specVersion?: number }
}

interface VersionedEventType<T> {
  is(e: any): boolean
  decode(e: any): T
}

/**
 * Decodes `e` with the first runtime version whose shape it matches; `chain` names the chain in the error thrown
 * when none does. `versions` is a typegen'd event object such as `events.treasury.paid`.
 */
export function decodeVersioned<T>(chain: string, e: DecodableEvent, versions: Record<string, unknown>): T {
  for (const [key, type] of Object.entries(versions)) {
    if (key === 'name') continue
    const t = type as VersionedEventType<T>
    if (t.is(e)) return t.decode(e)
  }
  throw new UnknownEventShapeError(chain, e.block.height, e.id, e.name, e.block.specVersion)
}
