import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as v1006002 from '../v1006002'

export const onDemandOrderPlaced =  {
    name: 'OnDemand.OnDemandOrderPlaced',
    /**
     * An order was placed at some spot price amount by orderer ordered_by
     */
    v1006002: new EventType(
        'OnDemand.OnDemandOrderPlaced',
        sts.struct({
            paraId: v1006002.Id,
            spotPrice: sts.bigint(),
            orderedBy: v1006002.AccountId32,
        })
    ),
}

export const spotPriceSet =  {
    name: 'OnDemand.SpotPriceSet',
    /**
     * The value of the spot price has likely changed
     */
    v1006002: new EventType(
        'OnDemand.SpotPriceSet',
        sts.struct({
            spotPrice: sts.bigint(),
        })
    ),
}

export const accountCredited =  {
    name: 'OnDemand.AccountCredited',
    /**
     * An account was given credits.
     */
    v1006002: new EventType(
        'OnDemand.AccountCredited',
        sts.struct({
            who: v1006002.AccountId32,
            amount: sts.bigint(),
        })
    ),
}
