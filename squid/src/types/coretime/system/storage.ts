import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as coretimePolkadotV2000000 from '../coretimePolkadotV2000000'

export const account =  {
    /**
     *  The full account information for a particular account ID.
     */
    coretimePolkadotV2000000: new StorageType('System.Account', 'Default', [coretimePolkadotV2000000.AccountId32], coretimePolkadotV2000000.AccountInfo) as AccountCoretimePolkadotV2000000,
}

/**
 *  The full account information for a particular account ID.
 */
export interface AccountCoretimePolkadotV2000000  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): coretimePolkadotV2000000.AccountInfo
    get(block: Block, key: coretimePolkadotV2000000.AccountId32): Promise<(coretimePolkadotV2000000.AccountInfo | undefined)>
    getMany(block: Block, keys: coretimePolkadotV2000000.AccountId32[]): Promise<(coretimePolkadotV2000000.AccountInfo | undefined)[]>
    getKeys(block: Block): Promise<coretimePolkadotV2000000.AccountId32[]>
    getKeys(block: Block, key: coretimePolkadotV2000000.AccountId32): Promise<coretimePolkadotV2000000.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<coretimePolkadotV2000000.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block, key: coretimePolkadotV2000000.AccountId32): AsyncIterable<coretimePolkadotV2000000.AccountId32[]>
    getPairs(block: Block): Promise<[k: coretimePolkadotV2000000.AccountId32, v: (coretimePolkadotV2000000.AccountInfo | undefined)][]>
    getPairs(block: Block, key: coretimePolkadotV2000000.AccountId32): Promise<[k: coretimePolkadotV2000000.AccountId32, v: (coretimePolkadotV2000000.AccountInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: coretimePolkadotV2000000.AccountId32, v: (coretimePolkadotV2000000.AccountInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: coretimePolkadotV2000000.AccountId32): AsyncIterable<[k: coretimePolkadotV2000000.AccountId32, v: (coretimePolkadotV2000000.AccountInfo | undefined)][]>
}
