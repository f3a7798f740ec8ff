import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v2000000 from '../v2000000'

export const conversionRateToNative =  {
    /**
     *  Maps an asset to its fixed point representation in the native balance.
     * 
     *  E.g. `native_amount = asset_amount * ConversionRateToNative::<T>::get(asset_kind)`
     */
    v2000000: new StorageType('AssetRate.ConversionRateToNative', 'Optional', [v2000000.VersionedLocatableAsset], v2000000.FixedU128) as ConversionRateToNativeV2000000,
}

/**
 *  Maps an asset to its fixed point representation in the native balance.
 * 
 *  E.g. `native_amount = asset_amount * ConversionRateToNative::<T>::get(asset_kind)`
 */
export interface ConversionRateToNativeV2000000  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: v2000000.VersionedLocatableAsset): Promise<(v2000000.FixedU128 | undefined)>
    getMany(block: Block, keys: v2000000.VersionedLocatableAsset[]): Promise<(v2000000.FixedU128 | undefined)[]>
    getKeys(block: Block): Promise<v2000000.VersionedLocatableAsset[]>
    getKeys(block: Block, key: v2000000.VersionedLocatableAsset): Promise<v2000000.VersionedLocatableAsset[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<v2000000.VersionedLocatableAsset[]>
    getKeysPaged(pageSize: number, block: Block, key: v2000000.VersionedLocatableAsset): AsyncIterable<v2000000.VersionedLocatableAsset[]>
    getPairs(block: Block): Promise<[k: v2000000.VersionedLocatableAsset, v: (v2000000.FixedU128 | undefined)][]>
    getPairs(block: Block, key: v2000000.VersionedLocatableAsset): Promise<[k: v2000000.VersionedLocatableAsset, v: (v2000000.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: v2000000.VersionedLocatableAsset, v: (v2000000.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: v2000000.VersionedLocatableAsset): AsyncIterable<[k: v2000000.VersionedLocatableAsset, v: (v2000000.FixedU128 | undefined)][]>
}
