import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, ManyToOne as ManyToOne_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_, OneToMany as OneToMany_} from "@subsquid/typeorm-store"
import {Bounty} from "./bounty.model"
import {ChildBountyStatus} from "./_childBountyStatus"
import {ChildBountyEvent} from "./childBountyEvent.model"

/**
 * A child bounty of a bounty, from ChildBounties
 */
@Entity_()
export class ChildBounty {
    constructor(props?: Partial<ChildBounty>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<parent index>-<child index>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @ManyToOne_(() => Bounty, {nullable: true})
    parent!: Bounty

    @Index_()
    @IntColumn_({nullable: false})
    parentIndex!: number

    /**
     * its index within the parent
     */
    @IntColumn_({nullable: false})
    index!: number

    @Index_()
    @Column_("varchar", {length: 9, nullable: false})
    status!: ChildBountyStatus

    @Index_()
    @StringColumn_({nullable: true})
    beneficiary!: string | undefined | null

    /**
     * ChildBounties.Claimed: what the beneficiary received
     */
    @BigIntColumn_({nullable: true})
    payout!: bigint | undefined | null

    @IntColumn_({nullable: true})
    addedBlock!: number | undefined | null

    @IntColumn_({nullable: true})
    awardedBlock!: number | undefined | null

    @IntColumn_({nullable: true})
    claimedBlock!: number | undefined | null

    @IntColumn_({nullable: true})
    cancelledBlock!: number | undefined | null

    @IntColumn_({nullable: false})
    updatedBlock!: number

    @OneToMany_(() => ChildBountyEvent, e => e.childBounty)
    events!: ChildBountyEvent[]
}
