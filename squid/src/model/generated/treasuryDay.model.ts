import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_, BooleanColumn as BooleanColumn_} from "@subsquid/typeorm-store"

/**
 * Treasury in/out per chain and UTC day, written with the facts
 */
@Entity_()
export class TreasuryDay {
    constructor(props?: Partial<TreasuryDay>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<yyyy-mm-dd>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @StringColumn_({nullable: false})
    date!: string

    @BigIntColumn_({nullable: false})
    inFees!: bigint

    @BigIntColumn_({nullable: false})
    inDeposits!: bigint

    @BigIntColumn_({nullable: false})
    outAwarded!: bigint

    @BigIntColumn_({nullable: false})
    inTransfers!: bigint

    /**
     * native-asset payouts of asset spends, counted when check_status confirms them
     */
    @BigIntColumn_({nullable: false})
    outSpendPaid!: bigint

    @BigIntColumn_({nullable: false})
    outBurnt!: bigint

    @BigIntColumn_({nullable: false})
    outBountyFunded!: bigint

    @BigIntColumn_({nullable: false})
    inBountyReturned!: bigint

    /**
     * moves of the migration, off and onto this chain's treasury accounts (native)
     */
    @BigIntColumn_({nullable: false})
    movedOut!: bigint

    @BigIntColumn_({nullable: false})
    movedIn!: bigint

    /**
     * Asset Hub: relay asset spends paid from the relay treasury's account there (native); the relay counts them as SpendPaid
     */
    @BigIntColumn_({nullable: false})
    relayPayout!: bigint

    /**
     * free balance (native) of this chain's treasury accounts at closingBlock: the last block of the UTC day once the day
     * has ended (closed), else the last indexed block so far; read from storage System.Account
     */
    @BigIntColumn_({nullable: true})
    closingBalance!: bigint | undefined | null

    @IntColumn_({nullable: true})
    closingBlock!: number | undefined | null

    /**
     * whether closingBlock is the day's last block (false: the day is still open)
     */
    @BooleanColumn_({nullable: false})
    closed!: boolean

    /**
     * the previous day's closing balance: the balance at the last block before this day (or before the first indexed block)
     */
    @BigIntColumn_({nullable: true})
    openingBalance!: bigint | undefined | null

    @IntColumn_({nullable: true})
    openingBlock!: number | undefined | null

    /**
     * closingBalance - openingBalance - the day's native flows (moves included): money no indexed event explains, 0 when
     * they reconcile. It appeared between openingBlock and closingBlock.
     */
    @BigIntColumn_({nullable: true})
    drift!: bigint | undefined | null

    /**
     * the first block whose balance change no indexed event explains, found by bisecting (storage reads) between the
     * balances read; null while the day reconciles
     */
    @IntColumn_({nullable: true})
    driftBlock!: number | undefined | null

    /**
     * flows of every asset
     */
    @IntColumn_({nullable: false})
    flowCount!: number

    /**
     * native-token flows per kind, so a period's counts cost O(days) like its sums
     */
    @IntColumn_({nullable: false})
    inFeesCount!: number

    @IntColumn_({nullable: false})
    inDepositsCount!: number

    @IntColumn_({nullable: false})
    inTransfersCount!: number

    @IntColumn_({nullable: false})
    outAwardedCount!: number

    @IntColumn_({nullable: false})
    outSpendPaidCount!: number

    @IntColumn_({nullable: false})
    outBurntCount!: number

    @IntColumn_({nullable: false})
    outBountyFundedCount!: number

    @IntColumn_({nullable: false})
    inBountyReturnedCount!: number

    @IntColumn_({nullable: false})
    movedOutCount!: number

    @IntColumn_({nullable: false})
    movedInCount!: number

    @IntColumn_({nullable: false})
    relayPayoutCount!: number
}
