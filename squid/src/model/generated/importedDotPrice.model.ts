import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * A DOT/USD price a user imported (npm run prices:import): where supplied it takes precedence over the chain's
 */
@Entity_()
export class ImportedDotPrice {
    constructor(props?: Partial<ImportedDotPrice>) {
        Object.assign(this, props)
    }

    /**
     * the date
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    date!: string

    /**
     * USD per DOT as written in the file
     */
    @StringColumn_({nullable: false})
    usdPerDot!: string

    /**
     * micro-USD per DOT
     */
    @BigIntColumn_({nullable: false})
    microUsdPerDot!: bigint

    /**
     * the file and line it came from
     */
    @StringColumn_({nullable: false})
    source!: string
}
