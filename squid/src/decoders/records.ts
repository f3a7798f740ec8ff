/**
 * Plain records the per-chain decoders produce and the pallet mappers consume. Decoding (which runtime shape an
 * event has) is per chain; what an event means is shared. Account ids are 0x-hex public keys here; they become
 * SS58 at the edge of the mapping, with the chain's prefix.
 */

/** A location or asset kind as the runtime encodes it (sts JSON: {__kind, value}). Kept for display and hashing. */
export type Json = unknown

export type TreasuryEvent =
  | { kind: 'Proposed'; index: number }
  | { kind: 'Rejected'; index: number; slashed: bigint }
  | { kind: 'SpendApproved'; index: number; amount: bigint; beneficiary: string }
  | { kind: 'Awarded'; index: number; award: bigint; account: string }
  | { kind: 'AssetSpendApproved'; index: number; assetKind: Json; amount: bigint; beneficiary: Json; validFrom: number; expireAt: number }
  | { kind: 'AssetSpendVoided'; index: number }
  | { kind: 'Paid'; index: number; paymentId: bigint }
  | { kind: 'PaymentFailed'; index: number; paymentId: bigint }
  | { kind: 'SpendProcessed'; index: number }
  | { kind: 'Spending'; budgetRemaining: bigint }
  | { kind: 'Burnt'; burntFunds: bigint }
  | { kind: 'Rollover'; rolloverBalance: bigint }
  | { kind: 'Deposit'; value: bigint }
  /** bookkeeping only: no money moves */
  | { kind: 'UpdatedInactive'; reactivated: bigint; deactivated: bigint }

export interface FeePaid {
  who: string
  actualFee: bigint
  tip: bigint
  /** undefined: the chain's native token; else an asset location (Asset Hub's "pay fees with any token") */
  assetId?: Json
}

export interface BalanceDeposit {
  who: string
  amount: bigint
}

export interface BalanceWithdraw {
  who: string
  amount: bigint
}

export interface BalanceTransfer {
  from: string
  to: string
  amount: bigint
}
