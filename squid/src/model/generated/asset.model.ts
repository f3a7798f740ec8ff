import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * A token amounts are counted in: the chain's native token or an asset on Asset Hub
 */
@Entity_()
export class Asset {
    constructor(props?: Partial<Asset>) {
        Object.assign(this, props)
    }

    /**
     * native | assethub-assets:<id> | assethub-foreign:<location> | location:<json>
     */
    @PrimaryColumn_()
    id!: string

    /**
     * the metadata's symbol; "?" when the asset's metadata is unknown
     */
    @StringColumn_({nullable: false})
    symbol!: string

    /**
     * from the asset's metadata (Assets.Metadata / ForeignAssets.Metadata on Asset Hub); null when unknown, never a guessed 0
     */
    @IntColumn_({nullable: true})
    decimals!: number | undefined | null

    /**
     * chain that issues it
     */
    @StringColumn_({nullable: false})
    chain!: string
}
