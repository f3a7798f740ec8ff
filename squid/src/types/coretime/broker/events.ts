import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as coretimePolkadotV2000000 from '../coretimePolkadotV2000000'

export const purchased =  {
    name: 'Broker.Purchased',
    /**
     * A Region of Bulk Coretime has been purchased.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.Purchased',
        sts.struct({
            /**
             * The identity of the purchaser.
             */
            who: coretimePolkadotV2000000.AccountId32,
            /**
             * The identity of the Region.
             */
            regionId: coretimePolkadotV2000000.RegionId,
            /**
             * The price paid for this Region.
             */
            price: sts.bigint(),
            /**
             * The duration of the Region.
             */
            duration: sts.number(),
        })
    ),
}

export const renewable =  {
    name: 'Broker.Renewable',
    /**
     * The workload of a core has become renewable.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.Renewable',
        sts.struct({
            /**
             * The core whose workload can be renewed.
             */
            core: sts.number(),
            /**
             * The price at which the workload can be renewed.
             */
            price: sts.bigint(),
            /**
             * The time at which the workload would recommence of this renewal. The call to renew
             * cannot happen before the beginning of the interlude prior to the sale for regions
             * which begin at this time.
             */
            begin: sts.number(),
            /**
             * The actual workload which can be renewed.
             */
            workload: sts.array(() => coretimePolkadotV2000000.ScheduleItem),
        })
    ),
}

export const renewed =  {
    name: 'Broker.Renewed',
    /**
     * A workload has been renewed.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.Renewed',
        sts.struct({
            /**
             * The identity of the renewer.
             */
            who: coretimePolkadotV2000000.AccountId32,
            /**
             * The price paid for this renewal.
             */
            price: sts.bigint(),
            /**
             * The index of the core on which the `workload` was previously scheduled.
             */
            oldCore: sts.number(),
            /**
             * The index of the core on which the renewed `workload` has been scheduled.
             */
            core: sts.number(),
            /**
             * The time at which the `workload` will begin on the `core`.
             */
            begin: sts.number(),
            /**
             * The number of timeslices for which this `workload` is newly scheduled.
             */
            duration: sts.number(),
            /**
             * The workload which was renewed.
             */
            workload: sts.array(() => coretimePolkadotV2000000.ScheduleItem),
        })
    ),
}

export const transferred =  {
    name: 'Broker.Transferred',
    /**
     * Ownership of a Region has been transferred.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.Transferred',
        sts.struct({
            /**
             * The Region which has been transferred.
             */
            regionId: coretimePolkadotV2000000.RegionId,
            /**
             * The duration of the Region.
             */
            duration: sts.number(),
            /**
             * The old owner of the Region.
             */
            oldOwner: sts.option(() => coretimePolkadotV2000000.AccountId32),
            /**
             * The new owner of the Region.
             */
            owner: sts.option(() => coretimePolkadotV2000000.AccountId32),
        })
    ),
}

export const partitioned =  {
    name: 'Broker.Partitioned',
    /**
     * A Region has been split into two non-overlapping Regions.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.Partitioned',
        sts.struct({
            /**
             * The Region which was split.
             */
            oldRegionId: coretimePolkadotV2000000.RegionId,
            /**
             * The new Regions into which it became.
             */
            newRegionIds: sts.tuple(() => [coretimePolkadotV2000000.RegionId, coretimePolkadotV2000000.RegionId]),
        })
    ),
}

export const interlaced =  {
    name: 'Broker.Interlaced',
    /**
     * A Region has been converted into two overlapping Regions each of lesser regularity.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.Interlaced',
        sts.struct({
            /**
             * The Region which was interlaced.
             */
            oldRegionId: coretimePolkadotV2000000.RegionId,
            /**
             * The new Regions into which it became.
             */
            newRegionIds: sts.tuple(() => [coretimePolkadotV2000000.RegionId, coretimePolkadotV2000000.RegionId]),
        })
    ),
}

export const assigned =  {
    name: 'Broker.Assigned',
    /**
     * A Region has been assigned to a particular task.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.Assigned',
        sts.struct({
            /**
             * The Region which was assigned.
             */
            regionId: coretimePolkadotV2000000.RegionId,
            /**
             * The duration of the assignment.
             */
            duration: sts.number(),
            /**
             * The task to which the Region was assigned.
             */
            task: sts.number(),
        })
    ),
}

