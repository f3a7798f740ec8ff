import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * Fees per chain and UTC day
 */
@Entity_()
export class FeeDay {
    constructor(props?: Partial<FeeDay>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @StringColumn_({nullable: false})
    date!: string

    @IntColumn_({nullable: false})
    extrinsics!: number

    @BigIntColumn_({nullable: false})
    fees!: bigint

    @BigIntColumn_({nullable: false})
    tips!: bigint

    @BigIntColumn_({nullable: false})
    toTreasury!: bigint

    @BigIntColumn_({nullable: false})
    toAuthor!: bigint

    @BigIntColumn_({nullable: false})
    toCollatorPot!: bigint

    @BigIntColumn_({nullable: false})
    toDap!: bigint

    @BigIntColumn_({nullable: false})
    burned!: bigint

    /**
     * fees paid in another asset: how many (counted in extrinsics too) and their native equivalent, not in fees
     */
    @IntColumn_({nullable: false})
    assetFeeExtrinsics!: number

    @BigIntColumn_({nullable: false})
    assetFeesNative!: bigint
}
