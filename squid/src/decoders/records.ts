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

/** AssetConversion.SwapCreditExecuted: a swap of credit (the fee swaps of AssetTxPayment); path[0] is sold, the last bought. */
export interface SwapCredit {
  amountIn: bigint
  amountOut: bigint
  /** the assets along the route, as Asset Hub locations */
  path: Json[]
}

/** Staking.EraPaid: the era's payout to stakers and the remainder left to RewardRemainder. */
export interface EraPaid {
  era: number
  validatorPayout: bigint
  remainder: bigint
}

export type DapEvent =
  /** a drip: minted and split over the budget recipients (Balances.Minted to each, before this event) */
  | { kind: 'IssuanceMinted'; totalMinted: bigint; elapsedMillis: bigint }
  /** the staging account's DOT moved to the buffer */
  | { kind: 'StagingDrained'; amount: bigint }

/**
 * Money taken from an account as a penalty: Staking.Slashed (a staker, by an offence), Referenda.DepositSlashed
 * (a referendum's submission or decision deposit), Bounties.BountyRejected (a rejected bounty's bond).
 */
export interface Slash {
  kind: 'Staking' | 'ReferendumDeposit' | 'BountyBond'
  amount: bigint
}
