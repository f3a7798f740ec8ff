import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * The DOT/USD price of one UTC day from Asset Hub's own pools, stablecoins (USDT 1984, USDC 1337) taken at 1 USD:
 * volume-weighted from the day's swaps on the DOT/USDT and DOT/USDC pools, else from the DOT/USDT (then DOT/USDC)
 * pool's reserves at the day's last indexed block
 */
@Entity_()
export class DotPriceDay {
    constructor(props?: Partial<DotPriceDay>) {
        Object.assign(this, props)
    }

    /**
     * chain-date
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @StringColumn_({nullable: false})
    date!: string

    /**
     * micro-USD per DOT (USD × 10^6), rounded down
     */
    @BigIntColumn_({nullable: true})
    microUsdPerDot!: bigint | undefined | null

    /**
     * swaps:DOT/USDT, swaps:DOT/USDT+DOT/USDC, reserves:DOT/USDT@<block>, or none
     */
    @StringColumn_({nullable: false})
    source!: string

    /**
     * the day's swaps on the priced pools and what they moved: DOT in planck, USD in micro-USD
     */
    @IntColumn_({nullable: false})
    swaps!: number

    @BigIntColumn_({nullable: false})
    dotVolume!: bigint

    @BigIntColumn_({nullable: false})
    usdVolume!: bigint

    /**
     * the reserves read (when the price is from reserves) and the block they were read at
     */
    @BigIntColumn_({nullable: true})
    reserveDot!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    reserveUsd!: bigint | undefined | null

    @IntColumn_({nullable: true})
    reserveBlock!: number | undefined | null
}
