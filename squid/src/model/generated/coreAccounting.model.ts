import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, IntColumn as IntColumn_, StringColumn as StringColumn_} from "@subsquid/typeorm-store"

/**
 * Where the core accounting of a chain stands: the last block whose capacity was counted, and each core's assignments
 */
@Entity_()
export class CoreAccounting {
    constructor(props?: Partial<CoreAccounting>) {
        Object.assign(this, props)
    }

    /**
     * the chain
     */
    @PrimaryColumn_()
    id!: string

    @IntColumn_({nullable: false})
    accountedTo!: number

    /**
     * JSON: per core, its assignment segments as read from CoretimeAssignmentProvider (from, end, tasks, pool, idle)
     */
    @StringColumn_({nullable: false})
    timelines!: string

    /**
     * the latest blocks (up to 32) the assignments were read at
     */
    @IntColumn_({array: true, nullable: false})
    readBlocks!: (number)[]
}
