import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009001 from '../assetHubPaseoV1009001'
import * as v2003001 from '../v2003001'

export const delegated =  {
    name: 'ConvictionVoting.Delegated',
    /**
     * An account has delegated their vote to another account. \[who, target\]
     */
    assetHubPaseoV1009001: new EventType(
        'ConvictionVoting.Delegated',
        sts.tuple([assetHubPaseoV1009001.AccountId32, assetHubPaseoV1009001.AccountId32])
    ),
    /**
     * An account has delegated their vote to another account. \[who, target\]
     */
    v2003001: new EventType(
        'ConvictionVoting.Delegated',
        sts.tuple([v2003001.AccountId32, v2003001.AccountId32, sts.number()])
    ),
}

export const undelegated =  {
    name: 'ConvictionVoting.Undelegated',
    /**
     * An \[account\] has cancelled a previous delegation operation.
     */
    assetHubPaseoV1009001: new EventType(
        'ConvictionVoting.Undelegated',
        assetHubPaseoV1009001.AccountId32
    ),
    /**
     * An \[account\] has cancelled a previous delegation operation.
     */
    v2003001: new EventType(
        'ConvictionVoting.Undelegated',
        sts.tuple([v2003001.AccountId32, sts.number()])
    ),
}

export const voted =  {
    name: 'ConvictionVoting.Voted',
    /**
     * An account has voted
     */
    assetHubPaseoV1009001: new EventType(
        'ConvictionVoting.Voted',
        sts.struct({
            who: assetHubPaseoV1009001.AccountId32,
            vote: assetHubPaseoV1009001.AccountVote,
        })
    ),
    /**
     * An account has voted
     */
    v2003001: new EventType(
        'ConvictionVoting.Voted',
        sts.struct({
            who: v2003001.AccountId32,
            vote: v2003001.AccountVote,
            pollIndex: sts.number(),
        })
    ),
}

export const voteRemoved =  {
    name: 'ConvictionVoting.VoteRemoved',
    /**
     * A vote has been removed
     */
    assetHubPaseoV1009001: new EventType(
        'ConvictionVoting.VoteRemoved',
        sts.struct({
            who: assetHubPaseoV1009001.AccountId32,
            vote: assetHubPaseoV1009001.AccountVote,
        })
    ),
    /**
     * A vote has been removed
     */
    v2003001: new EventType(
        'ConvictionVoting.VoteRemoved',
        sts.struct({
            who: v2003001.AccountId32,
            vote: v2003001.AccountVote,
            pollIndex: sts.number(),
        })
    ),
}

export const voteUnlocked =  {
    name: 'ConvictionVoting.VoteUnlocked',
    /**
     * The lockup period of a conviction vote expired, and the funds have been unlocked.
     */
    assetHubPaseoV1009001: new EventType(
        'ConvictionVoting.VoteUnlocked',
        sts.struct({
            who: assetHubPaseoV1009001.AccountId32,
            class: sts.number(),
        })
    ),
}
