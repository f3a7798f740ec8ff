import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'
import * as v1006002 from '../v1006002'

export const coreSchedules =  {
    /**
     *  Scheduled assignment sets.
     * 
     *  Assignments as of the given block number. They will go into state once the block number is
     *  reached (and replace whatever was in there before).
     */
    v1006002: new StorageType('CoretimeAssignmentProvider.CoreSchedules', 'Optional', [sts.tuple(() => [sts.number(), v1006002.V8CoreIndex])], v1006002.Schedule) as CoreSchedulesV1006002,
}

/**
 *  Scheduled assignment sets.
 * 
 *  Assignments as of the given block number. They will go into state once the block number is
 *  reached (and replace whatever was in there before).
 */
export interface CoreSchedulesV1006002  {
    is(block: RuntimeCtx): boolean
    get(block: Block, key: [number, v1006002.V8CoreIndex]): Promise<(v1006002.Schedule | undefined)>
    getMany(block: Block, keys: [number, v1006002.V8CoreIndex][]): Promise<(v1006002.Schedule | undefined)[]>
}

export const coreDescriptors =  {
    /**
     *  Assignments which are currently active.
     * 
     *  They will be picked from `PendingAssignments` once we reach the scheduled block number in
     *  `PendingAssignments`.
     */
    v1006002: new StorageType('CoretimeAssignmentProvider.CoreDescriptors', 'Default', [v1006002.V8CoreIndex], v1006002.CoreDescriptor) as CoreDescriptorsV1006002,
}

/**
 *  Assignments which are currently active.
 * 
 *  They will be picked from `PendingAssignments` once we reach the scheduled block number in
 *  `PendingAssignments`.
 */
export interface CoreDescriptorsV1006002  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): v1006002.CoreDescriptor
    get(block: Block, key: v1006002.V8CoreIndex): Promise<(v1006002.CoreDescriptor | undefined)>
    getMany(block: Block, keys: v1006002.V8CoreIndex[]): Promise<(v1006002.CoreDescriptor | undefined)[]>
}
