import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1005001 from '../assetHubPaseoV1005001'

export const created =  {
    name: 'Assets.Created',
    /**
     * Some asset class was created.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.Created',
        sts.struct({
            assetId: sts.number(),
            creator: assetHubPaseoV1005001.AccountId32,
            owner: assetHubPaseoV1005001.AccountId32,
        })
    ),
}

export const issued =  {
    name: 'Assets.Issued',
    /**
     * Some assets were issued.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.Issued',
        sts.struct({
            assetId: sts.number(),
            owner: assetHubPaseoV1005001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const transferred =  {
    name: 'Assets.Transferred',
    /**
     * Some assets were transferred.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.Transferred',
        sts.struct({
            assetId: sts.number(),
            from: assetHubPaseoV1005001.AccountId32,
            to: assetHubPaseoV1005001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const burned =  {
    name: 'Assets.Burned',
    /**
     * Some assets were destroyed.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.Burned',
        sts.struct({
            assetId: sts.number(),
            owner: assetHubPaseoV1005001.AccountId32,
            balance: sts.bigint(),
        })
    ),
}

export const teamChanged =  {
    name: 'Assets.TeamChanged',
    /**
     * The management team changed.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.TeamChanged',
        sts.struct({
            assetId: sts.number(),
            issuer: assetHubPaseoV1005001.AccountId32,
            admin: assetHubPaseoV1005001.AccountId32,
            freezer: assetHubPaseoV1005001.AccountId32,
        })
    ),
}

export const ownerChanged =  {
    name: 'Assets.OwnerChanged',
    /**
     * The owner changed.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.OwnerChanged',
        sts.struct({
            assetId: sts.number(),
            owner: assetHubPaseoV1005001.AccountId32,
        })
    ),
}

export const frozen =  {
    name: 'Assets.Frozen',
    /**
     * Some account `who` was frozen.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.Frozen',
        sts.struct({
            assetId: sts.number(),
            who: assetHubPaseoV1005001.AccountId32,
        })
    ),
}

export const thawed =  {
    name: 'Assets.Thawed',
    /**
     * Some account `who` was thawed.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.Thawed',
        sts.struct({
            assetId: sts.number(),
            who: assetHubPaseoV1005001.AccountId32,
        })
    ),
}

export const assetFrozen =  {
    name: 'Assets.AssetFrozen',
    /**
     * Some asset `asset_id` was frozen.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.AssetFrozen',
        sts.struct({
            assetId: sts.number(),
        })
    ),
}

export const assetThawed =  {
    name: 'Assets.AssetThawed',
    /**
     * Some asset `asset_id` was thawed.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.AssetThawed',
        sts.struct({
            assetId: sts.number(),
        })
    ),
}

export const accountsDestroyed =  {
    name: 'Assets.AccountsDestroyed',
    /**
     * Accounts were destroyed for given asset.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.AccountsDestroyed',
        sts.struct({
            assetId: sts.number(),
            accountsDestroyed: sts.number(),
            accountsRemaining: sts.number(),
        })
    ),
}

export const approvalsDestroyed =  {
    name: 'Assets.ApprovalsDestroyed',
    /**
     * Approvals were destroyed for given asset.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.ApprovalsDestroyed',
        sts.struct({
            assetId: sts.number(),
            approvalsDestroyed: sts.number(),
            approvalsRemaining: sts.number(),
        })
    ),
}

export const destructionStarted =  {
    name: 'Assets.DestructionStarted',
    /**
     * An asset class is in the process of being destroyed.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.DestructionStarted',
        sts.struct({
            assetId: sts.number(),
        })
    ),
}

export const destroyed =  {
    name: 'Assets.Destroyed',
    /**
     * An asset class was destroyed.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.Destroyed',
        sts.struct({
            assetId: sts.number(),
        })
    ),
}

export const forceCreated =  {
    name: 'Assets.ForceCreated',
    /**
     * Some asset class was force-created.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.ForceCreated',
        sts.struct({
            assetId: sts.number(),
            owner: assetHubPaseoV1005001.AccountId32,
        })
    ),
}

export const metadataSet =  {
    name: 'Assets.MetadataSet',
    /**
     * New metadata has been set for an asset.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.MetadataSet',
        sts.struct({
            assetId: sts.number(),
            name: sts.bytes(),
            symbol: sts.bytes(),
            decimals: sts.number(),
            isFrozen: sts.boolean(),
        })
    ),
}

export const metadataCleared =  {
    name: 'Assets.MetadataCleared',
    /**
     * Metadata has been cleared for an asset.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.MetadataCleared',
        sts.struct({
            assetId: sts.number(),
        })
    ),
}

export const approvedTransfer =  {
    name: 'Assets.ApprovedTransfer',
    /**
     * (Additional) funds have been approved for transfer to a destination account.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.ApprovedTransfer',
        sts.struct({
            assetId: sts.number(),
            source: assetHubPaseoV1005001.AccountId32,
            delegate: assetHubPaseoV1005001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const approvalCancelled =  {
    name: 'Assets.ApprovalCancelled',
    /**
     * An approval for account `delegate` was cancelled by `owner`.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.ApprovalCancelled',
        sts.struct({
            assetId: sts.number(),
            owner: assetHubPaseoV1005001.AccountId32,
            delegate: assetHubPaseoV1005001.AccountId32,
        })
    ),
}

export const transferredApproved =  {
    name: 'Assets.TransferredApproved',
    /**
     * An `amount` was transferred in its entirety from `owner` to `destination` by
     * the approved `delegate`.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.TransferredApproved',
        sts.struct({
            assetId: sts.number(),
            owner: assetHubPaseoV1005001.AccountId32,
            delegate: assetHubPaseoV1005001.AccountId32,
            destination: assetHubPaseoV1005001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const assetStatusChanged =  {
    name: 'Assets.AssetStatusChanged',
    /**
     * An asset has had its attributes changed by the `Force` origin.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.AssetStatusChanged',
        sts.struct({
            assetId: sts.number(),
        })
    ),
}

export const assetMinBalanceChanged =  {
    name: 'Assets.AssetMinBalanceChanged',
    /**
     * The min_balance of an asset has been updated by the asset owner.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.AssetMinBalanceChanged',
        sts.struct({
            assetId: sts.number(),
            newMinBalance: sts.bigint(),
        })
    ),
}

export const touched =  {
    name: 'Assets.Touched',
    /**
     * Some account `who` was created with a deposit from `depositor`.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.Touched',
        sts.struct({
            assetId: sts.number(),
            who: assetHubPaseoV1005001.AccountId32,
            depositor: assetHubPaseoV1005001.AccountId32,
        })
    ),
}

export const blocked =  {
    name: 'Assets.Blocked',
    /**
     * Some account `who` was blocked.
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.Blocked',
        sts.struct({
            assetId: sts.number(),
            who: assetHubPaseoV1005001.AccountId32,
        })
    ),
}

export const deposited =  {
    name: 'Assets.Deposited',
    /**
     * Some assets were deposited (e.g. for transaction fees).
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.Deposited',
        sts.struct({
            assetId: sts.number(),
            who: assetHubPaseoV1005001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const withdrawn =  {
    name: 'Assets.Withdrawn',
    /**
     * Some assets were withdrawn from the account (e.g. for transaction fees).
     */
    assetHubPaseoV1005001: new EventType(
        'Assets.Withdrawn',
        sts.struct({
            assetId: sts.number(),
            who: assetHubPaseoV1005001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const reservesUpdated =  {
    name: 'Assets.ReservesUpdated',
    /**
     * Reserve information was set or updated for `asset_id`.
     */
    v2003001: new EventType(
        'Assets.ReservesUpdated',
        sts.struct({
            assetId: sts.number(),
            reserves: sts.array(() => sts.unit()),
        })
    ),
}

export const reservesRemoved =  {
    name: 'Assets.ReservesRemoved',
    /**
     * Reserve information was removed for `asset_id`.
     */
    v2003001: new EventType(
        'Assets.ReservesRemoved',
        sts.struct({
            assetId: sts.number(),
        })
    ),
}

export const issuedCredit =  {
    name: 'Assets.IssuedCredit',
    /**
     * Some assets were issued as Credit (no owner yet).
     */
    v2003001: new EventType(
        'Assets.IssuedCredit',
        sts.struct({
            assetId: sts.number(),
            amount: sts.bigint(),
        })
    ),
}

export const burnedCredit =  {
    name: 'Assets.BurnedCredit',
    /**
     * Some assets Credit was destroyed.
     */
    v2003001: new EventType(
        'Assets.BurnedCredit',
        sts.struct({
            assetId: sts.number(),
            amount: sts.bigint(),
        })
    ),
}

export const issuedDebt =  {
    name: 'Assets.IssuedDebt',
    /**
     * Some assets were burned and a Debt was created.
     */
    v2003001: new EventType(
        'Assets.IssuedDebt',
        sts.struct({
            assetId: sts.number(),
            amount: sts.bigint(),
        })
    ),
}

export const burnedDebt =  {
    name: 'Assets.BurnedDebt',
    /**
     * Some assets Debt was destroyed (and assets issued).
     */
    v2003001: new EventType(
        'Assets.BurnedDebt',
        sts.struct({
            assetId: sts.number(),
            amount: sts.bigint(),
        })
    ),
}
