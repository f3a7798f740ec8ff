import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {ChildBounty} from "./childBounty.model"
import {ChildBountyEventKind} from "./_childBountyEventKind"

/**
 * One event of a child bounty's lifecycle
 */
@Entity_()
export class ChildBountyEvent {
    constructor(props?: Partial<ChildBountyEvent>) {
        Object.assign(this, props)
    }

    /**
     * id of the event
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @IntColumn_({nullable: false})
    eventIndex!: number

    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null

    @Index_()
    @ManyToOne_(() => ChildBounty, {nullable: true})
    childBounty!: ChildBounty

    @Column_("varchar", {length: 17, nullable: false})
    kind!: ChildBountyEventKind

    /**
     * the beneficiary (Awarded, Claimed, PayoutProcessed) or the curator (CuratorProposed, CuratorAccepted)
     */
    @StringColumn_({nullable: true})
    who!: string | undefined | null

    /**
     * the payout (Claimed, PayoutProcessed), the value (Created)
     */
    @BigIntColumn_({nullable: true})
    amount!: bigint | undefined | null

    /**
     * MultiAssetBounties: the Paymaster payment (Paid, PaymentFailed)
     */
    @BigIntColumn_({nullable: true})
    paymentId!: bigint | undefined | null
}
