import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009001 from '../assetHubPaseoV1009001'

export const bountyProposed =  {
    name: 'Bounties.BountyProposed',
    /**
     * New bounty proposal.
     */
    assetHubPaseoV1009001: new EventType(
        'Bounties.BountyProposed',
        sts.struct({
            index: sts.number(),
        })
    ),
}

export const bountyRejected =  {
    name: 'Bounties.BountyRejected',
    /**
     * A bounty proposal was rejected; funds were slashed.
     */
    assetHubPaseoV1009001: new EventType(
        'Bounties.BountyRejected',
        sts.struct({
            index: sts.number(),
            bond: sts.bigint(),
        })
    ),
}

export const bountyBecameActive =  {
    name: 'Bounties.BountyBecameActive',
    /**
     * A bounty proposal is funded and became active.
     */
    assetHubPaseoV1009001: new EventType(
        'Bounties.BountyBecameActive',
        sts.struct({
            index: sts.number(),
        })
    ),
}

export const bountyAwarded =  {
    name: 'Bounties.BountyAwarded',
    /**
     * A bounty is awarded to a beneficiary.
     */
    assetHubPaseoV1009001: new EventType(
        'Bounties.BountyAwarded',
        sts.struct({
            index: sts.number(),
            beneficiary: assetHubPaseoV1009001.AccountId32,
        })
    ),
}

export const bountyClaimed =  {
    name: 'Bounties.BountyClaimed',
    /**
     * A bounty is claimed by beneficiary.
     */
    assetHubPaseoV1009001: new EventType(
        'Bounties.BountyClaimed',
        sts.struct({
            index: sts.number(),
            payout: sts.bigint(),
            beneficiary: assetHubPaseoV1009001.AccountId32,
        })
    ),
}

export const bountyCanceled =  {
    name: 'Bounties.BountyCanceled',
    /**
     * A bounty is cancelled.
     */
    assetHubPaseoV1009001: new EventType(
        'Bounties.BountyCanceled',
        sts.struct({
            index: sts.number(),
        })
    ),
}

export const bountyExtended =  {
    name: 'Bounties.BountyExtended',
    /**
     * A bounty expiry is extended.
     */
    assetHubPaseoV1009001: new EventType(
        'Bounties.BountyExtended',
        sts.struct({
            index: sts.number(),
        })
    ),
}

export const bountyApproved =  {
    name: 'Bounties.BountyApproved',
    /**
     * A bounty is approved.
     */
    assetHubPaseoV1009001: new EventType(
        'Bounties.BountyApproved',
        sts.struct({
            index: sts.number(),
        })
    ),
}

export const curatorProposed =  {
    name: 'Bounties.CuratorProposed',
    /**
     * A bounty curator is proposed.
     */
    assetHubPaseoV1009001: new EventType(
        'Bounties.CuratorProposed',
        sts.struct({
            bountyId: sts.number(),
            curator: assetHubPaseoV1009001.AccountId32,
        })
    ),
}

export const curatorUnassigned =  {
    name: 'Bounties.CuratorUnassigned',
    /**
     * A bounty curator is unassigned.
     */
    assetHubPaseoV1009001: new EventType(
        'Bounties.CuratorUnassigned',
        sts.struct({
            bountyId: sts.number(),
        })
    ),
}

export const curatorAccepted =  {
    name: 'Bounties.CuratorAccepted',
    /**
     * A bounty curator is accepted.
     */
    assetHubPaseoV1009001: new EventType(
        'Bounties.CuratorAccepted',
        sts.struct({
            bountyId: sts.number(),
            curator: assetHubPaseoV1009001.AccountId32,
        })
    ),
}

export const depositPoked =  {
    name: 'Bounties.DepositPoked',
    /**
     * A bounty deposit has been poked.
     */
    assetHubPaseoV1009001: new EventType(
        'Bounties.DepositPoked',
        sts.struct({
            bountyId: sts.number(),
            proposer: assetHubPaseoV1009001.AccountId32,
            oldDeposit: sts.bigint(),
            newDeposit: sts.bigint(),
        })
    ),
}
