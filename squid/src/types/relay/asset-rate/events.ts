import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v1002005 from '../v1002005'
import * as v1006002 from '../v1006002'

export const assetRateCreated =  {
    name: 'AssetRate.AssetRateCreated',
    v1002005: new EventType(
        'AssetRate.AssetRateCreated',
        sts.struct({
            assetKind: v1002005.VersionedLocatableAsset,
            rate: v1002005.FixedU128,
        })
    ),
    v1006002: new EventType(
        'AssetRate.AssetRateCreated',
        sts.struct({
            assetKind: v1006002.VersionedLocatableAsset,
            rate: v1006002.FixedU128,
        })
    ),
}

export const assetRateRemoved =  {
    name: 'AssetRate.AssetRateRemoved',
    v1002005: new EventType(
        'AssetRate.AssetRateRemoved',
        sts.struct({
            assetKind: v1002005.VersionedLocatableAsset,
        })
    ),
    v1006002: new EventType(
        'AssetRate.AssetRateRemoved',
        sts.struct({
            assetKind: v1006002.VersionedLocatableAsset,
        })
    ),
}

export const assetRateUpdated =  {
    name: 'AssetRate.AssetRateUpdated',
    v1002005: new EventType(
        'AssetRate.AssetRateUpdated',
        sts.struct({
            assetKind: v1002005.VersionedLocatableAsset,
            old: v1002005.FixedU128,
            new: v1002005.FixedU128,
        })
    ),
    v1006002: new EventType(
        'AssetRate.AssetRateUpdated',
        sts.struct({
            assetKind: v1006002.VersionedLocatableAsset,
            old: v1006002.FixedU128,
            new: v1006002.FixedU128,
        })
    ),
}
