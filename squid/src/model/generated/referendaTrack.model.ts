import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * A track of a chain's Referenda pallet, from the runtime's own Referenda.Tracks constant
 */
@Entity_()
export class ReferendaTrack {
    constructor(props?: Partial<ReferendaTrack>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<track id>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @IntColumn_({nullable: false})
    track!: number

    @StringColumn_({nullable: false})
    name!: string

    @IntColumn_({nullable: false})
    maxDeciding!: number

    @BigIntColumn_({nullable: false})
    decisionDeposit!: bigint

    /**
     * periods in the blocks the pallet counts (relay-chain blocks, on Asset Hub too)
     */
    @IntColumn_({nullable: false})
    preparePeriod!: number

    @IntColumn_({nullable: false})
    decisionPeriod!: number

    @IntColumn_({nullable: false})
    confirmPeriod!: number

    @IntColumn_({nullable: false})
    minEnactmentPeriod!: number

    /**
     * the runtime version the constant was read from, and the block
     */
    @IntColumn_({nullable: false})
    specVersion!: number

    @IntColumn_({nullable: false})
    blockNumber!: number
}
