import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009001 from '../assetHubPaseoV1009001'

export const spending =  {
    name: 'Treasury.Spending',
    /**
     * We have ended a spend period and will now allocate funds.
     */
    assetHubPaseoV1009001: new EventType(
        'Treasury.Spending',
        sts.struct({
            budgetRemaining: sts.bigint(),
        })
    ),
}

export const awarded =  {
    name: 'Treasury.Awarded',
    /**
     * Some funds have been allocated.
     */
    assetHubPaseoV1009001: new EventType(
        'Treasury.Awarded',
        sts.struct({
            proposalIndex: sts.number(),
            award: sts.bigint(),
            account: assetHubPaseoV1009001.AccountId32,
        })
    ),
}

export const burnt =  {
    name: 'Treasury.Burnt',
    /**
     * Some of our funds have been burnt.
     */
    assetHubPaseoV1009001: new EventType(
        'Treasury.Burnt',
        sts.struct({
            burntFunds: sts.bigint(),
        })
    ),
}

export const rollover =  {
    name: 'Treasury.Rollover',
    /**
     * Spending has finished; this is the amount that rolls over until next spend.
     */
    assetHubPaseoV1009001: new EventType(
        'Treasury.Rollover',
        sts.struct({
            rolloverBalance: sts.bigint(),
        })
    ),
}

export const deposit =  {
    name: 'Treasury.Deposit',
    /**
     * Some funds have been deposited.
     */
    assetHubPaseoV1009001: new EventType(
        'Treasury.Deposit',
        sts.struct({
            value: sts.bigint(),
        })
    ),
}

export const spendApproved =  {
    name: 'Treasury.SpendApproved',
    /**
     * A new spend proposal has been approved.
     */
    assetHubPaseoV1009001: new EventType(
        'Treasury.SpendApproved',
        sts.struct({
            proposalIndex: sts.number(),
            amount: sts.bigint(),
            beneficiary: assetHubPaseoV1009001.AccountId32,
        })
    ),
}

export const updatedInactive =  {
    name: 'Treasury.UpdatedInactive',
    /**
     * The inactive funds of the pallet have been updated.
     */
    assetHubPaseoV1009001: new EventType(
        'Treasury.UpdatedInactive',
        sts.struct({
            reactivated: sts.bigint(),
            deactivated: sts.bigint(),
        })
    ),
}

export const assetSpendApproved =  {
    name: 'Treasury.AssetSpendApproved',
    /**
     * A new asset spend proposal has been approved.
     */
    assetHubPaseoV1009001: new EventType(
        'Treasury.AssetSpendApproved',
        sts.struct({
            index: sts.number(),
            assetKind: assetHubPaseoV1009001.VersionedLocatableAsset,
            amount: sts.bigint(),
            beneficiary: assetHubPaseoV1009001.VersionedLocatableAccount,
            validFrom: sts.number(),
            expireAt: sts.number(),
        })
    ),
}

export const assetSpendVoided =  {
    name: 'Treasury.AssetSpendVoided',
    /**
     * An approved spend was voided.
     */
    assetHubPaseoV1009001: new EventType(
        'Treasury.AssetSpendVoided',
        sts.struct({
            index: sts.number(),
        })
    ),
}

export const paid =  {
    name: 'Treasury.Paid',
    /**
     * A payment happened.
     */
    assetHubPaseoV1009001: new EventType(
        'Treasury.Paid',
        sts.struct({
            index: sts.number(),
            paymentId: sts.bigint(),
        })
    ),
}

export const paymentFailed =  {
    name: 'Treasury.PaymentFailed',
    /**
     * A payment failed and can be retried.
     */
    assetHubPaseoV1009001: new EventType(
        'Treasury.PaymentFailed',
        sts.struct({
            index: sts.number(),
            paymentId: sts.bigint(),
        })
    ),
}

export const spendProcessed =  {
    name: 'Treasury.SpendProcessed',
    /**
     * A spend was processed and removed from the storage. It might have been successfully
     * paid or it may have expired.
     */
    assetHubPaseoV1009001: new EventType(
        'Treasury.SpendProcessed',
        sts.struct({
            index: sts.number(),
        })
    ),
}
