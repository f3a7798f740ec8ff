import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_, OneToMany as OneToMany_} from "@subsquid/typeorm-store"
import {BountyPallet} from "./_bountyPallet"
import {Asset} from "./asset.model"
import {BountyStatus} from "./_bountyStatus"
import {BountyEvent} from "./bountyEvent.model"
import {ChildBounty} from "./childBounty.model"

/**
 * A bounty of a chain's Bounties pallet
 */
@Entity_()
export class Bounty {
    constructor(props?: Partial<Bounty>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<index> (Bounties) or <chain>-multi-<index> (MultiAssetBounties)
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @Column_("varchar", {length: 18, nullable: false})
    pallet!: BountyPallet

    @Index_()
    @IntColumn_({nullable: false})
    index!: number

    /**
     * the asset it is paid in (the native one for the classic pallet)
     */
    @Index_()
    @ManyToOne_(() => Asset, {nullable: true})
    asset!: Asset | undefined | null

    /**
     * its value, read from the pallet's storage when it is proposed or created (null when first seen after that)
     */
    @BigIntColumn_({nullable: true})
    value!: bigint | undefined | null

    /**
     * the curator's fee (classic pallet), read from storage at the award: paid to the curator at the claim
     */
    @BigIntColumn_({nullable: true})
    curatorFee!: bigint | undefined | null

    /**
     * classic pallet: the free balance of the bounty's own account (py/trsry sub-account "bt", index), read at its last indexed event
     */
    @BigIntColumn_({nullable: true})
    accountBalance!: bigint | undefined | null

    @IntColumn_({nullable: true})
    accountBalanceBlock!: number | undefined | null

    /**
     * what the treasury paid into it: its BountyFunded flows (the treasury module's), and the last of them
     */
    @BigIntColumn_({nullable: true})
    fundedByTreasury!: bigint | undefined | null

    @StringColumn_({nullable: true})
    fundingFlow!: string | undefined | null

    /**
     * what it gave back to the treasury: its BountyReturned flows, and the last of them
     */
    @BigIntColumn_({nullable: true})
    returnedToTreasury!: bigint | undefined | null

    @StringColumn_({nullable: true})
    returnFlow!: string | undefined | null

    /**
     * as of the last event indexed (Proposed for a bounty first seen after its proposal: the status before that is unknown)
     */
    @Index_()
    @Column_("varchar", {length: 15, nullable: false})
    status!: BountyStatus

    /**
     * the curator proposed or accepted; null once unassigned
     */
    @StringColumn_({nullable: true})
    curator!: string | undefined | null

    /**
     * BountyAwarded / BountyClaimed
     */
    @Index_()
    @StringColumn_({nullable: true})
    beneficiary!: string | undefined | null

    /**
     * BountyClaimed: what the beneficiary received
     */
    @BigIntColumn_({nullable: true})
    payout!: bigint | undefined | null

    /**
     * BountyRejected: the proposer's bond, slashed
     */
    @BigIntColumn_({nullable: true})
    slashedBond!: bigint | undefined | null

    @IntColumn_({nullable: true})
    proposedBlock!: number | undefined | null

    @IntColumn_({nullable: true})
    approvedBlock!: number | undefined | null

    /**
     * BountyBecameActive: funded from the treasury
     */
    @IntColumn_({nullable: true})
    activeBlock!: number | undefined | null

    @IntColumn_({nullable: true})
    awardedBlock!: number | undefined | null

    @IntColumn_({nullable: true})
    claimedBlock!: number | undefined | null

    /**
     * BountyCanceled or BountyRejected
     */
    @IntColumn_({nullable: true})
    cancelledBlock!: number | undefined | null

    /**
     * the block of its last event
     */
    @IntColumn_({nullable: false})
    updatedBlock!: number

    @OneToMany_(() => BountyEvent, e => e.bounty)
    events!: BountyEvent[]

    @OneToMany_(() => ChildBounty, e => e.parent)
    childBounties!: ChildBounty[]
}
