/**
 * Decoders every chain needs (fees, deposits, transfers), built over that chain's typegen'd event types: the
 * pallets are the same, the runtime versions and shapes are the chain's own.
 */
import { decodeVersioned, type DecodableEvent } from './decode'
import type { BalanceDeposit, BalanceTransfer, FeePaid } from './records'

interface Versions {
  name: string
}

export interface CommonEventTypes {
  transactionPayment: { transactionFeePaid: Versions }
  balances: { deposit: Versions; transfer: Versions; withdraw: Versions }
}

export function commonDecoders(events: CommonEventTypes) {
  const one =
    <T>(types: Versions) =>
    (chain: string, e: DecodableEvent): T | undefined =>
      e.name === types.name ? decodeVersioned<T>(chain, e, types as unknown as Record<string, unknown>) : undefined
  return {
    feePaid: one<FeePaid>(events.transactionPayment.transactionFeePaid),
    deposit: one<BalanceDeposit>(events.balances.deposit),
    transfer: one<BalanceTransfer>(events.balances.transfer),
    eventNames: [
      events.transactionPayment.transactionFeePaid.name,
      events.balances.deposit.name,
      events.balances.transfer.name,
      // Withdraw (the fee's pre-charge) opens each fee-paying extrinsic: the fee walk stops there.
      events.balances.withdraw.name,
    ],
  }
}
