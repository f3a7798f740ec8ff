import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, ManyToOne as ManyToOne_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {Asset} from "./asset.model"

/**
 * One AssetConversion pool on one UTC day: its swaps and the volume of each side
 */
@Entity_()
export class HubPoolDay {
    constructor(props?: Partial<HubPoolDay>) {
        Object.assign(this, props)
    }

    /**
     * chain-date-pool
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
     * asset1/asset2, the asset ids in the pool's order (native first)
     */
    @Index_()
    @StringColumn_({nullable: false})
    pool!: string

    @Index_()
    @ManyToOne_(() => Asset, {nullable: true})
    asset1!: Asset

    @Index_()
    @ManyToOne_(() => Asset, {nullable: true})
    asset2!: Asset

    /**
     * hops of AssetConversion.SwapExecuted through this pool
     */
    @IntColumn_({nullable: false})
    swaps!: number

    @BigIntColumn_({nullable: false})
    amount1!: bigint

    @BigIntColumn_({nullable: false})
    amount2!: bigint

    /**
     * AssetConversion.LiquidityAdded and LiquidityRemoved of this pool that day
     */
    @IntColumn_({nullable: false})
    liquidityEvents!: number

    /**
     * what the providers put in of asset1 and asset2 (amount1Provided / amount2Provided)
     */
    @BigIntColumn_({nullable: false})
    liquidityAdded1!: bigint

    @BigIntColumn_({nullable: false})
    liquidityAdded2!: bigint

    /**
     * what they took out (amount1 / amount2 of LiquidityRemoved)
     */
    @BigIntColumn_({nullable: false})
    liquidityRemoved1!: bigint

    @BigIntColumn_({nullable: false})
    liquidityRemoved2!: bigint

    /**
     * the PoolCreated event, when the pool was created that day
     */
    @StringColumn_({nullable: true})
    createdEventId!: string | undefined | null

    @IntColumn_({nullable: false})
    lastBlock!: number
}
