import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * Which cycle a collective's payroll is in: where the next batch's Registered and Paid belong
 */
@Entity_()
export class SalaryStatus {
    constructor(props?: Partial<SalaryStatus>) {
        Object.assign(this, props)
    }

    /**
     * the collective
     */
    @PrimaryColumn_()
    id!: string

    @IntColumn_({nullable: false})
    cycleIndex!: number
}
