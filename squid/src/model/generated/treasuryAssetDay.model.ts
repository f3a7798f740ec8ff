import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_, BooleanColumn as BooleanColumn_} from "@subsquid/typeorm-store"
import {Asset} from "./asset.model"

/**
 * The treasury's balance of one non-native asset (Asset Hub: USDT, USDC) per UTC day, reconciled like TreasuryDay's
 * native balance: openingBalance + inflow - outflow = closingBalance, else drift, with the block it appeared in
 */
@Entity_()
export class TreasuryAssetDay {
    constructor(props?: Partial<TreasuryAssetDay>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<asset id>-<yyyy-mm-dd>; a sub-treasury's <chain>-<treasury>-<asset id>-<yyyy-mm-dd>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    /**
     * main, or the Collectives sub-treasury (fellowship, ambassador) whose account on Asset Hub this day reconciles
     */
    @Index_()
    @StringColumn_({nullable: false})
    treasury!: string

    @Index_()
    @StringColumn_({nullable: false})
    date!: string

    @Index_()
    @ManyToOne_(() => Asset, {nullable: true})
    asset!: Asset

    /**
     * the day's flows of this asset into the treasury (asset units)
     */
    @BigIntColumn_({nullable: false})
    inflow!: bigint

    /**
     * the day's flows of this asset out of the treasury (asset units)
     */
    @BigIntColumn_({nullable: false})
    outflow!: bigint

    /**
     * balance at closingBlock, read from storage Assets.Account(asset, treasury)
     */
    @BigIntColumn_({nullable: true})
    closingBalance!: bigint | undefined | null

    @IntColumn_({nullable: true})
    closingBlock!: number | undefined | null

    @BooleanColumn_({nullable: false})
    closed!: boolean

    @BigIntColumn_({nullable: true})
    openingBalance!: bigint | undefined | null

    @IntColumn_({nullable: true})
    openingBlock!: number | undefined | null

    @BigIntColumn_({nullable: true})
    drift!: bigint | undefined | null

    @IntColumn_({nullable: true})
    driftBlock!: number | undefined | null
}
