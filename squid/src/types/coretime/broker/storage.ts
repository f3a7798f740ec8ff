import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as coretimePolkadotV2000000 from '../coretimePolkadotV2000000'

export const configuration =  {
    /**
     *  The current configuration of this pallet.
     */
    coretimePolkadotV2000000: new StorageType('Broker.Configuration', 'Optional', [], coretimePolkadotV2000000.ConfigRecord) as ConfigurationCoretimePolkadotV2000000,
}

/**
 *  The current configuration of this pallet.
 */
export interface ConfigurationCoretimePolkadotV2000000  {
    is(block: RuntimeCtx): boolean
    get(block: Block): Promise<(coretimePolkadotV2000000.ConfigRecord | undefined)>
}

export const status =  {
    /**
     *  The current status of miscellaneous subsystems of this pallet.
     */
    coretimePolkadotV2000000: new StorageType('Broker.Status', 'Optional', [], coretimePolkadotV2000000.StatusRecord) as StatusCoretimePolkadotV2000000,
}

/**
 *  The current status of miscellaneous subsystems of this pallet.
 */
export interface StatusCoretimePolkadotV2000000  {
    is(block: RuntimeCtx): boolean
    get(block: Block): Promise<(coretimePolkadotV2000000.StatusRecord | undefined)>
}

export const saleInfo =  {
    /**
     *  The details of the current sale, including its properties and status.
     */
    coretimePolkadotV2000000: new StorageType('Broker.SaleInfo', 'Optional', [], coretimePolkadotV2000000.SaleInfoRecord) as SaleInfoCoretimePolkadotV2000000,
}

/**
 *  The details of the current sale, including its properties and status.
 */
export interface SaleInfoCoretimePolkadotV2000000  {
    is(block: RuntimeCtx): boolean
    get(block: Block): Promise<(coretimePolkadotV2000000.SaleInfoRecord | undefined)>
}

export const potentialRenewals =  {
    /**
     *  Records of potential renewals.
     * 
     *  Renewals will only actually be allowed if `CompletionStatus` is actually `Complete`.
     */
    coretimePolkadotV2000000: new StorageType('Broker.PotentialRenewals', 'Optional', [coretimePolkadotV2000000.PotentialRenewalId], coretimePolkadotV2000000.PotentialRenewalRecord) as PotentialRenewalsCoretimePolkadotV2000000,
}

/**
 *  Records of potential renewals.
 * 
 *  Renewals will only actually be allowed if `CompletionStatus` is actually `Complete`.
 */
export interface PotentialRenewalsCoretimePolkadotV2000000  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: coretimePolkadotV2000000.PotentialRenewalId): Promise<(coretimePolkadotV2000000.PotentialRenewalRecord | undefined)>
    getMany(block: Block, keys: coretimePolkadotV2000000.PotentialRenewalId[]): Promise<(coretimePolkadotV2000000.PotentialRenewalRecord | undefined)[]>
    getKeys(block: Block): Promise<coretimePolkadotV2000000.PotentialRenewalId[]>
    getKeys(block: Block, key: coretimePolkadotV2000000.PotentialRenewalId): Promise<coretimePolkadotV2000000.PotentialRenewalId[]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<coretimePolkadotV2000000.PotentialRenewalId[]>
    getKeysPaged(pageSize: number, block: Block, key: coretimePolkadotV2000000.PotentialRenewalId): AsyncIterable<coretimePolkadotV2000000.PotentialRenewalId[]>
    getPairs(block: Block): Promise<[k: coretimePolkadotV2000000.PotentialRenewalId, v: (coretimePolkadotV2000000.PotentialRenewalRecord | undefined)][]>
    getPairs(block: Block, key: coretimePolkadotV2000000.PotentialRenewalId): Promise<[k: coretimePolkadotV2000000.PotentialRenewalId, v: (coretimePolkadotV2000000.PotentialRenewalRecord | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: coretimePolkadotV2000000.PotentialRenewalId, v: (coretimePolkadotV2000000.PotentialRenewalRecord | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: coretimePolkadotV2000000.PotentialRenewalId): AsyncIterable<[k: coretimePolkadotV2000000.PotentialRenewalId, v: (coretimePolkadotV2000000.PotentialRenewalRecord | undefined)][]>
}

export const workplan =  {
    /**
     *  The work we plan on having each core do at a particular time in the future.
     */
    coretimePolkadotV2000000: new StorageType('Broker.Workplan', 'Optional', [sts.tuple(() => [sts.number(), sts.number()])], sts.array(() => coretimePolkadotV2000000.ScheduleItem)) as WorkplanCoretimePolkadotV2000000,
}

/**
 *  The work we plan on having each core do at a particular time in the future.
 */
export interface WorkplanCoretimePolkadotV2000000  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: [number, number]): Promise<(coretimePolkadotV2000000.ScheduleItem[] | undefined)>
    getMany(block: Block, keys: [number, number][]): Promise<(coretimePolkadotV2000000.ScheduleItem[] | undefined)[]>
    getKeys(block: Block): Promise<[number, number][]>
    getKeys(block: Block, key: [number, number]): Promise<[number, number][]>
    getKeysPaged(pageSize: number, block: Block): AsyncIterable<[number, number][]>
    getKeysPaged(pageSize: number, block: Block, key: [number, number]): AsyncIterable<[number, number][]>
    getPairs(block: Block): Promise<[k: [number, number], v: (coretimePolkadotV2000000.ScheduleItem[] | undefined)][]>
    getPairs(block: Block, key: [number, number]): Promise<[k: [number, number], v: (coretimePolkadotV2000000.ScheduleItem[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block): AsyncIterable<[k: [number, number], v: (coretimePolkadotV2000000.ScheduleItem[] | undefined)][]>
    getPairsPaged(pageSize: number, block: Block, key: [number, number]): AsyncIterable<[k: [number, number], v: (coretimePolkadotV2000000.ScheduleItem[] | undefined)][]>
}
