import {sts, Block, Bytes, Option, Result, CallType, RuntimeCtx} from '../support'
import * as assetHubPaseoV1009002 from '../assetHubPaseoV1009002'
import * as assetHubPaseoV2000004 from '../assetHubPaseoV2000004'

export const ethTransact =  {
    name: 'Revive.eth_transact',
    /**
     * A raw EVM transaction, typically dispatched by an Ethereum JSON-RPC server.
     * 
     * # Parameters
     * 
     * * `payload`: The encoded [`crate::evm::TransactionSigned`].
     * * `gas_limit`: The gas limit enforced during contract execution.
     * * `storage_deposit_limit`: The maximum balance that can be charged to the caller for
     *   storage usage.
     * 
     * # Note
     * 
     * This call cannot be dispatched directly; attempting to do so will result in a failed
     * transaction. It serves as a wrapper for an Ethereum transaction. When submitted, the
     * runtime converts it into a [`sp_runtime::generic::CheckedExtrinsic`] by recovering the
     * signer and validating the transaction.
     */
    assetHubPaseoV1009002: new CallType(
        'Revive.eth_transact',
        sts.struct({
            payload: sts.bytes(),
        })
    ),
}

export const call =  {
    name: 'Revive.call',
    /**
     * Makes a call to an account, optionally transferring some balance.
     * 
     * # Parameters
     * 
     * * `dest`: Address of the contract to call.
     * * `value`: The balance to transfer from the `origin` to `dest`.
     * * `gas_limit`: The gas limit enforced when executing the constructor.
     * * `storage_deposit_limit`: The maximum amount of balance that can be charged from the
     *   caller to pay for the storage consumed.
     * * `data`: The input data to pass to the contract.
     * 
     * * If the account is a smart-contract account, the associated code will be
     * executed and any value will be transferred.
     * * If the account is a regular account, any value will be transferred.
     * * If no account exists and the call value is not less than `existential_deposit`,
     * a regular account will be created and any value will be transferred.
     */
    assetHubPaseoV1009002: new CallType(
        'Revive.call',
        sts.struct({
            dest: assetHubPaseoV1009002.H160,
            value: sts.bigint(),
            gasLimit: assetHubPaseoV1009002.Weight,
            storageDepositLimit: sts.bigint(),
            data: sts.bytes(),
        })
    ),
    /**
     * Makes a call to an account, optionally transferring some balance.
     * 
     * # Parameters
     * 
     * * `dest`: Address of the contract to call.
     * * `value`: The balance to transfer from the `origin` to `dest`.
     * * `weight_limit`: The weight limit enforced when executing the constructor.
     * * `storage_deposit_limit`: The maximum amount of balance that can be charged from the
     *   caller to pay for the storage consumed.
     * * `data`: The input data to pass to the contract.
     * 
     * * If the account is a smart-contract account, the associated code will be
     * executed and any value will be transferred.
     * * If the account is a regular account, any value will be transferred.
     * * If no account exists and the call value is not less than `existential_deposit`,
     * a regular account will be created and any value will be transferred.
     */
    assetHubPaseoV2000004: new CallType(
        'Revive.call',
        sts.struct({
            dest: assetHubPaseoV2000004.H160,
            value: sts.bigint(),
            weightLimit: assetHubPaseoV2000004.Weight,
            storageDepositLimit: sts.bigint(),
            data: sts.bytes(),
        })
    ),
}
