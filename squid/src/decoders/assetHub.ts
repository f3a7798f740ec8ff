/** Asset Hub decoders: fees (also those paid in other assets), and the Treasury that moved here in 2025. */
import { events, storage } from '../types/assetHub'
import type { ChainDecoders } from './chain'
import { accountFreeReader, commonDecoders, eraPaidDecoder, eventDecoder } from './common'
import type { DecodableEvent } from './decode'
import type { DapEvent, EraPaid, FeePaid, SwapCredit } from './records'
import { treasuryDecoder } from './treasury'
import { location, versionedLocatableAccount, versionedLocatableAsset } from './xcm'

const common = commonDecoders(events)
const swapCreditExecuted = eventDecoder<{ amountIn: bigint; amountOut: bigint; path: [unknown, bigint][] }>(events.assetConversion.swapCreditExecuted)
const issuanceMinted = eventDecoder<{ totalMinted: bigint; elapsedMillis: bigint }>(events.dap.issuanceMinted)
const stagingDrained = eventDecoder<{ amount: bigint }>(events.dap.stagingDrained)
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
  swapCredit(chain: string, e: DecodableEvent): SwapCredit | undefined {
    const s = swapCreditExecuted(chain, e)
    return s && { amountIn: s.amountIn, amountOut: s.amountOut, path: s.path.map(([loc]) => location(loc)) }
  },
  eraPaid: eraPaidDecoder(events.staking.eraPaid),
  dap(chain: string, e: DecodableEvent): DapEvent | undefined {
    const m = issuanceMinted(chain, e)
    if (m) return { kind: 'IssuanceMinted', totalMinted: m.totalMinted, elapsedMillis: m.elapsedMillis }
    const d = stagingDrained(chain, e)
    return d && { kind: 'StagingDrained', amount: d.amount }
  },
  minted: eventDecoder<{ who: string; amount: bigint }>(events.balances.minted),
  accountFree: accountFreeReader('asset-hub', storage.system.account),
  eventNames: [
    ...common.eventNames,
    events.assetTxPayment.assetTxFeePaid.name,
    events.assetConversion.swapCreditExecuted.name,
    events.staking.eraPaid.name,
    events.dap.issuanceMinted.name,
    events.dap.stagingDrained.name,
    events.balances.minted.name,
  ],
}
