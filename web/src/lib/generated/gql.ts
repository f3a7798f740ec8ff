/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment AssetFields on Asset { id symbol decimals chain }": typeof types.AssetFieldsFragmentDoc,
    "fragment BountyPayoutFields on BountyPayoutRow { key label category subcategory asset { ...AssetFields } amount payouts eventIds }": typeof types.BountyPayoutFieldsFragmentDoc,
    "fragment EventFields on EventRef { id chain blockNumber eventIndex timestamp }": typeof types.EventFieldsFragmentDoc,
    "\n  fragment SpendFields on Spend {\n    id chain kind index status asset { ...AssetFields } amount nativeAmount beneficiary validFrom expireAt paymentId\n    approved { ...EventFields } paid { ...EventFields } closed { ...EventFields }\n    events { kind amount extrinsicHash event { ...EventFields } }\n    usdAtApproval { microUsd usd source day } usdAtPayout { microUsd usd source day } assetRate { rateToNative block source }\n  }\n": typeof types.SpendFieldsFragmentDoc,
    "fragment FlowFields on TreasuryFlow { id direction kind asset { ...AssetFields } amount spendId extrinsicHash event { ...EventFields } }": typeof types.FlowFieldsFragmentDoc,
    "\n  fragment FeePaymentFields on FeePayment {\n    id payer asset { ...AssetFields } fee tip nativeFee feeSwaps toTreasury toAuthor toCollatorPot toDap burned author extrinsicIndex extrinsicHash event { ...EventFields }\n  }\n": typeof types.FeePaymentFieldsFragmentDoc,
    "fragment TallyFields on Tally { ayes nays support }": typeof types.TallyFieldsFragmentDoc,
    "\n  fragment CoreUsageFields on CoreUsage {\n    chain core date timeslice firstBlock lastBlock included backed poolIncluded allowed taskAllowed poolAllowed idle utilisation assignment paras firstEvent lastEvent\n  }\n": typeof types.CoreUsageFieldsFragmentDoc,
    "\n  fragment ReferendumFields on Referendum {\n    id chain index track trackName status submitted { ...EventFields } endedBlock endedAt\n    tally { ...TallyFields } tallyBlock tallyAt tallySource turnout { ratio support activeIssuance blockNumber }\n    votes { voters direct { ...TallyFields } ayeCapital nayCapital abstainCapital delegated { ...TallyFields } }\n    enactment { blockNumber ok error }\n    spends { id chain kind index status asset { ...AssetFields } amount nativeAmount beneficiary approved { ...EventFields } paid { ...EventFields } }\n  }\n": typeof types.ReferendumFieldsFragmentDoc,
    "\n  fragment ReferendumVoteFields on ReferendumVote {\n    id voter cast kind aye conviction weight { ...TallyFields } ayeCapital nayCapital abstainCapital extrinsicHash event { ...EventFields }\n  }\n": typeof types.ReferendumVoteFieldsFragmentDoc,
    "\n  fragment SpendingRowFields on SpendingRow {\n    key label category subcategory track beneficiary asset { ...AssetFields } amount spends referenda nativeAmount spendsWithoutNativeValue paid paidNativeAmount spendIds\n  }\n": typeof types.SpendingRowFieldsFragmentDoc,
    "fragment SpendPeriodFields on SpendPeriod { id chain budgetRemaining awarded awardedCount burnt rollover event { ...EventFields } }": typeof types.SpendPeriodFieldsFragmentDoc,
    "query Chains { chains { id key } }": typeof types.ChainsDocument,
    "\n    query Identities($addresses: [String!]!) {\n      identities(addresses: $addresses) { address name display legal web matrix email twitter judgement judgements { registrarIndex judgement } parent subName blockNumber event { ...EventFields } }\n    }\n  ": typeof types.IdentitiesDocument,
    "query SyncStatus { syncStatus { chain network specName specVersion indexedHeight chainHeight progress synced indexedAt updatedAt } }": typeof types.SyncStatusDocument,
    "query DatabaseReplication { databaseReplication { role streaming replayBacklogBytes lastReplayedAt lagSeconds } }": typeof types.DatabaseReplicationDocument,
    "query Assets { assets { ...AssetFields } }": typeof types.AssetsDocument,
    "\n    query Spends($filter: SpendFilter, $orderBy: SpendOrder, $limit: Int, $offset: Int) {\n      spends(filter: $filter, orderBy: $orderBy, limit: $limit, offset: $offset) { totalCount limit offset items { ...SpendFields } }\n    }\n  ": typeof types.SpendsDocument,
    "query Spend($id: ID!) { spend(id: $id) { ...SpendFields } }": typeof types.SpendDocument,
    "\n    query Flows($chain: String, $from: Date, $to: Date, $direction: FlowDirection, $kind: FlowKind, $limit: Int, $offset: Int) {\n      treasuryFlows(chain: $chain, from: $from, to: $to, direction: $direction, kind: $kind, limit: $limit, offset: $offset) {\n        totalCount limit offset items { ...FlowFields }\n      }\n    }\n  ": typeof types.FlowsDocument,
    "\n    query Summary($chain: String, $from: Date, $to: Date) {\n      treasurySummary(chain: $chain, from: $from, to: $to) {\n        chain from to asset { ...AssetFields } inflow outflow moved byKind { direction kind amount count }\n        balance balanceBlock balanceDate spendCount\n      }\n    }\n  ": typeof types.SummaryDocument,
    "\n    query TreasuryDaily($chain: String, $from: Date, $to: Date) {\n      treasuryDaily(chain: $chain, from: $from, to: $to) {\n        chain date inFees inDeposits inTransfers inBountyReturned outAwarded outSpendPaid outBurnt outBountyFunded movedIn movedOut inflow outflow\n        openingBalance openingBlock closingBalance closingBlock closed drift driftBlock flowCount\n      }\n    }\n  ": typeof types.TreasuryDailyDocument,
    "\n    query TreasuryMigration {\n      treasuryMigration { chain fromBlock toBlock from to }\n    }\n  ": typeof types.TreasuryMigrationDocument,
    "\n    query FeeTotals($chain: String, $from: Date, $to: Date) {\n      feeTotals(chain: $chain, from: $from, to: $to) { chain from to asset { ...AssetFields } extrinsics fees tips toTreasury toAuthor toCollatorPot toDap burned assetFeeExtrinsics assetFeesNative }\n    }\n  ": typeof types.FeeTotalsDocument,
    "\n    query FeeDaily($chain: String, $from: Date, $to: Date) {\n      feeDaily(chain: $chain, from: $from, to: $to) { chain date extrinsics fees tips toTreasury toAuthor toCollatorPot toDap burned assetFeeExtrinsics assetFeesNative }\n    }\n  ": typeof types.FeeDailyDocument,
    "\n    query MoneyFlowDaily($chain: String, $from: Date, $to: Date) {\n      moneyFlowDaily(chain: $chain, from: $from, to: $to) { chain date source recipient slashKind asset { ...AssetFields } paidIn { ...AssetFields } amount count }\n    }\n  ": typeof types.MoneyFlowDailyDocument,
    "\n    query HubDaily($from: Date, $to: Date) {\n      hubDaily(from: $from, to: $to) { date activeAccounts feePayments newAccounts migratedAccounts reapedAccounts swaps poolsCreated contractsDeployed firstBlock lastBlock }\n    }\n  ": typeof types.HubDailyDocument,
    "\n    query HubAssetDaily($from: Date, $to: Date) {\n      hubAssetDaily(from: $from, to: $to) { date asset { ...AssetFields } transfers volume issued burned feePayments fees touched holders holdersBlock lastBlock }\n    }\n  ": typeof types.HubAssetDailyDocument,
    "\n    query HubPoolDaily($from: Date, $to: Date) {\n      hubPoolDaily(from: $from, to: $to) { date pool asset1 { ...AssetFields } asset2 { ...AssetFields } swaps amount1 amount2 createdEventId lastBlock }\n    }\n  ": typeof types.HubPoolDailyDocument,
    "\n    query HubContracts($from: Date, $to: Date) {\n      hubContracts(from: $from, to: $to) { contract deployer deployerAccount blockNumber timestamp eventId }\n    }\n  ": typeof types.HubContractsDocument,
    "\n    query StakingEras($from: Date, $to: Date) {\n      eraPayouts(from: $from, to: $to, limit: 500) { totalCount items { id era validatorPayout event { id chain blockNumber eventIndex timestamp } participation { totalStake validators nominators stakers source } } }\n    }\n  ": typeof types.StakingErasDocument,
    "\n    query BuilderRewards($sharePercent: Int!, $from: Date, $to: Date) {\n      builderRewards(sharePercent: $sharePercent, from: $from, to: $to) {\n        sharePercent formula fees reward income incomeWith\n        rows { contract deployer deployerAccount calls callers fees reward income incomeWith }\n      }\n    }\n  ": typeof types.BuilderRewardsDocument,
    "\n    query SubTreasury($name: String!) {\n      subTreasury(name: $name) {\n        treasury { name label palletIndex account fundingSpendCount spendCount }\n        income { amount asset { id symbol decimals chain } spend { id chain index beneficiary } paid { id chain blockNumber eventIndex timestamp } }\n        spends { id index status amount beneficiary asset { id symbol decimals chain } approved { id blockNumber } closed { id blockNumber } }\n        salaryCycles { collective index registeredCount registeredTotal paidCount paidTotal started { id blockNumber } payouts { who beneficiary amount paymentId event { id blockNumber } } }\n        daily { chain date inflow outflow openingBalance openingBlock closingBalance closingBlock closed drift driftBlock asset { id symbol decimals chain } }\n        flows { ...FlowFields }\n      }\n    }\n  ": typeof types.SubTreasuryDocument,
    "\n    query Lottery($sharePercent: Int!, $from: Date, $to: Date) {\n      lottery(sharePercent: $sharePercent, from: $from, to: $to) { sharePercent formula weeks { week pot fees accounts herfindahl entries { account fees chance expected } } }\n    }\n  ": typeof types.LotteryDocument,
    "\n    query DotPrices($from: Date, $to: Date) {\n      dotPrices(from: $from, to: $to) { date usdPerDot microUsdPerDot source chainMicroUsdPerDot chainSource swaps dotVolume usdVolume reserveDot reserveUsd reserveBlock }\n    }\n  ": typeof types.DotPricesDocument,
    "\n    query FeePayments($chain: String, $payer: String, $from: Date, $to: Date, $limit: Int, $offset: Int) {\n      feePayments(chain: $chain, payer: $payer, from: $from, to: $to, limit: $limit, offset: $offset) {\n        totalCount limit offset items { ...FeePaymentFields }\n      }\n    }\n  ": typeof types.FeePaymentsDocument,
    "\n    query Referenda($chain: String, $status: [ReferendumStatus!], $track: Int, $from: Date, $to: Date, $limit: Int, $offset: Int) {\n      referenda(chain: $chain, status: $status, track: $track, from: $from, to: $to, limit: $limit, offset: $offset) {\n        totalCount limit offset items { ...ReferendumFields }\n      }\n    }\n  ": typeof types.ReferendaDocument,
    "\n    query ReferendaSummary($chain: String, $status: [ReferendumStatus!], $track: Int, $from: Date, $to: Date) {\n      referendaSummary(chain: $chain, status: $status, track: $track, from: $from, to: $to) {\n        count byStatus { status count } byTrack { chain track name count approved spends approvedNative spendsWithoutNativeValue }\n      }\n    }\n  ": typeof types.ReferendaSummaryDocument,
    "\n    query ReferendaTracks($chain: String) {\n      referendaTracks(chain: $chain) { chain track name maxDeciding decisionDeposit preparePeriod decisionPeriod confirmPeriod minEnactmentPeriod specVersion blockNumber }\n    }\n  ": typeof types.ReferendaTracksDocument,
    "\n    query Referendum($chain: String!, $index: Int!) {\n      referendum(chain: $chain, index: $index) {\n        ...ReferendumFields\n        proposal { kind hash inline length call { name args source } } category { category subcategory notes hideInSpends source } decisionDepositBy decisionDeposit decidingBlock confirmingBlock continues continuedBy\n        events { id kind who amount tally { ...TallyFields } activeIssuance ok error event { ...EventFields } }\n      }\n    }\n  ": typeof types.ReferendumDocument,
    "\n    query ReferendumVotes($chain: String!, $index: Int!, $limit: Int, $offset: Int) {\n      referendumVotes(chain: $chain, index: $index, limit: $limit, offset: $offset) { totalCount limit offset items { ...ReferendumVoteFields } }\n    }\n  ": typeof types.ReferendumVotesDocument,
    "\n    query CoreUsage($chain: String, $from: Date, $to: Date, $core: Int, $para: Int, $limit: Int, $offset: Int) {\n      coreUsage(chain: $chain, from: $from, to: $to, core: $core, para: $para, limit: $limit, offset: $offset) { totalCount limit offset items { ...CoreUsageFields } }\n    }\n  ": typeof types.CoreUsageDocument,
    "\n    query ParaUsage($chain: String, $from: Date, $to: Date, $para: Int, $limit: Int, $offset: Int) {\n      paraUsage(chain: $chain, from: $from, to: $to, para: $para, limit: $limit, offset: $offset) {\n        totalCount limit offset items { chain paraId date firstBlock lastBlock included backed onDemandIncluded cores elasticSlices orders spotPriceSum firstEvent lastEvent }\n      }\n    }\n  ": typeof types.ParaUsageDocument,
    "\n    query IdleCores($chain: String, $from: Date, $to: Date, $core: Int, $limit: Int, $offset: Int) {\n      idleCores(chain: $chain, from: $from, to: $to, core: $core, limit: $limit, offset: $offset) { totalCount limit offset items { ...CoreUsageFields } }\n    }\n  ": typeof types.IdleCoresDocument,
    "\n    query TreasuryImpact($chain: String, $category: String, $track: Int, $from: Date, $to: Date, $verdict: String, $windowDays: Int, $seed: Int, $limit: Int, $offset: Int) {\n      treasuryImpact(chain: $chain, category: $category, track: $track, from: $from, to: $to, verdict: $verdict, windowDays: $windowDays, seed: $seed, limit: $limit, offset: $offset) {\n        totalCount limit offset windowDays seed increased decreased inconclusive\n        items {\n          proposal { id kind chain index referendum track trackName category subcategory beneficiary beneficiaryPara amount assetSymbol assetDecimals payoutBlock payoutDate payoutEvent }\n          metric { id label } verdict reasonCode summary method effect low high pValue baseline\n        }\n      }\n    }\n  ": typeof types.TreasuryImpactDocument,
    "\n    query ProposalImpact($id: String!, $metric: String, $windowDays: Int, $seed: Int) {\n      proposalImpact(id: $id, metric: $metric, windowDays: $windowDays, seed: $seed) {\n        proposal { id kind chain index referendum track trackName category subcategory beneficiary beneficiaryPara amount assetSymbol assetDecimals payoutBlock payoutDate payoutEvent metrics { id label source } }\n        metric { id metric unitKind unit label description source }\n        verdict reasonCode summary method effect low high confidence bootstrapLow bootstrapHigh intervalBasis baseline rank pValue\n        placebos { kind label effect score } preFitRmse windowDays minDays before { from to days } after { from to days } payoutDate\n        controls { unit weight } excludedFunded inactiveUnits seed bootstrapDraws blockLength source\n        series { date treated control after }\n      }\n    }\n  ": typeof types.ProposalImpactDocument,
    "\n    query CloudUsage($chain: String, $from: Date, $to: Date) {\n      cloudUsage(chain: $chain, from: $from, to: $to) {\n        chain date coresInUse coresAssigned idleCores blocksIncluded poolIncluded allowed utilisation parasActive elasticParas onDemandOrders onDemandSpotPriceSum firstBlock lastBlock\n      }\n    }\n  ": typeof types.CloudUsageDocument,
    "\n    query Bounties($chain: String, $status: [BountyStatus!], $beneficiary: String, $limit: Int, $offset: Int) {\n      bounties(chain: $chain, status: $status, beneficiary: $beneficiary, limit: $limit, offset: $offset) {\n        totalCount limit offset items { id chain pallet index status asset { ...AssetFields } value curator beneficiary payout childBounties { id payout } }\n      }\n    }\n  ": typeof types.BountiesDocument,
    "\n    query BountyPayouts($chain: String) {\n      bountyPayouts(chain: $chain) {\n        rows { ...BountyPayoutFields }\n        excluded { ...BountyPayoutFields }\n        categorySources\n      }\n    }\n  ": typeof types.BountyPayoutsDocument,
    "\n    query Bounty($chain: String!, $index: Int!, $pallet: BountyPallet) {\n      bounty(chain: $chain, index: $index, pallet: $pallet) {\n        id chain pallet index status asset { ...AssetFields } value curatorFee unallocated accountBalance accountBalanceBlock curator beneficiary payout slashedBond proposedBlock approvedBlock activeBlock awardedBlock claimedBlock cancelledBlock\n        events { id kind who amount paymentId extrinsicHash event { ...EventFields } }\n        childBounties { id parentIndex index status value curatorFee curator beneficiary payout events { id kind who amount paymentId event { ...EventFields } } }\n      }\n    }\n  ": typeof types.BountyDocument,
    "\n    query CoretimeSales($chain: String, $limit: Int, $offset: Int) {\n      coretimeSales(chain: $chain, limit: $limit, offset: $offset) {\n        totalCount limit offset\n        items {\n          id chain regionBegin regionEnd regionBeginAt regionEndAt saleStart leadinLength timeUnit saleStartAt leadinEndAt startPrice endPrice\n          idealCoresSold coresOffered coresSold coresPurchased coresRenewed coresLeft selloutPrice priceRule nextEndPrice nextTargetPrice priceNow secondsLeft\n          revenue { bulk renewal credits onDemand onDemandOrders total burned toTreasury unattributed poolSystemPayout poolPrivatePayout poolClaimsPaid }\n          priceCurve { saleTime at price }\n          purchases { id kind core oldCore who price saleTime leadinProgress revenueTo event { ...EventFields } }\n          event { ...EventFields }\n        }\n      }\n    }\n  ": typeof types.CoretimeSalesDocument,
    "\n    query CoreRenewals($chain: String, $status: [CoreRenewalStatus!], $limit: Int, $offset: Int) {\n      coreRenewals(chain: $chain, status: $status, limit: $limit, offset: $offset) {\n        totalCount limit offset\n        items { id chain core begin beginAt price status renewedBy renewedPrice autoRenew workload { kind task mask } event { ...EventFields } renewedEvent { ...EventFields } }\n      }\n    }\n  ": typeof types.CoreRenewalsDocument,
    "\n    query TreasuryIncome($chain: String, $from: Date, $to: Date) {\n      treasuryIncome(chain: $chain, from: $from, to: $to) {\n        asset { ...AssetFields } sources { source slashKind amount count } total unattributed movedIn\n        unattributedDays { chain date drift openingBlock closingBlock driftBlock }\n      }\n    }\n  ": typeof types.TreasuryIncomeDocument,
    "\n    query TreasurySpending($chain: String, $from: Date, $to: Date, $by: SpendingDimension) {\n      treasurySpending(chain: $chain, from: $from, to: $to, by: $by) {\n        by categorySources\n        rows { ...SpendingRowFields }\n        excluded { ...SpendingRowFields }\n      }\n    }\n  ": typeof types.TreasurySpendingDocument,
    "\n    query Event($id: String!) {\n      event(id: $id) {\n        id chain blockNumber eventIndex timestamp\n        flows { ...FlowFields }\n        feePayment { ...FeePaymentFields }\n        spends { kind spend { ...SpendFields } }\n        spendPeriod { ...SpendPeriodFields }\n        referendumEvent { referendumIndex kind who amount tally { ayes nays support } activeIssuance ok error }\n        referendumVote { referendumIndex voter cast kind aye conviction weight { ayes nays support } ayeCapital nayCapital abstainCapital extrinsicHash }\n        bountyEvent { bountyIndex pallet asset { ...AssetFields } kind who amount paymentId }\n        childBountyEvent { parentIndex childIndex pallet asset { ...AssetFields } kind who amount paymentId }\n        coretimePurchase { kind regionBegin core who price revenueTo }\n        coretimeSaleOpened { regionBegin regionEnd endPrice coresOffered }\n        brokerEvent { kind who amount core task when revenueTo }\n        onDemandEvent { kind paraId amount who depositTo payment }\n        identityEvent { kind account main registrarIndex deposit }\n        coreSlices { core timeslice date firstBlock lastBlock included allowed utilisation assignment paras }\n      }\n    }\n  ": typeof types.EventDocument,
};
const documents: Documents = {
    "fragment AssetFields on Asset { id symbol decimals chain }": types.AssetFieldsFragmentDoc,
    "fragment BountyPayoutFields on BountyPayoutRow { key label category subcategory asset { ...AssetFields } amount payouts eventIds }": types.BountyPayoutFieldsFragmentDoc,
    "fragment EventFields on EventRef { id chain blockNumber eventIndex timestamp }": types.EventFieldsFragmentDoc,
    "\n  fragment SpendFields on Spend {\n    id chain kind index status asset { ...AssetFields } amount nativeAmount beneficiary validFrom expireAt paymentId\n    approved { ...EventFields } paid { ...EventFields } closed { ...EventFields }\n    events { kind amount extrinsicHash event { ...EventFields } }\n    usdAtApproval { microUsd usd source day } usdAtPayout { microUsd usd source day } assetRate { rateToNative block source }\n  }\n": types.SpendFieldsFragmentDoc,
    "fragment FlowFields on TreasuryFlow { id direction kind asset { ...AssetFields } amount spendId extrinsicHash event { ...EventFields } }": types.FlowFieldsFragmentDoc,
    "\n  fragment FeePaymentFields on FeePayment {\n    id payer asset { ...AssetFields } fee tip nativeFee feeSwaps toTreasury toAuthor toCollatorPot toDap burned author extrinsicIndex extrinsicHash event { ...EventFields }\n  }\n": types.FeePaymentFieldsFragmentDoc,
    "fragment TallyFields on Tally { ayes nays support }": types.TallyFieldsFragmentDoc,
    "\n  fragment CoreUsageFields on CoreUsage {\n    chain core date timeslice firstBlock lastBlock included backed poolIncluded allowed taskAllowed poolAllowed idle utilisation assignment paras firstEvent lastEvent\n  }\n": types.CoreUsageFieldsFragmentDoc,
    "\n  fragment ReferendumFields on Referendum {\n    id chain index track trackName status submitted { ...EventFields } endedBlock endedAt\n    tally { ...TallyFields } tallyBlock tallyAt tallySource turnout { ratio support activeIssuance blockNumber }\n    votes { voters direct { ...TallyFields } ayeCapital nayCapital abstainCapital delegated { ...TallyFields } }\n    enactment { blockNumber ok error }\n    spends { id chain kind index status asset { ...AssetFields } amount nativeAmount beneficiary approved { ...EventFields } paid { ...EventFields } }\n  }\n": types.ReferendumFieldsFragmentDoc,
    "\n  fragment ReferendumVoteFields on ReferendumVote {\n    id voter cast kind aye conviction weight { ...TallyFields } ayeCapital nayCapital abstainCapital extrinsicHash event { ...EventFields }\n  }\n": types.ReferendumVoteFieldsFragmentDoc,
    "\n  fragment SpendingRowFields on SpendingRow {\n    key label category subcategory track beneficiary asset { ...AssetFields } amount spends referenda nativeAmount spendsWithoutNativeValue paid paidNativeAmount spendIds\n  }\n": types.SpendingRowFieldsFragmentDoc,
    "fragment SpendPeriodFields on SpendPeriod { id chain budgetRemaining awarded awardedCount burnt rollover event { ...EventFields } }": types.SpendPeriodFieldsFragmentDoc,
    "query Chains { chains { id key } }": types.ChainsDocument,
    "\n    query Identities($addresses: [String!]!) {\n      identities(addresses: $addresses) { address name display legal web matrix email twitter judgement judgements { registrarIndex judgement } parent subName blockNumber event { ...EventFields } }\n    }\n  ": types.IdentitiesDocument,
    "query SyncStatus { syncStatus { chain network specName specVersion indexedHeight chainHeight progress synced indexedAt updatedAt } }": types.SyncStatusDocument,
    "query DatabaseReplication { databaseReplication { role streaming replayBacklogBytes lastReplayedAt lagSeconds } }": types.DatabaseReplicationDocument,
    "query Assets { assets { ...AssetFields } }": types.AssetsDocument,
    "\n    query Spends($filter: SpendFilter, $orderBy: SpendOrder, $limit: Int, $offset: Int) {\n      spends(filter: $filter, orderBy: $orderBy, limit: $limit, offset: $offset) { totalCount limit offset items { ...SpendFields } }\n    }\n  ": types.SpendsDocument,
    "query Spend($id: ID!) { spend(id: $id) { ...SpendFields } }": types.SpendDocument,
    "\n    query Flows($chain: String, $from: Date, $to: Date, $direction: FlowDirection, $kind: FlowKind, $limit: Int, $offset: Int) {\n      treasuryFlows(chain: $chain, from: $from, to: $to, direction: $direction, kind: $kind, limit: $limit, offset: $offset) {\n        totalCount limit offset items { ...FlowFields }\n      }\n    }\n  ": types.FlowsDocument,
    "\n    query Summary($chain: String, $from: Date, $to: Date) {\n      treasurySummary(chain: $chain, from: $from, to: $to) {\n        chain from to asset { ...AssetFields } inflow outflow moved byKind { direction kind amount count }\n        balance balanceBlock balanceDate spendCount\n      }\n    }\n  ": types.SummaryDocument,
    "\n    query TreasuryDaily($chain: String, $from: Date, $to: Date) {\n      treasuryDaily(chain: $chain, from: $from, to: $to) {\n        chain date inFees inDeposits inTransfers inBountyReturned outAwarded outSpendPaid outBurnt outBountyFunded movedIn movedOut inflow outflow\n        openingBalance openingBlock closingBalance closingBlock closed drift driftBlock flowCount\n      }\n    }\n  ": types.TreasuryDailyDocument,
    "\n    query TreasuryMigration {\n      treasuryMigration { chain fromBlock toBlock from to }\n    }\n  ": types.TreasuryMigrationDocument,
    "\n    query FeeTotals($chain: String, $from: Date, $to: Date) {\n      feeTotals(chain: $chain, from: $from, to: $to) { chain from to asset { ...AssetFields } extrinsics fees tips toTreasury toAuthor toCollatorPot toDap burned assetFeeExtrinsics assetFeesNative }\n    }\n  ": types.FeeTotalsDocument,
    "\n    query FeeDaily($chain: String, $from: Date, $to: Date) {\n      feeDaily(chain: $chain, from: $from, to: $to) { chain date extrinsics fees tips toTreasury toAuthor toCollatorPot toDap burned assetFeeExtrinsics assetFeesNative }\n    }\n  ": types.FeeDailyDocument,
    "\n    query MoneyFlowDaily($chain: String, $from: Date, $to: Date) {\n      moneyFlowDaily(chain: $chain, from: $from, to: $to) { chain date source recipient slashKind asset { ...AssetFields } paidIn { ...AssetFields } amount count }\n    }\n  ": types.MoneyFlowDailyDocument,
    "\n    query HubDaily($from: Date, $to: Date) {\n      hubDaily(from: $from, to: $to) { date activeAccounts feePayments newAccounts migratedAccounts reapedAccounts swaps poolsCreated contractsDeployed firstBlock lastBlock }\n    }\n  ": types.HubDailyDocument,
    "\n    query HubAssetDaily($from: Date, $to: Date) {\n      hubAssetDaily(from: $from, to: $to) { date asset { ...AssetFields } transfers volume issued burned feePayments fees touched holders holdersBlock lastBlock }\n    }\n  ": types.HubAssetDailyDocument,
    "\n    query HubPoolDaily($from: Date, $to: Date) {\n      hubPoolDaily(from: $from, to: $to) { date pool asset1 { ...AssetFields } asset2 { ...AssetFields } swaps amount1 amount2 createdEventId lastBlock }\n    }\n  ": types.HubPoolDailyDocument,
    "\n    query HubContracts($from: Date, $to: Date) {\n      hubContracts(from: $from, to: $to) { contract deployer deployerAccount blockNumber timestamp eventId }\n    }\n  ": types.HubContractsDocument,
    "\n    query StakingEras($from: Date, $to: Date) {\n      eraPayouts(from: $from, to: $to, limit: 500) { totalCount items { id era validatorPayout event { id chain blockNumber eventIndex timestamp } participation { totalStake validators nominators stakers source } } }\n    }\n  ": types.StakingErasDocument,
    "\n    query BuilderRewards($sharePercent: Int!, $from: Date, $to: Date) {\n      builderRewards(sharePercent: $sharePercent, from: $from, to: $to) {\n        sharePercent formula fees reward income incomeWith\n        rows { contract deployer deployerAccount calls callers fees reward income incomeWith }\n      }\n    }\n  ": types.BuilderRewardsDocument,
    "\n    query SubTreasury($name: String!) {\n      subTreasury(name: $name) {\n        treasury { name label palletIndex account fundingSpendCount spendCount }\n        income { amount asset { id symbol decimals chain } spend { id chain index beneficiary } paid { id chain blockNumber eventIndex timestamp } }\n        spends { id index status amount beneficiary asset { id symbol decimals chain } approved { id blockNumber } closed { id blockNumber } }\n        salaryCycles { collective index registeredCount registeredTotal paidCount paidTotal started { id blockNumber } payouts { who beneficiary amount paymentId event { id blockNumber } } }\n        daily { chain date inflow outflow openingBalance openingBlock closingBalance closingBlock closed drift driftBlock asset { id symbol decimals chain } }\n        flows { ...FlowFields }\n      }\n    }\n  ": types.SubTreasuryDocument,
    "\n    query Lottery($sharePercent: Int!, $from: Date, $to: Date) {\n      lottery(sharePercent: $sharePercent, from: $from, to: $to) { sharePercent formula weeks { week pot fees accounts herfindahl entries { account fees chance expected } } }\n    }\n  ": types.LotteryDocument,
    "\n    query DotPrices($from: Date, $to: Date) {\n      dotPrices(from: $from, to: $to) { date usdPerDot microUsdPerDot source chainMicroUsdPerDot chainSource swaps dotVolume usdVolume reserveDot reserveUsd reserveBlock }\n    }\n  ": types.DotPricesDocument,
    "\n    query FeePayments($chain: String, $payer: String, $from: Date, $to: Date, $limit: Int, $offset: Int) {\n      feePayments(chain: $chain, payer: $payer, from: $from, to: $to, limit: $limit, offset: $offset) {\n        totalCount limit offset items { ...FeePaymentFields }\n      }\n    }\n  ": types.FeePaymentsDocument,
    "\n    query Referenda($chain: String, $status: [ReferendumStatus!], $track: Int, $from: Date, $to: Date, $limit: Int, $offset: Int) {\n      referenda(chain: $chain, status: $status, track: $track, from: $from, to: $to, limit: $limit, offset: $offset) {\n        totalCount limit offset items { ...ReferendumFields }\n      }\n    }\n  ": types.ReferendaDocument,
    "\n    query ReferendaSummary($chain: String, $status: [ReferendumStatus!], $track: Int, $from: Date, $to: Date) {\n      referendaSummary(chain: $chain, status: $status, track: $track, from: $from, to: $to) {\n        count byStatus { status count } byTrack { chain track name count approved spends approvedNative spendsWithoutNativeValue }\n      }\n    }\n  ": types.ReferendaSummaryDocument,
    "\n    query ReferendaTracks($chain: String) {\n      referendaTracks(chain: $chain) { chain track name maxDeciding decisionDeposit preparePeriod decisionPeriod confirmPeriod minEnactmentPeriod specVersion blockNumber }\n    }\n  ": types.ReferendaTracksDocument,
    "\n    query Referendum($chain: String!, $index: Int!) {\n      referendum(chain: $chain, index: $index) {\n        ...ReferendumFields\n        proposal { kind hash inline length call { name args source } } category { category subcategory notes hideInSpends source } decisionDepositBy decisionDeposit decidingBlock confirmingBlock continues continuedBy\n        events { id kind who amount tally { ...TallyFields } activeIssuance ok error event { ...EventFields } }\n      }\n    }\n  ": types.ReferendumDocument,
    "\n    query ReferendumVotes($chain: String!, $index: Int!, $limit: Int, $offset: Int) {\n      referendumVotes(chain: $chain, index: $index, limit: $limit, offset: $offset) { totalCount limit offset items { ...ReferendumVoteFields } }\n    }\n  ": types.ReferendumVotesDocument,
    "\n    query CoreUsage($chain: String, $from: Date, $to: Date, $core: Int, $para: Int, $limit: Int, $offset: Int) {\n      coreUsage(chain: $chain, from: $from, to: $to, core: $core, para: $para, limit: $limit, offset: $offset) { totalCount limit offset items { ...CoreUsageFields } }\n    }\n  ": types.CoreUsageDocument,
    "\n    query ParaUsage($chain: String, $from: Date, $to: Date, $para: Int, $limit: Int, $offset: Int) {\n      paraUsage(chain: $chain, from: $from, to: $to, para: $para, limit: $limit, offset: $offset) {\n        totalCount limit offset items { chain paraId date firstBlock lastBlock included backed onDemandIncluded cores elasticSlices orders spotPriceSum firstEvent lastEvent }\n      }\n    }\n  ": types.ParaUsageDocument,
    "\n    query IdleCores($chain: String, $from: Date, $to: Date, $core: Int, $limit: Int, $offset: Int) {\n      idleCores(chain: $chain, from: $from, to: $to, core: $core, limit: $limit, offset: $offset) { totalCount limit offset items { ...CoreUsageFields } }\n    }\n  ": types.IdleCoresDocument,
    "\n    query TreasuryImpact($chain: String, $category: String, $track: Int, $from: Date, $to: Date, $verdict: String, $windowDays: Int, $seed: Int, $limit: Int, $offset: Int) {\n      treasuryImpact(chain: $chain, category: $category, track: $track, from: $from, to: $to, verdict: $verdict, windowDays: $windowDays, seed: $seed, limit: $limit, offset: $offset) {\n        totalCount limit offset windowDays seed increased decreased inconclusive\n        items {\n          proposal { id kind chain index referendum track trackName category subcategory beneficiary beneficiaryPara amount assetSymbol assetDecimals payoutBlock payoutDate payoutEvent }\n          metric { id label } verdict reasonCode summary method effect low high pValue baseline\n        }\n      }\n    }\n  ": types.TreasuryImpactDocument,
    "\n    query ProposalImpact($id: String!, $metric: String, $windowDays: Int, $seed: Int) {\n      proposalImpact(id: $id, metric: $metric, windowDays: $windowDays, seed: $seed) {\n        proposal { id kind chain index referendum track trackName category subcategory beneficiary beneficiaryPara amount assetSymbol assetDecimals payoutBlock payoutDate payoutEvent metrics { id label source } }\n        metric { id metric unitKind unit label description source }\n        verdict reasonCode summary method effect low high confidence bootstrapLow bootstrapHigh intervalBasis baseline rank pValue\n        placebos { kind label effect score } preFitRmse windowDays minDays before { from to days } after { from to days } payoutDate\n        controls { unit weight } excludedFunded inactiveUnits seed bootstrapDraws blockLength source\n        series { date treated control after }\n      }\n    }\n  ": types.ProposalImpactDocument,
    "\n    query CloudUsage($chain: String, $from: Date, $to: Date) {\n      cloudUsage(chain: $chain, from: $from, to: $to) {\n        chain date coresInUse coresAssigned idleCores blocksIncluded poolIncluded allowed utilisation parasActive elasticParas onDemandOrders onDemandSpotPriceSum firstBlock lastBlock\n      }\n    }\n  ": types.CloudUsageDocument,
    "\n    query Bounties($chain: String, $status: [BountyStatus!], $beneficiary: String, $limit: Int, $offset: Int) {\n      bounties(chain: $chain, status: $status, beneficiary: $beneficiary, limit: $limit, offset: $offset) {\n        totalCount limit offset items { id chain pallet index status asset { ...AssetFields } value curator beneficiary payout childBounties { id payout } }\n      }\n    }\n  ": types.BountiesDocument,
    "\n    query BountyPayouts($chain: String) {\n      bountyPayouts(chain: $chain) {\n        rows { ...BountyPayoutFields }\n        excluded { ...BountyPayoutFields }\n        categorySources\n      }\n    }\n  ": types.BountyPayoutsDocument,
    "\n    query Bounty($chain: String!, $index: Int!, $pallet: BountyPallet) {\n      bounty(chain: $chain, index: $index, pallet: $pallet) {\n        id chain pallet index status asset { ...AssetFields } value curatorFee unallocated accountBalance accountBalanceBlock curator beneficiary payout slashedBond proposedBlock approvedBlock activeBlock awardedBlock claimedBlock cancelledBlock\n        events { id kind who amount paymentId extrinsicHash event { ...EventFields } }\n        childBounties { id parentIndex index status value curatorFee curator beneficiary payout events { id kind who amount paymentId event { ...EventFields } } }\n      }\n    }\n  ": types.BountyDocument,
    "\n    query CoretimeSales($chain: String, $limit: Int, $offset: Int) {\n      coretimeSales(chain: $chain, limit: $limit, offset: $offset) {\n        totalCount limit offset\n        items {\n          id chain regionBegin regionEnd regionBeginAt regionEndAt saleStart leadinLength timeUnit saleStartAt leadinEndAt startPrice endPrice\n          idealCoresSold coresOffered coresSold coresPurchased coresRenewed coresLeft selloutPrice priceRule nextEndPrice nextTargetPrice priceNow secondsLeft\n          revenue { bulk renewal credits onDemand onDemandOrders total burned toTreasury unattributed poolSystemPayout poolPrivatePayout poolClaimsPaid }\n          priceCurve { saleTime at price }\n          purchases { id kind core oldCore who price saleTime leadinProgress revenueTo event { ...EventFields } }\n          event { ...EventFields }\n        }\n      }\n    }\n  ": types.CoretimeSalesDocument,
    "\n    query CoreRenewals($chain: String, $status: [CoreRenewalStatus!], $limit: Int, $offset: Int) {\n      coreRenewals(chain: $chain, status: $status, limit: $limit, offset: $offset) {\n        totalCount limit offset\n        items { id chain core begin beginAt price status renewedBy renewedPrice autoRenew workload { kind task mask } event { ...EventFields } renewedEvent { ...EventFields } }\n      }\n    }\n  ": types.CoreRenewalsDocument,
    "\n    query TreasuryIncome($chain: String, $from: Date, $to: Date) {\n      treasuryIncome(chain: $chain, from: $from, to: $to) {\n        asset { ...AssetFields } sources { source slashKind amount count } total unattributed movedIn\n        unattributedDays { chain date drift openingBlock closingBlock driftBlock }\n      }\n    }\n  ": types.TreasuryIncomeDocument,
    "\n    query TreasurySpending($chain: String, $from: Date, $to: Date, $by: SpendingDimension) {\n      treasurySpending(chain: $chain, from: $from, to: $to, by: $by) {\n        by categorySources\n        rows { ...SpendingRowFields }\n        excluded { ...SpendingRowFields }\n      }\n    }\n  ": types.TreasurySpendingDocument,
    "\n    query Event($id: String!) {\n      event(id: $id) {\n        id chain blockNumber eventIndex timestamp\n        flows { ...FlowFields }\n        feePayment { ...FeePaymentFields }\n        spends { kind spend { ...SpendFields } }\n        spendPeriod { ...SpendPeriodFields }\n        referendumEvent { referendumIndex kind who amount tally { ayes nays support } activeIssuance ok error }\n        referendumVote { referendumIndex voter cast kind aye conviction weight { ayes nays support } ayeCapital nayCapital abstainCapital extrinsicHash }\n        bountyEvent { bountyIndex pallet asset { ...AssetFields } kind who amount paymentId }\n        childBountyEvent { parentIndex childIndex pallet asset { ...AssetFields } kind who amount paymentId }\n        coretimePurchase { kind regionBegin core who price revenueTo }\n        coretimeSaleOpened { regionBegin regionEnd endPrice coresOffered }\n        brokerEvent { kind who amount core task when revenueTo }\n        onDemandEvent { kind paraId amount who depositTo payment }\n        identityEvent { kind account main registrarIndex deposit }\n        coreSlices { core timeslice date firstBlock lastBlock included allowed utilisation assignment paras }\n      }\n    }\n  ": types.EventDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AssetFields on Asset { id symbol decimals chain }"): typeof import('./graphql').AssetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BountyPayoutFields on BountyPayoutRow { key label category subcategory asset { ...AssetFields } amount payouts eventIds }"): typeof import('./graphql').BountyPayoutFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EventFields on EventRef { id chain blockNumber eventIndex timestamp }"): typeof import('./graphql').EventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpendFields on Spend {\n    id chain kind index status asset { ...AssetFields } amount nativeAmount beneficiary validFrom expireAt paymentId\n    approved { ...EventFields } paid { ...EventFields } closed { ...EventFields }\n    events { kind amount extrinsicHash event { ...EventFields } }\n    usdAtApproval { microUsd usd source day } usdAtPayout { microUsd usd source day } assetRate { rateToNative block source }\n  }\n"): typeof import('./graphql').SpendFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FlowFields on TreasuryFlow { id direction kind asset { ...AssetFields } amount spendId extrinsicHash event { ...EventFields } }"): typeof import('./graphql').FlowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeePaymentFields on FeePayment {\n    id payer asset { ...AssetFields } fee tip nativeFee feeSwaps toTreasury toAuthor toCollatorPot toDap burned author extrinsicIndex extrinsicHash event { ...EventFields }\n  }\n"): typeof import('./graphql').FeePaymentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TallyFields on Tally { ayes nays support }"): typeof import('./graphql').TallyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoreUsageFields on CoreUsage {\n    chain core date timeslice firstBlock lastBlock included backed poolIncluded allowed taskAllowed poolAllowed idle utilisation assignment paras firstEvent lastEvent\n  }\n"): typeof import('./graphql').CoreUsageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferendumFields on Referendum {\n    id chain index track trackName status submitted { ...EventFields } endedBlock endedAt\n    tally { ...TallyFields } tallyBlock tallyAt tallySource turnout { ratio support activeIssuance blockNumber }\n    votes { voters direct { ...TallyFields } ayeCapital nayCapital abstainCapital delegated { ...TallyFields } }\n    enactment { blockNumber ok error }\n    spends { id chain kind index status asset { ...AssetFields } amount nativeAmount beneficiary approved { ...EventFields } paid { ...EventFields } }\n  }\n"): typeof import('./graphql').ReferendumFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferendumVoteFields on ReferendumVote {\n    id voter cast kind aye conviction weight { ...TallyFields } ayeCapital nayCapital abstainCapital extrinsicHash event { ...EventFields }\n  }\n"): typeof import('./graphql').ReferendumVoteFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpendingRowFields on SpendingRow {\n    key label category subcategory track beneficiary asset { ...AssetFields } amount spends referenda nativeAmount spendsWithoutNativeValue paid paidNativeAmount spendIds\n  }\n"): typeof import('./graphql').SpendingRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SpendPeriodFields on SpendPeriod { id chain budgetRemaining awarded awardedCount burnt rollover event { ...EventFields } }"): typeof import('./graphql').SpendPeriodFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Chains { chains { id key } }"): typeof import('./graphql').ChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Identities($addresses: [String!]!) {\n      identities(addresses: $addresses) { address name display legal web matrix email twitter judgement judgements { registrarIndex judgement } parent subName blockNumber event { ...EventFields } }\n    }\n  "): typeof import('./graphql').IdentitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyncStatus { syncStatus { chain network specName specVersion indexedHeight chainHeight progress synced indexedAt updatedAt } }"): typeof import('./graphql').SyncStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DatabaseReplication { databaseReplication { role streaming replayBacklogBytes lastReplayedAt lagSeconds } }"): typeof import('./graphql').DatabaseReplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Assets { assets { ...AssetFields } }"): typeof import('./graphql').AssetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Spends($filter: SpendFilter, $orderBy: SpendOrder, $limit: Int, $offset: Int) {\n      spends(filter: $filter, orderBy: $orderBy, limit: $limit, offset: $offset) { totalCount limit offset items { ...SpendFields } }\n    }\n  "): typeof import('./graphql').SpendsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Spend($id: ID!) { spend(id: $id) { ...SpendFields } }"): typeof import('./graphql').SpendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Flows($chain: String, $from: Date, $to: Date, $direction: FlowDirection, $kind: FlowKind, $limit: Int, $offset: Int) {\n      treasuryFlows(chain: $chain, from: $from, to: $to, direction: $direction, kind: $kind, limit: $limit, offset: $offset) {\n        totalCount limit offset items { ...FlowFields }\n      }\n    }\n  "): typeof import('./graphql').FlowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Summary($chain: String, $from: Date, $to: Date) {\n      treasurySummary(chain: $chain, from: $from, to: $to) {\n        chain from to asset { ...AssetFields } inflow outflow moved byKind { direction kind amount count }\n        balance balanceBlock balanceDate spendCount\n      }\n    }\n  "): typeof import('./graphql').SummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TreasuryDaily($chain: String, $from: Date, $to: Date) {\n      treasuryDaily(chain: $chain, from: $from, to: $to) {\n        chain date inFees inDeposits inTransfers inBountyReturned outAwarded outSpendPaid outBurnt outBountyFunded movedIn movedOut inflow outflow\n        openingBalance openingBlock closingBalance closingBlock closed drift driftBlock flowCount\n      }\n    }\n  "): typeof import('./graphql').TreasuryDailyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TreasuryMigration {\n      treasuryMigration { chain fromBlock toBlock from to }\n    }\n  "): typeof import('./graphql').TreasuryMigrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FeeTotals($chain: String, $from: Date, $to: Date) {\n      feeTotals(chain: $chain, from: $from, to: $to) { chain from to asset { ...AssetFields } extrinsics fees tips toTreasury toAuthor toCollatorPot toDap burned assetFeeExtrinsics assetFeesNative }\n    }\n  "): typeof import('./graphql').FeeTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FeeDaily($chain: String, $from: Date, $to: Date) {\n      feeDaily(chain: $chain, from: $from, to: $to) { chain date extrinsics fees tips toTreasury toAuthor toCollatorPot toDap burned assetFeeExtrinsics assetFeesNative }\n    }\n  "): typeof import('./graphql').FeeDailyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MoneyFlowDaily($chain: String, $from: Date, $to: Date) {\n      moneyFlowDaily(chain: $chain, from: $from, to: $to) { chain date source recipient slashKind asset { ...AssetFields } paidIn { ...AssetFields } amount count }\n    }\n  "): typeof import('./graphql').MoneyFlowDailyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query HubDaily($from: Date, $to: Date) {\n      hubDaily(from: $from, to: $to) { date activeAccounts feePayments newAccounts migratedAccounts reapedAccounts swaps poolsCreated contractsDeployed firstBlock lastBlock }\n    }\n  "): typeof import('./graphql').HubDailyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query HubAssetDaily($from: Date, $to: Date) {\n      hubAssetDaily(from: $from, to: $to) { date asset { ...AssetFields } transfers volume issued burned feePayments fees touched holders holdersBlock lastBlock }\n    }\n  "): typeof import('./graphql').HubAssetDailyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query HubPoolDaily($from: Date, $to: Date) {\n      hubPoolDaily(from: $from, to: $to) { date pool asset1 { ...AssetFields } asset2 { ...AssetFields } swaps amount1 amount2 createdEventId lastBlock }\n    }\n  "): typeof import('./graphql').HubPoolDailyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query HubContracts($from: Date, $to: Date) {\n      hubContracts(from: $from, to: $to) { contract deployer deployerAccount blockNumber timestamp eventId }\n    }\n  "): typeof import('./graphql').HubContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query StakingEras($from: Date, $to: Date) {\n      eraPayouts(from: $from, to: $to, limit: 500) { totalCount items { id era validatorPayout event { id chain blockNumber eventIndex timestamp } participation { totalStake validators nominators stakers source } } }\n    }\n  "): typeof import('./graphql').StakingErasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query BuilderRewards($sharePercent: Int!, $from: Date, $to: Date) {\n      builderRewards(sharePercent: $sharePercent, from: $from, to: $to) {\n        sharePercent formula fees reward income incomeWith\n        rows { contract deployer deployerAccount calls callers fees reward income incomeWith }\n      }\n    }\n  "): typeof import('./graphql').BuilderRewardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SubTreasury($name: String!) {\n      subTreasury(name: $name) {\n        treasury { name label palletIndex account fundingSpendCount spendCount }\n        income { amount asset { id symbol decimals chain } spend { id chain index beneficiary } paid { id chain blockNumber eventIndex timestamp } }\n        spends { id index status amount beneficiary asset { id symbol decimals chain } approved { id blockNumber } closed { id blockNumber } }\n        salaryCycles { collective index registeredCount registeredTotal paidCount paidTotal started { id blockNumber } payouts { who beneficiary amount paymentId event { id blockNumber } } }\n        daily { chain date inflow outflow openingBalance openingBlock closingBalance closingBlock closed drift driftBlock asset { id symbol decimals chain } }\n        flows { ...FlowFields }\n      }\n    }\n  "): typeof import('./graphql').SubTreasuryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Lottery($sharePercent: Int!, $from: Date, $to: Date) {\n      lottery(sharePercent: $sharePercent, from: $from, to: $to) { sharePercent formula weeks { week pot fees accounts herfindahl entries { account fees chance expected } } }\n    }\n  "): typeof import('./graphql').LotteryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DotPrices($from: Date, $to: Date) {\n      dotPrices(from: $from, to: $to) { date usdPerDot microUsdPerDot source chainMicroUsdPerDot chainSource swaps dotVolume usdVolume reserveDot reserveUsd reserveBlock }\n    }\n  "): typeof import('./graphql').DotPricesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FeePayments($chain: String, $payer: String, $from: Date, $to: Date, $limit: Int, $offset: Int) {\n      feePayments(chain: $chain, payer: $payer, from: $from, to: $to, limit: $limit, offset: $offset) {\n        totalCount limit offset items { ...FeePaymentFields }\n      }\n    }\n  "): typeof import('./graphql').FeePaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Referenda($chain: String, $status: [ReferendumStatus!], $track: Int, $from: Date, $to: Date, $limit: Int, $offset: Int) {\n      referenda(chain: $chain, status: $status, track: $track, from: $from, to: $to, limit: $limit, offset: $offset) {\n        totalCount limit offset items { ...ReferendumFields }\n      }\n    }\n  "): typeof import('./graphql').ReferendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReferendaSummary($chain: String, $status: [ReferendumStatus!], $track: Int, $from: Date, $to: Date) {\n      referendaSummary(chain: $chain, status: $status, track: $track, from: $from, to: $to) {\n        count byStatus { status count } byTrack { chain track name count approved spends approvedNative spendsWithoutNativeValue }\n      }\n    }\n  "): typeof import('./graphql').ReferendaSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReferendaTracks($chain: String) {\n      referendaTracks(chain: $chain) { chain track name maxDeciding decisionDeposit preparePeriod decisionPeriod confirmPeriod minEnactmentPeriod specVersion blockNumber }\n    }\n  "): typeof import('./graphql').ReferendaTracksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Referendum($chain: String!, $index: Int!) {\n      referendum(chain: $chain, index: $index) {\n        ...ReferendumFields\n        proposal { kind hash inline length call { name args source } } category { category subcategory notes hideInSpends source } decisionDepositBy decisionDeposit decidingBlock confirmingBlock continues continuedBy\n        events { id kind who amount tally { ...TallyFields } activeIssuance ok error event { ...EventFields } }\n      }\n    }\n  "): typeof import('./graphql').ReferendumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReferendumVotes($chain: String!, $index: Int!, $limit: Int, $offset: Int) {\n      referendumVotes(chain: $chain, index: $index, limit: $limit, offset: $offset) { totalCount limit offset items { ...ReferendumVoteFields } }\n    }\n  "): typeof import('./graphql').ReferendumVotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CoreUsage($chain: String, $from: Date, $to: Date, $core: Int, $para: Int, $limit: Int, $offset: Int) {\n      coreUsage(chain: $chain, from: $from, to: $to, core: $core, para: $para, limit: $limit, offset: $offset) { totalCount limit offset items { ...CoreUsageFields } }\n    }\n  "): typeof import('./graphql').CoreUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ParaUsage($chain: String, $from: Date, $to: Date, $para: Int, $limit: Int, $offset: Int) {\n      paraUsage(chain: $chain, from: $from, to: $to, para: $para, limit: $limit, offset: $offset) {\n        totalCount limit offset items { chain paraId date firstBlock lastBlock included backed onDemandIncluded cores elasticSlices orders spotPriceSum firstEvent lastEvent }\n      }\n    }\n  "): typeof import('./graphql').ParaUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query IdleCores($chain: String, $from: Date, $to: Date, $core: Int, $limit: Int, $offset: Int) {\n      idleCores(chain: $chain, from: $from, to: $to, core: $core, limit: $limit, offset: $offset) { totalCount limit offset items { ...CoreUsageFields } }\n    }\n  "): typeof import('./graphql').IdleCoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TreasuryImpact($chain: String, $category: String, $track: Int, $from: Date, $to: Date, $verdict: String, $windowDays: Int, $seed: Int, $limit: Int, $offset: Int) {\n      treasuryImpact(chain: $chain, category: $category, track: $track, from: $from, to: $to, verdict: $verdict, windowDays: $windowDays, seed: $seed, limit: $limit, offset: $offset) {\n        totalCount limit offset windowDays seed increased decreased inconclusive\n        items {\n          proposal { id kind chain index referendum track trackName category subcategory beneficiary beneficiaryPara amount assetSymbol assetDecimals payoutBlock payoutDate payoutEvent }\n          metric { id label } verdict reasonCode summary method effect low high pValue baseline\n        }\n      }\n    }\n  "): typeof import('./graphql').TreasuryImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProposalImpact($id: String!, $metric: String, $windowDays: Int, $seed: Int) {\n      proposalImpact(id: $id, metric: $metric, windowDays: $windowDays, seed: $seed) {\n        proposal { id kind chain index referendum track trackName category subcategory beneficiary beneficiaryPara amount assetSymbol assetDecimals payoutBlock payoutDate payoutEvent metrics { id label source } }\n        metric { id metric unitKind unit label description source }\n        verdict reasonCode summary method effect low high confidence bootstrapLow bootstrapHigh intervalBasis baseline rank pValue\n        placebos { kind label effect score } preFitRmse windowDays minDays before { from to days } after { from to days } payoutDate\n        controls { unit weight } excludedFunded inactiveUnits seed bootstrapDraws blockLength source\n        series { date treated control after }\n      }\n    }\n  "): typeof import('./graphql').ProposalImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CloudUsage($chain: String, $from: Date, $to: Date) {\n      cloudUsage(chain: $chain, from: $from, to: $to) {\n        chain date coresInUse coresAssigned idleCores blocksIncluded poolIncluded allowed utilisation parasActive elasticParas onDemandOrders onDemandSpotPriceSum firstBlock lastBlock\n      }\n    }\n  "): typeof import('./graphql').CloudUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Bounties($chain: String, $status: [BountyStatus!], $beneficiary: String, $limit: Int, $offset: Int) {\n      bounties(chain: $chain, status: $status, beneficiary: $beneficiary, limit: $limit, offset: $offset) {\n        totalCount limit offset items { id chain pallet index status asset { ...AssetFields } value curator beneficiary payout childBounties { id payout } }\n      }\n    }\n  "): typeof import('./graphql').BountiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query BountyPayouts($chain: String) {\n      bountyPayouts(chain: $chain) {\n        rows { ...BountyPayoutFields }\n        excluded { ...BountyPayoutFields }\n        categorySources\n      }\n    }\n  "): typeof import('./graphql').BountyPayoutsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Bounty($chain: String!, $index: Int!, $pallet: BountyPallet) {\n      bounty(chain: $chain, index: $index, pallet: $pallet) {\n        id chain pallet index status asset { ...AssetFields } value curatorFee unallocated accountBalance accountBalanceBlock curator beneficiary payout slashedBond proposedBlock approvedBlock activeBlock awardedBlock claimedBlock cancelledBlock\n        events { id kind who amount paymentId extrinsicHash event { ...EventFields } }\n        childBounties { id parentIndex index status value curatorFee curator beneficiary payout events { id kind who amount paymentId event { ...EventFields } } }\n      }\n    }\n  "): typeof import('./graphql').BountyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CoretimeSales($chain: String, $limit: Int, $offset: Int) {\n      coretimeSales(chain: $chain, limit: $limit, offset: $offset) {\n        totalCount limit offset\n        items {\n          id chain regionBegin regionEnd regionBeginAt regionEndAt saleStart leadinLength timeUnit saleStartAt leadinEndAt startPrice endPrice\n          idealCoresSold coresOffered coresSold coresPurchased coresRenewed coresLeft selloutPrice priceRule nextEndPrice nextTargetPrice priceNow secondsLeft\n          revenue { bulk renewal credits onDemand onDemandOrders total burned toTreasury unattributed poolSystemPayout poolPrivatePayout poolClaimsPaid }\n          priceCurve { saleTime at price }\n          purchases { id kind core oldCore who price saleTime leadinProgress revenueTo event { ...EventFields } }\n          event { ...EventFields }\n        }\n      }\n    }\n  "): typeof import('./graphql').CoretimeSalesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CoreRenewals($chain: String, $status: [CoreRenewalStatus!], $limit: Int, $offset: Int) {\n      coreRenewals(chain: $chain, status: $status, limit: $limit, offset: $offset) {\n        totalCount limit offset\n        items { id chain core begin beginAt price status renewedBy renewedPrice autoRenew workload { kind task mask } event { ...EventFields } renewedEvent { ...EventFields } }\n      }\n    }\n  "): typeof import('./graphql').CoreRenewalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TreasuryIncome($chain: String, $from: Date, $to: Date) {\n      treasuryIncome(chain: $chain, from: $from, to: $to) {\n        asset { ...AssetFields } sources { source slashKind amount count } total unattributed movedIn\n        unattributedDays { chain date drift openingBlock closingBlock driftBlock }\n      }\n    }\n  "): typeof import('./graphql').TreasuryIncomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TreasurySpending($chain: String, $from: Date, $to: Date, $by: SpendingDimension) {\n      treasurySpending(chain: $chain, from: $from, to: $to, by: $by) {\n        by categorySources\n        rows { ...SpendingRowFields }\n        excluded { ...SpendingRowFields }\n      }\n    }\n  "): typeof import('./graphql').TreasurySpendingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Event($id: String!) {\n      event(id: $id) {\n        id chain blockNumber eventIndex timestamp\n        flows { ...FlowFields }\n        feePayment { ...FeePaymentFields }\n        spends { kind spend { ...SpendFields } }\n        spendPeriod { ...SpendPeriodFields }\n        referendumEvent { referendumIndex kind who amount tally { ayes nays support } activeIssuance ok error }\n        referendumVote { referendumIndex voter cast kind aye conviction weight { ayes nays support } ayeCapital nayCapital abstainCapital extrinsicHash }\n        bountyEvent { bountyIndex pallet asset { ...AssetFields } kind who amount paymentId }\n        childBountyEvent { parentIndex childIndex pallet asset { ...AssetFields } kind who amount paymentId }\n        coretimePurchase { kind regionBegin core who price revenueTo }\n        coretimeSaleOpened { regionBegin regionEnd endPrice coresOffered }\n        brokerEvent { kind who amount core task when revenueTo }\n        onDemandEvent { kind paraId amount who depositTo payment }\n        identityEvent { kind account main registrarIndex deposit }\n        coreSlices { core timeslice date firstBlock lastBlock included allowed utilisation assignment paras }\n      }\n    }\n  "): typeof import('./graphql').EventDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
