import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {Asset} from "./asset.model"

/**
 * What one extrinsic paid and where it went
 */
@Entity_()
export class FeePayment {
    constructor(props?: Partial<FeePayment>) {
        Object.assign(this, props)
    }

    /**
     * id of the TransactionFeePaid event
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

    @IntColumn_({nullable: false})
    extrinsicIndex!: number

    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null

    @Index_()
    @StringColumn_({nullable: false})
    payer!: string

    /**
     * asset the fee was charged in (native unless paid with another asset on Asset Hub)
     */
    @Index_()
    @ManyToOne_(() => Asset, {nullable: true})
    asset!: Asset

    /**
     * actual fee including the tip, in the asset's units
     */
    @BigIntColumn_({nullable: false})
    fee!: bigint

    @BigIntColumn_({nullable: false})
    tip!: bigint

    /**
     * native-token split of fee + tip
     */
    @BigIntColumn_({nullable: false})
    toTreasury!: bigint

    @BigIntColumn_({nullable: false})
    toAuthor!: bigint

    @BigIntColumn_({nullable: false})
    burned!: bigint
}
