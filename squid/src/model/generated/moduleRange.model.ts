import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * Which version of a pallet module (squid/src/modules) indexed which blocks of a chain, written by the processor in
 * the same transaction as the module's facts. A processor whose modules do not cover its indexed blocks at their
 * current versions stops and names the re-sync command (npm run resync), instead of leaving history missing.
 */
@Entity_()
export class ModuleRange {
    constructor(props?: Partial<ModuleRange>) {
        Object.assign(this, props)
    }

    /**
     * <chain>-<module>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    chain!: string

    @StringColumn_({nullable: false})
    module!: string

    @IntColumn_({nullable: false})
    version!: number

    @IntColumn_({nullable: false})
    fromBlock!: number

    @IntColumn_({nullable: false})
    toBlock!: number
}
