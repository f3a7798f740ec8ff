import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1005001 from '../assetHubPaseoV1005001'
import * as v1007001 from '../v1007001'
import * as v2003001 from '../v2003001'

export const created =  {
    name: 'ForeignAssets.Created',
    /**
     * Some asset class was created.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.Created',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            creator: assetHubPaseoV1005001.AccountId32,
            owner: assetHubPaseoV1005001.AccountId32,
        })
    ),
    /**
     * Some asset class was created.
     */
    v1007001: new EventType(
        'ForeignAssets.Created',
        sts.struct({
            assetId: v1007001.V5Location,
            creator: v1007001.AccountId32,
            owner: v1007001.AccountId32,
        })
    ),
}

export const issued =  {
    name: 'ForeignAssets.Issued',
    /**
     * Some assets were issued.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.Issued',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            owner: assetHubPaseoV1005001.AccountId32,
            amount: sts.bigint(),
        })
    ),
    /**
     * Some assets were issued.
     */
    v1007001: new EventType(
        'ForeignAssets.Issued',
        sts.struct({
            assetId: v1007001.V5Location,
            owner: v1007001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const transferred =  {
    name: 'ForeignAssets.Transferred',
    /**
     * Some assets were transferred.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.Transferred',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            from: assetHubPaseoV1005001.AccountId32,
            to: assetHubPaseoV1005001.AccountId32,
            amount: sts.bigint(),
        })
    ),
    /**
     * Some assets were transferred.
     */
    v1007001: new EventType(
        'ForeignAssets.Transferred',
        sts.struct({
            assetId: v1007001.V5Location,
            from: v1007001.AccountId32,
            to: v1007001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const burned =  {
    name: 'ForeignAssets.Burned',
    /**
     * Some assets were destroyed.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.Burned',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            owner: assetHubPaseoV1005001.AccountId32,
            balance: sts.bigint(),
        })
    ),
    /**
     * Some assets were destroyed.
     */
    v1007001: new EventType(
        'ForeignAssets.Burned',
        sts.struct({
            assetId: v1007001.V5Location,
            owner: v1007001.AccountId32,
            balance: sts.bigint(),
        })
    ),
}

export const teamChanged =  {
    name: 'ForeignAssets.TeamChanged',
    /**
     * The management team changed.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.TeamChanged',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            issuer: assetHubPaseoV1005001.AccountId32,
            admin: assetHubPaseoV1005001.AccountId32,
            freezer: assetHubPaseoV1005001.AccountId32,
        })
    ),
    /**
     * The management team changed.
     */
    v1007001: new EventType(
        'ForeignAssets.TeamChanged',
        sts.struct({
            assetId: v1007001.V5Location,
            issuer: v1007001.AccountId32,
            admin: v1007001.AccountId32,
            freezer: v1007001.AccountId32,
        })
    ),
}

export const ownerChanged =  {
    name: 'ForeignAssets.OwnerChanged',
    /**
     * The owner changed.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.OwnerChanged',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            owner: assetHubPaseoV1005001.AccountId32,
        })
    ),
    /**
     * The owner changed.
     */
    v1007001: new EventType(
        'ForeignAssets.OwnerChanged',
        sts.struct({
            assetId: v1007001.V5Location,
            owner: v1007001.AccountId32,
        })
    ),
}

export const frozen =  {
    name: 'ForeignAssets.Frozen',
    /**
     * Some account `who` was frozen.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.Frozen',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            who: assetHubPaseoV1005001.AccountId32,
        })
    ),
    /**
     * Some account `who` was frozen.
     */
    v1007001: new EventType(
        'ForeignAssets.Frozen',
        sts.struct({
            assetId: v1007001.V5Location,
            who: v1007001.AccountId32,
        })
    ),
}

export const thawed =  {
    name: 'ForeignAssets.Thawed',
    /**
     * Some account `who` was thawed.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.Thawed',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            who: assetHubPaseoV1005001.AccountId32,
        })
    ),
    /**
     * Some account `who` was thawed.
     */
    v1007001: new EventType(
        'ForeignAssets.Thawed',
        sts.struct({
            assetId: v1007001.V5Location,
            who: v1007001.AccountId32,
        })
    ),
}

export const assetFrozen =  {
    name: 'ForeignAssets.AssetFrozen',
    /**
     * Some asset `asset_id` was frozen.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.AssetFrozen',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
        })
    ),
    /**
     * Some asset `asset_id` was frozen.
     */
    v1007001: new EventType(
        'ForeignAssets.AssetFrozen',
        sts.struct({
            assetId: v1007001.V5Location,
        })
    ),
}

export const assetThawed =  {
    name: 'ForeignAssets.AssetThawed',
    /**
     * Some asset `asset_id` was thawed.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.AssetThawed',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
        })
    ),
    /**
     * Some asset `asset_id` was thawed.
     */
    v1007001: new EventType(
        'ForeignAssets.AssetThawed',
        sts.struct({
            assetId: v1007001.V5Location,
        })
    ),
}

export const accountsDestroyed =  {
    name: 'ForeignAssets.AccountsDestroyed',
    /**
     * Accounts were destroyed for given asset.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.AccountsDestroyed',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            accountsDestroyed: sts.number(),
            accountsRemaining: sts.number(),
        })
    ),
    /**
     * Accounts were destroyed for given asset.
     */
    v1007001: new EventType(
        'ForeignAssets.AccountsDestroyed',
        sts.struct({
            assetId: v1007001.V5Location,
            accountsDestroyed: sts.number(),
            accountsRemaining: sts.number(),
        })
    ),
}

export const approvalsDestroyed =  {
    name: 'ForeignAssets.ApprovalsDestroyed',
    /**
     * Approvals were destroyed for given asset.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.ApprovalsDestroyed',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            approvalsDestroyed: sts.number(),
            approvalsRemaining: sts.number(),
        })
    ),
    /**
     * Approvals were destroyed for given asset.
     */
    v1007001: new EventType(
        'ForeignAssets.ApprovalsDestroyed',
        sts.struct({
            assetId: v1007001.V5Location,
            approvalsDestroyed: sts.number(),
            approvalsRemaining: sts.number(),
        })
    ),
}

export const destructionStarted =  {
    name: 'ForeignAssets.DestructionStarted',
    /**
     * An asset class is in the process of being destroyed.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.DestructionStarted',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
        })
    ),
    /**
     * An asset class is in the process of being destroyed.
     */
    v1007001: new EventType(
        'ForeignAssets.DestructionStarted',
        sts.struct({
            assetId: v1007001.V5Location,
        })
    ),
}

export const destroyed =  {
    name: 'ForeignAssets.Destroyed',
    /**
     * An asset class was destroyed.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.Destroyed',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
        })
    ),
    /**
     * An asset class was destroyed.
     */
    v1007001: new EventType(
        'ForeignAssets.Destroyed',
        sts.struct({
            assetId: v1007001.V5Location,
        })
    ),
}

export const forceCreated =  {
    name: 'ForeignAssets.ForceCreated',
    /**
     * Some asset class was force-created.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.ForceCreated',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            owner: assetHubPaseoV1005001.AccountId32,
        })
    ),
    /**
     * Some asset class was force-created.
     */
    v1007001: new EventType(
        'ForeignAssets.ForceCreated',
        sts.struct({
            assetId: v1007001.V5Location,
            owner: v1007001.AccountId32,
        })
    ),
}

export const metadataSet =  {
    name: 'ForeignAssets.MetadataSet',
    /**
     * New metadata has been set for an asset.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.MetadataSet',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            name: sts.bytes(),
            symbol: sts.bytes(),
            decimals: sts.number(),
            isFrozen: sts.boolean(),
        })
    ),
    /**
     * New metadata has been set for an asset.
     */
    v1007001: new EventType(
        'ForeignAssets.MetadataSet',
        sts.struct({
            assetId: v1007001.V5Location,
            name: sts.bytes(),
            symbol: sts.bytes(),
            decimals: sts.number(),
            isFrozen: sts.boolean(),
        })
    ),
}

export const metadataCleared =  {
    name: 'ForeignAssets.MetadataCleared',
    /**
     * Metadata has been cleared for an asset.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.MetadataCleared',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
        })
    ),
    /**
     * Metadata has been cleared for an asset.
     */
    v1007001: new EventType(
        'ForeignAssets.MetadataCleared',
        sts.struct({
            assetId: v1007001.V5Location,
        })
    ),
}

export const approvedTransfer =  {
    name: 'ForeignAssets.ApprovedTransfer',
    /**
     * (Additional) funds have been approved for transfer to a destination account.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.ApprovedTransfer',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            source: assetHubPaseoV1005001.AccountId32,
            delegate: assetHubPaseoV1005001.AccountId32,
            amount: sts.bigint(),
        })
    ),
    /**
     * (Additional) funds have been approved for transfer to a destination account.
     */
    v1007001: new EventType(
        'ForeignAssets.ApprovedTransfer',
        sts.struct({
            assetId: v1007001.V5Location,
            source: v1007001.AccountId32,
            delegate: v1007001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const approvalCancelled =  {
    name: 'ForeignAssets.ApprovalCancelled',
    /**
     * An approval for account `delegate` was cancelled by `owner`.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.ApprovalCancelled',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            owner: assetHubPaseoV1005001.AccountId32,
            delegate: assetHubPaseoV1005001.AccountId32,
        })
    ),
    /**
     * An approval for account `delegate` was cancelled by `owner`.
     */
    v1007001: new EventType(
        'ForeignAssets.ApprovalCancelled',
        sts.struct({
            assetId: v1007001.V5Location,
            owner: v1007001.AccountId32,
            delegate: v1007001.AccountId32,
        })
    ),
}

export const transferredApproved =  {
    name: 'ForeignAssets.TransferredApproved',
    /**
     * An `amount` was transferred in its entirety from `owner` to `destination` by
     * the approved `delegate`.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.TransferredApproved',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            owner: assetHubPaseoV1005001.AccountId32,
            delegate: assetHubPaseoV1005001.AccountId32,
            destination: assetHubPaseoV1005001.AccountId32,
            amount: sts.bigint(),
        })
    ),
    /**
     * An `amount` was transferred in its entirety from `owner` to `destination` by
     * the approved `delegate`.
     */
    v1007001: new EventType(
        'ForeignAssets.TransferredApproved',
        sts.struct({
            assetId: v1007001.V5Location,
            owner: v1007001.AccountId32,
            delegate: v1007001.AccountId32,
            destination: v1007001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const assetStatusChanged =  {
    name: 'ForeignAssets.AssetStatusChanged',
    /**
     * An asset has had its attributes changed by the `Force` origin.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.AssetStatusChanged',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
        })
    ),
    /**
     * An asset has had its attributes changed by the `Force` origin.
     */
    v1007001: new EventType(
        'ForeignAssets.AssetStatusChanged',
        sts.struct({
            assetId: v1007001.V5Location,
        })
    ),
}

export const assetMinBalanceChanged =  {
    name: 'ForeignAssets.AssetMinBalanceChanged',
    /**
     * The min_balance of an asset has been updated by the asset owner.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.AssetMinBalanceChanged',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            newMinBalance: sts.bigint(),
        })
    ),
    /**
     * The min_balance of an asset has been updated by the asset owner.
     */
    v1007001: new EventType(
        'ForeignAssets.AssetMinBalanceChanged',
        sts.struct({
            assetId: v1007001.V5Location,
            newMinBalance: sts.bigint(),
        })
    ),
}

export const touched =  {
    name: 'ForeignAssets.Touched',
    /**
     * Some account `who` was created with a deposit from `depositor`.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.Touched',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            who: assetHubPaseoV1005001.AccountId32,
            depositor: assetHubPaseoV1005001.AccountId32,
        })
    ),
    /**
     * Some account `who` was created with a deposit from `depositor`.
     */
    v1007001: new EventType(
        'ForeignAssets.Touched',
        sts.struct({
            assetId: v1007001.V5Location,
            who: v1007001.AccountId32,
            depositor: v1007001.AccountId32,
        })
    ),
}

export const blocked =  {
    name: 'ForeignAssets.Blocked',
    /**
     * Some account `who` was blocked.
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.Blocked',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            who: assetHubPaseoV1005001.AccountId32,
        })
    ),
    /**
     * Some account `who` was blocked.
     */
    v1007001: new EventType(
        'ForeignAssets.Blocked',
        sts.struct({
            assetId: v1007001.V5Location,
            who: v1007001.AccountId32,
        })
    ),
}

export const deposited =  {
    name: 'ForeignAssets.Deposited',
    /**
     * Some assets were deposited (e.g. for transaction fees).
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.Deposited',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            who: assetHubPaseoV1005001.AccountId32,
            amount: sts.bigint(),
        })
    ),
    /**
     * Some assets were deposited (e.g. for transaction fees).
     */
    v1007001: new EventType(
        'ForeignAssets.Deposited',
        sts.struct({
            assetId: v1007001.V5Location,
            who: v1007001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const withdrawn =  {
    name: 'ForeignAssets.Withdrawn',
    /**
     * Some assets were withdrawn from the account (e.g. for transaction fees).
     */
    assetHubPaseoV1005001: new EventType(
        'ForeignAssets.Withdrawn',
        sts.struct({
            assetId: assetHubPaseoV1005001.V4Location,
            who: assetHubPaseoV1005001.AccountId32,
            amount: sts.bigint(),
        })
    ),
    /**
     * Some assets were withdrawn from the account (e.g. for transaction fees).
     */
    v1007001: new EventType(
        'ForeignAssets.Withdrawn',
        sts.struct({
            assetId: v1007001.V5Location,
            who: v1007001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const reservesUpdated =  {
    name: 'ForeignAssets.ReservesUpdated',
    /**
     * Reserve information was set or updated for `asset_id`.
     */
    v2003001: new EventType(
        'ForeignAssets.ReservesUpdated',
        sts.struct({
            assetId: v2003001.V5Location,
            reserves: sts.array(() => v2003001.ForeignAssetReserveData),
        })
    ),
}

export const reservesRemoved =  {
    name: 'ForeignAssets.ReservesRemoved',
    /**
     * Reserve information was removed for `asset_id`.
     */
    v2003001: new EventType(
        'ForeignAssets.ReservesRemoved',
        sts.struct({
            assetId: v2003001.V5Location,
        })
    ),
}

export const issuedCredit =  {
    name: 'ForeignAssets.IssuedCredit',
    /**
     * Some assets were issued as Credit (no owner yet).
     */
    v2003001: new EventType(
        'ForeignAssets.IssuedCredit',
        sts.struct({
            assetId: v2003001.V5Location,
            amount: sts.bigint(),
        })
    ),
}

export const burnedCredit =  {
    name: 'ForeignAssets.BurnedCredit',
    /**
     * Some assets Credit was destroyed.
     */
    v2003001: new EventType(
        'ForeignAssets.BurnedCredit',
        sts.struct({
            assetId: v2003001.V5Location,
            amount: sts.bigint(),
        })
    ),
}

export const issuedDebt =  {
    name: 'ForeignAssets.IssuedDebt',
    /**
     * Some assets were burned and a Debt was created.
     */
    v2003001: new EventType(
        'ForeignAssets.IssuedDebt',
        sts.struct({
            assetId: v2003001.V5Location,
            amount: sts.bigint(),
        })
    ),
}

export const burnedDebt =  {
    name: 'ForeignAssets.BurnedDebt',
    /**
     * Some assets Debt was destroyed (and assets issued).
     */
    v2003001: new EventType(
        'ForeignAssets.BurnedDebt',
        sts.struct({
            assetId: v2003001.V5Location,
            amount: sts.bigint(),
        })
    ),
}
