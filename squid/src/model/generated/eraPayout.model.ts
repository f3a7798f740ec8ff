import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {MoneyRecipient} from "./_moneyRecipient"

/**
 * One Staking.EraPaid, and where its remainder went, read from the deposits that follow it in the same block
 */
@Entity_()
export class EraPayout {
    constructor(props?: Partial<EraPayout>) {
        Object.assign(this, props)
    }

    /**
     * id of the EraPaid event
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

    @IntColumn_({nullable: false})
    era!: number

    @BigIntColumn_({nullable: false})
    validatorPayout!: bigint

    @BigIntColumn_({nullable: false})
    remainder!: bigint

    @Column_("varchar", {length: 11, nullable: false})
    remainderRecipient!: MoneyRecipient

    /**
     * the account credited with the remainder (null: none)
     */
    @StringColumn_({nullable: true})
    remainderAccount!: string | undefined | null

    /**
     * event index of that deposit
     */
    @IntColumn_({nullable: true})
    remainderEventIndex!: number | undefined | null

    /**
     * Staking.ErasTotalStake(era) at this block: the elected stakers' total exposure in the era (null: not read)
     */
    @BigIntColumn_({nullable: true})
    totalStake!: bigint | undefined | null

    /**
     * Staking.CounterForValidators at this block: validator intentions
     */
    @IntColumn_({nullable: true})
    validators!: number | undefined | null

    /**
     * Staking.CounterForNominators at this block: nominator intentions
     */
    @IntColumn_({nullable: true})
    nominators!: number | undefined | null
}
