import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1005001 from '../assetHubPaseoV1005001'

export const asset =  {
    /**
     *  Details of an asset.
     */
    assetHubPaseoV1005001: new StorageType('Assets.Asset', 'Optional', [sts.number()], assetHubPaseoV1005001.AssetDetails) as AssetAssetHubPaseoV1005001,
}

/**
 *  Details of an asset.
 */
export interface AssetAssetHubPaseoV1005001  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(assetHubPaseoV1005001.AssetDetails | undefined)>
    getMany(block: Block, keys: number[]): Promise<(assetHubPaseoV1005001.AssetDetails | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (assetHubPaseoV1005001.AssetDetails | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (assetHubPaseoV1005001.AssetDetails | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (assetHubPaseoV1005001.AssetDetails | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (assetHubPaseoV1005001.AssetDetails | undefined)][]>
}

export const account =  {
    /**
     *  The holdings of a specific account for a specific asset.
     */
    assetHubPaseoV1005001: new StorageType('Assets.Account', 'Optional', [sts.number(), assetHubPaseoV1005001.AccountId32], assetHubPaseoV1005001.AssetAccount) as AccountAssetHubPaseoV1005001,
}

/**
 *  The holdings of a specific account for a specific asset.
 */
export interface AccountAssetHubPaseoV1005001  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key1: number, key2: assetHubPaseoV1005001.AccountId32): Promise<(assetHubPaseoV1005001.AssetAccount | undefined)>
    getMany(block: Block, keys: [number, assetHubPaseoV1005001.AccountId32][]): Promise<(assetHubPaseoV1005001.AssetAccount | undefined)[]>
    getKeys(block: Block): Promise<[number, assetHubPaseoV1005001.AccountId32][]>
    getKeys(block: Block, key1: number): Promise<[number, assetHubPaseoV1005001.AccountId32][]>
    getKeys(block: Block, key1: number, key2: assetHubPaseoV1005001.AccountId32): Promise<[number, assetHubPaseoV1005001.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[number, assetHubPaseoV1005001.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[number, assetHubPaseoV1005001.AccountId32][]>
    getKeysPaged(pageSize: number, block: Block, key1: number, key2: assetHubPaseoV1005001.AccountId32): AsyncIterable<[number, assetHubPaseoV1005001.AccountId32][]>
    getPairs(block: Block): Promise<[k: [number, assetHubPaseoV1005001.AccountId32], v: (assetHubPaseoV1005001.AssetAccount | undefined)][]>
    getPairs(block: Block, key1: number): Promise<[k: [number, assetHubPaseoV1005001.AccountId32], v: (assetHubPaseoV1005001.AssetAccount | undefined)][]>
    getPairs(block: Block, key1: number, key2: assetHubPaseoV1005001.AccountId32): Promise<[k: [number, assetHubPaseoV1005001.AccountId32], v: (assetHubPaseoV1005001.AssetAccount | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [number, assetHubPaseoV1005001.AccountId32], v: (assetHubPaseoV1005001.AssetAccount | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[k: [number, assetHubPaseoV1005001.AccountId32], v: (assetHubPaseoV1005001.AssetAccount | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number, key2: assetHubPaseoV1005001.AccountId32): AsyncIterable<[k: [number, assetHubPaseoV1005001.AccountId32], v: (assetHubPaseoV1005001.AssetAccount | undefined)][]>
}

export const metadata =  {
    /**
     *  Metadata of an asset.
     */
    assetHubPaseoV1005001: new StorageType('Assets.Metadata', 'Default', [sts.number()], assetHubPaseoV1005001.AssetMetadata) as MetadataAssetHubPaseoV1005001,
}

/**
 *  Metadata of an asset.
 */
export interface MetadataAssetHubPaseoV1005001  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): assetHubPaseoV1005001.AssetMetadata
    get(block: Block, key: number): Promise<(assetHubPaseoV1005001.AssetMetadata | undefined)>
    getMany(block: Block, keys: number[]): Promise<(assetHubPaseoV1005001.AssetMetadata | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (assetHubPaseoV1005001.AssetMetadata | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (assetHubPaseoV1005001.AssetMetadata | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (assetHubPaseoV1005001.AssetMetadata | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (assetHubPaseoV1005001.AssetMetadata | undefined)][]>
}
