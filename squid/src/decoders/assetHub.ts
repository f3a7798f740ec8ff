/** Asset Hub decoders (fees, including fees paid in other assets; Assets and Treasury come with later issues). */
import { events } from '../types/assetHub'
import { decodeVersioned } from './decode'
import type { ChainDecoders } from './chain'
import { commonDecoders } from './common'

const common = commonDecoders(events)

export const assetHubDecoders: ChainDecoders = {
  ...common,
  chain: 'asset-hub',
  feePaid(chain, e) {
    if (e.name === events.assetTxPayment.assetTxFeePaid.name) {
      const v = decodeVersioned<{ who: string; actualFee: bigint; tip: bigint; assetId: unknown }>(chain, e, events.assetTxPayment.assetTxFeePaid)
      return { who: v.who, actualFee: v.actualFee, tip: v.tip, assetId: v.assetId ?? undefined }
    }
    return common.feePaid(chain, e)
  },
  eventNames: [...common.eventNames, events.assetTxPayment.assetTxFeePaid.name],
}
