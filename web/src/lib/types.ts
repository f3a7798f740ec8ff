/**
 * Shapes of the GraphQL API (squid/src/api/api.graphql) as the web app receives them: BigInt arrives as a string
 * of integer planck and stays a string until it is formatted, Date is "YYYY-MM-DD", DateTime is ISO 8601.
 */

/** Integer amount in the asset's smallest unit, as a decimal string */
export type Planck = string
/** "YYYY-MM-DD" (UTC) */
export type IsoDate = string

export interface Asset {
  id: string
  symbol: string
  decimals: number
  chain: string
}

export const SPEND_STATUSES = ['Proposed', 'Approved', 'Paid', 'Failed', 'Completed', 'Voided', 'Rejected', 'Expired'] as const
export type SpendStatus = (typeof SPEND_STATUSES)[number]

export const SPEND_KINDS = ['Local', 'Asset'] as const
export type SpendKind = (typeof SPEND_KINDS)[number]

export type SpendEventKind = 'Proposed' | 'Approved' | 'Paid' | 'PaymentFailed' | 'Processed' | 'Voided' | 'Awarded' | 'Rejected'

export const SPEND_ORDERS = ['APPROVED_DESC', 'APPROVED_ASC', 'AMOUNT_DESC', 'AMOUNT_ASC', 'INDEX_ASC', 'INDEX_DESC'] as const
export type SpendOrder = (typeof SPEND_ORDERS)[number]

export interface EventRef {
  chain: string
  blockNumber: number
  eventIndex: number
  timestamp: string
  /** "<chain>-<block>-<eventIndex>" */
  id: string
}

export interface SpendEvent {
  kind: SpendEventKind
  amount: Planck | null
  extrinsicHash: string | null
  event: EventRef
}

export interface Spend {
  id: string
  chain: string
  kind: SpendKind
  index: number
  status: SpendStatus
  asset: Asset
  amount: Planck
  nativeAmount: Planck | null
  beneficiary: string
  validFrom: number | null
  expireAt: number | null
  paymentId: string | null
  approved: EventRef | null
  paid: EventRef | null
  closed: EventRef | null
  events: SpendEvent[]
}

export interface SpendFilter {
  chain?: string
  status?: SpendStatus[]
  kind?: SpendKind
  asset?: string
  beneficiary?: string
  from?: IsoDate
  to?: IsoDate
}

export interface Page<T> {
  items: T[]
  totalCount: number
  limit: number
  offset: number
}

export type FlowDirection = 'In' | 'Out'
export type FlowKind = 'Fees' | 'Deposit' | 'Transfer' | 'Awarded' | 'SpendPaid' | 'Burnt'

export interface TreasuryFlow {
  id: string
  direction: FlowDirection
  kind: FlowKind
  asset: Asset
  amount: Planck
  spendId: string | null
  extrinsicHash: string | null
  event: EventRef
}

export interface FlowByKind {
  direction: FlowDirection
  kind: FlowKind
  amount: Planck
  count: number
}

export interface TreasurySummary {
  chain: string | null
  from: IsoDate | null
  to: IsoDate | null
  asset: Asset
  inflow: Planck
  outflow: Planck
  byKind: FlowByKind[]
  /**
   * Treasury account free balance (native) at balanceBlock, the last indexed block on or before `to`; without a
   * chain filter, the sum of each chain's latest
   */
  balance: Planck | null
  /** Only when the balance is a single chain's */
  balanceBlock: number | null
  balanceDate: IsoDate | null
  spendCount: number
}

export interface TreasuryDay {
  chain: string
  date: IsoDate
  inFees: Planck
  inDeposits: Planck
  inTransfers: Planck
  outAwarded: Planck
  outSpendPaid: Planck
  outBurnt: Planck
  inflow: Planck
  outflow: Planck
  closingBalance: Planck | null
  closingBlock: number | null
  flowCount: number
}

export interface FeeTotals {
  chain: string | null
  from: IsoDate | null
  to: IsoDate | null
  asset: Asset
  extrinsics: number
  fees: Planck
  tips: Planck
  toTreasury: Planck
  toAuthor: Planck
  burned: Planck
}

export interface FeeDay {
  chain: string
  date: IsoDate
  extrinsics: number
  fees: Planck
  tips: Planck
  toTreasury: Planck
  toAuthor: Planck
  burned: Planck
}

export interface FeePayment {
  id: string
  payer: string
  asset: Asset
  fee: Planck
  tip: Planck
  toTreasury: Planck
  toAuthor: Planck
  burned: Planck
  extrinsicIndex: number
  extrinsicHash: string | null
  event: EventRef
}

/** A spend period: the block's on_initialize (Treasury.Spending) with what it awarded and burnt, in the native token */
export interface SpendPeriod {
  id: string
  chain: string
  budgetRemaining: Planck
  awarded: Planck
  awardedCount: number
  burnt: Planck
  rollover: Planck | null
  event: EventRef
}

/** A spend whose lifecycle includes an event, and what that event was for it */
export interface SpendOfEvent {
  spend: Spend
  kind: SpendEventKind
}

/** Every fact derived from one event (Query.event); the API answers null when none is known */
export interface EventFacts {
  /** "<chain>-<block>-<eventIndex>" */
  id: string
  chain: string
  blockNumber: number
  eventIndex: number
  /** block time, when any fact of the event is known */
  timestamp: string | null
  flows: TreasuryFlow[]
  feePayment: FeePayment | null
  spends: SpendOfEvent[]
  spendPeriod: SpendPeriod | null
}

export interface ChainSync {
  chain: string
  network: string
  specName: string | null
  specVersion: number | null
  indexedHeight: number
  chainHeight: number
  /** 0..1 */
  progress: number
  synced: boolean
  indexedAt: string
  updatedAt: string
}

/** A period as the API takes it: inclusive, either end open */
export interface Period {
  from?: IsoDate
  to?: IsoDate
}
