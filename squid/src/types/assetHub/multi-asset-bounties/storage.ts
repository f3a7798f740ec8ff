import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v2003001 from '../v2003001'

export const bounties =  {
    /**
     *  Bounties that have been made.
     */
    v2003001: new StorageType('MultiAssetBounties.Bounties', 'Optional', [sts.number()], v2003001.Type_829) as BountiesV2003001,
}

/**
 *  Bounties that have been made.
 */
export interface BountiesV2003001  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(v2003001.Type_829 | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v2003001.Type_829 | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v2003001.Type_829 | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v2003001.Type_829 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v2003001.Type_829 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v2003001.Type_829 | undefined)][]>
}

export const childBounties =  {
    /**
     *  Child bounties that have been added.
     * 
     *  Indexed by `(parent_bounty_id, child_bounty_id)`.
     */
    v2003001: new StorageType('MultiAssetBounties.ChildBounties', 'Optional', [sts.number(), sts.number()], v2003001.Type_832) as ChildBountiesV2003001,
}

/**
 *  Child bounties that have been added.
 * 
 *  Indexed by `(parent_bounty_id, child_bounty_id)`.
 */
export interface ChildBountiesV2003001  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key1: number, key2: number): Promise<(v2003001.Type_832 | undefined)>
    getMany(block: Block, keys: [number, number][]): Promise<(v2003001.Type_832 | undefined)[]>
    getKeys(block: Block): Promise<[number, number][]>
    getKeys(block: Block, key1: number): Promise<[number, number][]>
    getKeys(block: Block, key1: number, key2: number): Promise<[number, number][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[number, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[number, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: number, key2: number): AsyncIterable<[number, number][]>
    getPairs(block: Block): Promise<[k: [number, number], v: (v2003001.Type_832 | undefined)][]>
    getPairs(block: Block, key1: number): Promise<[k: [number, number], v: (v2003001.Type_832 | undefined)][]>
    getPairs(block: Block, key1: number, key2: number): Promise<[k: [number, number], v: (v2003001.Type_832 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [number, number], v: (v2003001.Type_832 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[k: [number, number], v: (v2003001.Type_832 | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number, key2: number): AsyncIterable<[k: [number, number], v: (v2003001.Type_832 | undefined)][]>
}
