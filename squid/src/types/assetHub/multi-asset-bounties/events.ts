import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v2003001 from '../v2003001'

export const bountyCreated =  {
    name: 'MultiAssetBounties.BountyCreated',
    /**
     * A new bounty was created and funding has been initiated.
     */
    v2003001: new EventType(
        'MultiAssetBounties.BountyCreated',
        sts.struct({
            index: sts.number(),
        })
    ),
}

export const childBountyCreated =  {
    name: 'MultiAssetBounties.ChildBountyCreated',
    /**
     * A new child-bounty was created and funding has been initiated.
     */
    v2003001: new EventType(
        'MultiAssetBounties.ChildBountyCreated',
        sts.struct({
            index: sts.number(),
            childIndex: sts.number(),
        })
    ),
}

export const bountyBecameActive =  {
    name: 'MultiAssetBounties.BountyBecameActive',
    /**
     * The curator accepted role and child-/bounty became active.
     */
    v2003001: new EventType(
        'MultiAssetBounties.BountyBecameActive',
        sts.struct({
            index: sts.number(),
            childIndex: sts.option(() => sts.number()),
            curator: v2003001.AccountId32,
        })
    ),
}

export const bountyAwarded =  {
    name: 'MultiAssetBounties.BountyAwarded',
    /**
     * A child-/bounty was awarded to a beneficiary.
     */
    v2003001: new EventType(
        'MultiAssetBounties.BountyAwarded',
        sts.struct({
            index: sts.number(),
            childIndex: sts.option(() => sts.number()),
            beneficiary: v2003001.VersionedLocatableAccount,
        })
    ),
}

export const bountyPayoutProcessed =  {
    name: 'MultiAssetBounties.BountyPayoutProcessed',
    /**
     * Payout payment to the beneficiary has concluded successfully.
     */
    v2003001: new EventType(
        'MultiAssetBounties.BountyPayoutProcessed',
        sts.struct({
            index: sts.number(),
            childIndex: sts.option(() => sts.number()),
            assetKind: v2003001.VersionedLocatableAsset,
            value: sts.bigint(),
            beneficiary: v2003001.VersionedLocatableAccount,
        })
    ),
}

export const bountyFundingProcessed =  {
    name: 'MultiAssetBounties.BountyFundingProcessed',
    /**
     * Funding payment has concluded successfully.
     */
    v2003001: new EventType(
        'MultiAssetBounties.BountyFundingProcessed',
        sts.struct({
            index: sts.number(),
            childIndex: sts.option(() => sts.number()),
        })
    ),
}

export const bountyRefundProcessed =  {
    name: 'MultiAssetBounties.BountyRefundProcessed',
    /**
     * Refund payment has concluded successfully.
     */
    v2003001: new EventType(
        'MultiAssetBounties.BountyRefundProcessed',
        sts.struct({
            index: sts.number(),
            childIndex: sts.option(() => sts.number()),
        })
    ),
}

export const bountyCanceled =  {
    name: 'MultiAssetBounties.BountyCanceled',
    /**
     * A child-/bounty was cancelled.
     */
    v2003001: new EventType(
        'MultiAssetBounties.BountyCanceled',
        sts.struct({
            index: sts.number(),
            childIndex: sts.option(() => sts.number()),
        })
    ),
}

export const curatorUnassigned =  {
    name: 'MultiAssetBounties.CuratorUnassigned',
    /**
     * A child-/bounty curator was unassigned.
     */
    v2003001: new EventType(
        'MultiAssetBounties.CuratorUnassigned',
        sts.struct({
            index: sts.number(),
            childIndex: sts.option(() => sts.number()),
        })
    ),
}

export const curatorProposed =  {
    name: 'MultiAssetBounties.CuratorProposed',
    /**
     * A child-/bounty curator was proposed.
     */
    v2003001: new EventType(
        'MultiAssetBounties.CuratorProposed',
        sts.struct({
            index: sts.number(),
            childIndex: sts.option(() => sts.number()),
            curator: v2003001.AccountId32,
        })
    ),
}

export const paymentFailed =  {
    name: 'MultiAssetBounties.PaymentFailed',
    /**
     * A payment failed and can be retried.
     */
    v2003001: new EventType(
        'MultiAssetBounties.PaymentFailed',
        sts.struct({
            index: sts.number(),
            childIndex: sts.option(() => sts.number()),
            paymentId: sts.bigint(),
        })
    ),
}

export const paid =  {
    name: 'MultiAssetBounties.Paid',
    /**
     * A payment happened and can be checked.
     */
    v2003001: new EventType(
        'MultiAssetBounties.Paid',
        sts.struct({
            index: sts.number(),
            childIndex: sts.option(() => sts.number()),
            paymentId: sts.bigint(),
        })
    ),
}
