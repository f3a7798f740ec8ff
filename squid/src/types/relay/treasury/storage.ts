import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v1002005 from '../v1002005'
import * as v1006002 from '../v1006002'

export const proposals =  {
    /**
     *  Proposals that have been made.
     */
    v1002005: new StorageType('Treasury.Proposals', 'Optional', [sts.number()], v1002005.Proposal) as ProposalsV1002005,
}

/**
 *  Proposals that have been made.
 */
export interface ProposalsV1002005  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(v1002005.Proposal | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v1002005.Proposal | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v1002005.Proposal | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v1002005.Proposal | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v1002005.Proposal | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v1002005.Proposal | undefined)][]>
}

export const approvals =  {
    /**
     *  Proposal indices that have been approved but not yet awarded.
     */
    v1002005: new StorageType('Treasury.Approvals', 'Default', [], sts.array(() => sts.number())) as ApprovalsV1002005,
}

/**
 *  Proposal indices that have been approved but not yet awarded.
 */
export interface ApprovalsV1002005  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number[]
    get(block: Block): Promise<(number[] | undefined)>
}

export const spendCount =  {
    /**
     *  The count of spends that have been made.
     */
    v1002005: new StorageType('Treasury.SpendCount', 'Default', [], sts.number()) as SpendCountV1002005,
}

/**
 *  The count of spends that have been made.
 */
export interface SpendCountV1002005  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number
    get(block: Block): Promise<(number | undefined)>
}

export const spends =  {
    /**
     *  Spends that have been approved and being processed.
     */
    v1002005: new StorageType('Treasury.Spends', 'Optional', [sts.number()], v1002005.SpendStatus) as SpendsV1002005,
    /**
     *  Spends that have been approved and being processed.
     */
    v1006002: new StorageType('Treasury.Spends', 'Optional', [sts.number()], v1006002.SpendStatus) as SpendsV1006002,
}

/**
 *  Spends that have been approved and being processed.
 */
export interface SpendsV1002005  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(v1002005.SpendStatus | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v1002005.SpendStatus | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v1002005.SpendStatus | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v1002005.SpendStatus | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v1002005.SpendStatus | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v1002005.SpendStatus | undefined)][]>
}

/**
 *  Spends that have been approved and being processed.
 */
export interface SpendsV1006002  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(v1006002.SpendStatus | undefined)>
    getMany(block: Block, keys: number[]): Promise<(v1006002.SpendStatus | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (v1006002.SpendStatus | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (v1006002.SpendStatus | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (v1006002.SpendStatus | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (v1006002.SpendStatus | undefined)][]>
}
