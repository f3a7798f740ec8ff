import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"
import {MoneySource} from "./_moneySource"
import {MoneyRecipient} from "./_moneyRecipient"
import {Asset} from "./asset.model"

/**
 * Money per chain, UTC day, source, recipient and unit, written in the same transaction as the facts it sums
 * (FeePayment, EraPayout, DapEvent). Amounts of different assets are never added: each row has one unit.
 */
@Entity_()
export class MoneyFlowDay {
    constructor(props?: Partial<MoneyFlowDay>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<date>-<source>-<recipient>-<asset id>[-via-<paidIn asset id>][-slash-<slashKind>]
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @StringColumn_({nullable: false})
    date!: string

    @Column_("varchar", {length: 15, nullable: false})
    source!: MoneySource

    @Column_("varchar", {length: 11, nullable: false})
    recipient!: MoneyRecipient

    /**
     * the unit of amount
     */
    @Index_()
    @ManyToOne_(() => Asset, {nullable: true})
    asset!: Asset

    /**
     * set on the native equivalent of fees paid in another asset: that asset
     */
    @Index_()
    @ManyToOne_(() => Asset, {nullable: true})
    paidIn!: Asset | undefined | null

    /**
     * source Slash: what was slashed (Staking: an offence; ReferendumDeposit: Referenda.DepositSlashed; BountyBond: Bounties.BountyRejected)
     */
    @StringColumn_({nullable: true})
    slashKind!: string | undefined | null

    @BigIntColumn_({nullable: false})
    amount!: bigint

    @IntColumn_({nullable: false})
    count!: number
}
