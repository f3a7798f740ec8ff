import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_, FloatColumn as FloatColumn_} from "@subsquid/typeorm-store"

/**
 * One core in one UTC day: the sums of its timeslices' blocks of that day
 */
@Entity_()
export class CoreUsageDay {
    constructor(props?: Partial<CoreUsageDay>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<core>-<YYYY-MM-DD>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @IntColumn_({nullable: false})
    core!: number

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

    @IntColumn_({nullable: false})
    poolIncluded!: number

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

    @StringColumn_({nullable: false})
    assignment!: string

    @IntColumn_({array: true, nullable: false})
    paras!: (number)[]

    @StringColumn_({nullable: true})
    firstEventId!: string | undefined | null

    @StringColumn_({nullable: true})
    lastEventId!: string | undefined | null
}
