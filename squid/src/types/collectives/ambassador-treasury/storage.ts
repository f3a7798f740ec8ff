import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v2000000 from '../v2000000'

export const approvals =  {
    /**
     *  DEPRECATED: associated with `spend_local` call and will be removed in May 2025.
     *  Refer to <https://github.com/paritytech/polkadot-sdk/pull/5961> for migration to `spend`.
     * 
     *  Proposal indices that have been approved but not yet awarded.
     */
    v2000000: new StorageType('AmbassadorTreasury.Approvals', 'Default', [], sts.array(() => sts.number())) as ApprovalsV2000000,
}

/**
 *  DEPRECATED: associated with `spend_local` call and will be removed in May 2025.
 *  Refer to <https://github.com/paritytech/polkadot-sdk/pull/5961> for migration to `spend`.
 * 
 *  Proposal indices that have been approved but not yet awarded.
 */
export interface ApprovalsV2000000  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number[]
    get(block: Block): Promise<(number[] | undefined)>
}

export const spendCount =  {
    /**
     *  The count of spends that have been made.
     */
    v2000000: new StorageType('AmbassadorTreasury.SpendCount', 'Default', [], sts.number()) as SpendCountV2000000,
}

/**
 *  The count of spends that have been made.
 */
export interface SpendCountV2000000  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number
    get(block: Block): Promise<(number | undefined)>
}

export const spends =  {
    /**
     *  Spends that have been approved and being processed.
     */
    v2000000: new StorageType('AmbassadorTreasury.Spends', 'Optional', [sts.number()], v2000000.SpendStatus) as SpendsV2000000,
}

/**
 *  Spends that have been approved and being processed.
 */
export interface SpendsV2000000  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(v2000000.SpendStatus | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v2000000.SpendStatus | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v2000000.SpendStatus | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v2000000.SpendStatus | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v2000000.SpendStatus | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v2000000.SpendStatus | undefined)][]>
}
