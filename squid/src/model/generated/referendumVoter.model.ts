import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {Referendum} from "./referendum.model"
import {ReferendumVote} from "./referendumVote.model"

/**
 * A voter's standing vote on a referendum: the last one cast, until removed (what the tally counts of them)
 */
@Entity_()
export class ReferendumVoter {
    constructor(props?: Partial<ReferendumVoter>) {
        Object.assign(this, props)
    }

    /**
     * <referendum id>-<voter>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @ManyToOne_(() => Referendum, {nullable: true})
    referendum!: Referendum

    @Index_()
    @StringColumn_({nullable: false})
    voter!: string

    /**
     * the ReferendumVote that set it; null once removed
     */
    @Index_()
    @ManyToOne_(() => ReferendumVote, {nullable: true})
    vote!: ReferendumVote | undefined | null

    @BigIntColumn_({nullable: false})
    ayes!: bigint

    @BigIntColumn_({nullable: false})
    nays!: bigint

    @BigIntColumn_({nullable: false})
    support!: bigint

    @BigIntColumn_({nullable: false})
    ayeCapital!: bigint

    @BigIntColumn_({nullable: false})
    nayCapital!: bigint

    @BigIntColumn_({nullable: false})
    abstainCapital!: bigint
}
