import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * One successful Revive.call or Revive.eth_transact extrinsic: the contract it called, who signed it (the payer of its fee) and the fee (the
 * fees module's payment of that extrinsic, in DOT planck). A contract's calls from other contracts are not visible.
 */
@Entity_()
export class HubContractCall {
    constructor(props?: Partial<HubContractCall>) {
        Object.assign(this, props)
    }

    /**
     * chain-block-extrinsic
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @Index_()
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @IntColumn_({nullable: false})
    extrinsicIndex!: number

    @StringColumn_({nullable: true})
    extrinsicHash!: string | undefined | null

    @Index_()
    @StringColumn_({nullable: false})
    contract!: string

    /**
     * call (Revive.call, signed by a native account) or eth_transact (a signed Ethereum transaction, its signer recovered)
     */
    @StringColumn_({nullable: false})
    via!: string

    /**
     * the payer of the call's fee (SS58): for eth_transact the signer's native account, mapped or its fallback (H160 + 12 × 0xEE)
     */
    @Index_()
    @StringColumn_({nullable: true})
    caller!: string | undefined | null

    /**
     * the caller's 20-byte Revive address: the recovered Ethereum signer, or the H160 Revive derives from a native account
     */
    @Index_()
    @StringColumn_({nullable: true})
    callerH160!: string | undefined | null

    /**
     * the fee in DOT planck (a fee paid in another asset: its native equivalent); null: no fee event found
     */
    @BigIntColumn_({nullable: true})
    fee!: bigint | undefined | null

    /**
     * the fee event
     */
    @StringColumn_({nullable: true})
    feeEventId!: string | undefined | null
}
