import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, BooleanColumn as BooleanColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"

/**
 * An account's identity on the People chain, as the Identity pallet's storage held it at the block of the last Identity
 * event that touched the account: its own registration (IdentityOf), or its parent and its name under it (SuperOf)
 */
@Entity_()
export class Identity {
    constructor(props?: Partial<Identity>) {
        Object.assign(this, props)
    }

    /**
     * the account, SS58 with prefix 0 (as every chain of the presets stores accounts)
     */
    @PrimaryColumn_()
    id!: string

    @StringColumn_({nullable: false})
    chain!: string

    /**
     * IdentityOf: whether the account has its own identity now (false once cleared or killed)
     */
    @BooleanColumn_({nullable: false})
    hasIdentity!: boolean

    @StringColumn_({nullable: true})
    display!: string | undefined | null

    @StringColumn_({nullable: true})
    legal!: string | undefined | null

    @StringColumn_({nullable: true})
    web!: string | undefined | null

    @StringColumn_({nullable: true})
    matrix!: string | undefined | null

    @StringColumn_({nullable: true})
    email!: string | undefined | null

    /**
     * the X (twitter) handle
     */
    @StringColumn_({nullable: true})
    twitter!: string | undefined | null

    /**
     * the registrars' judgements, each as "<registrar index>:<judgement>", e.g. "0:Reasonable" (FeePaid: a request pending)
     */
    @StringColumn_({array: true, nullable: false})
    judgements!: (string)[]

    /**
     * SuperOf: the identity this account is a sub-identity of (null: none)
     */
    @Index_()
    @StringColumn_({nullable: true})
    parent!: string | undefined | null

    /**
     * SuperOf: this account's name under its parent
     */
    @StringColumn_({nullable: true})
    subName!: string | undefined | null

    /**
     * SubsOf: this account's sub-identities, which the pallet keeps in step with their SuperOf
     */
    @StringColumn_({array: true, nullable: false})
    subs!: (string)[]

    /**
     * the block whose storage this is, and the event that made it read
     */
    @IntColumn_({nullable: false})
    blockNumber!: number

    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @IntColumn_({nullable: false})
    eventIndex!: number
}
