import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009001 from '../assetHubPaseoV1009001'
import * as v2003001 from '../v2003001'

export const eraPaid =  {
    name: 'Staking.EraPaid',
    /**
     * The era payout has been set; the first balance is the validator-payout; the second is
     * the remainder from the maximum amount of reward.
     */
    assetHubPaseoV1009001: new EventType(
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
    assetHubPaseoV1009001: new EventType(
        'Staking.Rewarded',
        sts.struct({
            stash: assetHubPaseoV1009001.AccountId32,
            dest: assetHubPaseoV1009001.RewardDestination,
            amount: sts.bigint(),
        })
    ),
}

export const slashed =  {
    name: 'Staking.Slashed',
    /**
     * A staker (validator or nominator) has been slashed by the given amount.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.Slashed',
        sts.struct({
            staker: assetHubPaseoV1009001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const oldSlashingReportDiscarded =  {
    name: 'Staking.OldSlashingReportDiscarded',
    /**
     * An old slashing report from a prior era was discarded because it could
     * not be processed.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.OldSlashingReportDiscarded',
        sts.struct({
            sessionIndex: sts.number(),
        })
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
    assetHubPaseoV1009001: new EventType(
        'Staking.Bonded',
        sts.struct({
            stash: assetHubPaseoV1009001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const unbonded =  {
    name: 'Staking.Unbonded',
    /**
     * An account has unbonded this amount.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.Unbonded',
        sts.struct({
            stash: assetHubPaseoV1009001.AccountId32,
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
    assetHubPaseoV1009001: new EventType(
        'Staking.Withdrawn',
        sts.struct({
            stash: assetHubPaseoV1009001.AccountId32,
            amount: sts.bigint(),
        })
    ),
}

export const stakerRemoved =  {
    name: 'Staking.StakerRemoved',
    /**
     * A subsequent event of `Withdrawn`, indicating that `stash` was fully removed from the
     * system.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.StakerRemoved',
        sts.struct({
            stash: assetHubPaseoV1009001.AccountId32,
        })
    ),
}

export const kicked =  {
    name: 'Staking.Kicked',
    /**
     * A nominator has been kicked from a validator.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.Kicked',
        sts.struct({
            nominator: assetHubPaseoV1009001.AccountId32,
            stash: assetHubPaseoV1009001.AccountId32,
        })
    ),
}

export const chilled =  {
    name: 'Staking.Chilled',
    /**
     * An account has stopped participating as either a validator or nominator.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.Chilled',
        sts.struct({
            stash: assetHubPaseoV1009001.AccountId32,
        })
    ),
}

export const payoutStarted =  {
    name: 'Staking.PayoutStarted',
    /**
     * A Page of stakers rewards are getting paid. `next` is `None` if all pages are claimed.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.PayoutStarted',
        sts.struct({
            eraIndex: sts.number(),
            validatorStash: assetHubPaseoV1009001.AccountId32,
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
    assetHubPaseoV1009001: new EventType(
        'Staking.ValidatorPrefsSet',
        sts.struct({
            stash: assetHubPaseoV1009001.AccountId32,
            prefs: assetHubPaseoV1009001.ValidatorPrefs,
        })
    ),
}

export const snapshotVotersSizeExceeded =  {
    name: 'Staking.SnapshotVotersSizeExceeded',
    /**
     * Voters size limit reached.
     */
    assetHubPaseoV1009001: new EventType(
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
    assetHubPaseoV1009001: new EventType(
        'Staking.SnapshotTargetsSizeExceeded',
        sts.struct({
            size: sts.number(),
        })
    ),
}

export const forceEra =  {
    name: 'Staking.ForceEra',
    assetHubPaseoV1009001: new EventType(
        'Staking.ForceEra',
        sts.struct({
            mode: assetHubPaseoV1009001.Forcing,
        })
    ),
}

export const controllerBatchDeprecated =  {
    name: 'Staking.ControllerBatchDeprecated',
    /**
     * Report of a controller batch deprecation.
     */
    assetHubPaseoV1009001: new EventType(
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
    assetHubPaseoV1009001: new EventType(
        'Staking.CurrencyMigrated',
        sts.struct({
            stash: assetHubPaseoV1009001.AccountId32,
            forceWithdraw: sts.bigint(),
        })
    ),
}

export const pagedElectionProceeded =  {
    name: 'Staking.PagedElectionProceeded',
    /**
     * A page from a multi-page election was fetched. A number of these are followed by
     * `StakersElected`.
     * 
     * `Ok(count)` indicates the give number of stashes were added.
     * `Err(index)` indicates that the stashes after index were dropped.
     * `Err(0)` indicates that an error happened but no stashes were dropped nor added.
     * 
     * The error indicates that a number of validators were dropped due to excess size, but
     * the overall election will continue.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.PagedElectionProceeded',
        sts.struct({
            page: sts.number(),
            result: sts.result(() => sts.number(), () => sts.number()),
        })
    ),
}

export const offenceReported =  {
    name: 'Staking.OffenceReported',
    /**
     * An offence for the given validator, for the given percentage of their stake, at the
     * given era as been reported.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.OffenceReported',
        sts.struct({
            offenceEra: sts.number(),
            validator: assetHubPaseoV1009001.AccountId32,
            fraction: assetHubPaseoV1009001.Perbill,
        })
    ),
}

export const slashComputed =  {
    name: 'Staking.SlashComputed',
    /**
     * An offence has been processed and the corresponding slash has been computed.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.SlashComputed',
        sts.struct({
            offenceEra: sts.number(),
            slashEra: sts.number(),
            offender: assetHubPaseoV1009001.AccountId32,
            page: sts.number(),
        })
    ),
}

export const slashCancelled =  {
    name: 'Staking.SlashCancelled',
    /**
     * An unapplied slash has been cancelled.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.SlashCancelled',
        sts.struct({
            slashEra: sts.number(),
            validator: assetHubPaseoV1009001.AccountId32,
        })
    ),
}

export const sessionRotated =  {
    name: 'Staking.SessionRotated',
    /**
     * Session change has been triggered.
     * 
     * If planned_era is one era ahead of active_era, it implies new era is being planned and
     * election is ongoing.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.SessionRotated',
        sts.struct({
            startingSession: sts.number(),
            activeEra: sts.number(),
            plannedEra: sts.number(),
        })
    ),
}

export const unexpected =  {
    name: 'Staking.Unexpected',
    /**
     * Something occurred that should never happen under normal operation.
     * Logged as an event for fail-safe observability.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.Unexpected',
        assetHubPaseoV1009001.Type_683
    ),
    /**
     * Something occurred that should never happen under normal operation.
     * Logged as an event for fail-safe observability.
     */
    v2003001: new EventType(
        'Staking.Unexpected',
        v2003001.Type_560
    ),
}

export const offenceTooOld =  {
    name: 'Staking.OffenceTooOld',
    /**
     * An offence was reported that was too old to be processed, and thus was dropped.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.OffenceTooOld',
        sts.struct({
            offenceEra: sts.number(),
            validator: assetHubPaseoV1009001.AccountId32,
            fraction: assetHubPaseoV1009001.Perbill,
        })
    ),
}

export const eraPruned =  {
    name: 'Staking.EraPruned',
    /**
     * An old era with the given index was pruned.
     */
    assetHubPaseoV1009001: new EventType(
        'Staking.EraPruned',
        sts.struct({
            index: sts.number(),
        })
    ),
}

export const validatorIncentivePaid =  {
    name: 'Staking.ValidatorIncentivePaid',
    /**
     * The validator has been paid their self-stake incentive bonus.
     */
    v2003001: new EventType(
        'Staking.ValidatorIncentivePaid',
        sts.struct({
            era: sts.number(),
            validatorStash: v2003001.AccountId32,
            dest: v2003001.RewardDestination,
            amount: sts.bigint(),
        })
    ),
}

export const validatorIncentiveConfigSet =  {
    name: 'Staking.ValidatorIncentiveConfigSet',
    /**
     * Validator self-stake incentive configuration has been updated.
     */
    v2003001: new EventType(
        'Staking.ValidatorIncentiveConfigSet',
        sts.struct({
            optimumSelfStake: sts.bigint(),
            hardCapSelfStake: sts.bigint(),
            slopeFactor: v2003001.Perbill,
        })
    ),
}
