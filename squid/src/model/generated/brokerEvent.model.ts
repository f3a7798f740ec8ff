import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"
import {BrokerEventKind} from "./_brokerEventKind"

/**
 * Every other Broker event, one row each: credits bought, pool claims and payouts, leases, reservations, region changes
 */
@Entity_()
export class BrokerEvent {
    constructor(props?: Partial<BrokerEvent>) {
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
    @Column_("varchar", {length: 23, nullable: false})
    kind!: BrokerEventKind

    @Index_()
    @StringColumn_({nullable: true})
    who!: string | undefined | null

    /**
     * CreditPurchased: the amount paid; RevenueClaimPaid: the payout; ClaimsReady: the private pool's payout; SalesStarted: the price
     */
    @BigIntColumn_({nullable: true})
    amount!: bigint | undefined | null

    /**
     * ClaimsReady: the system pool's payout (to the broker's own account)
     */
    @BigIntColumn_({nullable: true})
    systemAmount!: bigint | undefined | null

    @IntColumn_({nullable: true})
    core!: number | undefined | null

    @IntColumn_({nullable: true})
    task!: number | undefined | null

    /**
     * a timeslice (HistoryInitialized, ClaimsReady, LeaseEnding, region begin) or a count (CoreCountChanged)
     */
    @IntColumn_({nullable: true})
    when!: number | undefined | null

    /**
     * CreditPurchased: where the amount was deposited (see CoretimePurchase.revenueTo)
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
