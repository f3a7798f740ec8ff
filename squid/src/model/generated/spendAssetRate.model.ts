import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"

/**
 * The treasury's AssetRate conversion rate of an asset spend's asset at its approval: AssetRate.ConversionRateToNative
 * read from storage at the block of Treasury.AssetSpendApproved (the relay before the Asset Hub migration, Asset Hub after)
 */
@Entity_()
export class SpendAssetRate {
    constructor(props?: Partial<SpendAssetRate>) {
        Object.assign(this, props)
    }

    /**
     * the spend's id (<chain>-asset-<index>)
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @IntColumn_({nullable: false})
    spendIndex!: number

    /**
     * the spend's asset kind (VersionedLocatableAsset) as JSON
     */
    @StringColumn_({nullable: false})
    assetKindJson!: string

    /**
     * native planck per unit of the asset, × 10^18 (FixedU128's inner value); null: the asset had no rate then
     */
    @BigIntColumn_({nullable: true})
    rateToNative!: bigint | undefined | null

    /**
     * the block read (the approval's)
     */
    @IntColumn_({nullable: false})
    block!: number

    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    /**
     * storage:AssetRate.ConversionRateToNative@<block>
     */
    @StringColumn_({nullable: false})
    source!: string
}
