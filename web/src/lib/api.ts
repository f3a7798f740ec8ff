/**
 * A small typed client of the GraphQL API (squid/src/api: base.graphql and a fragment per domain module). Only
 * server loaders use it, so the browser never talks to the API and no CORS is needed. Failures become ApiError
 * with a sentence a reader can act on. The result types come from the documents below through `npm run codegen:web`
 * (web/codegen.ts → ./generated).
 */
import { graphql } from './generated'
import type { TypedDocumentString } from './generated/graphql'
import type { BountyPallet, BountyStatus, CoreRenewalStatus, FlowDirection, FlowKind, Period, ReferendaFilter, SpendFilter, SpendingDimension, SpendOrder } from './types'

export type ApiErrorKind = 'unreachable' | 'http' | 'graphql'

export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly apiUrl: string,
    /** the argument the API named as bad input (extensions.argument of a BAD_USER_INPUT error), if any */
    readonly badArgument?: string,
  ) {
    super(message)
  }
}

export interface ApiOptions {
  url: string
  /** SvelteKit's load `fetch` where available; global fetch otherwise */
  fetch?: typeof globalThis.fetch
  timeoutMs?: number
}

// Fragments: one selection per API type, shared by the documents (codegen names their types *FieldsFragment).
graphql(`fragment AssetFields on Asset { id symbol decimals chain }`)
graphql(`fragment BountyPayoutFields on BountyPayoutRow { key label category subcategory asset { ...AssetFields } amount payouts eventIds }`)
graphql(`fragment EventFields on EventRef { id chain blockNumber eventIndex timestamp }`)
graphql(`
  fragment SpendFields on Spend {
    id chain kind index status asset { ...AssetFields } amount nativeAmount beneficiary validFrom expireAt paymentId
    approved { ...EventFields } paid { ...EventFields } closed { ...EventFields }
    events { kind amount extrinsicHash event { ...EventFields } }
    usdAtApproval { microUsd usd source day } usdAtPayout { microUsd usd source day } assetRate { rateToNative block source }
  }
`)
graphql(`fragment FlowFields on TreasuryFlow { id direction kind asset { ...AssetFields } amount spendId extrinsicHash event { ...EventFields } }`)
graphql(`
  fragment FeePaymentFields on FeePayment {
    id payer asset { ...AssetFields } fee tip nativeFee feeSwaps toTreasury toAuthor toCollatorPot toDap burned author extrinsicIndex extrinsicHash event { ...EventFields }
  }
`)
graphql(`fragment TallyFields on Tally { ayes nays support }`)
graphql(`
  fragment CoreUsageFields on CoreUsage {
    chain core date timeslice firstBlock lastBlock included backed poolIncluded allowed taskAllowed poolAllowed idle utilisation assignment paras firstEvent lastEvent
  }
`)
graphql(`
  fragment ReferendumFields on Referendum {
    id chain index track trackName status submitted { ...EventFields } endedBlock endedAt
    tally { ...TallyFields } tallyBlock tallyAt tallySource turnout { ratio support activeIssuance blockNumber }
    votes { voters direct { ...TallyFields } ayeCapital nayCapital abstainCapital delegated { ...TallyFields } }
    enactment { blockNumber ok error }
    spends { id chain kind index status asset { ...AssetFields } amount nativeAmount beneficiary approved { ...EventFields } paid { ...EventFields } }
  }
`)
graphql(`
  fragment ReferendumVoteFields on ReferendumVote {
    id voter cast kind aye conviction weight { ...TallyFields } ayeCapital nayCapital abstainCapital extrinsicHash event { ...EventFields }
  }
`)
graphql(`
  fragment SpendingRowFields on SpendingRow {
    key label category subcategory track beneficiary asset { ...AssetFields } amount spends referenda nativeAmount spendsWithoutNativeValue paid paidNativeAmount spendIds
  }
`)
graphql(`fragment SpendPeriodFields on SpendPeriod { id chain budgetRemaining awarded awardedCount burnt rollover event { ...EventFields } }`)

