import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v1002005 from '../v1002005'
import * as v1006002 from '../v1006002'

export const eraPaid =  {
    name: 'Staking.EraPaid',
    /**
     * The era payout has been set; the first balance is the validator-payout; the second is
     * the remainder from the maximum amount of reward.
     */
    v1002005: new EventType(
        'Staking.EraPaid',
        sts.struct({
            eraIndex: sts.number(),
            validatorPayout: sts.bigint(),
            remainder: sts.bigint(),
        })
    ),
}

export const rewarded =  {
    name: 'Staking.Rewarded',
    /**
     * The nominator has been rewarded by this amount to this destination.
     */
    v1002005: new EventType(
        'Staking.Rewarded',
        sts.struct({
            stash: v1002005.AccountId32,
            dest: v1002005.RewardDestination,
            amount: sts.bigint(),
        })
    ),
}

export const slashed =  {
    name: 'Staking.Slashed',
    /**
     * A staker (validator or nominator) has been slashed by the given amount.
     */
    v1002005: new EventType(
        'Staking.Slashed',
        sts.struct({
            staker: v1002005.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const slashReported =  {
    name: 'Staking.SlashReported',
    /**
     * A slash for the given validator, for the given percentage of their stake, at the given
     * era as been reported.
     */
    v1002005: new EventType(
        'Staking.SlashReported',
        sts.struct({
            validator: v1002005.AccountId32,
            fraction: v1002005.Perbill,
            slashEra: sts.number(),
        })
    ),
}

export const oldSlashingReportDiscarded =  {
    name: 'Staking.OldSlashingReportDiscarded',
    /**
     * An old slashing report from a prior era was discarded because it could
     * not be processed.
     */
    v1002005: new EventType(
        'Staking.OldSlashingReportDiscarded',
        sts.struct({
            sessionIndex: sts.number(),
        })
    ),
}

export const stakersElected =  {
    name: 'Staking.StakersElected',
    /**
     * A new set of stakers was elected.
     */
    v1002005: new EventType(
        'Staking.StakersElected',
        sts.unit()
    ),
}

export const bonded =  {
    name: 'Staking.Bonded',
    /**
     * An account has bonded this amount. \[stash, amount\]
     * 
     * NOTE: This event is only emitted when funds are bonded via a dispatchable. Notably,
     * it will not be emitted for staking rewards when they are added to stake.
     */
    v1002005: new EventType(
        'Staking.Bonded',
        sts.struct({
            stash: v1002005.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const unbonded =  {
    name: 'Staking.Unbonded',
    /**
     * An account has unbonded this amount.
     */
    v1002005: new EventType(
        'Staking.Unbonded',
        sts.struct({
            stash: v1002005.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const withdrawn =  {
    name: 'Staking.Withdrawn',
    /**
     * An account has called `withdraw_unbonded` and removed unbonding chunks worth `Balance`
     * from the unlocking queue.
     */
    v1002005: new EventType(
        'Staking.Withdrawn',
        sts.struct({
            stash: v1002005.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const kicked =  {
    name: 'Staking.Kicked',
    /**
     * A nominator has been kicked from a validator.
     */
    v1002005: new EventType(
        'Staking.Kicked',
        sts.struct({
            nominator: v1002005.AccountId32,
            stash: v1002005.AccountId32,
        })
    ),
}

export const stakingElectionFailed =  {
    name: 'Staking.StakingElectionFailed',
    /**
     * The election failed. No new era is planned.
     */
    v1002005: new EventType(
        'Staking.StakingElectionFailed',
        sts.unit()
    ),
}

export const chilled =  {
    name: 'Staking.Chilled',
    /**
     * An account has stopped participating as either a validator or nominator.
     */
    v1002005: new EventType(
        'Staking.Chilled',
        sts.struct({
            stash: v1002005.AccountId32,
        })
    ),
}

export const payoutStarted =  {
    name: 'Staking.PayoutStarted',
    /**
     * The stakers' rewards are getting paid.
     */
    v1002005: new EventType(
        'Staking.PayoutStarted',
        sts.struct({
            eraIndex: sts.number(),
            validatorStash: v1002005.AccountId32,
        })
    ),
    /**
     * A Page of stakers rewards are getting paid. `next` is `None` if all pages are claimed.
     */
    v1006002: new EventType(
        'Staking.PayoutStarted',
        sts.struct({
            eraIndex: sts.number(),
            validatorStash: v1006002.AccountId32,
            page: sts.number(),
            next: sts.option(() => sts.number()),
        })
    ),
}

export const validatorPrefsSet =  {
    name: 'Staking.ValidatorPrefsSet',
    /**
     * A validator has set their preferences.
     */
    v1002005: new EventType(
        'Staking.ValidatorPrefsSet',
        sts.struct({
            stash: v1002005.AccountId32,
            prefs: v1002005.ValidatorPrefs,
        })
    ),
}

export const snapshotVotersSizeExceeded =  {
    name: 'Staking.SnapshotVotersSizeExceeded',
    /**
     * Voters size limit reached.
     */
    v1002005: new EventType(
        'Staking.SnapshotVotersSizeExceeded',
        sts.struct({
            size: sts.number(),
        })
    ),
}

export const snapshotTargetsSizeExceeded =  {
    name: 'Staking.SnapshotTargetsSizeExceeded',
    /**
     * Targets size limit reached.
     */
    v1002005: new EventType(
        'Staking.SnapshotTargetsSizeExceeded',
        sts.struct({
            size: sts.number(),
        })
    ),
}

export const forceEra =  {
    name: 'Staking.ForceEra',
    /**
     * A new force era mode was set.
     */
    v1002005: new EventType(
        'Staking.ForceEra',
        sts.struct({
            mode: v1002005.Forcing,
        })
    ),
}

export const controllerBatchDeprecated =  {
    name: 'Staking.ControllerBatchDeprecated',
    /**
     * Report of a controller batch deprecation.
     */
    v1002005: new EventType(
        'Staking.ControllerBatchDeprecated',
        sts.struct({
            failures: sts.number(),
        })
    ),
}

export const currencyMigrated =  {
    name: 'Staking.CurrencyMigrated',
    /**
     * Staking balance migrated from locks to holds, with any balance that could not be held
     * is force withdrawn.
     */
    v1006002: new EventType(
        'Staking.CurrencyMigrated',
        sts.struct({
            stash: v1006002.AccountId32,
            forceWithdraw: sts.bigint(),
        })
    ),
}
