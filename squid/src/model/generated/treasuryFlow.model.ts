import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {TreasuryFlowDirection} from "./_treasuryFlowDirection"
import {TreasuryFlowKind} from "./_treasuryFlowKind"
import {Asset} from "./asset.model"
import {Spend} from "./spend.model"

/**
 * Money into or out of the treasury: one row per event
 */
@Entity_()
export class TreasuryFlow {
    constructor(props?: Partial<TreasuryFlow>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    /**
     * main, or the Collectives sub-treasury (fellowship, ambassador) whose flow this is
     */
    @Index_()
    @StringColumn_({nullable: false})
    treasury!: string

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @Index_()
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @IntColumn_({nullable: false})
    eventIndex!: number

    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null

    @Column_("varchar", {length: 4, nullable: false})
    direction!: TreasuryFlowDirection

    @Column_("varchar", {length: 17, nullable: false})
    kind!: TreasuryFlowKind

    @Index_()
    @ManyToOne_(() => Asset, {nullable: true})
    asset!: Asset

    @BigIntColumn_({nullable: false})
    amount!: bigint

    @Index_()
    @ManyToOne_(() => Spend, {nullable: true})
    spend!: Spend | undefined | null
}
