import {sts, Block, Bytes, Option, Result, CallType, RuntimeCtx} from '../support'
import * as v1002005 from '../v1002005'
import * as v1006002 from '../v1006002'

export const spendLocal =  {
    name: 'Treasury.spend_local',
    /**
     * See [`Pallet::spend_local`].
     */
    v1002005: new CallType(
        'Treasury.spend_local',
        sts.struct({
            amount: sts.bigint(),
            beneficiary: v1002005.MultiAddress,
        })
    ),
}

export const spend =  {
    name: 'Treasury.spend',
    /**
     * See [`Pallet::spend`].
     */
    v1002005: new CallType(
        'Treasury.spend',
        sts.struct({
            assetKind: v1002005.VersionedLocatableAsset,
            amount: sts.bigint(),
            beneficiary: v1002005.VersionedLocation,
            validFrom: sts.option(() => sts.number()),
        })
    ),
    /**
     * Propose and approve a spend of treasury funds.
     * 
     * ## Dispatch Origin
     * 
     * Must be [`Config::SpendOrigin`] with the `Success` value being at least
     * `amount` of `asset_kind` in the native asset. The amount of `asset_kind` is converted
     * for assertion using the [`Config::BalanceConverter`].
     * 
     * ## Details
     * 
     * Create an approved spend for transferring a specific `amount` of `asset_kind` to a
     * designated beneficiary. The spend must be claimed using the `payout` dispatchable within
     * the [`Config::PayoutPeriod`].
     * 
     * ### Parameters
     * - `asset_kind`: An indicator of the specific asset class to be spent.
     * - `amount`: The amount to be transferred from the treasury to the `beneficiary`.
     * - `beneficiary`: The beneficiary of the spend.
     * - `valid_from`: The block number from which the spend can be claimed. It can refer to
     *   the past if the resulting spend has not yet expired according to the
     *   [`Config::PayoutPeriod`]. If `None`, the spend can be claimed immediately after
     *   approval.
     * 
     * ## Events
     * 
     * Emits [`Event::AssetSpendApproved`] if successful.
     */
    v1006002: new CallType(
        'Treasury.spend',
        sts.struct({
            assetKind: v1006002.VersionedLocatableAsset,
            amount: sts.bigint(),
            beneficiary: v1006002.VersionedLocation,
            validFrom: sts.option(() => sts.number()),
        })
    ),
}

export const payout =  {
    name: 'Treasury.payout',
    /**
     * See [`Pallet::payout`].
     */
    v1002005: new CallType(
        'Treasury.payout',
        sts.struct({
            index: sts.number(),
        })
    ),
}

export const checkStatus =  {
    name: 'Treasury.check_status',
    /**
     * See [`Pallet::check_status`].
     */
    v1002005: new CallType(
        'Treasury.check_status',
        sts.struct({
            index: sts.number(),
        })
    ),
}

export const voidSpend =  {
    name: 'Treasury.void_spend',
    /**
     * See [`Pallet::void_spend`].
     */
    v1002005: new CallType(
        'Treasury.void_spend',
        sts.struct({
            index: sts.number(),
        })
    ),
}
