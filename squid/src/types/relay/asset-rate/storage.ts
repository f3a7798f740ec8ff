import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v1002005 from '../v1002005'
import * as v1006002 from '../v1006002'

export const conversionRateToNative =  {
    /**
     *  Maps an asset to its fixed point representation in the native balance.
     * 
     *  E.g. `native_amount = asset_amount * ConversionRateToNative::<T>::get(asset_kind)`
     */
    v1002005: new StorageType('AssetRate.ConversionRateToNative', 'Optional', [v1002005.VersionedLocatableAsset], v1002005.FixedU128) as ConversionRateToNativeV1002005,
    /**
     *  Maps an asset to its fixed point representation in the native balance.
     * 
     *  E.g. `native_amount = asset_amount * ConversionRateToNative::<T>::get(asset_kind)`
     */
    v1006002: new StorageType('AssetRate.ConversionRateToNative', 'Optional', [v1006002.VersionedLocatableAsset], v1006002.FixedU128) as ConversionRateToNativeV1006002,
}

/**
 *  Maps an asset to its fixed point representation in the native balance.
 * 
 *  E.g. `native_amount = asset_amount * ConversionRateToNative::<T>::get(asset_kind)`
 */
export interface ConversionRateToNativeV1002005  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: v1002005.VersionedLocatableAsset): Promise<(v1002005.FixedU128 | undefined)>
    getMany(block: Block, keys: v1002005.VersionedLocatableAsset[]): Promise<(v1002005.FixedU128 | undefined)[]>
    getKeys(block: Block): Promise<v1002005.VersionedLocatableAsset[]>
    getKeys(block: Block, key: v1002005.VersionedLocatableAsset): Promise<v1002005.VersionedLocatableAsset[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<v1002005.VersionedLocatableAsset[]>
    getKeysPaged(pageSize: number, block: Block, key: v1002005.VersionedLocatableAsset): AsyncIterable<v1002005.VersionedLocatableAsset[]>
    getPairs(block: Block): Promise<[k: v1002005.VersionedLocatableAsset, v: (v1002005.FixedU128 | undefined)][]>
    getPairs(block: Block, key: v1002005.VersionedLocatableAsset): Promise<[k: v1002005.VersionedLocatableAsset, v: (v1002005.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: v1002005.VersionedLocatableAsset, v: (v1002005.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: v1002005.VersionedLocatableAsset): AsyncIterable<[k: v1002005.VersionedLocatableAsset, v: (v1002005.FixedU128 | undefined)][]>
}

/**
 *  Maps an asset to its fixed point representation in the native balance.
 * 
 *  E.g. `native_amount = asset_amount * ConversionRateToNative::<T>::get(asset_kind)`
 */
export interface ConversionRateToNativeV1006002  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: v1006002.VersionedLocatableAsset): Promise<(v1006002.FixedU128 | undefined)>
    getMany(block: Block, keys: v1006002.VersionedLocatableAsset[]): Promise<(v1006002.FixedU128 | undefined)[]>
    getKeys(block: Block): Promise<v1006002.VersionedLocatableAsset[]>
    getKeys(block: Block, key: v1006002.VersionedLocatableAsset): Promise<v1006002.VersionedLocatableAsset[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<v1006002.VersionedLocatableAsset[]>
    getKeysPaged(pageSize: number, block: Block, key: v1006002.VersionedLocatableAsset): AsyncIterable<v1006002.VersionedLocatableAsset[]>
    getPairs(block: Block): Promise<[k: v1006002.VersionedLocatableAsset, v: (v1006002.FixedU128 | undefined)][]>
    getPairs(block: Block, key: v1006002.VersionedLocatableAsset): Promise<[k: v1006002.VersionedLocatableAsset, v: (v1006002.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: v1006002.VersionedLocatableAsset, v: (v1006002.FixedU128 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: v1006002.VersionedLocatableAsset): AsyncIterable<[k: v1006002.VersionedLocatableAsset, v: (v1006002.FixedU128 | undefined)][]>
}
