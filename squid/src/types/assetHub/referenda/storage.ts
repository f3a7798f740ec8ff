import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009001 from '../assetHubPaseoV1009001'
import * as assetHubPaseoV2000004 from '../assetHubPaseoV2000004'

export const referendumInfoFor =  {
    /**
     *  Information concerning any given referendum.
     */
    assetHubPaseoV1009001: new StorageType('Referenda.ReferendumInfoFor', 'Optional', [sts.number()], assetHubPaseoV1009001.Type_918) as ReferendumInfoForAssetHubPaseoV1009001,
    /**
     *  Information concerning any given referendum.
     */
    assetHubPaseoV2000004: new StorageType('Referenda.ReferendumInfoFor', 'Optional', [sts.number()], assetHubPaseoV2000004.Type_939) as ReferendumInfoForAssetHubPaseoV2000004,
}

/**
 *  Information concerning any given referendum.
 */
export interface ReferendumInfoForAssetHubPaseoV1009001  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(assetHubPaseoV1009001.Type_918 | undefined)>
    getMany(block: Block, keys: number[]): Promise<(assetHubPaseoV1009001.Type_918 | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (assetHubPaseoV1009001.Type_918 | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (assetHubPaseoV1009001.Type_918 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (assetHubPaseoV1009001.Type_918 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (assetHubPaseoV1009001.Type_918 | undefined)][]>
}

/**
 *  Information concerning any given referendum.
 */
export interface ReferendumInfoForAssetHubPaseoV2000004  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(assetHubPaseoV2000004.Type_939 | undefined)>
    getMany(block: Block, keys: number[]): Promise<(assetHubPaseoV2000004.Type_939 | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (assetHubPaseoV2000004.Type_939 | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (assetHubPaseoV2000004.Type_939 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (assetHubPaseoV2000004.Type_939 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (assetHubPaseoV2000004.Type_939 | undefined)][]>
}
