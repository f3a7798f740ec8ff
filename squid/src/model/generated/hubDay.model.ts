import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * Adoption of one chain on one UTC day
 */
@Entity_()
export class HubDay {
    constructor(props?: Partial<HubDay>) {
        Object.assign(this, props)
    }

    /**
     * chain-date
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @StringColumn_({nullable: false})
    date!: string

    /**
     * distinct accounts that paid a fee (TransactionFeePaid.who / AssetTxFeePaid.who), counted once per day (HubActiveAccount)
     */
    @IntColumn_({nullable: false})
    activeAccounts!: number

    @IntColumn_({nullable: false})
    feePayments!: number

    /**
     * Balances.Endowed outside the Asset Hub migration's window
     */
    @IntColumn_({nullable: false})
    newAccounts!: number

    /**
     * Balances.Endowed inside the migration's window: accounts the migration moved, not new ones
     */
    @IntColumn_({nullable: false})
    migratedAccounts!: number

    /**
     * System.KilledAccount
     */
    @IntColumn_({nullable: false})
    reapedAccounts!: number

    /**
     * AssetConversion.SwapExecuted (fee swaps, SwapCreditExecuted, are the fees module's)
     */
    @IntColumn_({nullable: false})
    swaps!: number

    @IntColumn_({nullable: false})
    poolsCreated!: number

    /**
     * Revive.Instantiated
     */
    @IntColumn_({nullable: false})
    contractsDeployed!: number

    @IntColumn_({nullable: false})
    firstBlock!: number

    @IntColumn_({nullable: false})
    lastBlock!: number
}
