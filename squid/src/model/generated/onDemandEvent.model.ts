import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"
import {OnDemandEventKind} from "./_onDemandEventKind"
import {OnDemandPayment} from "./_onDemandPayment"

/**
 * One OnDemand event of the relay chain
 */
@Entity_()
export class OnDemandEvent {
    constructor(props?: Partial<OnDemandEvent>) {
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
    @Column_("varchar", {length: 15, nullable: false})
    kind!: OnDemandEventKind

    /**
     * OrderPlaced: the para the block was ordered for
     */
    @Index_()
    @IntColumn_({nullable: true})
    paraId!: number | undefined | null

    /**
     * OrderPlaced: the spot price; AccountCredited: the credit
     */
    @BigIntColumn_({nullable: false})
    amount!: bigint

    /**
     * OrderPlaced: who ordered; AccountCredited: the account credited
     */
    @Index_()
    @StringColumn_({nullable: false})
    who!: string

    /**
     * OrderPlaced: the account its Balances.Deposit credited (the on-demand pallet's), or null when it was paid from credits (no transfer)
     */
    @StringColumn_({nullable: true})
    depositTo!: string | undefined | null

    /**
     * OrderPlaced: where its spot price went; null on AccountCredited
     */
    @Column_("varchar", {length: 7, nullable: true})
    payment!: OnDemandPayment | undefined | null

    /**
     * OrderPlaced: the index of the event that paid it (the Deposit, or the Rescinded/Burned/Withdraw of a burn); null when paid from credits
     */
    @IntColumn_({nullable: true})
    paymentEventIndex!: number | undefined | null

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @Index_()
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @IntColumn_({nullable: false})
    eventIndex!: number

    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null
}
