/**
 * The API's shapes as the web app receives them, by domain name. Every shape is the generated type of what a
 * document in ./api.ts selects (./generated, `npm run codegen:web`); nothing here restates a field. BigInt arrives
 * as a string of integer planck and stays a string until it is formatted, Date is "YYYY-MM-DD", DateTime ISO 8601.
 */
import {
  BountyPallet as BountyPallets,
  BountyStatus as BountyStatuses,
  ReferendumStatus as ReferendumStatuses,
  SpendKind as SpendKinds,
  SpendingDimension as SpendingDimensions,
  SpendOrder as SpendOrders,
  SpendStatus as SpendStatuses,
  type AssetFieldsFragment,
  type BountyPayoutFieldsFragment,
  type EventFieldsFragment,
  type EventQuery,
  type FeeDailyQuery,
  type HubDailyQuery,
  type HubAssetDailyQuery,
  type HubPoolDailyQuery,
  type DotPricesQuery,
  type FeePaymentFieldsFragment,
  type FeeTotalsQuery,
  type IdentitiesQuery,
  type BountiesQuery,
  type CoreRenewalsQuery,
  type CoretimeSalesQuery,
  type BountyQuery as BountyDetailQuery,
  type MoneyFlowDailyQuery,
  type ReferendaSummaryQuery,
  type ReferendaTracksQuery,
  type ReferendumFieldsFragment,
  type ReferendumQuery,
  type ReferendumStatus,
  type ReferendumVoteFieldsFragment,
  type FlowFieldsFragment,
  type SpendFieldsFragment,
  type SpendPeriodFieldsFragment,
  type TreasurySpendingQuery,
  type TreasuryIncomeQuery,
  type SummaryQuery,
  type SyncStatusQuery,
  type DatabaseReplicationQuery,
  type TreasuryDailyQuery,
  type TreasuryMigrationQuery,
} from './generated/graphql'

export type { BountyPallet, BountyStatus, CoreRenewalStatus, FlowDirection, FlowKind, ReferendumStatus, SpendingDimension, SpendEventKind, SpendFilter, SpendKind, SpendOrder, SpendStatus } from './generated/graphql'

/** Integer amount in the asset's smallest unit, as a decimal string */
export type Planck = string
/** "YYYY-MM-DD" (UTC) */
export type IsoDate = string

/** the API's enum values, in its SDL's order */
export const SPEND_STATUSES = Object.values(SpendStatuses)
export const SPEND_KINDS = Object.values(SpendKinds)
export const SPEND_ORDERS = Object.values(SpendOrders)
export const REFERENDUM_STATUSES = Object.values(ReferendumStatuses)
export const SPENDING_DIMENSIONS = Object.values(SpendingDimensions)
export const BOUNTY_STATUSES = Object.values(BountyStatuses)
export const BOUNTY_PALLETS = Object.values(BountyPallets)

export type Asset = AssetFieldsFragment
/** "<chain>-<block>-<eventIndex>" in `id` */
export type EventRef = EventFieldsFragment
export type Spend = SpendFieldsFragment
export type SpendEvent = Spend['events'][number]
export type TreasuryFlow = FlowFieldsFragment
export type FeePayment = FeePaymentFieldsFragment
/** A spend period: the block's on_initialize (Treasury.Spending) with what it awarded and burnt, in the native token */
export type SpendPeriod = SpendPeriodFieldsFragment
/** Native-token treasury figures for a period; without a chain filter, balance is the sum of each chain's latest */
export type TreasurySummary = SummaryQuery['treasurySummary']
export type FlowByKind = TreasurySummary['byKind'][number]
export type TreasuryDay = TreasuryDailyQuery['treasuryDaily'][number]
/** The Asset Hub migration's block window on one chain, with the times of its edges when indexed */
export type MigrationWindow = TreasuryMigrationQuery['treasuryMigration'][number]
export type FeeTotals = FeeTotalsQuery['feeTotals']
export type FeeDay = FeeDailyQuery['feeDaily'][number]
/** Adoption of Asset Hub on one UTC day */
export type HubDay = HubDailyQuery['hubDaily'][number]
export type HubAssetDay = HubAssetDailyQuery['hubAssetDaily'][number]
export type HubPoolDay = HubPoolDailyQuery['hubPoolDaily'][number]
/** The DOT/USD price of one day and where it came from */
export type DotPrice = DotPricesQuery['dotPrices'][number]
/** Money of one source to one recipient on one chain and day, in one asset */
export type MoneyFlowDay = MoneyFlowDailyQuery['moneyFlowDaily'][number]
/** Every fact derived from one event (Query.event); the API answers null when none is known */
export type EventFacts = NonNullable<EventQuery['event']>
/** A spend whose lifecycle includes an event, and what that event was for it */
export type SpendOfEvent = EventFacts['spends'][number]
export type ChainSync = SyncStatusQuery['syncStatus'][number]
export type DatabaseReplication = DatabaseReplicationQuery['databaseReplication']
/** An account's People-chain identity: its name ("parent/sub" for a sub-identity), fields and judgements */
export type AccountIdentity = IdentitiesQuery['identities'][number]
/** Identities by the address they were asked for, as every page's data carries them (`identities`) */
export type Identities = Record<string, AccountIdentity>

/** A referendum as lists show it: status, tally, turnout, votes and what its enactment approved */
export type ReferendumListed = ReferendumFieldsFragment
export type BountyPayoutRow = BountyPayoutFieldsFragment
/** One referendum with its proposal, deposits and lifecycle */
export type ReferendumDetail = NonNullable<ReferendumQuery['referendum']>
export type ReferendumVote = ReferendumVoteFieldsFragment
export type ReferendaSummary = ReferendaSummaryQuery['referendaSummary']
export type ReferendaTrack = ReferendaTracksQuery['referendaTracks'][number]

/** The treasury's native income of a period by source, and what no event explains */
export type TreasuryIncome = TreasuryIncomeQuery['treasuryIncome']

/** The spends approved in a period, split by category, track, beneficiary or asset */
export type TreasurySpending = TreasurySpendingQuery['treasurySpending']
export type SpendingRow = TreasurySpending['rows'][number]

export type BountyListed = BountiesQuery['bounties']['items'][number]
export type BountyDetail = NonNullable<BountyDetailQuery['bounty']>

/** The filters of a referenda view, as the API takes them */
export interface ReferendaFilter extends Period {
  chain?: string
  status?: ReferendumStatus[]
  track?: number
}

/** A period as the API takes it: inclusive, either end open */
export interface Period {
  from?: IsoDate
  to?: IsoDate
}

export type CoretimeSale = CoretimeSalesQuery['coretimeSales']['items'][number]
export type CoretimePurchase = CoretimeSale['purchases'][number]
export type CoreRenewal = CoreRenewalsQuery['coreRenewals']['items'][number]
