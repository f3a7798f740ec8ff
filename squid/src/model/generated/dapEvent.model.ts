import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {DapEventKind} from "./_dapEventKind"

/**
 * pallet-dap's money events: a drip (IssuanceMinted) with its split read from Balances.Minted, or a drain of staging
 */
@Entity_()
export class DapEvent {
    constructor(props?: Partial<DapEvent>) {
        Object.assign(this, props)
    }

    /**
     * id of the Dap event
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @Index_()
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @IntColumn_({nullable: false})
    eventIndex!: number

    @Column_("varchar", {length: 14, nullable: false})
    kind!: DapEventKind

    /**
     * IssuanceMinted.total_minted or StagingDrained.amount
     */
    @BigIntColumn_({nullable: false})
    amount!: bigint

    @BigIntColumn_({nullable: true})
    elapsedMillis!: bigint | undefined | null

    /**
     * IssuanceMinted: minted to the buffer, and to every other budget recipient (the staking pots)
     */
    @BigIntColumn_({nullable: true})
    toBuffer!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    toStakers!: bigint | undefined | null
}
