import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v1002005 from '../v1002005'
import * as v1006002 from '../v1006002'

export const candidateBacked =  {
    name: 'ParaInclusion.CandidateBacked',
    /**
     * A candidate was backed. `[candidate, head_data]`
     */
    v1002005: new EventType(
        'ParaInclusion.CandidateBacked',
        sts.tuple([v1002005.V6CandidateReceipt, v1002005.HeadData, v1002005.V6CoreIndex, v1002005.V6GroupIndex])
    ),
    /**
     * A candidate was backed. `[candidate, head_data]`
     */
    v1006002: new EventType(
        'ParaInclusion.CandidateBacked',
        sts.tuple([v1006002.CandidateReceiptV2, v1006002.HeadData, v1006002.V8CoreIndex, v1006002.V8GroupIndex])
    ),
}

export const candidateIncluded =  {
    name: 'ParaInclusion.CandidateIncluded',
    /**
     * A candidate was included. `[candidate, head_data]`
     */
    v1002005: new EventType(
        'ParaInclusion.CandidateIncluded',
        sts.tuple([v1002005.V6CandidateReceipt, v1002005.HeadData, v1002005.V6CoreIndex, v1002005.V6GroupIndex])
    ),
    /**
     * A candidate was included. `[candidate, head_data]`
     */
    v1006002: new EventType(
        'ParaInclusion.CandidateIncluded',
        sts.tuple([v1006002.CandidateReceiptV2, v1006002.HeadData, v1006002.V8CoreIndex, v1006002.V8GroupIndex])
    ),
}

export const candidateTimedOut =  {
    name: 'ParaInclusion.CandidateTimedOut',
    /**
     * A candidate timed out. `[candidate, head_data]`
     */
    v1002005: new EventType(
        'ParaInclusion.CandidateTimedOut',
        sts.tuple([v1002005.V6CandidateReceipt, v1002005.HeadData, v1002005.V6CoreIndex])
    ),
    /**
     * A candidate timed out. `[candidate, head_data]`
     */
    v1006002: new EventType(
        'ParaInclusion.CandidateTimedOut',
        sts.tuple([v1006002.CandidateReceiptV2, v1006002.HeadData, v1006002.V8CoreIndex])
    ),
}

export const upwardMessagesReceived =  {
    name: 'ParaInclusion.UpwardMessagesReceived',
    /**
     * Some upward messages have been received and will be processed.
     */
    v1002005: new EventType(
        'ParaInclusion.UpwardMessagesReceived',
        sts.struct({
            from: v1002005.Id,
            count: sts.number(),
        })
    ),
}
