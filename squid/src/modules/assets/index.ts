/**
 * Assets and ForeignAssets (Asset Hub), as a library the modules share (not a registered module yet: the Hub
 * issue makes it one): an asset's transfers, an account's balance of an asset at a block (storage Assets.Account),
 * and an asset's symbol and decimals (Assets.Metadata / ForeignAssets.Metadata).
 */
import { eventDecoder, storageAt, type Decoder, type Runtime } from '../../decoders/decode'
import { metadataKeyOf } from '../../mappings/locations'
import type { BalanceTransfer } from '../balances'
import { events, storage } from '../../types/assetHub'

export interface AssetsDecoders {
  /** Assets.Transferred */
  transfer: Decoder<BalanceTransfer & { assetId: number }>
  /** balance of an account in Assets-pallet asset `assetId` at a block */
  balance(block: any, assetId: number, account: string): Promise<bigint | undefined>
  /** symbol and decimals of an Asset id (assethub-assets:n, assethub-foreign:<location>); undefined: none stored */
  metadata(block: any, assetId: string): Promise<{ symbol: string; decimals: number } | undefined>
}

interface MetadataVersion {
  is(block: any): boolean
  get(block: any, key: any): Promise<{ symbol: string; decimals: number; deposit: bigint } | undefined>
}

const metadataOf = async (versions: Record<string, MetadataVersion>, what: string, block: any, key: unknown) => {
  if (block._runtime && !block._runtime.hasStorageItem(what)) return undefined
  const m = await storageAt('asset-hub', what, versions, block).get(block, key)
  // a Default storage answers an absent key with the default: no symbol, no deposit
  if (!m || (!m.symbol && !m.deposit)) return undefined
  return { symbol: Buffer.from(String(m.symbol).replace(/^0x/, ''), 'hex').toString('utf8'), decimals: m.decimals }
}

const assetHubAssets: AssetsDecoders = {
  transfer: eventDecoder(events.assets.transferred),
  balance: async (block, assetId, account) => (await storageAt('asset-hub', 'Assets.Account', storage.assets.account, block).get(block, assetId, account))?.balance,
  metadata(block, assetId) {
    const key = metadataKeyOf(assetId)
    if (key?.pallet === 'Assets') return metadataOf(storage.assets.metadata as Record<string, MetadataVersion>, 'Assets.Metadata', block, key.id)
    if (key?.pallet === 'ForeignAssets') return metadataOf(storage.foreignAssets.metadata as Record<string, MetadataVersion>, 'ForeignAssets.Metadata', block, key.location)
    return Promise.resolve(undefined)
  },
}

export const ASSETS: Readonly<Partial<Record<Runtime, AssetsDecoders>>> = { assetHub: assetHubAssets }
