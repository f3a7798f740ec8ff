import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"

/**
 * A contract deployed on Revive (Revive.Instantiated)
 */
@Entity_()
export class HubContract {
    constructor(props?: Partial<HubContract>) {
        Object.assign(this, props)
    }

    /**
     * chain-contract
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    /**
     * the contract's 20-byte address
     */
    @Index_()
    @StringColumn_({nullable: false})
    contract!: string

    /**
     * the deployer's 20-byte address
     */
    @Index_()
    @StringColumn_({nullable: false})
    deployer!: string

    /**
     * the deployer as an SS58 account: Revive's fallback account of an H160 (the address then twelve 0xEE bytes); a
     * native account that mapped itself (Revive.map_account) has its original in Revive.OriginalAccount, not read here
     */
    @StringColumn_({nullable: false})
    deployerAccount!: string

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    /**
     * the Instantiated event
     */
    @StringColumn_({nullable: false})
    eventId!: string
}