/** Every document the client sends; a unit test validates them against the API's SDL */
export const QUERIES = {
  chains: graphql(`query Chains { chains { id key } }`),
  identities: graphql(`
    query Identities($addresses: [String!]!) {
      identities(addresses: $addresses) { address name display legal web matrix email twitter judgement judgements { registrarIndex judgement } parent subName blockNumber event { ...EventFields } }
    }
  `),
  syncStatus: graphql(`query SyncStatus { syncStatus { chain network specName specVersion indexedHeight chainHeight progress synced indexedAt updatedAt } }`),
  databaseReplication: graphql(`query DatabaseReplication { databaseReplication { role streaming replayBacklogBytes lastReplayedAt lagSeconds } }`),
  assets: graphql(`query Assets { assets { ...AssetFields } }`),
  spends: graphql(`
    query Spends($filter: SpendFilter, $orderBy: SpendOrder, $limit: Int, $offset: Int) {
      spends(filter: $filter, orderBy: $orderBy, limit: $limit, offset: $offset) { totalCount limit offset items { ...SpendFields } }
    }
  `),
  spend: graphql(`query Spend($id: ID!) { spend(id: $id) { ...SpendFields } }`),
  treasuryFlows: graphql(`
    query Flows($chain: String, $from: Date, $to: Date, $direction: FlowDirection, $kind: FlowKind, $limit: Int, $offset: Int) {
      treasuryFlows(chain: $chain, from: $from, to: $to, direction: $direction, kind: $kind, limit: $limit, offset: $offset) {
        totalCount limit offset items { ...FlowFields }
      }
    }
  `),
  treasurySummary: graphql(`
    query Summary($chain: String, $from: Date, $to: Date) {
      treasurySummary(chain: $chain, from: $from, to: $to) {
        chain from to asset { ...AssetFields } inflow outflow moved byKind { direction kind amount count }
        balance balanceBlock balanceDate spendCount
      }
    }
  `),
  treasuryDaily: graphql(`
    query TreasuryDaily($chain: String, $from: Date, $to: Date) {
      treasuryDaily(chain: $chain, from: $from, to: $to) {
        chain date inFees inDeposits inTransfers inBountyReturned outAwarded outSpendPaid outBurnt outBountyFunded movedIn movedOut inflow outflow
        openingBalance openingBlock closingBalance closingBlock closed drift driftBlock flowCount
      }
    }
  `),
  treasuryMigration: graphql(`
    query TreasuryMigration {
      treasuryMigration { chain fromBlock toBlock from to }
    }
  `),
  feeTotals: graphql(`
    query FeeTotals($chain: String, $from: Date, $to: Date) {
      feeTotals(chain: $chain, from: $from, to: $to) { chain from to asset { ...AssetFields } extrinsics fees tips toTreasury toAuthor toCollatorPot toDap burned assetFeeExtrinsics assetFeesNative }
    }
  `),
  feeDaily: graphql(`
    query FeeDaily($chain: String, $from: Date, $to: Date) {
      feeDaily(chain: $chain, from: $from, to: $to) { chain date extrinsics fees tips toTreasury toAuthor toCollatorPot toDap burned assetFeeExtrinsics assetFeesNative }
    }
  `),
  moneyFlowDaily: graphql(`
    query MoneyFlowDaily($chain: String, $from: Date, $to: Date) {
      moneyFlowDaily(chain: $chain, from: $from, to: $to) { chain date source recipient slashKind asset { ...AssetFields } paidIn { ...AssetFields } amount count }
    }
  `),
  hubDaily: graphql(`
    query HubDaily($from: Date, $to: Date) {
      hubDaily(from: $from, to: $to) { date activeAccounts feePayments newAccounts migratedAccounts reapedAccounts swaps poolsCreated contractsDeployed firstBlock lastBlock }
    }
  `),
  hubAssetDaily: graphql(`
    query HubAssetDaily($from: Date, $to: Date) {
      hubAssetDaily(from: $from, to: $to) { date asset { ...AssetFields } transfers volume issued burned feePayments fees touched holders holdersBlock lastBlock }
    }
  `),
  hubPoolDaily: graphql(`
    query HubPoolDaily($from: Date, $to: Date) {
      hubPoolDaily(from: $from, to: $to) { date pool asset1 { ...AssetFields } asset2 { ...AssetFields } swaps amount1 amount2 createdEventId lastBlock }
    }
  `),
  hubContracts: graphql(`
    query HubContracts($from: Date, $to: Date) {
      hubContracts(from: $from, to: $to) { contract deployer deployerAccount blockNumber timestamp eventId }
    }
  `),
  stakingEras: graphql(`
    query StakingEras($from: Date, $to: Date) {
      eraPayouts(from: $from, to: $to, limit: 500) { totalCount items { id era validatorPayout event { id chain blockNumber eventIndex timestamp } participation { totalStake validators nominators stakers source } } }
    }
  `),
  builderRewards: graphql(`
    query BuilderRewards($sharePercent: Int!, $from: Date, $to: Date) {
      builderRewards(sharePercent: $sharePercent, from: $from, to: $to) {
        sharePercent formula fees reward income incomeWith
        rows { contract deployer deployerAccount calls callers fees reward income incomeWith }
      }
    }
  `),
  subTreasury: graphql(`
    query SubTreasury($name: String!) {
      subTreasury(name: $name) {
        treasury { name label palletIndex account fundingSpendCount spendCount }
        income { amount asset { id symbol decimals chain } spend { id chain index beneficiary } paid { id chain blockNumber eventIndex timestamp } }
        spends { id index status amount beneficiary asset { id symbol decimals chain } approved { id blockNumber } closed { id blockNumber } }
        salaryCycles { collective index registeredCount registeredTotal paidCount paidTotal started { id blockNumber } payouts { who beneficiary amount paymentId event { id blockNumber } } }
        daily { chain date inflow outflow openingBalance openingBlock closingBalance closingBlock closed drift driftBlock asset { id symbol decimals chain } }
        flows { ...FlowFields }
      }
    }
  `),
  lottery: graphql(`
    query Lottery($sharePercent: Int!, $from: Date, $to: Date) {
      lottery(sharePercent: $sharePercent, from: $from, to: $to) { sharePercent formula weeks { week pot fees accounts herfindahl entries { account fees chance expected } } }
    }
  `),
  dotPrices: graphql(`
    query DotPrices($from: Date, $to: Date) {
      dotPrices(from: $from, to: $to) { date usdPerDot microUsdPerDot source chainMicroUsdPerDot chainSource swaps dotVolume usdVolume reserveDot reserveUsd reserveBlock }
    }
  `),
  feePayments: graphql(`
    query FeePayments($chain: String, $payer: String, $from: Date, $to: Date, $limit: Int, $offset: Int) {
      feePayments(chain: $chain, payer: $payer, from: $from, to: $to, limit: $limit, offset: $offset) {
        totalCount limit offset items { ...FeePaymentFields }
      }
    }
  `),
  referenda: graphql(`
    query Referenda($chain: String, $status: [ReferendumStatus!], $track: Int, $from: Date, $to: Date, $limit: Int, $offset: Int) {
      referenda(chain: $chain, status: $status, track: $track, from: $from, to: $to, limit: $limit, offset: $offset) {
        totalCount limit offset items { ...ReferendumFields }
      }
    }
  `),
  referendaSummary: graphql(`
    query ReferendaSummary($chain: String, $status: [ReferendumStatus!], $track: Int, $from: Date, $to: Date) {
      referendaSummary(chain: $chain, status: $status, track: $track, from: $from, to: $to) {
        count byStatus { status count } byTrack { chain track name count approved spends approvedNative spendsWithoutNativeValue }
      }
    }
  `),
  referendaTracks: graphql(`
    query ReferendaTracks($chain: String) {
      referendaTracks(chain: $chain) { chain track name maxDeciding decisionDeposit preparePeriod decisionPeriod confirmPeriod minEnactmentPeriod specVersion blockNumber }
    }
  `),
  referendum: graphql(`
    query Referendum($chain: String!, $index: Int!) {
      referendum(chain: $chain, index: $index) {
        ...ReferendumFields
        proposal { kind hash inline length call { name args source } } category { category subcategory notes hideInSpends source } decisionDepositBy decisionDeposit decidingBlock confirmingBlock continues continuedBy
        events { id kind who amount tally { ...TallyFields } activeIssuance ok error event { ...EventFields } }
      }
    }
  `),
  referendumVotes: graphql(`
    query ReferendumVotes($chain: String!, $index: Int!, $limit: Int, $offset: Int) {
      referendumVotes(chain: $chain, index: $index, limit: $limit, offset: $offset) { totalCount limit offset items { ...ReferendumVoteFields } }
    }
  `),
  coreUsage: graphql(`
    query CoreUsage($chain: String, $from: Date, $to: Date, $core: Int, $para: Int, $limit: Int, $offset: Int) {
      coreUsage(chain: $chain, from: $from, to: $to, core: $core, para: $para, limit: $limit, offset: $offset) { totalCount limit offset items { ...CoreUsageFields } }
    }
  `),
  paraUsage: graphql(`
    query ParaUsage($chain: String, $from: Date, $to: Date, $para: Int, $limit: Int, $offset: Int) {
      paraUsage(chain: $chain, from: $from, to: $to, para: $para, limit: $limit, offset: $offset) {
        totalCount limit offset items { chain paraId date firstBlock lastBlock included backed onDemandIncluded cores elasticSlices orders spotPriceSum firstEvent lastEvent }
      }
    }
  `),
  idleCores: graphql(`
    query IdleCores($chain: String, $from: Date, $to: Date, $core: Int, $limit: Int, $offset: Int) {
      idleCores(chain: $chain, from: $from, to: $to, core: $core, limit: $limit, offset: $offset) { totalCount limit offset items { ...CoreUsageFields } }
    }
  `),
  treasuryImpact: graphql(`
    query TreasuryImpact($chain: String, $category: String, $track: Int, $from: Date, $to: Date, $verdict: String, $windowDays: Int, $seed: Int, $limit: Int, $offset: Int) {
      treasuryImpact(chain: $chain, category: $category, track: $track, from: $from, to: $to, verdict: $verdict, windowDays: $windowDays, seed: $seed, limit: $limit, offset: $offset) {
        totalCount limit offset windowDays seed increased decreased inconclusive
        items {
          proposal { id kind chain index referendum track trackName category subcategory beneficiary beneficiaryPara amount assetSymbol assetDecimals payoutBlock payoutDate payoutEvent }
          metric { id label } verdict reasonCode summary method effect low high pValue baseline
        }
      }
    }
  `),
  proposalImpact: graphql(`
    query ProposalImpact($id: String!, $metric: String, $windowDays: Int, $seed: Int) {
      proposalImpact(id: $id, metric: $metric, windowDays: $windowDays, seed: $seed) {
        proposal { id kind chain index referendum track trackName category subcategory beneficiary beneficiaryPara amount assetSymbol assetDecimals payoutBlock payoutDate payoutEvent metrics { id label source } }
        metric { id metric unitKind unit label description source }
        verdict reasonCode summary method effect low high confidence bootstrapLow bootstrapHigh intervalBasis baseline rank pValue
        placebos { kind label effect score } preFitRmse windowDays minDays before { from to days } after { from to days } payoutDate
        controls { unit weight } excludedFunded inactiveUnits seed bootstrapDraws blockLength source
        series { date treated control after }
      }
    }
  `),
  cloudUsage: graphql(`
    query CloudUsage($chain: String, $from: Date, $to: Date) {
      cloudUsage(chain: $chain, from: $from, to: $to) {
        chain date coresInUse coresAssigned idleCores blocksIncluded poolIncluded allowed utilisation parasActive elasticParas onDemandOrders onDemandSpotPriceSum firstBlock lastBlock
      }
    }
  `),
  bounties: graphql(`
    query Bounties($chain: String, $status: [BountyStatus!], $beneficiary: String, $limit: Int, $offset: Int) {
      bounties(chain: $chain, status: $status, beneficiary: $beneficiary, limit: $limit, offset: $offset) {
        totalCount limit offset items { id chain pallet index status asset { ...AssetFields } value curator beneficiary payout childBounties { id payout } }
      }
    }
  `),
  bountyPayouts: graphql(`
    query BountyPayouts($chain: String) {
      bountyPayouts(chain: $chain) {
        rows { ...BountyPayoutFields }
        excluded { ...BountyPayoutFields }
        categorySources
      }
    }
  `),
  bounty: graphql(`
    query Bounty($chain: String!, $index: Int!, $pallet: BountyPallet) {
      bounty(chain: $chain, index: $index, pallet: $pallet) {
        id chain pallet index status asset { ...AssetFields } value curatorFee unallocated accountBalance accountBalanceBlock curator beneficiary payout slashedBond proposedBlock approvedBlock activeBlock awardedBlock claimedBlock cancelledBlock
        events { id kind who amount paymentId extrinsicHash event { ...EventFields } }
        childBounties { id parentIndex index status value curatorFee curator beneficiary payout events { id kind who amount paymentId event { ...EventFields } } }
      }
    }
  `),
  coretimeSales: graphql(`
    query CoretimeSales($chain: String, $limit: Int, $offset: Int) {
      coretimeSales(chain: $chain, limit: $limit, offset: $offset) {
        totalCount limit offset
        items {
          id chain regionBegin regionEnd regionBeginAt regionEndAt saleStart leadinLength timeUnit saleStartAt leadinEndAt startPrice endPrice
          idealCoresSold coresOffered coresSold coresPurchased coresRenewed coresLeft selloutPrice priceRule nextEndPrice nextTargetPrice priceNow secondsLeft
          revenue { bulk renewal credits onDemand onDemandOrders total burned toTreasury unattributed poolSystemPayout poolPrivatePayout poolClaimsPaid }
          priceCurve { saleTime at price }
          purchases { id kind core oldCore who price saleTime leadinProgress revenueTo event { ...EventFields } }
          event { ...EventFields }
        }
      }
    }
  `),
  coreRenewals: graphql(`
    query CoreRenewals($chain: String, $status: [CoreRenewalStatus!], $limit: Int, $offset: Int) {
      coreRenewals(chain: $chain, status: $status, limit: $limit, offset: $offset) {
        totalCount limit offset
        items { id chain core begin beginAt price status renewedBy renewedPrice autoRenew workload { kind task mask } event { ...EventFields } renewedEvent { ...EventFields } }
      }
    }
  `),
  treasuryIncome: graphql(`
    query TreasuryIncome($chain: String, $from: Date, $to: Date) {
      treasuryIncome(chain: $chain, from: $from, to: $to) {
        asset { ...AssetFields } sources { source slashKind amount count } total unattributed movedIn
        unattributedDays { chain date drift openingBlock closingBlock driftBlock }
      }
    }
  `),
  treasurySpending: graphql(`
    query TreasurySpending($chain: String, $from: Date, $to: Date, $by: SpendingDimension) {
      treasurySpending(chain: $chain, from: $from, to: $to, by: $by) {
        by categorySources
        rows { ...SpendingRowFields }
        excluded { ...SpendingRowFields }
      }
    }
  `),
  event: graphql(`
    query Event($id: String!) {
      event(id: $id) {
        id chain blockNumber eventIndex timestamp
        flows { ...FlowFields }
        feePayment { ...FeePaymentFields }
        spends { kind spend { ...SpendFields } }
        spendPeriod { ...SpendPeriodFields }
        referendumEvent { referendumIndex kind who amount tally { ayes nays support } activeIssuance ok error }
        referendumVote { referendumIndex voter cast kind aye conviction weight { ayes nays support } ayeCapital nayCapital abstainCapital extrinsicHash }
        bountyEvent { bountyIndex pallet asset { ...AssetFields } kind who amount paymentId }
        childBountyEvent { parentIndex childIndex pallet asset { ...AssetFields } kind who amount paymentId }
        coretimePurchase { kind regionBegin core who price revenueTo }
        coretimeSaleOpened { regionBegin regionEnd endPrice coresOffered }
        brokerEvent { kind who amount core task when revenueTo }
        onDemandEvent { kind paraId amount who depositTo payment }
        identityEvent { kind account main registrarIndex deposit }
        coreSlices { core timeslice date firstBlock lastBlock included allowed utilisation assignment paras }
      }
    }
  `),
} as const

