import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, ManyToOne as ManyToOne_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"
import {SalaryEventKind} from "./_salaryEventKind"
import {SalaryCycle} from "./salaryCycle.model"

/**
 * A salary event: a member inducted, registered for a cycle, paid, or swapping accounts
 */
@Entity_()
export class SalaryEvent {
    constructor(props?: Partial<SalaryEvent>) {
        Object.assign(this, props)
    }

    /**
     * the event's id
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    collective!: string

    @Column_("varchar", {length: 10, nullable: false})
    kind!: SalaryEventKind

    /**
     * the cycle it happened in (absent before the first indexed CycleStarted)
     */
    @Index_()
    @ManyToOne_(() => SalaryCycle, {nullable: true})
    cycle!: SalaryCycle | undefined | null

    @IntColumn_({nullable: true})
    cycleIndex!: number | undefined | null

    /**
     * the member (SS58)
     */
    @Index_()
    @StringColumn_({nullable: false})
    who!: string

    /**
     * Paid: where the money went; Swapped: the new account
     */
    @StringColumn_({nullable: true})
    beneficiary!: string | undefined | null

    /**
     * Registered, Paid: USDT units (6 decimals)
     */
    @BigIntColumn_({nullable: true})
    amount!: bigint | undefined | null

    /**
     * Paid: the payment id
     */
    @BigIntColumn_({nullable: true})
    paymentId!: bigint | undefined | null

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @IntColumn_({nullable: false})
    eventIndex!: number

    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null
}
