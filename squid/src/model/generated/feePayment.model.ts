import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, StringColumn as StringColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {Asset} from "./asset.model"

/**
 * What one extrinsic paid and where it went
 */
@Index_(["blockNumber", "eventIndex"], {unique: false})
@Index_(["chain", "blockNumber", "eventIndex"], {unique: false})
@Index_(["payer", "blockNumber", "eventIndex"], {unique: false})
@Entity_()
export class FeePayment {
    constructor(props?: Partial<FeePayment>) {
        Object.assign(this, props)
    }

    /**
     * id of the TransactionFeePaid event
     */
    @PrimaryColumn_()
    id!: string

    /**
     * (indexed first in a composite index above, as are blockNumber and payer)
     */
    @StringColumn_({nullable: false})
    chain!: string

    @IntColumn_({nullable: false})
    blockNumber!: number

    @Index_()
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @IntColumn_({nullable: false})
    eventIndex!: number

    @IntColumn_({nullable: false})
    extrinsicIndex!: number

    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null

    @StringColumn_({nullable: false})
    payer!: string

    /**
     * asset the fee was charged in (native unless paid with another asset on Asset Hub)
     */
    @Index_()
    @ManyToOne_(() => Asset, {nullable: true})
    asset!: Asset

    /**
     * actual fee including the tip, in the asset's units
     */
    @BigIntColumn_({nullable: false})
    fee!: bigint

    @BigIntColumn_({nullable: false})
    tip!: bigint

    /**
     * the fee in native units: the fee itself, or for a fee paid in another asset the native equivalent netted from
     * its swaps (SwapCreditExecuted asset→native out − the refund swap's native in); null when no swap matched
     */
    @BigIntColumn_({nullable: true})
    nativeFee!: bigint | undefined | null

    /**
     * AssetConversion.SwapCreditExecuted events netted into nativeFee (0 for native fees; 1 when nothing was refunded)
     */
    @IntColumn_({nullable: false})
    feeSwaps!: number

    /**
     * where the native fee went, read from the deposits of the fee handler; they sum to nativeFee
     */
    @BigIntColumn_({nullable: false})
    toTreasury!: bigint

    /**
     * the block author (the one credited account that is no pallet account; it may be the payer)
     */
    @BigIntColumn_({nullable: false})
    toAuthor!: bigint

    /**
     * the collators' pot, PalletId PotStake (Asset Hub before spec 2003000, Coretime)
     */
    @BigIntColumn_({nullable: false})
    toCollatorPot!: bigint

    /**
     * pallet-dap's staging account (Asset Hub from spec 2003000)
     */
    @BigIntColumn_({nullable: false})
    toDap!: bigint

    @BigIntColumn_({nullable: false})
    burned!: bigint

    /**
     * the account that received toAuthor
     */
    @StringColumn_({nullable: true})
    author!: string | undefined | null
}
