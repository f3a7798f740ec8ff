import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_, DateTimeColumn as DateTimeColumn_, OneToMany as OneToMany_} from "@subsquid/typeorm-store"
import {SpendKind} from "./_spendKind"
import {SpendStatus} from "./_spendStatus"
import {Asset} from "./asset.model"
import {SpendEvent} from "./spendEvent.model"

/**
 * A treasury spend, local or asset-kind, from approval to payout
 */
@Entity_()
export class Spend {
    constructor(props?: Partial<Spend>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<local|asset>-<index>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    /**
     * main (the relay's and Asset Hub's treasury), or a Collectives sub-treasury: fellowship, ambassador
     */
    @Index_()
    @StringColumn_({nullable: false})
    treasury!: string

    @Column_("varchar", {length: 5, nullable: false})
    kind!: SpendKind

    /**
     * proposal index (local) or spend index (asset)
     */
    @IntColumn_({nullable: false})
    index!: number

    @Index_()
    @Column_("varchar", {length: 12, nullable: false})
    status!: SpendStatus

    @Index_()
    @ManyToOne_(() => Asset, {nullable: true})
    asset!: Asset

    @BigIntColumn_({nullable: false})
    amount!: bigint

    /**
     * native amount the AssetRate converted it to at approval, when known
     */
    @BigIntColumn_({nullable: true})
    nativeAmount!: bigint | undefined | null

    /**
     * SS58 (chain prefix) when the beneficiary is an account; the location JSON otherwise
     */
    @Index_()
    @StringColumn_({nullable: false})
    beneficiary!: string

    /**
     * the sub-treasury this spend funds (its beneficiary is that sub-treasury's account or location): fellowship, ambassador
     */
    @Index_()
    @StringColumn_({nullable: true})
    fundsSubTreasury!: string | undefined | null

    /**
     * the raw VersionedLocatableAsset / VersionedLocation of an asset spend, as JSON
     */
    @StringColumn_({nullable: true})
    assetKindJson!: string | undefined | null

    @StringColumn_({nullable: true})
    beneficiaryJson!: string | undefined | null

    /**
     * relay-chain block from which the spend can be paid (on Asset Hub too: its treasury counts in relay blocks)
     */
    @IntColumn_({nullable: true})
    validFrom!: number | undefined | null

    /**
     * relay-chain block after which the spend can no longer be paid (on Asset Hub too)
     */
    @IntColumn_({nullable: true})
    expireAt!: number | undefined | null

    /**
     * the payment id of Treasury.Paid; u64::MAX for every Asset Hub payout (LocalPay), so never a key
     */
    @BigIntColumn_({nullable: true})
    paymentId!: bigint | undefined | null

    /**
     * id of the spend this one continues: an Asset Hub spend the migration moved from the relay under the same index
     */
    @Index_()
    @StringColumn_({nullable: true})
    continues!: string | undefined | null

    /**
     * approved before the indexed range: read from storage Treasury.Spends at this block
     */
    @IntColumn_({nullable: true})
    fromStorageBlock!: number | undefined | null

    @Index_()
    @IntColumn_({nullable: true})
    approvedBlock!: number | undefined | null

    @Index_()
    @DateTimeColumn_({nullable: true})
    approvedAt!: Date | undefined | null

    @StringColumn_({nullable: true})
    approvedEventId!: string | undefined | null

    @IntColumn_({nullable: true})
    paidBlock!: number | undefined | null

    @DateTimeColumn_({nullable: true})
    paidAt!: Date | undefined | null

    @StringColumn_({nullable: true})
    paidEventId!: string | undefined | null

    /**
     * block where the spend left the pipeline: processed, awarded, voided, rejected or failed
     */
    @IntColumn_({nullable: true})
    closedBlock!: number | undefined | null

    @DateTimeColumn_({nullable: true})
    closedAt!: Date | undefined | null

    @StringColumn_({nullable: true})
    closedEventId!: string | undefined | null

    @OneToMany_(() => SpendEvent, e => e.spend)
    events!: SpendEvent[]
}
