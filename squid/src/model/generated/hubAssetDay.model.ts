import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, ManyToOne as ManyToOne_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {Asset} from "./asset.model"

/**
 * One asset (Assets or ForeignAssets) on one UTC day, in its own units
 */
@Entity_()
export class HubAssetDay {
    constructor(props?: Partial<HubAssetDay>) {
        Object.assign(this, props)
    }

    /**
     * chain-date-asset
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
    @ManyToOne_(() => Asset, {nullable: true})
    asset!: Asset

    @IntColumn_({nullable: false})
    transfers!: number

    @BigIntColumn_({nullable: false})
    volume!: bigint

    @BigIntColumn_({nullable: false})
    issued!: bigint

    @BigIntColumn_({nullable: false})
    burned!: bigint

    /**
     * fees paid in this asset (AssetTxFeePaid) and their sum, in the asset's units
     */
    @IntColumn_({nullable: false})
    feePayments!: number

    @BigIntColumn_({nullable: false})
    fees!: bigint

    /**
     * Assets.Touched / ForeignAssets.Touched: accounts created with a deposit (holding nothing yet)
     */
    @IntColumn_({nullable: false})
    touched!: number

    /**
     * the accounts holding the asset after its last move (transfer, issue, burn, touch) of the day: the asset's own counter (Assets.Asset /
     * ForeignAssets.Asset `accounts`, read from storage), which includes accounts touched but not yet credited; null:
     * not read (a day before this field, or the asset has no details)
     */
    @IntColumn_({nullable: true})
    holders!: number | undefined | null

    /**
     * the block the holders were read at (the day's last move of the asset)
     */
    @IntColumn_({nullable: true})
    holdersBlock!: number | undefined | null

    @IntColumn_({nullable: false})
    lastBlock!: number
}
