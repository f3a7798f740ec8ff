import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_, BooleanColumn as BooleanColumn_, OneToMany as OneToMany_} from "@subsquid/typeorm-store"
import {ReferendumStatus} from "./_referendumStatus"
import {TallySource} from "./_tallySource"
import {ReferendumEvent} from "./referendumEvent.model"
import {ReferendumVote} from "./referendumVote.model"

/**
 * A referendum, from submission to its end and enactment
 */
@Entity_()
export class Referendum {
    constructor(props?: Partial<Referendum>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<index>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @IntColumn_({nullable: false})
    index!: number

    /**
     * null until an event names it (a referendum submitted before the indexed range)
     */
    @Index_()
    @IntColumn_({nullable: true})
    track!: number | undefined | null

    /**
     * the track's name from the runtime's Referenda.Tracks at submission
     */
    @StringColumn_({nullable: true})
    trackName!: string | undefined | null

    @Index_()
    @Column_("varchar", {length: 10, nullable: false})
    status!: ReferendumStatus

    /**
     * the proposal: a preimage hash (Lookup, Legacy) or inline call bytes (hex)
     */
    @StringColumn_({nullable: false})
    proposalKind!: string

    @Index_()
    @StringColumn_({nullable: true})
    proposalHash!: string | undefined | null

    @StringColumn_({nullable: true})
    proposalInline!: string | undefined | null

    @IntColumn_({nullable: true})
    proposalLength!: number | undefined | null

    /**
     * the proposal's call decoded by the runtime at submission: 'Pallet.call_name', its arguments as JSON (null beyond 16 KiB), and where its bytes came from (Inline, or Preimage.PreimageFor at the submission block); null where neither had them
     */
    @StringColumn_({nullable: true})
    proposalCall!: string | undefined | null

    @StringColumn_({nullable: true})
    proposalArgs!: string | undefined | null

    @StringColumn_({nullable: true})
    proposalCallSource!: string | undefined | null

    /**
     * where it was submitted (null for a referendum continued from another chain without a Submitted event here)
     */
    @IntColumn_({nullable: true})
    submittedBlock!: number | undefined | null

    @Index_()
    @DateTimeColumn_({nullable: true})
    submittedAt!: Date | undefined | null

    @StringColumn_({nullable: true})
    decisionDepositBy!: string | undefined | null

    @BigIntColumn_({nullable: true})
    decisionDeposit!: bigint | undefined | null

    @IntColumn_({nullable: true})
    decidingBlock!: number | undefined | null

    @IntColumn_({nullable: true})
    confirmingBlock!: number | undefined | null

    /**
     * the block of Approved, Rejected, TimedOut, Cancelled or Killed
     */
    @IntColumn_({nullable: true})
    endedBlock!: number | undefined | null

    @DateTimeColumn_({nullable: true})
    endedAt!: Date | undefined | null

    /**
     * the latest tally the runtime had: reported by an event, or read from storage after a block with votes on it; and that block
     */
    @BigIntColumn_({nullable: true})
    ayes!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    nays!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    support!: bigint | undefined | null

    @IntColumn_({nullable: true})
    tallyBlock!: number | undefined | null

    @DateTimeColumn_({nullable: true})
    tallyAt!: Date | undefined | null

    @Column_("varchar", {length: 7, nullable: true})
    tallySource!: TallySource | undefined | null

    /**
     * Balances total issuance minus inactive issuance at tallyBlock: the denominator of the runtime's support
     */
    @BigIntColumn_({nullable: true})
    activeIssuance!: bigint | undefined | null

    /**
     * support / activeIssuance, parts per billion
     */
    @IntColumn_({nullable: true})
    turnoutPpb!: number | undefined | null

    /**
     * what that tally had beyond the direct votes counted then: the votes delegated to its voters
     */
    @BigIntColumn_({nullable: true})
    delegatedAyes!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    delegatedNays!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    delegatedSupport!: bigint | undefined | null

    /**
     * the votes cast directly (ConvictionVoting.Voted, replaced or removed by later votes): voters now, their weight and capital
     */
    @IntColumn_({nullable: false})
    voters!: number

    @BigIntColumn_({nullable: false})
    directAyes!: bigint

    @BigIntColumn_({nullable: false})
    directNays!: bigint

    @BigIntColumn_({nullable: false})
    directSupport!: bigint

    @BigIntColumn_({nullable: false})
    ayeCapital!: bigint

    @BigIntColumn_({nullable: false})
    nayCapital!: bigint

    @BigIntColumn_({nullable: false})
    abstainCapital!: bigint

    /**
     * Scheduler.Dispatched of its enactment: block, whether the call succeeded, and the error when not
     */
    @IntColumn_({nullable: true})
    enactedBlock!: number | undefined | null

    @BooleanColumn_({nullable: true})
    enactedOk!: boolean | undefined | null

    @StringColumn_({nullable: true})
    enactedError!: string | undefined | null

    /**
     * the spends its enactment approved (Spend ids of the treasury module), in event order
     */
    @StringColumn_({array: true, nullable: false})
    spendIds!: (string)[]

    /**
     * the referendum this one continues (the relay's, moved to Asset Hub by the migration under the same index)
     */
    @StringColumn_({nullable: true})
    continues!: string | undefined | null

    @OneToMany_(() => ReferendumEvent, e => e.referendum)
    events!: ReferendumEvent[]

    @OneToMany_(() => ReferendumVote, e => e.referendum)
    votes!: ReferendumVote[]
}
