import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_, JSONColumn as JSONColumn_, BooleanColumn as BooleanColumn_} from "@subsquid/typeorm-store"
import {CoreRenewalStatus} from "./_coreRenewalStatus"

/**
 * What a core's workload may be renewed for, from a region beginning at `begin` (Broker.Renewable), and what became of it
 */
@Entity_()
export class CoreRenewal {
    constructor(props?: Partial<CoreRenewal>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<core>-<begin>
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
    @IntColumn_({nullable: false})
    begin!: number

    @DateTimeColumn_({nullable: false})
    beginAt!: Date

    @BigIntColumn_({nullable: false})
    price!: bigint

    /**
     * the workload: [{kind: Task|Pool|Idle, task, mask}] as JSON
     */
    @JSONColumn_({nullable: false})
    workload!: unknown

    @Index_()
    @Column_("varchar", {length: 9, nullable: false})
    status!: CoreRenewalStatus

    @IntColumn_({nullable: false})
    renewableBlock!: number

    @StringColumn_({nullable: false})
    renewableEventId!: string

    @DateTimeColumn_({nullable: false})
    renewableTimestamp!: Date

    @StringColumn_({nullable: true})
    renewedBy!: string | undefined | null

    @BigIntColumn_({nullable: true})
    renewedPrice!: bigint | undefined | null

    @StringColumn_({nullable: true})
    renewedEventId!: string | undefined | null

    @DateTimeColumn_({nullable: true})
    renewedTimestamp!: Date | undefined | null

    @StringColumn_({nullable: true})
    droppedEventId!: string | undefined | null

    @DateTimeColumn_({nullable: true})
    droppedTimestamp!: Date | undefined | null

    @BooleanColumn_({nullable: false})
    autoRenew!: boolean

    @IntColumn_({nullable: false})
    updatedBlock!: number
}
