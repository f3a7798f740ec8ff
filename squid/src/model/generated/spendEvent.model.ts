import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, ManyToOne as ManyToOne_, Index as Index_, StringColumn as StringColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {Spend} from "./spend.model"
import {SpendEventKind} from "./_spendEventKind"

/**
 * One lifecycle event of a spend
 */
@Entity_()
export class SpendEvent {
    constructor(props?: Partial<SpendEvent>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @ManyToOne_(() => Spend, {nullable: true})
    spend!: Spend

    @Column_("varchar", {length: 13, nullable: false})
    kind!: SpendEventKind

    @StringColumn_({nullable: false})
    chain!: string

    @IntColumn_({nullable: false})
    blockNumber!: number

    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @IntColumn_({nullable: false})
    eventIndex!: number

    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null

    @BigIntColumn_({nullable: true})
    amount!: bigint | undefined | null
}
