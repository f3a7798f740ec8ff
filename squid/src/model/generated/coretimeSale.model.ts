import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {SaleTimeUnit} from "./_saleTimeUnit"

/**
 * One bulk sale (Broker.SaleInitialized): the cores offered for the region [regionBegin, regionEnd)
 */
@Entity_()
export class CoretimeSale {
    constructor(props?: Partial<CoretimeSale>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<regionBegin>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    /**
     * first timeslice of the regions sold (a timeslice is 80 relay blocks)
     */
    @Index_()
    @IntColumn_({nullable: false})
    regionBegin!: number

    @IntColumn_({nullable: false})
    regionEnd!: number

    /**
     * the relay block the region begins at (regionBegin × 80), and its estimated date
     */
    @IntColumn_({nullable: false})
    regionBeginRelayBlock!: number

    @DateTimeColumn_({nullable: false})
    regionBeginAt!: Date

    @DateTimeColumn_({nullable: false})
    regionEndAt!: Date

    /**
     * as the event gives it, in timeUnit
     */
    @IntColumn_({nullable: false})
    saleStart!: number

    @IntColumn_({nullable: false})
    leadinLength!: number

    @Column_("varchar", {length: 14, nullable: false})
    timeUnit!: SaleTimeUnit

    /**
     * when the lead-in starts and ends: estimated from the block the event is in
     */
    @DateTimeColumn_({nullable: false})
    saleStartAt!: Date

    @DateTimeColumn_({nullable: false})
    leadinEndAt!: Date

    @BigIntColumn_({nullable: false})
    startPrice!: bigint

    /**
     * the price after the lead-in (regular_price before the rename)
     */
    @BigIntColumn_({nullable: false})
    endPrice!: bigint

    @IntColumn_({nullable: false})
    idealCoresSold!: number

    @IntColumn_({nullable: false})
    coresOffered!: number

    /**
     * purchases and renewals into this sale, as the pallet counts them
     */
    @IntColumn_({nullable: false})
    coresSold!: number

    @IntColumn_({nullable: false})
    coresPurchased!: number

    @IntColumn_({nullable: false})
    coresRenewed!: number

    /**
     * the pallet's sellout price: the end price when the sale opens, then the price of each purchase up to the ideal cores sold (or the first after it); null for a sale offering no cores
     */
    @BigIntColumn_({nullable: true})
    selloutPrice!: bigint | undefined | null

    @BigIntColumn_({nullable: false})
    bulkRevenue!: bigint

    @BigIntColumn_({nullable: false})
    renewalRevenue!: bigint

    /**
     * the rule the runtime adapts its next price by: CenterTargetPrice, MinimumPrice(<min>) over CenterTargetPrice, MinimumPriceWithFixedTargetPrice(<min>, <target>)
     */
    @StringColumn_({nullable: false})
    priceRule!: string

    /**
     * the next sale's end price and target (renewal) price, forecast from this sale's outcome by priceRule
     */
    @BigIntColumn_({nullable: false})
    nextEndPrice!: bigint

    @BigIntColumn_({nullable: false})
    nextTargetPrice!: bigint

    @IntColumn_({nullable: false})
    specVersion!: number

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @StringColumn_({nullable: false})
    eventId!: string

    /**
     * the relay block the Coretime chain had seen at that block (ParachainSystem.LastRelayChainBlockNumber)
     */
    @IntColumn_({nullable: false})
    relayBlock!: number
}
