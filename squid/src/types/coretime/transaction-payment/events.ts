import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as coretimePolkadotV2000000 from '../coretimePolkadotV2000000'

export const transactionFeePaid =  {
    name: 'TransactionPayment.TransactionFeePaid',
    /**
     * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
     * has been paid by `who`.
     */
    coretimePolkadotV2000000: new EventType(
        'TransactionPayment.TransactionFeePaid',
        sts.struct({
            who: coretimePolkadotV2000000.AccountId32,
            actualFee: sts.bigint(),
            tip: sts.bigint(),
        })
    ),
}
