import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * One spend period's closing (Treasury.Spending and what followed it in the same block)
 */
@Entity_()
export class SpendPeriod {
    constructor(props?: Partial<SpendPeriod>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<block>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @IntColumn_({nullable: false})
    eventIndex!: number

    @BigIntColumn_({nullable: false})
    budgetRemaining!: bigint

    @BigIntColumn_({nullable: false})
    awarded!: bigint

    @IntColumn_({nullable: false})
    awardedCount!: number

    @BigIntColumn_({nullable: false})
    burnt!: bigint

    @BigIntColumn_({nullable: true})
    rollover!: bigint | undefined | null
}
