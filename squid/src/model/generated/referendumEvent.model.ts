import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_, BooleanColumn as BooleanColumn_} from "@subsquid/typeorm-store"
import {Referendum} from "./referendum.model"
import {ReferendumEventKind} from "./_referendumEventKind"

/**
 * One event of a referendum's lifecycle, with the tally it reported and the active issuance at its block
 */
@Entity_()
export class ReferendumEvent {
    constructor(props?: Partial<ReferendumEvent>) {
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

    @Index_()
    @ManyToOne_(() => Referendum, {nullable: true})
    referendum!: Referendum

    @Column_("varchar", {length: 25, nullable: false})
    kind!: ReferendumEventKind

    @StringColumn_({nullable: true})
    who!: string | undefined | null

    @BigIntColumn_({nullable: true})
    amount!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    ayes!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    nays!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    support!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    activeIssuance!: bigint | undefined | null

    /**
     * Enacted: the dispatch's result
     */
    @BooleanColumn_({nullable: true})
    ok!: boolean | undefined | null

    @StringColumn_({nullable: true})
    error!: string | undefined | null
}
