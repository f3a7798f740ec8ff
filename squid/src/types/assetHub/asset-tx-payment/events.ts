import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v1005001 from '../v1005001'

export const assetTxFeePaid =  {
    name: 'AssetTxPayment.AssetTxFeePaid',
    /**
     * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
     * has been paid by `who` in an asset `asset_id`.
     */
    v1005001: new EventType(
        'AssetTxPayment.AssetTxFeePaid',
        sts.struct({
            who: v1005001.AccountId32,
            actualFee: sts.bigint(),
            tip: sts.bigint(),
            assetId: v1005001.V4Location,
        })
    ),
}

export const assetRefundFailed =  {
    name: 'AssetTxPayment.AssetRefundFailed',
    /**
     * A swap of the refund in native currency back to asset failed.
     */
    v1005001: new EventType(
        'AssetTxPayment.AssetRefundFailed',
        sts.struct({
            nativeAmountKept: sts.bigint(),
        })
    ),
}
