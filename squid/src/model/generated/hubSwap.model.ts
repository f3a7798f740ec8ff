import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * One hop of a swap through a pool: the facts behind HubPoolDay and the swap-weighted DOT price
 */
@Entity_()
export class HubSwap {
    constructor(props?: Partial<HubSwap>) {
        Object.assign(this, props)
    }

    /**
     * event id, then the hop's index
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

    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null

    @Index_()
    @StringColumn_({nullable: false})
    who!: string

    @Index_()
    @StringColumn_({nullable: false})
    pool!: string

    /**
     * what the hop moved of the pool's asset1 and asset2
     */
    @BigIntColumn_({nullable: false})
    amount1!: bigint

    @BigIntColumn_({nullable: false})
    amount2!: bigint
}
