import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009001 from '../assetHubPaseoV1009001'

export const assetRateCreated =  {
    name: 'AssetRate.AssetRateCreated',
    assetHubPaseoV1009001: new EventType(
        'AssetRate.AssetRateCreated',
        sts.struct({
            assetKind: assetHubPaseoV1009001.VersionedLocatableAsset,
            rate: assetHubPaseoV1009001.FixedU128,
        })
    ),
}

export const assetRateRemoved =  {
    name: 'AssetRate.AssetRateRemoved',
    assetHubPaseoV1009001: new EventType(
        'AssetRate.AssetRateRemoved',
        sts.struct({
            assetKind: assetHubPaseoV1009001.VersionedLocatableAsset,
        })
    ),
}

export const assetRateUpdated =  {
    name: 'AssetRate.AssetRateUpdated',
    assetHubPaseoV1009001: new EventType(
        'AssetRate.AssetRateUpdated',
        sts.struct({
            assetKind: assetHubPaseoV1009001.VersionedLocatableAsset,
            old: assetHubPaseoV1009001.FixedU128,
            new: assetHubPaseoV1009001.FixedU128,
        })
    ),
}
