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

    @StringColumn_({nullable: false})
    symbol!: string

    @IntColumn_({nullable: false})
    decimals!: number

    /**
     * chain that issues it
     */
    @StringColumn_({nullable: false})
    chain!: string
}
