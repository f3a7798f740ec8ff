import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * An account that paid a fee on a day: keeps HubDay.activeAccounts distinct across batches
 */
@Entity_()
export class HubActiveAccount {
    constructor(props?: Partial<HubActiveAccount>) {
        Object.assign(this, props)
    }

    /**
     * chain-date-account
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @StringColumn_({nullable: false})
    date!: string

    @Index_()
    @StringColumn_({nullable: false})
    account!: string

    @IntColumn_({nullable: false})
    feePayments!: number

    /**
     * the fee event that made it active that day
     */
    @StringColumn_({nullable: false})
    firstEventId!: string

    @IntColumn_({nullable: false})
    firstBlock!: number
}
