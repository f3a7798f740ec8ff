import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009001 from '../assetHubPaseoV1009001'

export const proposals =  {
    /**
     *  DEPRECATED: associated with `spend_local` call and will be removed in May 2025.
     *  Refer to <https://github.com/paritytech/polkadot-sdk/pull/5961> for migration to `spend`.
     * 
     *  Proposals that have been made.
     */
    assetHubPaseoV1009001: new StorageType('Treasury.Proposals', 'Optional', [sts.number()], assetHubPaseoV1009001.Proposal) as ProposalsAssetHubPaseoV1009001,
}

/**
 *  DEPRECATED: associated with `spend_local` call and will be removed in May 2025.
 *  Refer to <https://github.com/paritytech/polkadot-sdk/pull/5961> for migration to `spend`.
 * 
 *  Proposals that have been made.
 */
export interface ProposalsAssetHubPaseoV1009001  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(assetHubPaseoV1009001.Proposal | undefined)>
    getMany(block: Block, keys: number[]): Promise<(assetHubPaseoV1009001.Proposal | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (assetHubPaseoV1009001.Proposal | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (assetHubPaseoV1009001.Proposal | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (assetHubPaseoV1009001.Proposal | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (assetHubPaseoV1009001.Proposal | undefined)][]>
}

export const approvals =  {
    /**
     *  DEPRECATED: associated with `spend_local` call and will be removed in May 2025.
     *  Refer to <https://github.com/paritytech/polkadot-sdk/pull/5961> for migration to `spend`.
     * 
     *  Proposal indices that have been approved but not yet awarded.
     */
    assetHubPaseoV1009001: new StorageType('Treasury.Approvals', 'Default', [], sts.array(() => sts.number())) as ApprovalsAssetHubPaseoV1009001,
}

/**
 *  DEPRECATED: associated with `spend_local` call and will be removed in May 2025.
 *  Refer to <https://github.com/paritytech/polkadot-sdk/pull/5961> for migration to `spend`.
 * 
 *  Proposal indices that have been approved but not yet awarded.
 */
export interface ApprovalsAssetHubPaseoV1009001  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number[]
    get(block: Block): Promise<(number[] | undefined)>
}

export const spendCount =  {
    /**
     *  The count of spends that have been made.
     */
    assetHubPaseoV1009001: new StorageType('Treasury.SpendCount', 'Default', [], sts.number()) as SpendCountAssetHubPaseoV1009001,
}

/**
 *  The count of spends that have been made.
 */
export interface SpendCountAssetHubPaseoV1009001  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number
    get(block: Block): Promise<(number | undefined)>
}

export const spends =  {
    /**
     *  Spends that have been approved and being processed.
     */
    assetHubPaseoV1009001: new StorageType('Treasury.Spends', 'Optional', [sts.number()], assetHubPaseoV1009001.SpendStatus) as SpendsAssetHubPaseoV1009001,
}

/**
 *  Spends that have been approved and being processed.
 */
export interface SpendsAssetHubPaseoV1009001  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: number): Promise<(assetHubPaseoV1009001.SpendStatus | undefined)>
    getMany(block: Block, keys: number[]): Promise<(assetHubPaseoV1009001.SpendStatus | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (assetHubPaseoV1009001.SpendStatus | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (assetHubPaseoV1009001.SpendStatus | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (assetHubPaseoV1009001.SpendStatus | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (assetHubPaseoV1009001.SpendStatus | undefined)][]>
}
