import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v2003001 from '../v2003001'

export const issuanceMinted =  {
    name: 'Dap.IssuanceMinted',
    /**
     * Inflation dripped and distributed to budget recipients.
     */
    v2003001: new EventType(
        'Dap.IssuanceMinted',
        sts.struct({
            /**
             * Total amount minted in this drip.
             */
            totalMinted: sts.bigint(),
            /**
             * Elapsed time (ms) since last drip.
             */
            elapsedMillis: sts.bigint(),
        })
    ),
}

export const budgetAllocationUpdated =  {
    name: 'Dap.BudgetAllocationUpdated',
    /**
     * Budget allocation was updated via governance.
     */
    v2003001: new EventType(
        'Dap.BudgetAllocationUpdated',
        sts.struct({
            /**
             * The new budget allocation map.
             */
            allocations: sts.array(() => sts.tuple(() => [v2003001.BoundedVec, v2003001.Perbill])),
        })
    ),
}

export const stagingDrained =  {
    name: 'Dap.StagingDrained',
    /**
     * Funds were drained from the staging account into the DAP buffer.
     */
    v2003001: new EventType(
        'Dap.StagingDrained',
        sts.struct({
            /**
             * Amount drained.
             */
            amount: sts.bigint(),
        })
    ),
}

export const unexpected =  {
    name: 'Dap.Unexpected',
    /**
     * An unexpected/defensive event was triggered.
     */
    v2003001: new EventType(
        'Dap.Unexpected',
        v2003001.Type_108
    ),
}
