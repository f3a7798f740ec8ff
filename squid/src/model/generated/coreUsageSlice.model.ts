import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_, FloatColumn as FloatColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"

/**
 * One core in one timeslice (80 relay blocks): what its assignment allowed and what was included on it
 */
@Entity_()
export class CoreUsageSlice {
    constructor(props?: Partial<CoreUsageSlice>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<core>-<timeslice>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @IntColumn_({nullable: false})
    core!: number

    /**
     * relay block ÷ 80
     */
    @Index_()
    @IntColumn_({nullable: false})
    timeslice!: number

    /**
     * the first and last block of the timeslice accounted so far (the first indexed block, or the head, may cut it)
     */
    @IntColumn_({nullable: false})
    firstBlock!: number

    @IntColumn_({nullable: false})
    lastBlock!: number

    /**
     * ParaInclusion.CandidateIncluded on this core
     */
    @IntColumn_({nullable: false})
    included!: number

    /**
     * ParaInclusion.CandidateBacked on this core
     */
    @IntColumn_({nullable: false})
    backed!: number

    /**
     * of `included`, blocks of paras the core was not assigned to as a task, on its pool (on-demand) share
     */
    @IntColumn_({nullable: false})
    poolIncluded!: number

    /**
     * parts·blocks assigned to tasks, to the on-demand pool, and left idle
     */
    @BigIntColumn_({nullable: false})
    taskParts!: bigint

    @BigIntColumn_({nullable: false})
    poolParts!: bigint

    @BigIntColumn_({nullable: false})
    idleParts!: bigint

    /**
     * included × 57,600 ÷ (taskParts + poolParts); null where nothing was assigned
     */
    @FloatColumn_({nullable: true})
    utilisation!: number | undefined | null

    /**
     * the assignment at the last block accounted, e.g. 'Task 2000', 'Task 2000 28800 + Pool 28800', 'Idle', 'none'
     */
    @StringColumn_({nullable: false})
    assignment!: string

    /**
     * the paras included on this core in this timeslice
     */
    @IntColumn_({array: true, nullable: false})
    paras!: (number)[]

    /**
     * the first and last events counted, with their blocks' times (the event page shows the timeslice they were counted in)
     */
    @Index_()
    @StringColumn_({nullable: true})
    firstEventId!: string | undefined | null

    @DateTimeColumn_({nullable: true})
    firstEventAt!: Date | undefined | null

    @Index_()
    @StringColumn_({nullable: true})
    lastEventId!: string | undefined | null

    @DateTimeColumn_({nullable: true})
    lastEventAt!: Date | undefined | null
}
