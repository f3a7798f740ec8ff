import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1005001 from '../assetHubPaseoV1005001'
import * as v1007001 from '../v1007001'

export const assetTxFeePaid =  {
    name: 'AssetTxPayment.AssetTxFeePaid',
    /**
     * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
     * has been paid by `who` in an asset `asset_id`.
     */
    assetHubPaseoV1005001: new EventType(
        'AssetTxPayment.AssetTxFeePaid',
        sts.struct({
            who: assetHubPaseoV1005001.AccountId32,
            actualFee: sts.bigint(),
            tip: sts.bigint(),
            assetId: assetHubPaseoV1005001.V4Location,
        })
    ),
    /**
     * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
     * has been paid by `who` in an asset `asset_id`.
     */
    v1007001: new EventType(
        'AssetTxPayment.AssetTxFeePaid',
        sts.struct({
            who: v1007001.AccountId32,
            actualFee: sts.bigint(),
            tip: sts.bigint(),
            assetId: v1007001.V5Location,
        })
    ),
}

export const assetRefundFailed =  {
    name: 'AssetTxPayment.AssetRefundFailed',
    /**
     * A swap of the refund in native currency back to asset failed.
     */
    assetHubPaseoV1005001: new EventType(
        'AssetTxPayment.AssetRefundFailed',
        sts.struct({
            nativeAmountKept: sts.bigint(),
        })
    ),
}
