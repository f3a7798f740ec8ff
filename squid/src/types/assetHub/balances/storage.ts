import {sts, Block, Bytes, Option, Result, StorageType, RuntimeCtx} from '../support'

export const totalIssuance =  {
    /**
     *  The total units issued in the system.
     */
    assetHubPaseoV1005001: new StorageType('Balances.TotalIssuance', 'Default', [], sts.bigint()) as TotalIssuanceAssetHubPaseoV1005001,
}

/**
 *  The total units issued in the system.
 */
export interface TotalIssuanceAssetHubPaseoV1005001  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block): Promise<(bigint | undefined)>
}

export const inactiveIssuance =  {
    /**
     *  The total units of outstanding deactivated balance in the system.
     */
    assetHubPaseoV1005001: new StorageType('Balances.InactiveIssuance', 'Default', [], sts.bigint()) as InactiveIssuanceAssetHubPaseoV1005001,
}

/**
 *  The total units of outstanding deactivated balance in the system.
 */
export interface InactiveIssuanceAssetHubPaseoV1005001  {
    is(block: RuntimeCtx): boolean
    getDefault(block: Block): bigint
    get(block: Block): Promise<(bigint | undefined)>
}
