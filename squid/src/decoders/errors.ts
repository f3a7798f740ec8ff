/** Thrown when an event's shape matches none of the decoders: the processor must stop, not guess. */
export class UnknownEventShapeError extends Error {
  name = 'UnknownEventShapeError'
  constructor(
    readonly chain: string,
    readonly blockHeight: number,
    readonly eventId: string,
    readonly eventName: string,
    readonly specVersion?: number,
  ) {
    super(
      `unknown shape of ${eventName} on ${chain} at block ${blockHeight} (event ${eventId}` +
        (specVersion !== undefined ? `, spec version ${specVersion}` : '') +
        `): no decoder matches this runtime; regenerate the decoders (npm run typegen) with this runtime's metadata`,
    )
  }
}
