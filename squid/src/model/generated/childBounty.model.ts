import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, ManyToOne as ManyToOne_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_, OneToMany as OneToMany_} from "@subsquid/typeorm-store"
import {BountyPallet} from "./_bountyPallet"
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
     * <chain>-<parent index>-<child index>, or <chain>-multi-<parent index>-<child index>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Column_("varchar", {length: 18, nullable: false})
    pallet!: BountyPallet

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

    /**
     * its value, read from storage when it is added (null when first seen after that)
     */
    @BigIntColumn_({nullable: true})
    value!: bigint | undefined | null

    /**
     * the curator's fee (classic pallet), read from storage at the award
     */
    @BigIntColumn_({nullable: true})
    curatorFee!: bigint | undefined | null

    /**
     * MultiAssetBounties: the curator proposed or accepted
     */
    @StringColumn_({nullable: true})
    curator!: string | undefined | null

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
