import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"

/**
 * Where a processor is: written by it in the same transaction as its facts
 */
@Entity_()
export class ChainSync {
    constructor(props?: Partial<ChainSync>) {
        Object.assign(this, props)
    }

    /**
     * chain id
     */
    @PrimaryColumn_()
    id!: string

    @StringColumn_({nullable: false})
    network!: string

    @StringColumn_({nullable: true})
    specName!: string | undefined | null

    @IntColumn_({nullable: true})
    specVersion!: number | undefined | null

    @IntColumn_({nullable: false})
    indexedHeight!: number

    @DateTimeColumn_({nullable: false})
    indexedAt!: Date

    /**
     * best head reported by the chain's RPC at the last batch
     */
    @IntColumn_({nullable: false})
    chainHeight!: number

    @DateTimeColumn_({nullable: false})
    updatedAt!: Date
}
