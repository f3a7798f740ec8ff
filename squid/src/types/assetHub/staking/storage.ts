import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009001 from '../assetHubPaseoV1009001'

export const counterForValidators =  {
    /**
     * Counter for the related counted storage map
     */
    assetHubPaseoV1009001: new StorageType('Staking.CounterForValidators', 'Default', [], sts.number()) as CounterForValidatorsAssetHubPaseoV1009001,
}

/**
 * Counter for the related counted storage map
 */
export interface CounterForValidatorsAssetHubPaseoV1009001  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number
    get(block: Block): Promise<(number | undefined)>
}

export const counterForNominators =  {
    /**
     * Counter for the related counted storage map
     */
    assetHubPaseoV1009001: new StorageType('Staking.CounterForNominators', 'Default', [], sts.number()) as CounterForNominatorsAssetHubPaseoV1009001,
}

/**
 * Counter for the related counted storage map
 */
export interface CounterForNominatorsAssetHubPaseoV1009001  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number
    get(block: Block): Promise<(number | undefined)>
}

export const activeEra =  {
    /**
     *  The active era information, it holds index and start.
     * 
     *  The active era is the era being currently rewarded. Validator set of this era must be
     *  equal to what is RC's session pallet.
     */
    assetHubPaseoV1009001: new StorageType('Staking.ActiveEra', 'Optional', [], assetHubPaseoV1009001.ActiveEraInfo) as ActiveEraAssetHubPaseoV1009001,
}

/**
 *  The active era information, it holds index and start.
 * 
 *  The active era is the era being currently rewarded. Validator set of this era must be
 *  equal to what is RC's session pallet.
 */
export interface ActiveEraAssetHubPaseoV1009001  {
    is(block: RuntimeCtx): boolean
    get(block: Block): Promise<(assetHubPaseoV1009001.ActiveEraInfo | undefined)>
}

export const erasTotalStake =  {
    /**
     *  The total amount staked for the last [`Config::HistoryDepth`] eras.
     *  If total hasn't been set or has been removed then 0 stake is returned.
     */
    assetHubPaseoV1009001: new StorageType('Staking.ErasTotalStake', 'Default', [sts.number()], sts.bigint()) as ErasTotalStakeAssetHubPaseoV1009001,
}

/**
 *  The total amount staked for the last [`Config::HistoryDepth`] eras.
 *  If total hasn't been set or has been removed then 0 stake is returned.
 */
export interface ErasTotalStakeAssetHubPaseoV1009001  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block, key: number): Promise<(bigint | undefined)>
    getMany(block: Block, keys: number[]): Promise<(bigint | undefined)[]>
    getKeys(block: Block): Promise<number[]>
    getKeys(block: Block, key: number): Promise<number[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<number[]>
    getKeysPaged(pageSize: number, block: Block, key: number): AsyncIterable<number[]>
    getPairs(block: Block): Promise<[k: number, v: (bigint | undefined)][]>
    getPairs(block: Block, key: number): Promise<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: number, v: (bigint | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: number): AsyncIterable<[k: number, v: (bigint | undefined)][]>
}
