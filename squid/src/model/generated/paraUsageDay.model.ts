import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * One para in one UTC day: its blocks included (on every core it had), its cores and on-demand orders
 */
@Entity_()
export class ParaUsageDay {
    constructor(props?: Partial<ParaUsageDay>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<para>-<YYYY-MM-DD>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @IntColumn_({nullable: false})
    paraId!: number

    @Index_()
    @StringColumn_({nullable: false})
    date!: string

    @IntColumn_({nullable: false})
    firstBlock!: number

    @IntColumn_({nullable: false})
    lastBlock!: number

    @IntColumn_({nullable: false})
    included!: number

    @IntColumn_({nullable: false})
    backed!: number

    /**
     * of `included`, blocks on cores it was not assigned to as a task (on-demand)
     */
    @IntColumn_({nullable: false})
    onDemandIncluded!: number

    /**
     * the cores it was included on
     */
    @IntColumn_({array: true, nullable: false})
    cores!: (number)[]

    /**
     * timeslices in which it was included on two or more cores (elastic scaling)
     */
    @IntColumn_({nullable: false})
    elasticSlices!: number

    /**
     * OnDemand.OnDemandOrderPlaced for this para, and the sum of their spot prices (planck)
     */
    @IntColumn_({nullable: false})
    orders!: number

    @BigIntColumn_({nullable: false})
    spotPriceSum!: bigint

    @StringColumn_({nullable: true})
    firstEventId!: string | undefined | null

    @StringColumn_({nullable: true})
    lastEventId!: string | undefined | null
}
