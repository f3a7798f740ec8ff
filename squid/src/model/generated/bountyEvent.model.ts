import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {Bounty} from "./bounty.model"
import {BountyEventKind} from "./_bountyEventKind"

/**
 * One event of a bounty's lifecycle
 */
@Entity_()
export class BountyEvent {
    constructor(props?: Partial<BountyEvent>) {
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
    @ManyToOne_(() => Bounty, {nullable: true})
    bounty!: Bounty

    @Column_("varchar", {length: 17, nullable: false})
    kind!: BountyEventKind

    /**
     * the curator (CuratorProposed, CuratorAccepted), the beneficiary (Awarded, Claimed, PayoutProcessed) or the proposer (DepositPoked)
     */
    @StringColumn_({nullable: true})
    who!: string | undefined | null

    /**
     * the payout (Claimed, PayoutProcessed), the value (Created), the slashed bond (Rejected), the new deposit (DepositPoked)
     */
    @BigIntColumn_({nullable: true})
    amount!: bigint | undefined | null

    /**
     * MultiAssetBounties: the Paymaster payment (Paid, PaymentFailed)
     */
    @BigIntColumn_({nullable: true})
    paymentId!: bigint | undefined | null
}
