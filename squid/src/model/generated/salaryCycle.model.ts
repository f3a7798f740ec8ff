import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, OneToMany as OneToMany_} from "@subsquid/typeorm-store"
import {SalaryEvent} from "./salaryEvent.model"

/**
 * One payroll cycle of a collective: from its CycleStarted to the next. Its registrations and payouts are its
 * SalaryEvents (counted by the API), so a later batch adds events without reading the cycle back
 */
@Entity_()
export class SalaryCycle {
    constructor(props?: Partial<SalaryCycle>) {
        Object.assign(this, props)
    }

    /**
     * <collective>-<cycle index>
     */
    @PrimaryColumn_()
    id!: string

    /**
     * fellowship, ambassador, secretary
     */
    @Index_()
    @StringColumn_({nullable: false})
    collective!: string

    @IntColumn_({nullable: false})
    index!: number

    /**
     * the CycleStarted event (absent for a cycle begun before the indexed range)
     */
    @IntColumn_({nullable: true})
    startedBlock!: number | undefined | null

    @DateTimeColumn_({nullable: true})
    startedAt!: Date | undefined | null

    @StringColumn_({nullable: true})
    startedEventId!: string | undefined | null

    @OneToMany_(() => SalaryEvent, e => e.cycle)
    events!: SalaryEvent[]
}
