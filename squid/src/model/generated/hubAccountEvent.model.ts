import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * An account endowed or reaped: the facts behind HubDay's new, migrated and reaped accounts
 */
@Entity_()
export class HubAccountEvent {
    constructor(props?: Partial<HubAccountEvent>) {
        Object.assign(this, props)
    }

    /**
     * id of the event
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @Index_()
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @IntColumn_({nullable: false})
    eventIndex!: number

    /**
     * Endowed, MigrationEndowed or Killed
     */
    @Index_()
    @StringColumn_({nullable: false})
    kind!: string

    @Index_()
    @StringColumn_({nullable: false})
    account!: string

    /**
     * the endowment (0 for a reaped account)
     */
    @BigIntColumn_({nullable: false})
    amount!: bigint
}
