import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v1002005 from '../v1002005'
import * as v1006002 from '../v1006002'

export const delegated =  {
    name: 'ConvictionVoting.Delegated',
    /**
     * An account has delegated their vote to another account. \[who, target\]
     */
    v1002005: new EventType(
        'ConvictionVoting.Delegated',
        sts.tuple([v1002005.AccountId32, v1002005.AccountId32])
    ),
}

export const undelegated =  {
    name: 'ConvictionVoting.Undelegated',
    /**
     * An \[account\] has cancelled a previous delegation operation.
     */
    v1002005: new EventType(
        'ConvictionVoting.Undelegated',
        v1002005.AccountId32
    ),
}

export const voted =  {
    name: 'ConvictionVoting.Voted',
    /**
     * An account has voted
     */
    v1006002: new EventType(
        'ConvictionVoting.Voted',
        sts.struct({
            who: v1006002.AccountId32,
            vote: v1006002.AccountVote,
        })
    ),
}

export const voteRemoved =  {
    name: 'ConvictionVoting.VoteRemoved',
    /**
     * A vote has been removed
     */
    v1006002: new EventType(
        'ConvictionVoting.VoteRemoved',
        sts.struct({
            who: v1006002.AccountId32,
            vote: v1006002.AccountVote,
        })
    ),
}

export const voteUnlocked =  {
    name: 'ConvictionVoting.VoteUnlocked',
    /**
     * The lockup period of a conviction vote expired, and the funds have been unlocked.
     */
    v1006002: new EventType(
        'ConvictionVoting.VoteUnlocked',
        sts.struct({
            who: v1006002.AccountId32,
            class: sts.number(),
        })
    ),
}
