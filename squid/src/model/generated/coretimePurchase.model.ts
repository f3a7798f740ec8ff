import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, ManyToOne as ManyToOne_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_, FloatColumn as FloatColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"
import {CoretimePurchaseKind} from "./_coretimePurchaseKind"
import {CoretimeSale} from "./coretimeSale.model"

/**
 * A purchase or renewal: the money a sale earned, event by event
 */
@Entity_()
export class CoretimePurchase {
    constructor(props?: Partial<CoretimePurchase>) {
        Object.assign(this, props)
    }

    /**
     * the event's fact id
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @Column_("varchar", {length: 7, nullable: false})
    kind!: CoretimePurchaseKind

    /**
     * the sale whose region it bought (null when that sale's SaleInitialized was not indexed)
     */
    @Index_()
    @ManyToOne_(() => CoretimeSale, {nullable: true})
    sale!: CoretimeSale | undefined | null

    @Index_()
    @IntColumn_({nullable: false})
    regionBegin!: number

    @IntColumn_({nullable: false})
    regionEnd!: number

    @Index_()
    @IntColumn_({nullable: false})
    core!: number

    /**
     * Renewed: the core the workload was on before
     */
    @IntColumn_({nullable: true})
    oldCore!: number | undefined | null

    /**
     * hex of the 80-bit core mask
     */
    @StringColumn_({nullable: true})
    mask!: string | undefined | null

    @Index_()
    @StringColumn_({nullable: false})
    who!: string

    @BigIntColumn_({nullable: false})
    price!: bigint

    /**
     * the sale's time the purchase happened at (in the sale's timeUnit), and how far through the lead-in it was (0…1)
     */
    @IntColumn_({nullable: true})
    saleTime!: number | undefined | null

    @FloatColumn_({nullable: true})
    leadinProgress!: number | undefined | null

    /**
     * where the price was deposited: Burned (the burn stash py/ctbrn, burned at the relay), Treasury, or null if no deposit of it was found
     */
    @StringColumn_({nullable: true})
    revenueTo!: string | undefined | null

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @IntColumn_({nullable: false})
    eventIndex!: number

    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null
}
