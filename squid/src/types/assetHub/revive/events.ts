import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009002 from '../assetHubPaseoV1009002'

export const instantiated =  {
    name: 'Revive.Instantiated',
    /**
     * Contract deployed by deployer at the specified address.
     */
    assetHubPaseoV1009002: new EventType(
        'Revive.Instantiated',
        sts.struct({
            deployer: assetHubPaseoV1009002.H160,
            contract: assetHubPaseoV1009002.H160,
        })
    ),
}
