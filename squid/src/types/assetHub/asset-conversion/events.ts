import {sts, Block, Bytes, Option, Result, EventType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1005001 from '../assetHubPaseoV1005001'
import * as v1007001 from '../v1007001'

export const poolCreated =  {
    name: 'AssetConversion.PoolCreated',
    /**
     * A successful call of the `CreatePool` extrinsic will create this event.
     */
    assetHubPaseoV1005001: new EventType(
        'AssetConversion.PoolCreated',
        sts.struct({
            /**
             * The account that created the pool.
             */
            creator: assetHubPaseoV1005001.AccountId32,
            /**
             * The pool id associated with the pool. Note that the order of the assets may not be
             * the same as the order specified in the create pool extrinsic.
             */
            poolId: sts.tuple(() => [assetHubPaseoV1005001.V4Location, assetHubPaseoV1005001.V4Location]),
            /**
             * The account ID of the pool.
             */
            poolAccount: assetHubPaseoV1005001.AccountId32,
            /**
             * The id of the liquidity tokens that will be minted when assets are added to this
             * pool.
             */
            lpToken: sts.number(),
        })
    ),
    /**
     * A successful call of the `CreatePool` extrinsic will create this event.
     */
    v1007001: new EventType(
        'AssetConversion.PoolCreated',
        sts.struct({
            /**
             * The account that created the pool.
             */
            creator: v1007001.AccountId32,
            /**
             * The pool id associated with the pool. Note that the order of the assets may not be
             * the same as the order specified in the create pool extrinsic.
             */
            poolId: sts.tuple(() => [v1007001.V5Location, v1007001.V5Location]),
            /**
             * The account ID of the pool.
             */
            poolAccount: v1007001.AccountId32,
            /**
             * The id of the liquidity tokens that will be minted when assets are added to this
             * pool.
             */
            lpToken: sts.number(),
        })
    ),
}

export const liquidityAdded =  {
    name: 'AssetConversion.LiquidityAdded',
    /**
     * A successful call of the `AddLiquidity` extrinsic will create this event.
     */
    assetHubPaseoV1005001: new EventType(
        'AssetConversion.LiquidityAdded',
        sts.struct({
            /**
             * The account that the liquidity was taken from.
             */
            who: assetHubPaseoV1005001.AccountId32,
            /**
             * The account that the liquidity tokens were minted to.
             */
            mintTo: assetHubPaseoV1005001.AccountId32,
            /**
             * The pool id of the pool that the liquidity was added to.
             */
            poolId: sts.tuple(() => [assetHubPaseoV1005001.V4Location, assetHubPaseoV1005001.V4Location]),
            /**
             * The amount of the first asset that was added to the pool.
             */
            amount1Provided: sts.bigint(),
            /**
             * The amount of the second asset that was added to the pool.
             */
            amount2Provided: sts.bigint(),
            /**
             * The id of the lp token that was minted.
             */
            lpToken: sts.number(),
            /**
             * The amount of lp tokens that were minted of that id.
             */
            lpTokenMinted: sts.bigint(),
        })
    ),
    /**
     * A successful call of the `AddLiquidity` extrinsic will create this event.
     */
    v1007001: new EventType(
        'AssetConversion.LiquidityAdded',
        sts.struct({
            /**
             * The account that the liquidity was taken from.
             */
            who: v1007001.AccountId32,
            /**
             * The account that the liquidity tokens were minted to.
             */
            mintTo: v1007001.AccountId32,
            /**
             * The pool id of the pool that the liquidity was added to.
             */
            poolId: sts.tuple(() => [v1007001.V5Location, v1007001.V5Location]),
            /**
             * The amount of the first asset that was added to the pool.
             */
            amount1Provided: sts.bigint(),
            /**
             * The amount of the second asset that was added to the pool.
             */
            amount2Provided: sts.bigint(),
            /**
             * The id of the lp token that was minted.
             */
            lpToken: sts.number(),
            /**
             * The amount of lp tokens that were minted of that id.
             */
            lpTokenMinted: sts.bigint(),
        })
    ),
}

export const liquidityRemoved =  {
    name: 'AssetConversion.LiquidityRemoved',
    /**
     * A successful call of the `RemoveLiquidity` extrinsic will create this event.
     */
    assetHubPaseoV1005001: new EventType(
        'AssetConversion.LiquidityRemoved',
        sts.struct({
            /**
             * The account that the liquidity tokens were burned from.
             */
            who: assetHubPaseoV1005001.AccountId32,
            /**
             * The account that the assets were transferred to.
             */
            withdrawTo: assetHubPaseoV1005001.AccountId32,
            /**
             * The pool id that the liquidity was removed from.
             */
            poolId: sts.tuple(() => [assetHubPaseoV1005001.V4Location, assetHubPaseoV1005001.V4Location]),
            /**
             * The amount of the first asset that was removed from the pool.
             */
            amount1: sts.bigint(),
            /**
             * The amount of the second asset that was removed from the pool.
             */
            amount2: sts.bigint(),
            /**
             * The id of the lp token that was burned.
             */
            lpToken: sts.number(),
            /**
             * The amount of lp tokens that were burned of that id.
             */
            lpTokenBurned: sts.bigint(),
            /**
             * Liquidity withdrawal fee (%).
             */
            withdrawalFee: assetHubPaseoV1005001.Permill,
        })
    ),
    /**
     * A successful call of the `RemoveLiquidity` extrinsic will create this event.
     */
    v1007001: new EventType(
        'AssetConversion.LiquidityRemoved',
        sts.struct({
            /**
             * The account that the liquidity tokens were burned from.
             */
            who: v1007001.AccountId32,
            /**
             * The account that the assets were transferred to.
             */
            withdrawTo: v1007001.AccountId32,
            /**
             * The pool id that the liquidity was removed from.
             */
            poolId: sts.tuple(() => [v1007001.V5Location, v1007001.V5Location]),
            /**
             * The amount of the first asset that was removed from the pool.
             */
            amount1: sts.bigint(),
            /**
             * The amount of the second asset that was removed from the pool.
             */
            amount2: sts.bigint(),
            /**
             * The id of the lp token that was burned.
             */
            lpToken: sts.number(),
            /**
             * The amount of lp tokens that were burned of that id.
             */
            lpTokenBurned: sts.bigint(),
            /**
             * Liquidity withdrawal fee (%).
             */
            withdrawalFee: v1007001.Permill,
        })
    ),
}

export const swapExecuted =  {
    name: 'AssetConversion.SwapExecuted',
    /**
     * Assets have been converted from one to another. Both `SwapExactTokenForToken`
     * and `SwapTokenForExactToken` will generate this event.
     */
    assetHubPaseoV1005001: new EventType(
        'AssetConversion.SwapExecuted',
        sts.struct({
            /**
             * Which account was the instigator of the swap.
             */
            who: assetHubPaseoV1005001.AccountId32,
            /**
             * The account that the assets were transferred to.
             */
            sendTo: assetHubPaseoV1005001.AccountId32,
            /**
             * The amount of the first asset that was swapped.
             */
            amountIn: sts.bigint(),
            /**
             * The amount of the second asset that was received.
             */
            amountOut: sts.bigint(),
            /**
             * The route of asset IDs with amounts that the swap went through.
             * E.g. (A, amount_in) -> (Dot, amount_out) -> (B, amount_out)
             */
            path: sts.array(() => sts.tuple(() => [assetHubPaseoV1005001.V4Location, sts.bigint()])),
        })
    ),
    /**
     * Assets have been converted from one to another. Both `SwapExactTokenForToken`
     * and `SwapTokenForExactToken` will generate this event.
     */
    v1007001: new EventType(
        'AssetConversion.SwapExecuted',
        sts.struct({
            /**
             * Which account was the instigator of the swap.
             */
            who: v1007001.AccountId32,
            /**
             * The account that the assets were transferred to.
             */
            sendTo: v1007001.AccountId32,
            /**
             * The amount of the first asset that was swapped.
             */
            amountIn: sts.bigint(),
            /**
             * The amount of the second asset that was received.
             */
            amountOut: sts.bigint(),
            /**
             * The route of asset IDs with amounts that the swap went through.
             * E.g. (A, amount_in) -> (Dot, amount_out) -> (B, amount_out)
             */
            path: sts.array(() => sts.tuple(() => [v1007001.V5Location, sts.bigint()])),
        })
    ),
}

export const swapCreditExecuted =  {
    name: 'AssetConversion.SwapCreditExecuted',
    /**
     * Assets have been converted from one to another.
     */
    assetHubPaseoV1005001: new EventType(
        'AssetConversion.SwapCreditExecuted',
        sts.struct({
            /**
             * The amount of the first asset that was swapped.
             */
            amountIn: sts.bigint(),
            /**
             * The amount of the second asset that was received.
             */
            amountOut: sts.bigint(),
            /**
             * The route of asset IDs with amounts that the swap went through.
             * E.g. (A, amount_in) -> (Dot, amount_out) -> (B, amount_out)
             */
            path: sts.array(() => sts.tuple(() => [assetHubPaseoV1005001.V4Location, sts.bigint()])),
        })
    ),
    /**
     * Assets have been converted from one to another.
     */
    v1007001: new EventType(
        'AssetConversion.SwapCreditExecuted',
        sts.struct({
            /**
             * The amount of the first asset that was swapped.
             */
            amountIn: sts.bigint(),
            /**
             * The amount of the second asset that was received.
             */
            amountOut: sts.bigint(),
            /**
             * The route of asset IDs with amounts that the swap went through.
             * E.g. (A, amount_in) -> (Dot, amount_out) -> (B, amount_out)
             */
            path: sts.array(() => sts.tuple(() => [v1007001.V5Location, sts.bigint()])),
        })
    ),
}

export const touched =  {
    name: 'AssetConversion.Touched',
    /**
     * Pool has been touched in order to fulfill operational requirements.
     */
    assetHubPaseoV1005001: new EventType(
        'AssetConversion.Touched',
        sts.struct({
            /**
             * The ID of the pool.
             */
            poolId: sts.tuple(() => [assetHubPaseoV1005001.V4Location, assetHubPaseoV1005001.V4Location]),
            /**
             * The account initiating the touch.
             */
            who: assetHubPaseoV1005001.AccountId32,
        })
    ),
    /**
     * Pool has been touched in order to fulfill operational requirements.
     */
    v1007001: new EventType(
        'AssetConversion.Touched',
        sts.struct({
            /**
             * The ID of the pool.
             */
            poolId: sts.tuple(() => [v1007001.V5Location, v1007001.V5Location]),
            /**
             * The account initiating the touch.
             */
            who: v1007001.AccountId32,
        })
    ),
}