export const assignmentRemoved =  {
    name: 'Broker.AssignmentRemoved',
    /**
     * An assignment has been removed from the workplan.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.AssignmentRemoved',
        sts.struct({
            /**
             * The Region which was removed from the workplan.
             */
            regionId: coretimePolkadotV2000000.RegionId,
        })
    ),
}

export const pooled =  {
    name: 'Broker.Pooled',
    /**
     * A Region has been added to the Instantaneous Coretime Pool.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.Pooled',
        sts.struct({
            /**
             * The Region which was added to the Instantaneous Coretime Pool.
             */
            regionId: coretimePolkadotV2000000.RegionId,
            /**
             * The duration of the Region.
             */
            duration: sts.number(),
        })
    ),
}

export const coreCountRequested =  {
    name: 'Broker.CoreCountRequested',
    /**
     * A new number of cores has been requested.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.CoreCountRequested',
        sts.struct({
            /**
             * The number of cores requested.
             */
            coreCount: sts.number(),
        })
    ),
}

export const coreCountChanged =  {
    name: 'Broker.CoreCountChanged',
    /**
     * The number of cores available for scheduling has changed.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.CoreCountChanged',
        sts.struct({
            /**
             * The new number of cores available for scheduling.
             */
            coreCount: sts.number(),
        })
    ),
}

export const reservationMade =  {
    name: 'Broker.ReservationMade',
    /**
     * There is a new reservation for a workload.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.ReservationMade',
        sts.struct({
            /**
             * The index of the reservation.
             */
            index: sts.number(),
            /**
             * The workload of the reservation.
             */
            workload: sts.array(() => coretimePolkadotV2000000.ScheduleItem),
        })
    ),
}

export const reservationCancelled =  {
    name: 'Broker.ReservationCancelled',
    /**
     * A reservation for a workload has been cancelled.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.ReservationCancelled',
        sts.struct({
            /**
             * The index of the reservation which was cancelled.
             */
            index: sts.number(),
            /**
             * The workload of the now cancelled reservation.
             */
            workload: sts.array(() => coretimePolkadotV2000000.ScheduleItem),
        })
    ),
}

export const saleInitialized =  {
    name: 'Broker.SaleInitialized',
    /**
     * A new sale has been initialized.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.SaleInitialized',
        sts.struct({
            /**
             * The relay block number at which the sale will/did start.
             */
            saleStart: sts.number(),
            /**
             * The length in relay chain blocks of the Leadin Period (where the price is
             * decreasing).
             */
            leadinLength: sts.number(),
            /**
             * The price of Bulk Coretime at the beginning of the Leadin Period.
             */
            startPrice: sts.bigint(),
            /**
             * The price of Bulk Coretime after the Leadin Period.
             */
            endPrice: sts.bigint(),
            /**
             * The first timeslice of the Regions which are being sold in this sale.
             */
            regionBegin: sts.number(),
            /**
             * The timeslice on which the Regions which are being sold in the sale terminate.
             * (i.e. One after the last timeslice which the Regions control.)
             */
            regionEnd: sts.number(),
            /**
             * The number of cores we want to sell, ideally.
             */
            idealCoresSold: sts.number(),
            /**
             * Number of cores which are/have been offered for sale.
             */
            coresOffered: sts.number(),
        })
    ),
}

export const leased =  {
    name: 'Broker.Leased',
    /**
     * A new lease has been created.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.Leased',
        sts.struct({
            /**
             * The task to which a core will be assigned.
             */
            task: sts.number(),
            /**
             * The timeslice contained in the sale period after which this lease will
             * self-terminate (and therefore the earliest timeslice at which the lease may no
             * longer apply).
             */
            until: sts.number(),
        })
    ),
}

export const leaseRemoved =  {
    name: 'Broker.LeaseRemoved',
    /**
     * A lease has been removed.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.LeaseRemoved',
        sts.struct({
            /**
             * The task to which a core was assigned.
             */
            task: sts.number(),
        })
    ),
}

export const leaseEnding =  {
    name: 'Broker.LeaseEnding',
    /**
     * A lease is about to end.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.LeaseEnding',
        sts.struct({
            /**
             * The task to which a core was assigned.
             */
            task: sts.number(),
            /**
             * The timeslice at which the task will no longer be scheduled.
             */
            when: sts.number(),
        })
    ),
}

