import {sts, Block, Bytes, Option, Result, ConstantType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009001 from '../assetHubPaseoV1009001'

export const tracks =  {
    /**
     *  A list of tracks.
     * 
     *  Note: if the tracks are dynamic, the value in the static metadata might be inaccurate.
     */
    assetHubPaseoV1009001: new ConstantType(
        'Referenda.Tracks',
        sts.array(() => sts.tuple(() => [sts.number(), assetHubPaseoV1009001.TrackDetails]))
    ),
}
