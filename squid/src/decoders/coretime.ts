/** Coretime-chain decoders (fees for now; Broker comes with the coretime issue). */
import { events } from '../types/coretime'
import { decodeVersioned } from './decode'
import type { ChainDecoders } from './chain'
import type { BalanceDeposit, BalanceTransfer, FeePaid } from './records'

export const coretimeDecoders: ChainDecoders = {
  chain: 'coretime',
  feePaid(chain, e) {
    if (e.name !== events.transactionPayment.transactionFeePaid.name) return undefined
    return decodeVersioned<FeePaid>(chain, e, events.transactionPayment.transactionFeePaid)
  },
  deposit(chain, e) {
    if (e.name !== events.balances.deposit.name) return undefined
    return decodeVersioned<BalanceDeposit>(chain, e, events.balances.deposit)
  },
  transfer(chain, e) {
    if (e.name !== events.balances.transfer.name) return undefined
    return decodeVersioned<BalanceTransfer>(chain, e, events.balances.transfer)
  },
  // Withdraw (the fee's pre-charge) opens each fee-paying extrinsic: the fee walk stops there.
  eventNames: [events.transactionPayment.transactionFeePaid.name, events.balances.deposit.name, events.balances.transfer.name, events.balances.withdraw.name],
}
