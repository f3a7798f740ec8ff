/** Asset Hub decoders (fees, including fees paid in other assets; Assets and Treasury come with later issues). */
import { events } from '../types/assetHub'
import { decodeVersioned } from './decode'
import type { ChainDecoders } from './chain'
import type { BalanceDeposit, BalanceTransfer, FeePaid } from './records'

export const assetHubDecoders: ChainDecoders = {
  chain: 'asset-hub',
  feePaid(chain, e) {
    if (e.name === events.transactionPayment.transactionFeePaid.name) {
      return decodeVersioned<FeePaid>(chain, e, events.transactionPayment.transactionFeePaid)
    }
    if (e.name === events.assetTxPayment.assetTxFeePaid.name) {
      const v = decodeVersioned<{ who: string; actualFee: bigint; tip: bigint; assetId: unknown }>(chain, e, events.assetTxPayment.assetTxFeePaid)
      return { who: v.who, actualFee: v.actualFee, tip: v.tip, assetId: v.assetId ?? undefined }
    }
    return undefined
  },
  deposit(chain, e) {
    if (e.name !== events.balances.deposit.name) return undefined
    return decodeVersioned<BalanceDeposit>(chain, e, events.balances.deposit)
  },
  transfer(chain, e) {
    if (e.name !== events.balances.transfer.name) return undefined
    return decodeVersioned<BalanceTransfer>(chain, e, events.balances.transfer)
  },
  eventNames: [
    events.transactionPayment.transactionFeePaid.name,
    events.assetTxPayment.assetTxFeePaid.name,
    events.balances.deposit.name,
    events.balances.transfer.name,
    // Withdraw (the fee's pre-charge) opens each fee-paying extrinsic: the fee walk stops there.
    events.balances.withdraw.name,
  ],
}
