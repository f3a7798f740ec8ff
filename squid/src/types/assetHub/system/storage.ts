import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1005001 from '../assetHubPaseoV1005001'

export const account =  {
    /**
     *  The full account information for a particular account ID.
     */
    assetHubPaseoV1005001: new StorageType('System.Account', 'Default', [assetHubPaseoV1005001.AccountId32], assetHubPaseoV1005001.AccountInfo) as AccountAssetHubPaseoV1005001,
}

/**
 *  The full account information for a particular account ID.
 */
export interface AccountAssetHubPaseoV1005001  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): assetHubPaseoV1005001.AccountInfo
    get(block: Block, key: assetHubPaseoV1005001.AccountId32): Promise<(assetHubPaseoV1005001.AccountInfo | undefined)>
    getMany(block: Block, keys: assetHubPaseoV1005001.AccountId32[]): Promise<(assetHubPaseoV1005001.AccountInfo | undefined)[]>
    getKeys(block: Block): Promise<assetHubPaseoV1005001.AccountId32[]>
    getKeys(block: Block, key: assetHubPaseoV1005001.AccountId32): Promise<assetHubPaseoV1005001.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<assetHubPaseoV1005001.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block, key: assetHubPaseoV1005001.AccountId32): AsyncIterable<assetHubPaseoV1005001.AccountId32[]>
    getPairs(block: Block): Promise<[k: assetHubPaseoV1005001.AccountId32, v: (assetHubPaseoV1005001.AccountInfo | undefined)][]>
    getPairs(block: Block, key: assetHubPaseoV1005001.AccountId32): Promise<[k: assetHubPaseoV1005001.AccountId32, v: (assetHubPaseoV1005001.AccountInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: assetHubPaseoV1005001.AccountId32, v: (assetHubPaseoV1005001.AccountInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: assetHubPaseoV1005001.AccountId32): AsyncIterable<[k: assetHubPaseoV1005001.AccountId32, v: (assetHubPaseoV1005001.AccountInfo | undefined)][]>
}
