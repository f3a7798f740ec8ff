import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v1002005 from '../v1002005'

export const counterForValidators =  {
    /**
     * Counter for the related counted storage map
     */
    v1002005: new StorageType('Staking.CounterForValidators', 'Default', [], sts.number()) as CounterForValidatorsV1002005,
}

/**
 * Counter for the related counted storage map
 */
export interface CounterForValidatorsV1002005  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number
    get(block: Block): Promise<(number | undefined)>
}

export const counterForNominators =  {
    /**
     * Counter for the related counted storage map
     */
    v1002005: new StorageType('Staking.CounterForNominators', 'Default', [], sts.number()) as CounterForNominatorsV1002005,
}

/**
 * Counter for the related counted storage map
 */
export interface CounterForNominatorsV1002005  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): number
    get(block: Block): Promise<(number | undefined)>
}

export const activeEra =  {
    /**
     *  The active era information, it holds index and start.
     * 
     *  The active era is the era being currently rewarded. Validator set of this era must be
     *  equal to [`SessionInterface::validators`].
     */
    v1002005: new StorageType('Staking.ActiveEra', 'Optional', [], v1002005.ActiveEraInfo) as ActiveEraV1002005,
}

/**
 *  The active era information, it holds index and start.
 * 
 *  The active era is the era being currently rewarded. Validator set of this era must be
 *  equal to [`SessionInterface::validators`].
 */
export interface ActiveEraV1002005  {
    is(block: RuntimeCtx): boolean
    get(block: Block): Promise<(v1002005.ActiveEraInfo | undefined)>
}

export const erasTotalStake =  {
    /**
     *  The total amount staked for the last [`Config::HistoryDepth`] eras.
     *  If total hasn't been set or has been removed then 0 stake is returned.
     */
    v1002005: new StorageType('Staking.ErasTotalStake', 'Default', [sts.number()], sts.bigint()) as ErasTotalStakeV1002005,
}

/**
 *  The total amount staked for the last [`Config::HistoryDepth`] eras.
 *  If total hasn't been set or has been removed then 0 stake is returned.
 */
export interface ErasTotalStakeV1002005  {
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
