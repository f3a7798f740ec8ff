import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v2000000 from '../v2000000'

export const account =  {
    /**
     *  The full account information for a particular account ID.
     */
    v2000000: new StorageType('System.Account', 'Default', [v2000000.AccountId32], v2000000.AccountInfo) as AccountV2000000,
}

/**
 *  The full account information for a particular account ID.
 */
export interface AccountV2000000  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v2000000.AccountInfo
    get(block: Block, key: v2000000.AccountId32): Promise<(v2000000.AccountInfo | undefined)>
    getMany(block: Block, keys: v2000000.AccountId32[]): Promise<(v2000000.AccountInfo | undefined)[]>
    getKeys(block: Block): Promise<v2000000.AccountId32[]>
    getKeys(block: Block, key: v2000000.AccountId32): Promise<v2000000.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<v2000000.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block, key: v2000000.AccountId32): AsyncIterable<v2000000.AccountId32[]>
    getPairs(block: Block): Promise<[k: v2000000.AccountId32, v: (v2000000.AccountInfo | undefined)][]>
    getPairs(block: Block, key: v2000000.AccountId32): Promise<[k: v2000000.AccountId32, v: (v2000000.AccountInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: v2000000.AccountId32, v: (v2000000.AccountInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: v2000000.AccountId32): AsyncIterable<[k: v2000000.AccountId32, v: (v2000000.AccountInfo | undefined)][]>
}