export const salesStarted =  {
    name: 'Broker.SalesStarted',
    /**
     * The sale rotation has been started and a new sale is imminent.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.SalesStarted',
        sts.struct({
            /**
             * The nominal price of an Region of Bulk Coretime.
             */
            price: sts.bigint(),
            /**
             * The maximum number of cores which this pallet will attempt to assign.
             */
            coreCount: sts.number(),
        })
    ),
}

export const revenueClaimBegun =  {
    name: 'Broker.RevenueClaimBegun',
    /**
     * The act of claiming revenue has begun.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.RevenueClaimBegun',
        sts.struct({
            /**
             * The region to be claimed for.
             */
            region: coretimePolkadotV2000000.RegionId,
            /**
             * The maximum number of timeslices which should be searched for claimed.
             */
            maxTimeslices: sts.number(),
        })
    ),
}

export const revenueClaimItem =  {
    name: 'Broker.RevenueClaimItem',
    /**
     * A particular timeslice has a non-zero claim.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.RevenueClaimItem',
        sts.struct({
            /**
             * The timeslice whose claim is being processed.
             */
            when: sts.number(),
            /**
             * The amount which was claimed at this timeslice.
             */
            amount: sts.bigint(),
        })
    ),
}

export const revenueClaimPaid =  {
    name: 'Broker.RevenueClaimPaid',
    /**
     * A revenue claim has (possibly only in part) been paid.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.RevenueClaimPaid',
        sts.struct({
            /**
             * The account to whom revenue has been paid.
             */
            who: coretimePolkadotV2000000.AccountId32,
            /**
             * The total amount of revenue claimed and paid.
             */
            amount: sts.bigint(),
            /**
             * The next region which should be claimed for the continuation of this contribution.
             */
            next: sts.option(() => coretimePolkadotV2000000.RegionId),
        })
    ),
}

export const creditPurchased =  {
    name: 'Broker.CreditPurchased',
    /**
     * Some Instantaneous Coretime Pool credit has been purchased.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.CreditPurchased',
        sts.struct({
            /**
             * The account which purchased the credit.
             */
            who: coretimePolkadotV2000000.AccountId32,
            /**
             * The Relay-chain account to which the credit will be made.
             */
            beneficiary: coretimePolkadotV2000000.AccountId32,
            /**
             * The amount of credit purchased.
             */
            amount: sts.bigint(),
        })
    ),
}

export const regionDropped =  {
    name: 'Broker.RegionDropped',
    /**
     * A Region has been dropped due to being out of date.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.RegionDropped',
        sts.struct({
            /**
             * The Region which no longer exists.
             */
            regionId: coretimePolkadotV2000000.RegionId,
            /**
             * The duration of the Region.
             */
            duration: sts.number(),
        })
    ),
}

export const contributionDropped =  {
    name: 'Broker.ContributionDropped',
    /**
     * Some historical Instantaneous Core Pool contribution record has been dropped.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.ContributionDropped',
        sts.struct({
            /**
             * The Region whose contribution is no longer exists.
             */
            regionId: coretimePolkadotV2000000.RegionId,
        })
    ),
}

export const regionUnpooled =  {
    name: 'Broker.RegionUnpooled',
    /**
     * A region has been force-removed from the pool. This is usually due to a provisionally
     * pooled region being redeployed.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.RegionUnpooled',
        sts.struct({
            /**
             * The Region which has been force-removed from the pool.
             */
            regionId: coretimePolkadotV2000000.RegionId,
            /**
             * The timeslice at which the region was force-removed.
             */
            when: sts.number(),
        })
    ),
}

export const historyInitialized =  {
    name: 'Broker.HistoryInitialized',
    /**
     * Some historical Instantaneous Core Pool payment record has been initialized.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.HistoryInitialized',
        sts.struct({
            /**
             * The timeslice whose history has been initialized.
             */
            when: sts.number(),
            /**
             * The amount of privately contributed Coretime to the Instantaneous Coretime Pool.
             */
            privatePoolSize: sts.number(),
            /**
             * The amount of Coretime contributed to the Instantaneous Coretime Pool by the
             * Polkadot System.
             */
            systemPoolSize: sts.number(),
        })
    ),
}

