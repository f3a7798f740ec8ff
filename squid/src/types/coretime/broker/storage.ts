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
