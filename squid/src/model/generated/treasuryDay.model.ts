import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * Treasury in/out per chain and UTC day, written with the facts
 */
@Entity_()
export class TreasuryDay {
    constructor(props?: Partial<TreasuryDay>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<yyyy-mm-dd>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @StringColumn_({nullable: false})
    date!: string

    @BigIntColumn_({nullable: false})
    inFees!: bigint

    @BigIntColumn_({nullable: false})
    inDeposits!: bigint

    @BigIntColumn_({nullable: false})
    outAwarded!: bigint

    @BigIntColumn_({nullable: false})
    inTransfers!: bigint

    /**
     * native-asset payouts of asset spends, counted when check_status confirms them
     */
    @BigIntColumn_({nullable: false})
    outSpendPaid!: bigint

    @BigIntColumn_({nullable: false})
    outBurnt!: bigint

    /**
     * treasury account free balance at the last indexed block of the day (native)
     */
    @BigIntColumn_({nullable: true})
    closingBalance!: bigint | undefined | null

    @IntColumn_({nullable: true})
    closingBlock!: number | undefined | null

    /**
     * flows of every asset
     */
    @IntColumn_({nullable: false})
    flowCount!: number

    /**
     * native-token flows per kind, so a period's counts cost O(days) like its sums
     */
    @IntColumn_({nullable: false})
    inFeesCount!: number

    @IntColumn_({nullable: false})
    inDepositsCount!: number

    @IntColumn_({nullable: false})
    inTransfersCount!: number

    @IntColumn_({nullable: false})
    outAwardedCount!: number

    @IntColumn_({nullable: false})
    outSpendPaidCount!: number

    @IntColumn_({nullable: false})
    outBurntCount!: number
}
