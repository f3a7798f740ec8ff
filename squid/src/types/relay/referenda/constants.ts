import {sts, Block, Bytes, Option, Result, ConstantType, RuntimeCtx} from '../support'
import * as v1002005 from '../v1002005'

export const tracks =  {
    /**
     *  Information concerning the different referendum tracks.
     */
    v1002005: new ConstantType(
        'Referenda.Tracks',
        sts.array(() => sts.tuple(() => [sts.number(), v1002005.TrackInfo]))
    ),
}
