import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v1002005 from '../v1002005'

export const account =  {
    /**
     *  The full account information for a particular account ID.
     */
    v1002005: new StorageType('System.Account', 'Default', [v1002005.AccountId32], v1002005.AccountInfo) as AccountV1002005,
}

/**
 *  The full account information for a particular account ID.
 */
export interface AccountV1002005  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v1002005.AccountInfo
    get(block: Block, key: v1002005.AccountId32): Promise<(v1002005.AccountInfo | undefined)>
    getMany(block: Block, keys: v1002005.AccountId32[]): Promise<(v1002005.AccountInfo | undefined)[]>
    getKeys(block: Block): Promise<v1002005.AccountId32[]>
    getKeys(block: Block, key: v1002005.AccountId32): Promise<v1002005.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<v1002005.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block, key: v1002005.AccountId32): AsyncIterable<v1002005.AccountId32[]>
    getPairs(block: Block): Promise<[k: v1002005.AccountId32, v: (v1002005.AccountInfo | undefined)][]>
    getPairs(block: Block, key: v1002005.AccountId32): Promise<[k: v1002005.AccountId32, v: (v1002005.AccountInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: v1002005.AccountId32, v: (v1002005.AccountInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: v1002005.AccountId32): AsyncIterable<[k: v1002005.AccountId32, v: (v1002005.AccountInfo | undefined)][]>
}
