import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"
import {IdentityEventKind} from "./_identityEventKind"

/**
 * One Identity event of the People chain
 */
@Entity_()
export class IdentityEvent {
    constructor(props?: Partial<IdentityEvent>) {
        Object.assign(this, props)
    }

    /**
     * the event's fact id
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @Column_("varchar", {length: 20, nullable: false})
    kind!: IdentityEventKind

    /**
     * the account whose identity the event is about (a sub-identity event: the sub)
     */
    @Index_()
    @StringColumn_({nullable: false})
    account!: string

    /**
     * sub-identity events: the parent identity
     */
    @StringColumn_({nullable: true})
    main!: string | undefined | null

    /**
     * judgement events: the registrar
     */
    @IntColumn_({nullable: true})
    registrarIndex!: number | undefined | null

    /**
     * the deposit returned, slashed or reserved, where the event names one
     */
    @BigIntColumn_({nullable: true})
    deposit!: bigint | undefined | null

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
}
