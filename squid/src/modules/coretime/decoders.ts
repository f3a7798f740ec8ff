/**
 * The relay's OnDemand pallet as plain records: orders and credits. One shape in every relay runtime of the inputs
 * that has the pallet (from 1006002); the events of another shape stop the processor.
 */
import { anyOf, eventDecoder, type Decoder, type Runtime } from '../../decoders/decode'
import * as relay from '../../types/relay'

export type OnDemandChange = { kind: 'OrderPlaced'; paraId: number; spotPrice: bigint; orderedBy: string } | { kind: 'AccountCredited'; who: string; amount: bigint }

export interface OnDemandDecoders {
  onDemand: Decoder<OnDemandChange>
}

export const ON_DEMAND_DECODERS: Readonly<Partial<Record<Runtime, OnDemandDecoders>>> = {
  relay: {
    onDemand: anyOf<OnDemandChange>(
      eventDecoder<{ paraId: number; spotPrice: bigint; orderedBy: string }, OnDemandChange>(relay.events.onDemand.onDemandOrderPlaced, (x) => ({ kind: 'OrderPlaced', ...x })),
      eventDecoder<{ who: string; amount: bigint }, OnDemandChange>(relay.events.onDemand.accountCredited, (x) => ({ kind: 'AccountCredited', ...x })),
    ),
  },
}
