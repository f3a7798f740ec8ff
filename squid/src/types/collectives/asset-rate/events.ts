import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v2000000 from '../v2000000'

export const assetRateCreated =  {
    name: 'AssetRate.AssetRateCreated',
    v2000000: new EventType(
        'AssetRate.AssetRateCreated',
        sts.struct({
            assetKind: v2000000.VersionedLocatableAsset,
            rate: v2000000.FixedU128,
        })
    ),
}

export const assetRateRemoved =  {
    name: 'AssetRate.AssetRateRemoved',
    v2000000: new EventType(
        'AssetRate.AssetRateRemoved',
        sts.struct({
            assetKind: v2000000.VersionedLocatableAsset,
        })
    ),
}

export const assetRateUpdated =  {
    name: 'AssetRate.AssetRateUpdated',
    v2000000: new EventType(
        'AssetRate.AssetRateUpdated',
        sts.struct({
            assetKind: v2000000.VersionedLocatableAsset,
            old: v2000000.FixedU128,
            new: v2000000.FixedU128,
        })
    ),
}