/** Why a fetch failed, from undici's `cause` chain ("connect ECONNREFUSED 127.0.0.1:4350") */
function describeFetchFailure(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return `no answer within ${timeoutMs / 1000} s`
  let e: unknown = err
  const parts: string[] = []
  while (e instanceof Error && parts.length < 4) {
    const code = (e as { code?: string }).code
    if (e.message && e.message !== 'fetch failed') parts.push(e.message)
    else if (code) parts.push(code)
    e = e.cause
  }
  return parts.length ? parts.join(': ') : String(err)
}

export function createApi({ url, fetch = globalThis.fetch, timeoutMs = 15_000 }: ApiOptions) {
  async function request<T, V>(document: TypedDocumentString<T, V>, variables: V): Promise<T> {
    let res: Response
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query: String(document), variables }),
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (err) {
      throw new ApiError(`The API at ${url} is not reachable: ${describeFetchFailure(err, timeoutMs)}`, 'unreachable', url)
    }
    const text = await res.text()
    let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string; argument?: string } }[] } | undefined
    try {
      body = JSON.parse(text)
    } catch {
      // A proxy error page or a wrong URL: say what came back rather than "Unexpected token <"
      throw new ApiError(`The API at ${url} answered HTTP ${res.status} with something other than GraphQL: ${text.slice(0, 200)}`, 'http', url)
    }
    if (body?.errors?.length) {
      const bad = body.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT')?.extensions?.argument
      throw new ApiError(`The API at ${url} rejected the query: ${body.errors.map((e) => e.message).join('; ')}`, 'graphql', url, bad)
    }
    if (!res.ok || !body?.data) throw new ApiError(`The API at ${url} answered HTTP ${res.status} without data`, 'http', url)
    return body.data
  }

  /** Unset filters go as null, which the API reads as "any" */
  function period(chain: string | undefined, p: Period) {
    return { chain: chain ?? null, from: p.from ?? null, to: p.to ?? null }
  }
  function referendaVars(a: ReferendaFilter) {
    return { ...period(a.chain, a), status: a.status?.length ? a.status : null, track: a.track ?? null }
  }
  function paging(a: { limit?: number; offset?: number }) {
    return { limit: a.limit ?? 50, offset: a.offset ?? 0 }
  }

  return {
    url,
    request,

    /** the chains the API indexes (the same as KNOWN_CHAINS, which codegen takes from the API's schema) */
    async chains() {
      return (await request(QUERIES.chains, {})).chains
    },

    async syncStatus() {
      return (await request(QUERIES.syncStatus, {})).syncStatus
    },

    /** the People-chain identities of some addresses (at most 500 per call; those without a name are left out) */
    async identities(addresses: string[]) {
      return (await request(QUERIES.identities, { addresses })).identities
    },

    async databaseReplication() {
      return (await request(QUERIES.databaseReplication, {})).databaseReplication
    },

    async assets() {
      return (await request(QUERIES.assets, {})).assets
    },

    async spends(a: { filter?: SpendFilter; orderBy?: SpendOrder; limit?: number; offset?: number }) {
      const vars = { filter: a.filter ?? null, orderBy: a.orderBy ?? 'APPROVED_DESC', ...paging(a) }
      return (await request(QUERIES.spends, vars)).spends
    },

    async spend(id: string) {
      return (await request(QUERIES.spend, { id })).spend
    },

    async treasuryFlows(a: { chain?: string; direction?: FlowDirection; kind?: FlowKind; limit?: number; offset?: number } & Period) {
      const vars = { ...period(a.chain, a), direction: a.direction ?? null, kind: a.kind ?? null, ...paging(a) }
      return (await request(QUERIES.treasuryFlows, vars)).treasuryFlows
    },

    async treasurySummary(chain: string | undefined, p: Period = {}) {
      return (await request(QUERIES.treasurySummary, period(chain, p))).treasurySummary
    },

    async treasuryDaily(chain: string | undefined, p: Period = {}) {
      return (await request(QUERIES.treasuryDaily, period(chain, p))).treasuryDaily
    },

    async treasuryMigration() {
      return (await request(QUERIES.treasuryMigration, {})).treasuryMigration
    },

    async feeTotals(chain: string | undefined, p: Period = {}) {
      return (await request(QUERIES.feeTotals, period(chain, p))).feeTotals
    },

    async feeDaily(chain: string | undefined, p: Period = {}) {
      return (await request(QUERIES.feeDaily, period(chain, p))).feeDaily
    },

    /** per chain, day, source and recipient; one unit per row (native equivalents of other-asset fees carry paidIn) */
    async moneyFlowDaily(chain: string | undefined, p: Period = {}) {
      return (await request(QUERIES.moneyFlowDaily, period(chain, p))).moneyFlowDaily
    },

    async hubDaily(p: Period = {}) {
      return (await request(QUERIES.hubDaily, { from: p.from ?? null, to: p.to ?? null })).hubDaily
    },

    async hubAssetDaily(p: Period = {}) {
      return (await request(QUERIES.hubAssetDaily, { from: p.from ?? null, to: p.to ?? null })).hubAssetDaily
    },

    async hubPoolDaily(p: Period = {}) {
      return (await request(QUERIES.hubPoolDaily, { from: p.from ?? null, to: p.to ?? null })).hubPoolDaily
    },

    async hubContracts(p: Period = {}) {
      return (await request(QUERIES.hubContracts, { from: p.from ?? null, to: p.to ?? null })).hubContracts
    },

    /** staking eras paid in the period, newest first, with who staked in each (relay before the migration, Asset Hub after) */
    async stakingEras(p: Period = {}) {
      return (await request(QUERIES.stakingEras, { from: p.from ?? null, to: p.to ?? null })).eraPayouts
    },

    /** what-if: `sharePercent` (20–40) of the fees of calls to each contract paid to its deployer */
    async builderRewards(sharePercent: number, p: Period = {}) {
      return (await request(QUERIES.builderRewards, { sharePercent, from: p.from ?? null, to: p.to ?? null })).builderRewards
    },

    /** a Collectives sub-treasury (fellowship, ambassador): income, spends, salaries, daily reconciliation */
    async subTreasury(name: string) {
      return (await request(QUERIES.subTreasury, { name })).subTreasury
    },

    /** what-if: a weekly lottery of `sharePercent` of all fees */
    async lottery(sharePercent: number, p: Period = {}) {
      return (await request(QUERIES.lottery, { sharePercent, from: p.from ?? null, to: p.to ?? null })).lottery
    },

    /** the DOT/USD price of each day with its source (an import over the chain's pools) */
    async dotPrices(p: Period = {}) {
      return (await request(QUERIES.dotPrices, { from: p.from ?? null, to: p.to ?? null })).dotPrices
    },

    async feePayments(a: { chain?: string; payer?: string; limit?: number; offset?: number } & Period) {
      const vars = { ...period(a.chain, a), payer: a.payer ?? null, ...paging(a) }
      return (await request(QUERIES.feePayments, vars)).feePayments
    },

    async coreUsage(a: { chain?: string; core?: number; para?: number; limit?: number; offset?: number } & Period) {
      return (await request(QUERIES.coreUsage, { ...period(a.chain, a), core: a.core ?? null, para: a.para ?? null, ...paging(a) })).coreUsage
    },

    async paraUsage(a: { chain?: string; para?: number; limit?: number; offset?: number } & Period) {
      return (await request(QUERIES.paraUsage, { ...period(a.chain, a), para: a.para ?? null, ...paging(a) })).paraUsage
    },

    async idleCores(a: { chain?: string; core?: number; limit?: number; offset?: number } & Period) {
      return (await request(QUERIES.idleCores, { ...period(a.chain, a), core: a.core ?? null, ...paging(a) })).idleCores
    },

    async treasuryImpact(a: { chain?: string; category?: string; track?: number; verdict?: string; windowDays?: number; seed?: number; limit?: number; offset?: number } & Period) {
      const vars = { ...period(a.chain, a), category: a.category ?? null, track: a.track ?? null, verdict: a.verdict ?? null, windowDays: a.windowDays ?? 90, seed: a.seed ?? 1, ...paging(a) }
      return (await request(QUERIES.treasuryImpact, vars)).treasuryImpact
    },

    async proposalImpact(a: { id: string; metric?: string; windowDays?: number; seed?: number }) {
      return (await request(QUERIES.proposalImpact, { id: a.id, metric: a.metric ?? null, windowDays: a.windowDays ?? 90, seed: a.seed ?? 1 })).proposalImpact
    },

    async cloudUsage(chain: string | undefined, p: Period = {}) {
      return (await request(QUERIES.cloudUsage, period(chain, p))).cloudUsage
    },

    async bounties(a: { chain?: string; status?: BountyStatus[]; beneficiary?: string; limit?: number; offset?: number }) {
      return (await request(QUERIES.bounties, { chain: a.chain ?? null, status: a.status?.length ? a.status : null, beneficiary: a.beneficiary ?? null, ...paging(a) })).bounties
    },

    async bountyPayouts(chain?: string) {
      return (await request(QUERIES.bountyPayouts, { chain: chain ?? null })).bountyPayouts
    },

    /** null when the API knows no such bounty */
    async bounty(chain: string, index: number, pallet: BountyPallet = 'Bounties') {
      return (await request(QUERIES.bounty, { chain, index, pallet })).bounty
    },

    /** newest sale first, each with its lead-in curve, purchases and revenue */
    async coretimeSales(a: { chain?: string; limit?: number; offset?: number }) {
      return (await request(QUERIES.coretimeSales, { chain: a.chain ?? null, ...paging(a) })).coretimeSales
    },

    async coreRenewals(a: { chain?: string; status?: CoreRenewalStatus[]; limit?: number; offset?: number }) {
      return (await request(QUERIES.coreRenewals, { chain: a.chain ?? null, status: a.status?.length ? a.status : null, ...paging(a) })).coreRenewals
    },

    async treasuryIncome(chain: string | undefined, p: Period = {}) {
      return (await request(QUERIES.treasuryIncome, period(chain, p))).treasuryIncome
    },

    async treasurySpending(chain: string | undefined, p: Period, by: SpendingDimension) {
      return (await request(QUERIES.treasurySpending, { ...period(chain, p), by })).treasurySpending
    },

    async referenda(a: ReferendaFilter & { limit?: number; offset?: number }) {
      return (await request(QUERIES.referenda, { ...referendaVars(a), ...paging(a) })).referenda
    },

    async referendaSummary(a: ReferendaFilter) {
      return (await request(QUERIES.referendaSummary, referendaVars(a))).referendaSummary
    },

    async referendaTracks(chain?: string) {
      return (await request(QUERIES.referendaTracks, { chain: chain ?? null })).referendaTracks
    },

    /** null when the API knows no such referendum */
    async referendum(chain: string, index: number) {
      return (await request(QUERIES.referendum, { chain, index })).referendum
    },

    async referendumVotes(a: { chain: string; index: number; limit?: number; offset?: number }) {
      return (await request(QUERIES.referendumVotes, { chain: a.chain, index: a.index, ...paging(a) })).referendumVotes
    },

    /** Every fact derived from one event, by its id "<chain>-<block>-<eventIndex>"; null when none is known */
    async event(id: string) {
      return (await request(QUERIES.event, { id })).event
    },
  }
}

export type Api = ReturnType<typeof createApi>
