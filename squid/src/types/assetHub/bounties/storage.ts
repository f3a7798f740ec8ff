import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009001 from '../assetHubPaseoV1009001'

export const bounties =  {
    /**
     *  Bounties that have been made.
     */
    assetHubPaseoV1009001: new StorageType('Bounties.Bounties', 'Optional', [sts.number()], assetHubPaseoV1009001.Type_929) as BountiesAssetHubPaseoV1009001,
}

/**
 *  Bounties that have been made.
 */
export interface BountiesAssetHubPaseoV1009001  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(assetHubPaseoV1009001.Type_929 | undefined)>
    getMany(block: Block, keys: number[]): Promise<(assetHubPaseoV1009001.Type_929 | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (assetHubPaseoV1009001.Type_929 | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (assetHubPaseoV1009001.Type_929 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (assetHubPaseoV1009001.Type_929 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (assetHubPaseoV1009001.Type_929 | undefined)][]>
}
