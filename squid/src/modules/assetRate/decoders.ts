/**
 * The treasury's asset spends and the AssetRate pallet's rate of their asset: on the relay until the Asset Hub
 * migration, on Asset Hub after it (both runtimes have Treasury.AssetSpendApproved and AssetRate's storage).
 */
import { eventDecoder, storageAt, type Decoder, type EventVersions, type Runtime } from '../../decoders/decode'
import type { BlockHeader } from '../../block'
import * as relay from '../../types/relay'
import * as assetHub from '../../types/assetHub'

export interface AssetSpendApproval {
  index: number
  /**
   * the spend's asset kind as decoded: the key of AssetRate's storage (the treasury module keeps it only as the
   * asset it names, which is why this module decodes the event too)
   */
  assetKind: unknown
}

export interface AssetRateDecoders {
  assetSpendApproved: Decoder<AssetSpendApproval>
  /** AssetRate.ConversionRateToNative of an asset kind at a block (FixedU128's inner value; undefined: no rate) */
  rate(block: BlockHeader, assetKind: unknown): Promise<bigint | undefined>
}

const approved = (versions: EventVersions) => eventDecoder<AssetSpendApproval, AssetSpendApproval>(versions, (v) => ({ index: v.index, assetKind: v.assetKind }))

/** What both runtimes' typegen'd ConversionRateToNative have in common */
type RateStorage = Record<string, { is(block: any): boolean; get(block: any, assetKind: any): Promise<bigint | undefined> }>

const rate =
  (chain: string, versions: RateStorage): AssetRateDecoders['rate'] =>
  async (block, assetKind) =>
    (await storageAt(chain, 'AssetRate.ConversionRateToNative', versions, block).get(block, assetKind)) ?? undefined

export const ASSET_RATE_DECODERS: Readonly<Partial<Record<Runtime, AssetRateDecoders>>> = {
  relay: { assetSpendApproved: approved(relay.events.treasury.assetSpendApproved), rate: rate('relay', relay.storage.assetRate.conversionRateToNative) },
  assetHub: { assetSpendApproved: approved(assetHub.events.treasury.assetSpendApproved), rate: rate('asset-hub', assetHub.storage.assetRate.conversionRateToNative) },
}
