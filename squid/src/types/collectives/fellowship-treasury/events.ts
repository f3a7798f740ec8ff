import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v2000000 from '../v2000000'

export const spending =  {
    name: 'FellowshipTreasury.Spending',
    /**
     * We have ended a spend period and will now allocate funds.
     */
    v2000000: new EventType(
        'FellowshipTreasury.Spending',
        sts.struct({
            budgetRemaining: sts.bigint(),
        })
    ),
}

export const awarded =  {
    name: 'FellowshipTreasury.Awarded',
    /**
     * Some funds have been allocated.
     */
    v2000000: new EventType(
        'FellowshipTreasury.Awarded',
        sts.struct({
            proposalIndex: sts.number(),
            award: sts.bigint(),
            account: v2000000.AccountId32,
        })
    ),
}

export const burnt =  {
    name: 'FellowshipTreasury.Burnt',
    /**
     * Some of our funds have been burnt.
     */
    v2000000: new EventType(
        'FellowshipTreasury.Burnt',
        sts.struct({
            burntFunds: sts.bigint(),
        })
    ),
}

export const rollover =  {
    name: 'FellowshipTreasury.Rollover',
    /**
     * Spending has finished; this is the amount that rolls over until next spend.
     */
    v2000000: new EventType(
        'FellowshipTreasury.Rollover',
        sts.struct({
            rolloverBalance: sts.bigint(),
        })
    ),
}

export const deposit =  {
    name: 'FellowshipTreasury.Deposit',
    /**
     * Some funds have been deposited.
     */
    v2000000: new EventType(
        'FellowshipTreasury.Deposit',
        sts.struct({
            value: sts.bigint(),
        })
    ),
}

export const spendApproved =  {
    name: 'FellowshipTreasury.SpendApproved',
    /**
     * A new spend proposal has been approved.
     */
    v2000000: new EventType(
        'FellowshipTreasury.SpendApproved',
        sts.struct({
            proposalIndex: sts.number(),
            amount: sts.bigint(),
            beneficiary: v2000000.AccountId32,
        })
    ),
}

export const updatedInactive =  {
    name: 'FellowshipTreasury.UpdatedInactive',
    /**
     * The inactive funds of the pallet have been updated.
     */
    v2000000: new EventType(
        'FellowshipTreasury.UpdatedInactive',
        sts.struct({
            reactivated: sts.bigint(),
            deactivated: sts.bigint(),
        })
    ),
}

export const assetSpendApproved =  {
    name: 'FellowshipTreasury.AssetSpendApproved',
    /**
     * A new asset spend proposal has been approved.
     */
    v2000000: new EventType(
        'FellowshipTreasury.AssetSpendApproved',
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
    name: 'FellowshipTreasury.AssetSpendVoided',
    /**
     * An approved spend was voided.
     */
    v2000000: new EventType(
        'FellowshipTreasury.AssetSpendVoided',
        sts.struct({
            index: sts.number(),
        })
    ),
}

export const paid =  {
    name: 'FellowshipTreasury.Paid',
    /**
     * A payment happened.
     */
    v2000000: new EventType(
        'FellowshipTreasury.Paid',
        sts.struct({
            index: sts.number(),
            paymentId: sts.bigint(),
        })
    ),
}

export const paymentFailed =  {
    name: 'FellowshipTreasury.PaymentFailed',
    /**
     * A payment failed and can be retried.
     */
    v2000000: new EventType(
        'FellowshipTreasury.PaymentFailed',
        sts.struct({
            index: sts.number(),
            paymentId: sts.bigint(),
        })
    ),
}

export const spendProcessed =  {
    name: 'FellowshipTreasury.SpendProcessed',
    /**
     * A spend was processed and removed from the storage. It might have been successfully
     * paid or it may have expired.
     */
    v2000000: new EventType(
        'FellowshipTreasury.SpendProcessed',
        sts.struct({
            index: sts.number(),
        })
    ),
}
