import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, ManyToOne as ManyToOne_, BooleanColumn as BooleanColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {Referendum} from "./referendum.model"
import {VoteKind} from "./_voteKind"

/**
 * A vote cast (or removed) on a referendum, from ConvictionVoting.Voted / VoteRemoved
 */
@Entity_()
export class ReferendumVote {
    constructor(props?: Partial<ReferendumVote>) {
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
    @ManyToOne_(() => Referendum, {nullable: true})
    referendum!: Referendum

    @Index_()
    @StringColumn_({nullable: false})
    voter!: string

    /**
     * false: a VoteRemoved
     */
    @BooleanColumn_({nullable: false})
    cast!: boolean

    @Column_("varchar", {length: 12, nullable: false})
    kind!: VoteKind

    /**
     * Standard: the side and the conviction (0 = None … 6 = Locked6x)
     */
    @BooleanColumn_({nullable: true})
    aye!: boolean | undefined | null

    @IntColumn_({nullable: true})
    conviction!: number | undefined | null

    /**
     * its conviction-weighted votes and the capital behind them
     */
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
