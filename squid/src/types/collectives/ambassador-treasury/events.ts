import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v2000000 from '../v2000000'

export const spending =  {
    name: 'AmbassadorTreasury.Spending',
    /**
     * We have ended a spend period and will now allocate funds.
     */
    v2000000: new EventType(
        'AmbassadorTreasury.Spending',
        sts.struct({
            budgetRemaining: sts.bigint(),
        })
    ),
}

export const awarded =  {
    name: 'AmbassadorTreasury.Awarded',
    /**
     * Some funds have been allocated.
     */
    v2000000: new EventType(
        'AmbassadorTreasury.Awarded',
        sts.struct({
            proposalIndex: sts.number(),
            award: sts.bigint(),
            account: v2000000.AccountId32,
        })
    ),
}

export const burnt =  {
    name: 'AmbassadorTreasury.Burnt',
    /**
     * Some of our funds have been burnt.
     */
    v2000000: new EventType(
        'AmbassadorTreasury.Burnt',
        sts.struct({
            burntFunds: sts.bigint(),
        })
    ),
}

export const rollover =  {
    name: 'AmbassadorTreasury.Rollover',
    /**
     * Spending has finished; this is the amount that rolls over until next spend.
     */
    v2000000: new EventType(
        'AmbassadorTreasury.Rollover',
        sts.struct({
            rolloverBalance: sts.bigint(),
        })
    ),
}

export const deposit =  {
    name: 'AmbassadorTreasury.Deposit',
    /**
     * Some funds have been deposited.
     */
    v2000000: new EventType(
        'AmbassadorTreasury.Deposit',
        sts.struct({
            value: sts.bigint(),
        })
    ),
}

export const spendApproved =  {
    name: 'AmbassadorTreasury.SpendApproved',
    /**
     * A new spend proposal has been approved.
     */
    v2000000: new EventType(
        'AmbassadorTreasury.SpendApproved',
        sts.struct({
            proposalIndex: sts.number(),
            amount: sts.bigint(),
            beneficiary: v2000000.AccountId32,
        })
    ),
}

export const updatedInactive =  {
    name: 'AmbassadorTreasury.UpdatedInactive',
    /**
     * The inactive funds of the pallet have been updated.
     */
    v2000000: new EventType(
        'AmbassadorTreasury.UpdatedInactive',
        sts.struct({
            reactivated: sts.bigint(),
            deactivated: sts.bigint(),
        })
    ),
}

export const assetSpendApproved =  {
    name: 'AmbassadorTreasury.AssetSpendApproved',
    /**
     * A new asset spend proposal has been approved.
     */
    v2000000: new EventType(
        'AmbassadorTreasury.AssetSpendApproved',
        sts.struct({
            index: sts.number(),
            assetKind: v2000000.VersionedLocatableAsset,
            amount: sts.bigint(),
            beneficiary: v2000000.VersionedLocation,
            validFrom: sts.number(),
            expireAt: sts.number(),
        })
    ),
}

export const assetSpendVoided =  {
    name: 'AmbassadorTreasury.AssetSpendVoided',
    /**
     * An approved spend was voided.
     */
    v2000000: new EventType(
        'AmbassadorTreasury.AssetSpendVoided',
        sts.struct({
            index: sts.number(),
        })
    ),
}

export const paid =  {
    name: 'AmbassadorTreasury.Paid',
    /**
     * A payment happened.
     */
    v2000000: new EventType(
        'AmbassadorTreasury.Paid',
        sts.struct({
            index: sts.number(),
            paymentId: sts.bigint(),
        })
    ),
}

export const paymentFailed =  {
    name: 'AmbassadorTreasury.PaymentFailed',
    /**
     * A payment failed and can be retried.
     */
    v2000000: new EventType(
        'AmbassadorTreasury.PaymentFailed',
        sts.struct({
            index: sts.number(),
            paymentId: sts.bigint(),
        })
    ),
}

export const spendProcessed =  {
    name: 'AmbassadorTreasury.SpendProcessed',
    /**
     * A spend was processed and removed from the storage. It might have been successfully
     * paid or it may have expired.
     */
    v2000000: new EventType(
        'AmbassadorTreasury.SpendProcessed',
        sts.struct({
            index: sts.number(),
        })
    ),
}
