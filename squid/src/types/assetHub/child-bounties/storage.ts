import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009001 from '../assetHubPaseoV1009001'

export const childBounties =  {
    /**
     *  Child bounties that have been added.
     */
    assetHubPaseoV1009001: new StorageType('ChildBounties.ChildBounties', 'Optional', [sts.number(), sts.number()], assetHubPaseoV1009001.ChildBounty) as ChildBountiesAssetHubPaseoV1009001,
}

/**
 *  Child bounties that have been added.
 */
export interface ChildBountiesAssetHubPaseoV1009001  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key1: number, key2: number): Promise<(assetHubPaseoV1009001.ChildBounty | undefined)>
    getMany(block: Block, keys: [number, number][]): Promise<(assetHubPaseoV1009001.ChildBounty | undefined)[]>
    getKeys(block: Block): Promise<[number, number][]>
    getKeys(block: Block, key1: number): Promise<[number, number][]>
    getKeys(block: Block, key1: number, key2: number): Promise<[number, number][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[number, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[number, number][]>
    getKeysPaged(pageSize: number, block: Block, key1: number, key2: number): AsyncIterable<[number, number][]>
    getPairs(block: Block): Promise<[k: [number, number], v: (assetHubPaseoV1009001.ChildBounty | undefined)][]>
    getPairs(block: Block, key1: number): Promise<[k: [number, number], v: (assetHubPaseoV1009001.ChildBounty | undefined)][]>
    getPairs(block: Block, key1: number, key2: number): Promise<[k: [number, number], v: (assetHubPaseoV1009001.ChildBounty | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [number, number], v: (assetHubPaseoV1009001.ChildBounty | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number): AsyncIterable<[k: [number, number], v: (assetHubPaseoV1009001.ChildBounty | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key1: number, key2: number): AsyncIterable<[k: [number, number], v: (assetHubPaseoV1009001.ChildBounty | undefined)][]>
}
