import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1005001 from '../assetHubPaseoV1005001'
import * as v1007001 from '../v1007001'

export const asset =  {
    /**
     *  Details of an asset.
     */
    assetHubPaseoV1005001: new StorageType('ForeignAssets.Asset', 'Optional', [assetHubPaseoV1005001.V4Location], assetHubPaseoV1005001.AssetDetails) as AssetAssetHubPaseoV1005001,
    /**
     *  Details of an asset.
     */
    v1007001: new StorageType('ForeignAssets.Asset', 'Optional', [v1007001.V5Location], v1007001.AssetDetails) as AssetV1007001,
}

/**
 *  Details of an asset.
 */
export interface AssetAssetHubPaseoV1005001  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: assetHubPaseoV1005001.V4Location): Promise<(assetHubPaseoV1005001.AssetDetails | undefined)>
    getMany(block: Block, keys: assetHubPaseoV1005001.V4Location[]): Promise<(assetHubPaseoV1005001.AssetDetails | undefined)[]>
    getKeys(block: Block): Promise<assetHubPaseoV1005001.V4Location[]>
    getKeys(block: Block, key: assetHubPaseoV1005001.V4Location): Promise<assetHubPaseoV1005001.V4Location[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<assetHubPaseoV1005001.V4Location[]>
    getKeysPaged(pageSize: number, block: Block, key: assetHubPaseoV1005001.V4Location): AsyncIterable<assetHubPaseoV1005001.V4Location[]>
    getPairs(block: Block): Promise<[k: assetHubPaseoV1005001.V4Location, v: (assetHubPaseoV1005001.AssetDetails | undefined)][]>
    getPairs(block: Block, key: assetHubPaseoV1005001.V4Location): Promise<[k: assetHubPaseoV1005001.V4Location, v: (assetHubPaseoV1005001.AssetDetails | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: assetHubPaseoV1005001.V4Location, v: (assetHubPaseoV1005001.AssetDetails | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: assetHubPaseoV1005001.V4Location): AsyncIterable<[k: assetHubPaseoV1005001.V4Location, v: (assetHubPaseoV1005001.AssetDetails | undefined)][]>
}

/**
 *  Details of an asset.
 */
export interface AssetV1007001  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: v1007001.V5Location): Promise<(v1007001.AssetDetails | undefined)>
    getMany(block: Block, keys: v1007001.V5Location[]): Promise<(v1007001.AssetDetails | undefined)[]>
    getKeys(block: Block): Promise<v1007001.V5Location[]>
    getKeys(block: Block, key: v1007001.V5Location): Promise<v1007001.V5Location[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<v1007001.V5Location[]>
    getKeysPaged(pageSize: number, block: Block, key: v1007001.V5Location): AsyncIterable<v1007001.V5Location[]>
    getPairs(block: Block): Promise<[k: v1007001.V5Location, v: (v1007001.AssetDetails | undefined)][]>
    getPairs(block: Block, key: v1007001.V5Location): Promise<[k: v1007001.V5Location, v: (v1007001.AssetDetails | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: v1007001.V5Location, v: (v1007001.AssetDetails | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: v1007001.V5Location): AsyncIterable<[k: v1007001.V5Location, v: (v1007001.AssetDetails | undefined)][]>
}

export const metadata =  {
    /**
     *  Metadata of an asset.
     */
    assetHubPaseoV1005001: new StorageType('ForeignAssets.Metadata', 'Default', [assetHubPaseoV1005001.V4Location], assetHubPaseoV1005001.Type_478) as MetadataAssetHubPaseoV1005001,
    /**
     *  Metadata of an asset.
     */
    v1007001: new StorageType('ForeignAssets.Metadata', 'Default', [v1007001.V5Location], v1007001.Type_510) as MetadataV1007001,
}

/**
 *  Metadata of an asset.
 */
export interface MetadataAssetHubPaseoV1005001  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): assetHubPaseoV1005001.Type_478
    get(block: Block, key: assetHubPaseoV1005001.V4Location): Promise<(assetHubPaseoV1005001.Type_478 | undefined)>
    getMany(block: Block, keys: assetHubPaseoV1005001.V4Location[]): Promise<(assetHubPaseoV1005001.Type_478 | undefined)[]>
    getKeys(block: Block): Promise<assetHubPaseoV1005001.V4Location[]>
    getKeys(block: Block, key: assetHubPaseoV1005001.V4Location): Promise<assetHubPaseoV1005001.V4Location[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<assetHubPaseoV1005001.V4Location[]>
    getKeysPaged(pageSize: number, block: Block, key: assetHubPaseoV1005001.V4Location): AsyncIterable<assetHubPaseoV1005001.V4Location[]>
    getPairs(block: Block): Promise<[k: assetHubPaseoV1005001.V4Location, v: (assetHubPaseoV1005001.Type_478 | undefined)][]>
    getPairs(block: Block, key: assetHubPaseoV1005001.V4Location): Promise<[k: assetHubPaseoV1005001.V4Location, v: (assetHubPaseoV1005001.Type_478 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: assetHubPaseoV1005001.V4Location, v: (assetHubPaseoV1005001.Type_478 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: assetHubPaseoV1005001.V4Location): AsyncIterable<[k: assetHubPaseoV1005001.V4Location, v: (assetHubPaseoV1005001.Type_478 | undefined)][]>
}

/**
 *  Metadata of an asset.
 */
export interface MetadataV1007001  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v1007001.Type_510
    get(block: Block, key: v1007001.V5Location): Promise<(v1007001.Type_510 | undefined)>
    getMany(block: Block, keys: v1007001.V5Location[]): Promise<(v1007001.Type_510 | undefined)[]>
    getKeys(block: Block): Promise<v1007001.V5Location[]>
    getKeys(block: Block, key: v1007001.V5Location): Promise<v1007001.V5Location[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<v1007001.V5Location[]>
    getKeysPaged(pageSize: number, block: Block, key: v1007001.V5Location): AsyncIterable<v1007001.V5Location[]>
    getPairs(block: Block): Promise<[k: v1007001.V5Location, v: (v1007001.Type_510 | undefined)][]>
    getPairs(block: Block, key: v1007001.V5Location): Promise<[k: v1007001.V5Location, v: (v1007001.Type_510 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: v1007001.V5Location, v: (v1007001.Type_510 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: v1007001.V5Location): AsyncIterable<[k: v1007001.V5Location, v: (v1007001.Type_510 | undefined)][]>
}
