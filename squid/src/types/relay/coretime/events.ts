import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v1006002 from '../v1006002'

export const revenueInfoRequested =  {
    name: 'Coretime.RevenueInfoRequested',
    /**
     * The broker chain has asked for revenue information for a specific block.
     */
    v1006002: new EventType(
        'Coretime.RevenueInfoRequested',
        sts.struct({
            when: sts.number(),
        })
    ),
}

export const coreAssigned =  {
    name: 'Coretime.CoreAssigned',
    /**
     * A core has received a new assignment from the broker chain.
     */
    v1006002: new EventType(
        'Coretime.CoreAssigned',
        sts.struct({
            core: v1006002.V8CoreIndex,
        })
    ),
}
