import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1005001 from '../assetHubPaseoV1005001'

export const transactionFeePaid =  {
    name: 'TransactionPayment.TransactionFeePaid',
    /**
     * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
     * has been paid by `who`.
     */
    assetHubPaseoV1005001: new EventType(
        'TransactionPayment.TransactionFeePaid',
        sts.struct({
            who: assetHubPaseoV1005001.AccountId32,
            actualFee: sts.bigint(),
            tip: sts.bigint(),
        })
    ),
}
