import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1005001 from '../assetHubPaseoV1005001'

export const killedAccount =  {
    name: 'System.KilledAccount',
    /**
     * An account was reaped.
     */
    assetHubPaseoV1005001: new EventType(
        'System.KilledAccount',
        sts.struct({
            account: assetHubPaseoV1005001.AccountId32,
        })
    ),
}
