import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v1002005 from '../v1002005'
import * as v1006002 from '../v1006002'

export const bounties =  {
    /**
     *  Bounties that have been made.
     */
    v1002005: new StorageType('Bounties.Bounties', 'Optional', [sts.number()], v1002005.Bounty) as BountiesV1002005,
    /**
     *  Bounties that have been made.
     */
    v1006002: new StorageType('Bounties.Bounties', 'Optional', [sts.number()], v1006002.Bounty) as BountiesV1006002,
}

/**
 *  Bounties that have been made.
 */
export interface BountiesV1002005  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(v1002005.Bounty | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v1002005.Bounty | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v1002005.Bounty | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v1002005.Bounty | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v1002005.Bounty | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v1002005.Bounty | undefined)][]>
}

/**
 *  Bounties that have been made.
 */
export interface BountiesV1006002  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(v1006002.Bounty | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v1006002.Bounty | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v1006002.Bounty | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v1006002.Bounty | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v1006002.Bounty | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v1006002.Bounty | undefined)][]>
}
