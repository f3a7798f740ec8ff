/** Asset Hub decoders: fees (also those paid in other assets), and the Treasury that moved here in 2025. */
import { events, storage } from '../types/assetHub'
import type { ChainDecoders } from './chain'
import { accountFreeReader, commonDecoders, eventDecoder } from './common'
import type { DecodableEvent } from './decode'
import type { FeePaid } from './records'
import { treasuryDecoder } from './treasury'
import { location, versionedLocatableAccount, versionedLocatableAsset } from './xcm'

const common = commonDecoders(events)
const assetTxFeePaid = eventDecoder<{ who: string; actualFee: bigint; tip: bigint; assetId: unknown }>(events.assetTxPayment.assetTxFeePaid)

/**
 * Treasury events of Asset Hub (pallet 60 from spec 2000000), asset kinds and beneficiaries as plain
 * LocatableAsset / LocatableAccount records (decoders/xcm.ts), relative to Asset Hub. Not yet part of
 * assetHubDecoders: the treasury mapping reads locations relative to the relay chain (a later issue).
 */
export const assetHubTreasury = treasuryDecoder(events.treasury, { assetKind: versionedLocatableAsset, beneficiary: versionedLocatableAccount })

export const assetHubDecoders: ChainDecoders = {
  ...common,
  chain: 'asset-hub',
  feePaid(chain: string, e: DecodableEvent): FeePaid | undefined {
    const paidInAsset = assetTxFeePaid(chain, e)
    // asset_id is an XCM v3, v4 or v5 Location depending on the runtime; mappings get one plain shape
    if (paidInAsset) return { who: paidInAsset.who, actualFee: paidInAsset.actualFee, tip: paidInAsset.tip, assetId: location(paidInAsset.assetId) }
    return common.feePaid(chain, e)
  },
  accountFree: accountFreeReader('asset-hub', storage.system.account),
  eventNames: [...common.eventNames, events.assetTxPayment.assetTxFeePaid.name],
}
