import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as polkadotV1002005 from '../polkadotV1002005'

export const account =  {
    /**
     *  The full account information for a particular account ID.
     */
    polkadotV1002005: new StorageType('System.Account', 'Default', [polkadotV1002005.AccountId32], polkadotV1002005.AccountInfo) as AccountPolkadotV1002005,
}

/**
 *  The full account information for a particular account ID.
 */
export interface AccountPolkadotV1002005  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): polkadotV1002005.AccountInfo
    get(block: Block, key: polkadotV1002005.AccountId32): Promise<(polkadotV1002005.AccountInfo | undefined)>
    getMany(block: Block, keys: polkadotV1002005.AccountId32[]): Promise<(polkadotV1002005.AccountInfo | undefined)[]>
    getKeys(block: Block): Promise<polkadotV1002005.AccountId32[]>
    getKeys(block: Block, key: polkadotV1002005.AccountId32): Promise<polkadotV1002005.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<polkadotV1002005.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block, key: polkadotV1002005.AccountId32): AsyncIterable<polkadotV1002005.AccountId32[]>
    getPairs(block: Block): Promise<[k: polkadotV1002005.AccountId32, v: (polkadotV1002005.AccountInfo | undefined)][]>
    getPairs(block: Block, key: polkadotV1002005.AccountId32): Promise<[k: polkadotV1002005.AccountId32, v: (polkadotV1002005.AccountInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: polkadotV1002005.AccountId32, v: (polkadotV1002005.AccountInfo | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: polkadotV1002005.AccountId32): AsyncIterable<[k: polkadotV1002005.AccountId32, v: (polkadotV1002005.AccountInfo | undefined)][]>
}
