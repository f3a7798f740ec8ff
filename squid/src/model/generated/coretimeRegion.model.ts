import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {RegionStatus} from "./_regionStatus"

/**
 * A region of bulk coretime: a core's mask from timeslice begin to end
 */
@Entity_()
export class CoretimeRegion {
    constructor(props?: Partial<CoretimeRegion>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<begin>-<core>-<mask>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @IntColumn_({nullable: false})
    begin!: number

    @IntColumn_({nullable: true})
    end!: number | undefined | null

    @Index_()
    @IntColumn_({nullable: false})
    core!: number

    @StringColumn_({nullable: false})
    mask!: string

    @Index_()
    @StringColumn_({nullable: true})
    owner!: string | undefined | null

    @Column_("varchar", {length: 8, nullable: false})
    status!: RegionStatus

    @IntColumn_({nullable: true})
    task!: number | undefined | null

    @BigIntColumn_({nullable: true})
    paid!: bigint | undefined | null

    @StringColumn_({nullable: false})
    createdEventId!: string

    @StringColumn_({nullable: false})
    updatedEventId!: string

    @IntColumn_({nullable: false})
    updatedBlock!: number
}
