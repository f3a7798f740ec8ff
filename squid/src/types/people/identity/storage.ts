import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v2000000 from '../v2000000'

export const identityOf =  {
    /**
     *  Information that is pertinent to identify the entity behind an account. First item is the
     *  registration, second is the account's primary username.
     * 
     *  TWOX-NOTE: OK ― `AccountId` is a secure hash.
     */
    v2000000: new StorageType('Identity.IdentityOf', 'Optional', [v2000000.AccountId32], v2000000.Registration) as IdentityOfV2000000,
}

/**
 *  Information that is pertinent to identify the entity behind an account. First item is the
 *  registration, second is the account's primary username.
 * 
 *  TWOX-NOTE: OK ― `AccountId` is a secure hash.
 */
export interface IdentityOfV2000000  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: v2000000.AccountId32): Promise<(v2000000.Registration | undefined)>
    getMany(block: Block, keys: v2000000.AccountId32[]): Promise<(v2000000.Registration | undefined)[]>
    getKeys(block: Block): Promise<v2000000.AccountId32[]>
    getKeys(block: Block, key: v2000000.AccountId32): Promise<v2000000.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<v2000000.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block, key: v2000000.AccountId32): AsyncIterable<v2000000.AccountId32[]>
    getPairs(block: Block): Promise<[k: v2000000.AccountId32, v: (v2000000.Registration | undefined)][]>
    getPairs(block: Block, key: v2000000.AccountId32): Promise<[k: v2000000.AccountId32, v: (v2000000.Registration | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: v2000000.AccountId32, v: (v2000000.Registration | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: v2000000.AccountId32): AsyncIterable<[k: v2000000.AccountId32, v: (v2000000.Registration | undefined)][]>
}

export const superOf =  {
    /**
     *  The super-identity of an alternative "sub" identity together with its name, within that
     *  context. If the account is not some other account's sub-identity, then just `None`.
     */
    v2000000: new StorageType('Identity.SuperOf', 'Optional', [v2000000.AccountId32], sts.tuple(() => [v2000000.AccountId32, v2000000.Data])) as SuperOfV2000000,
}

/**
 *  The super-identity of an alternative "sub" identity together with its name, within that
 *  context. If the account is not some other account's sub-identity, then just `None`.
 */
export interface SuperOfV2000000  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: v2000000.AccountId32): Promise<([v2000000.AccountId32, v2000000.Data] | undefined)>
    getMany(block: Block, keys: v2000000.AccountId32[]): Promise<([v2000000.AccountId32, v2000000.Data] | undefined)[]>
    getKeys(block: Block): Promise<v2000000.AccountId32[]>
    getKeys(block: Block, key: v2000000.AccountId32): Promise<v2000000.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<v2000000.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block, key: v2000000.AccountId32): AsyncIterable<v2000000.AccountId32[]>
    getPairs(block: Block): Promise<[k: v2000000.AccountId32, v: ([v2000000.AccountId32, v2000000.Data] | undefined)][]>
    getPairs(block: Block, key: v2000000.AccountId32): Promise<[k: v2000000.AccountId32, v: ([v2000000.AccountId32, v2000000.Data] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: v2000000.AccountId32, v: ([v2000000.AccountId32, v2000000.Data] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: v2000000.AccountId32): AsyncIterable<[k: v2000000.AccountId32, v: ([v2000000.AccountId32, v2000000.Data] | undefined)][]>
}

export const subsOf =  {
    /**
     *  Alternative "sub" identities of this account.
     * 
     *  The first item is the deposit, the second is a vector of the accounts.
     * 
     *  TWOX-NOTE: OK ― `AccountId` is a secure hash.
     */
    v2000000: new StorageType('Identity.SubsOf', 'Default', [v2000000.AccountId32], sts.tuple(() => [sts.bigint(), sts.array(() => v2000000.AccountId32)])) as SubsOfV2000000,
}

/**
 *  Alternative "sub" identities of this account.
 * 
 *  The first item is the deposit, the second is a vector of the accounts.
 * 
 *  TWOX-NOTE: OK ― `AccountId` is a secure hash.
 */
export interface SubsOfV2000000  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): [bigint, v2000000.AccountId32[]]
    get(block: Block, key: v2000000.AccountId32): Promise<([bigint, v2000000.AccountId32[]] | undefined)>
    getMany(block: Block, keys: v2000000.AccountId32[]): Promise<([bigint, v2000000.AccountId32[]] | undefined)[]>
    getKeys(block: Block): Promise<v2000000.AccountId32[]>
    getKeys(block: Block, key: v2000000.AccountId32): Promise<v2000000.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<v2000000.AccountId32[]>
    getKeysPaged(pageSize: number, block: Block, key: v2000000.AccountId32): AsyncIterable<v2000000.AccountId32[]>
    getPairs(block: Block): Promise<[k: v2000000.AccountId32, v: ([bigint, v2000000.AccountId32[]] | undefined)][]>
    getPairs(block: Block, key: v2000000.AccountId32): Promise<[k: v2000000.AccountId32, v: ([bigint, v2000000.AccountId32[]] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: v2000000.AccountId32, v: ([bigint, v2000000.AccountId32[]] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: v2000000.AccountId32): AsyncIterable<[k: v2000000.AccountId32, v: ([bigint, v2000000.AccountId32[]] | undefined)][]>
}
