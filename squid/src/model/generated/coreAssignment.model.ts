import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"
import {CoreAssignmentKind} from "./_coreAssignmentKind"

/**
 * One item of a core's assignment from a relay block on (Broker.CoreAssigned): a task, the pool or idle, in parts of 57,600
 */
@Entity_()
export class CoreAssignment {
    constructor(props?: Partial<CoreAssignment>) {
        Object.assign(this, props)
    }

    /**
     * <event id>-<item>
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
     * the relay block the assignment starts at, its timeslice (÷ 80) and estimated date
     */
    @Index_()
    @IntColumn_({nullable: false})
    beginRelayBlock!: number

    @IntColumn_({nullable: false})
    beginTimeslice!: number

    @DateTimeColumn_({nullable: false})
    beginAt!: Date

    @Column_("varchar", {length: 4, nullable: false})
    kind!: CoreAssignmentKind

    @Index_()
    @IntColumn_({nullable: true})
    task!: number | undefined | null

    @IntColumn_({nullable: false})
    parts!: number

    @IntColumn_({nullable: false})
    blockNumber!: number

    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @StringColumn_({nullable: false})
    eventId!: string
}
