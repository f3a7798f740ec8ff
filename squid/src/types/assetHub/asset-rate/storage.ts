import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009001 from '../assetHubPaseoV1009001'

export const conversionRateToNative =  {
    /**
     *  Maps an asset to its fixed point representation in the native balance.
     * 
     *  E.g. `native_amount = asset_amount * ConversionRateToNative::<T>::get(asset_kind)`
     */
    assetHubPaseoV1009001: new StorageType('AssetRate.ConversionRateToNative', 'Optional', [assetHubPaseoV1009001.VersionedLocatableAsset], assetHubPaseoV1009001.FixedU128) as ConversionRateToNativeAssetHubPaseoV1009001,
}

/**
 *  Maps an asset to its fixed point representation in the native balance.
 * 
 *  E.g. `native_amount = asset_amount * ConversionRateToNative::<T>::get(asset_kind)`
 */
export interface ConversionRateToNativeAssetHubPaseoV1009001  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: assetHubPaseoV1009001.VersionedLocatableAsset): Promise<(assetHubPaseoV1009001.FixedU128 | undefined)>
    getMany(block: Block, keys: assetHubPaseoV1009001.VersionedLocatableAsset[]): Promise<(assetHubPaseoV1009001.FixedU128 | undefined)[]>
    getKeys(block: Block): Promise<assetHubPaseoV1009001.VersionedLocatableAsset[]>
    getKeys(block: Block, key: assetHubPaseoV1009001.VersionedLocatableAsset): Promise<assetHubPaseoV1009001.VersionedLocatableAsset[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<assetHubPaseoV1009001.VersionedLocatableAsset[]>
    getKeysPaged(pageSize: number, block: Block, key: assetHubPaseoV1009001.VersionedLocatableAsset): AsyncIterable<assetHubPaseoV1009001.VersionedLocatableAsset[]>
    getPairs(block: Block): Promise<[k: assetHubPaseoV1009001.VersionedLocatableAsset, v: (assetHubPaseoV1009001.FixedU128 | undefined)][]>
    getPairs(block: Block, key: assetHubPaseoV1009001.VersionedLocatableAsset): Promise<[k: assetHubPaseoV1009001.VersionedLocatableAsset, v: (assetHubPaseoV1009001.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: assetHubPaseoV1009001.VersionedLocatableAsset, v: (assetHubPaseoV1009001.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: assetHubPaseoV1009001.VersionedLocatableAsset): AsyncIterable<[k: assetHubPaseoV1009001.VersionedLocatableAsset, v: (assetHubPaseoV1009001.FixedU128 | undefined)][]>
}