export const historyDropped =  {
    name: 'Broker.HistoryDropped',
    /**
     * Some historical Instantaneous Core Pool payment record has been dropped.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.HistoryDropped',
        sts.struct({
            /**
             * The timeslice whose history is no longer available.
             */
            when: sts.number(),
            /**
             * The amount of revenue the system has taken.
             */
            revenue: sts.bigint(),
        })
    ),
}

export const historyIgnored =  {
    name: 'Broker.HistoryIgnored',
    /**
     * Some historical Instantaneous Core Pool payment record has been ignored because the
     * timeslice was already known. Governance may need to intervene.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.HistoryIgnored',
        sts.struct({
            /**
             * The timeslice whose history is was ignored.
             */
            when: sts.number(),
            /**
             * The amount of revenue which was ignored.
             */
            revenue: sts.bigint(),
        })
    ),
}

export const claimsReady =  {
    name: 'Broker.ClaimsReady',
    /**
     * Some historical Instantaneous Core Pool Revenue is ready for payout claims.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.ClaimsReady',
        sts.struct({
            /**
             * The timeslice whose history is available.
             */
            when: sts.number(),
            /**
             * The amount of revenue the Polkadot System has already taken.
             */
            systemPayout: sts.bigint(),
            /**
             * The total amount of revenue remaining to be claimed.
             */
            privatePayout: sts.bigint(),
        })
    ),
}

export const coreAssigned =  {
    name: 'Broker.CoreAssigned',
    /**
     * A Core has been assigned to one or more tasks and/or the Pool on the Relay-chain.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.CoreAssigned',
        sts.struct({
            /**
             * The index of the Core which has been assigned.
             */
            core: sts.number(),
            /**
             * The Relay-chain block at which this assignment should take effect.
             */
            when: sts.number(),
            /**
             * The workload to be done on the Core.
             */
            assignment: sts.array(() => sts.tuple(() => [coretimePolkadotV2000000.CoreAssignment, sts.number()])),
        })
    ),
}

export const potentialRenewalDropped =  {
    name: 'Broker.PotentialRenewalDropped',
    /**
     * Some historical Instantaneous Core Pool payment record has been dropped.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.PotentialRenewalDropped',
        sts.struct({
            /**
             * The timeslice whose renewal is no longer available.
             */
            when: sts.number(),
            /**
             * The core whose workload is no longer available to be renewed for `when`.
             */
            core: sts.number(),
        })
    ),
}

export const autoRenewalEnabled =  {
    name: 'Broker.AutoRenewalEnabled',
    coretimePolkadotV2000000: new EventType(
        'Broker.AutoRenewalEnabled',
        sts.struct({
            /**
             * The core for which the renewal was enabled.
             */
            core: sts.number(),
            /**
             * The task for which the renewal was enabled.
             */
            task: sts.number(),
        })
    ),
}

export const autoRenewalDisabled =  {
    name: 'Broker.AutoRenewalDisabled',
    coretimePolkadotV2000000: new EventType(
        'Broker.AutoRenewalDisabled',
        sts.struct({
            /**
             * The core for which the renewal was disabled.
             */
            core: sts.number(),
            /**
             * The task for which the renewal was disabled.
             */
            task: sts.number(),
        })
    ),
}

export const autoRenewalFailed =  {
    name: 'Broker.AutoRenewalFailed',
    /**
     * Failed to auto-renew a core, likely due to the payer account not being sufficiently
     * funded.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.AutoRenewalFailed',
        sts.struct({
            /**
             * The core for which the renewal failed.
             */
            core: sts.number(),
            /**
             * The account which was supposed to pay for renewal.
             * 
             * If `None` it indicates that we failed to get the sovereign account of a task.
             */
            payer: sts.option(() => coretimePolkadotV2000000.AccountId32),
        })
    ),
}

export const autoRenewalLimitReached =  {
    name: 'Broker.AutoRenewalLimitReached',
    /**
     * The auto-renewal limit has been reached upon renewing cores.
     * 
     * This should never happen, given that enable_auto_renew checks for this before enabling
     * auto-renewal.
     */
    coretimePolkadotV2000000: new EventType(
        'Broker.AutoRenewalLimitReached',
        sts.unit()
    ),
}
