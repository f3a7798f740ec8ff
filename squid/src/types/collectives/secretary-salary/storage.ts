import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v2000000 from '../v2000000'

export const status =  {
    /**
     *  The overall status of the system.
     */
    v2000000: new StorageType('SecretarySalary.Status', 'Optional', [], v2000000.StatusType) as StatusV2000000,
}

/**
 *  The overall status of the system.
 */
export interface StatusV2000000  {
    is(block: RuntimeCtx): boolean
    get(block: Block): Promise<(v2000000.StatusType | undefined)>
}
