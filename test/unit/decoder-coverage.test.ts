/**
 * Decoder coverage: for every runtime version in the typegen inputs (squid/typegen/<chain>.jsonl) and every event
 * a processor requests (each chain's eventNames, plus Asset Hub's treasury events), an event encoded with that
 * runtime's own metadata decodes, the way the processor decodes it, into the expected plain record. The sample
 * values come from the event's type in that metadata (test/support/event-sample.ts), so a new runtime version is
 * covered as soon as it is in the inputs. Events a runtime does not have are listed below with the reason.
 */
import { Metadata, TypeRegistry } from '@polkadot/types'
import { describe, expect, it } from 'vitest'
import { isDecoder, namesOf, type Decoder, type Runtime } from '../../squid/src/decoders/decode'
import { UnknownEventShapeError } from '../../squid/src/decoders/errors'
import { ASSETS } from '../../squid/src/modules/assets'
import { BALANCES } from '../../squid/src/modules/balances'
import { coretimeModule } from '../../squid/src/modules/coretime'
import { dapModule } from '../../squid/src/modules/dap'
import { MODULES } from '../../squid/src/modules/registry'
import { REFERENDA_DECODERS } from '../../squid/src/modules/referenda/decoders'
import { BOUNTIES_DECODERS } from '../../squid/src/modules/bounties/decoders'
import { treasuryModule } from '../../squid/src/modules/treasury'
import { assetHubDecoders, relayDecoders } from '../support/decoders'
import { versionedLocatableAsset, versionedLocation } from '../../squid/src/decoders/xcm'
import { assetFromAssetHubLocation } from '../../squid/src/mappings/locations'
import { processorEvent, testRuntime, type TestRuntime } from '../support/chain'
import { EventSampler, PLAIN } from '../support/event-sample'
import { typegenMetadata, type MetadataRecord, type TypegenChain } from '../support/metadata'

const { decAnyMetadata, metadata: metadataCodec } = require('@polkadot-api/substrate-bindings')

type Decode = (chain: string, e: any) => unknown

/**
 * Every event decoder the modules use on a runtime, each event decoded by exactly one: the decoders of every
 * registered module's table (so a new module is covered without a line here), and the shared libraries' decoders
 * the modules call directly (Balances.Minted/Burned where the treasury or pallet-dap reads them, Balances.Rescinded
 * where the relay's on-demand orders are paid). Composites such as
 * the deposits a sink reads are left out: they combine these.
 */
function runtimeDecoders(r: Runtime): Decoder<unknown>[] {
  const tables = MODULES.map((m) => m.decoders?.[r] as Record<string, unknown> | undefined)
  const own = tables.flatMap((t) => Object.values(t ?? {}).filter(isDecoder))
  const b = BALANCES[r]
  const readsIssuance = MODULES.some((m) => (m === treasuryModule || m === dapModule) && m.decoders?.[r])
  const readsOrders = MODULES.some((m) => m === coretimeModule && m.decoders?.[r])
  const shared = [readsIssuance ? b.issuance : undefined, readsOrders ? b.rescinded : undefined, b.deposit, b.transfer, b.withdraw, ASSETS[r]?.transfer]
  return [...new Set([...own, ...shared])].filter((d): d is Decoder<unknown> => d !== undefined)
}

/** ForeignAssets' asset as the runtime decoded it (the key of its storage), kept beside the plain location */
const RAW_USDT = { parents: 0, interior: { __kind: 'X2', value: [{ __kind: 'PalletInstance', value: 50 }, { __kind: 'GeneralIndex', value: 1984n }] } }

const CHAIN_NAMES: Record<Runtime, string> = { relay: 'relay', assetHub: 'asset-hub', coretime: 'coretime', people: 'people', collectives: 'collectives' }

interface CoveredChain {
  typegen: TypegenChain & Runtime
  /** decoders offered for events the processor does not request yet */
  extra: { names: string[]; decode: Decode }[]
  /** the decoded record as mappings read it (the relay keeps XCM values in their versioned JSON) */
  view?: (name: string, record: any) => any
}

const CHAINS: CoveredChain[] = [
  {
    typegen: 'relay',
    extra: [],
    view: (name, r) => (name === 'Treasury.AssetSpendApproved' ? { ...r, assetKind: versionedLocatableAsset(r.assetKind), beneficiary: versionedLocation(r.beneficiary) } : r),
  },
  { typegen: 'assetHub', extra: [] },
  { typegen: 'coretime', extra: [] },
  { typegen: 'people', extra: [] },
  { typegen: 'collectives', extra: [] },
]

/**
 * Requested events a runtime version does not have, on purpose: nothing to decode there. The test fails when an
 * event is missing and not listed, and when a listed event does exist.
 */
const RELAY_WITHOUT_PROPOSALS = ['polkadot 1006002', 'polkadot 1007001', 'paseo 1009001', 'paseo 1009002', 'paseo 1009003', 'polkadot 2000000', 'paseo 2000006', 'polkadot 2000006', 'polkadot 2000007']
const ASSET_HUB_BEFORE_TREASURY = ['asset-hub-paseo 1005001', 'statemint 1006000', 'statemint 1007001']
const MULTI_ASSET_BOUNTIES_ABSENT = [...ASSET_HUB_BEFORE_TREASURY, 'asset-hub-paseo 1009001', 'asset-hub-paseo 1009002', 'statemint 2000000', 'asset-hub-paseo 2000001', 'asset-hub-paseo 2000002', 'statemint 2000003', 'asset-hub-paseo 2000004', 'asset-hub-paseo 2000005', 'statemint 2000005', 'asset-hub-paseo 2000006', 'statemint 2000006', 'statemint 2000007']
const ASSET_HUB_BEFORE_DAP = typegenMetadata('assetHub')
  .map((r) => `${r.specName} ${r.specVersion}`)
  .filter((s) => s !== 'statemint 2003001')
const ABSENT: { chain: TypegenChain; event: string; specs: string[]; reason: string }[] = [
  ...['Treasury.Proposed', 'Treasury.Rejected'].map((event) => ({
    chain: 'relay' as const,
    event,
    specs: RELAY_WITHOUT_PROPOSALS,
    reason: 'the legacy proposal flow (propose_spend) was removed from pallet-treasury; spends go through OpenGov',
  })),
  ...[...treasuryModule.decoders!.assetHub!.treasury.names, 'Bounties.BountyBecameActive', 'Bounties.BountyCanceled'].map((event) => ({
    chain: 'assetHub' as const,
    event,
    specs: ASSET_HUB_BEFORE_TREASURY,
    reason: 'runtimes from before the Asset Hub migration have no Treasury or Bounties pallet (they arrive with 1009001 on Paseo, 2000000 on Polkadot)',
  })),
  // the treasury module reads Paid and BountyRefundProcessed too (the money), the bounties module all of them
  ...namesOf(BOUNTIES_DECODERS.assetHub!.multiAsset!).map((event) => ({
    chain: 'assetHub' as const,
    event,
    specs: MULTI_ASSET_BOUNTIES_ABSENT,
    reason: 'MultiAssetBounties (pallet 68) arrives with 2001000',
  })),
  {
    chain: 'assetHub',
    event: 'Staking.EraPaid',
    specs: ASSET_HUB_BEFORE_TREASURY,
    reason: 'staking moved to Asset Hub with the migration (staking-async arrives with the same runtimes as the treasury)',
  },
  ...['Bounties.BountyRejected', 'Referenda.DepositSlashed', 'Staking.Slashed'].map((event) => ({
    chain: 'assetHub' as const,
    event,
    specs: ASSET_HUB_BEFORE_TREASURY,
    reason: 'staking and governance (Referenda, Bounties) moved to Asset Hub with the migration, with the treasury',
  })),
  ...namesOf(REFERENDA_DECODERS.assetHub!.referendum, REFERENDA_DECODERS.assetHub!.vote, REFERENDA_DECODERS.assetHub!.dispatched).map((event) => ({
    chain: 'assetHub' as const,
    event,
    specs: ASSET_HUB_BEFORE_TREASURY,
    reason: 'OpenGov (Referenda, ConvictionVoting and the Scheduler that enacts) moved to Asset Hub with the migration',
  })),
  // BountyBecameActive, BountyCanceled and BountyRejected are listed above, for the treasury and slashes modules
  ...namesOf(BOUNTIES_DECODERS.assetHub!.bounty, BOUNTIES_DECODERS.assetHub!.childBounty)
    .filter((event) => !['Bounties.BountyBecameActive', 'Bounties.BountyCanceled', 'Bounties.BountyRejected'].includes(event))
    .map((event) => ({
      chain: 'assetHub' as const,
      event,
      specs: ASSET_HUB_BEFORE_TREASURY,
      reason: 'Bounties and ChildBounties moved to Asset Hub with the migration, with the treasury',
    })),
  {
    chain: 'relay',
    event: 'Bounties.DepositPoked',
    specs: ['polkadot 1002005', 'polkadot 1006002'],
    reason: 'pallet-bounties emits DepositPoked (poke_deposit) from polkadot-fellows 1.7 (1007001)',
  },
  {
    chain: 'relay',
    event: 'Coretime.CoreAssigned',
    specs: ['polkadot 1002005'],
    reason: 'the relay Coretime pallet (agile coretime) arrives with polkadot-fellows 1.3',
  },
  ...['ConvictionVoting.Voted', 'ConvictionVoting.VoteRemoved'].map((event) => ({
    chain: 'relay' as const,
    event,
    specs: ['polkadot 1002005'],
    reason: 'pallet-conviction-voting emits Voted and VoteRemoved from polkadot-fellows 1.6 (1006002)',
  })),
  ...['OnDemand.OnDemandOrderPlaced', 'OnDemand.AccountCredited'].map((event) => ({
    chain: 'relay' as const,
    event,
    specs: ['polkadot 1002005'],
    reason: 'polkadot 1002005 has no pallet named OnDemand (on-demand coretime comes with the Agile Coretime runtimes of the inputs, from 1006002)',
  })),
  {
    chain: 'assetHub',
    event: 'Revive.Instantiated',
    specs: [...ASSET_HUB_BEFORE_TREASURY, 'asset-hub-paseo 1009001', 'statemint 2000000', 'statemint 2000003'],
    reason: 'pallet-revive (contracts) arrives with asset-hub-paseo 1009002 and statemint 2000005',
  },
  ...['Dap.IssuanceMinted', 'Dap.StagingDrained'].map((event) => ({
    chain: 'assetHub' as const,
    event,
    specs: ASSET_HUB_BEFORE_DAP,
    reason: "pallet-dap's drips and staging account come with polkadot-fellows 2.3.0 (statemint 2003000)",
  })),
]


/**
 * Broker events as the broker module's records name them (decoders.ts). Regions, workloads and assignments are
 * structs and enums, whose expected values are their sampled inputs (`i`): a struct by field, an enum { Variant: value }.
 */
const region = (r: any) => ({ begin: r.begin, core: r.core, mask: r.mask })
const assignment = (x: any) => (typeof x === 'string' ? { kind: x } : { kind: 'Task', task: x.Task })
const workload = (w: any[]) => w.map((item) => ({ ...assignment(item.assignment), mask: item.mask }))
type Expect = (a: any, c: TypegenChain, v: string | undefined, i: any) => unknown
const BROKER_EXPECT: Record<string, Expect> = {
  'Broker.SaleInitialized': (a) => ({ kind: 'SaleInitialized', ...a }),
  'Broker.Purchased': (a, _c, _v, i) => ({ kind: 'Purchased', who: a.who, region: region(i.regionId), price: a.price, duration: a.duration }),
  'Broker.Renewable': (a, _c, _v, i) => ({ kind: 'Renewable', core: a.core, price: a.price, begin: a.begin, workload: workload(i.workload) }),
  'Broker.Renewed': (a, _c, _v, i) => ({ kind: 'Renewed', who: a.who, price: a.price, oldCore: a.oldCore, core: a.core, begin: a.begin, duration: a.duration, workload: workload(i.workload) }),
  'Broker.CoreAssigned': (a, _c, _v, i) => ({ kind: 'CoreAssigned', core: a.core, when: a.when, assignment: i.assignment.map(([x, parts]: [any, number]) => ({ ...assignment(x), parts })) }),
  'Broker.Transferred': (a, _c, _v, i) => ({ kind: 'Transferred', region: region(i.regionId), duration: a.duration, owner: a.owner ?? null }),
  'Broker.Partitioned': (_a, _c, _v, i) => ({ kind: 'Partitioned', region: region(i.oldRegionId), into: i.newRegionIds.map(region) }),
  'Broker.Interlaced': (_a, _c, _v, i) => ({ kind: 'Interlaced', region: region(i.oldRegionId), into: i.newRegionIds.map(region) }),
  'Broker.Assigned': (a, _c, _v, i) => ({ kind: 'Assigned', region: region(i.regionId), duration: a.duration, task: a.task }),
  'Broker.AssignmentRemoved': (_a, _c, _v, i) => ({ kind: 'AssignmentRemoved', region: region(i.regionId) }),
  'Broker.Pooled': (a, _c, _v, i) => ({ kind: 'Pooled', region: region(i.regionId), duration: a.duration }),
  'Broker.RegionDropped': (a, _c, _v, i) => ({ kind: 'RegionDropped', region: region(i.regionId), duration: a.duration }),
  'Broker.SalesStarted': (a) => ({ kind: 'SalesStarted', price: a.price, coreCount: a.coreCount }),
  'Broker.CoreCountChanged': (a) => ({ kind: 'CoreCountChanged', coreCount: a.coreCount }),
  'Broker.ReservationMade': (a, _c, _v, i) => ({ kind: 'ReservationMade', index: a.index, workload: workload(i.workload) }),
  'Broker.ReservationCancelled': (a, _c, _v, i) => ({ kind: 'ReservationCancelled', index: a.index, workload: workload(i.workload) }),
  'Broker.Leased': (a) => ({ kind: 'Leased', task: a.task, until: a.until }),
  'Broker.LeaseEnding': (a) => ({ kind: 'LeaseEnding', task: a.task, when: a.when }),
  'Broker.LeaseRemoved': (a) => ({ kind: 'LeaseRemoved', task: a.task }),
  'Broker.HistoryInitialized': (a) => ({ kind: 'HistoryInitialized', when: a.when, privatePoolSize: a.privatePoolSize, systemPoolSize: a.systemPoolSize }),
  'Broker.ClaimsReady': (a) => ({ kind: 'ClaimsReady', when: a.when, systemPayout: a.systemPayout, privatePayout: a.privatePayout }),
  'Broker.RevenueClaimPaid': (a) => ({ kind: 'RevenueClaimPaid', who: a.who, amount: a.amount }),
  'Broker.CreditPurchased': (a) => ({ kind: 'CreditPurchased', who: a.who, beneficiary: a.beneficiary, amount: a.amount }),
  'Broker.PotentialRenewalDropped': (a) => ({ kind: 'PotentialRenewalDropped', when: a.when, core: a.core }),
  'Broker.AutoRenewalEnabled': (a) => ({ kind: 'AutoRenewalEnabled', core: a.core, task: a.task }),
  'Broker.AutoRenewalDisabled': (a) => ({ kind: 'AutoRenewalDisabled', core: a.core, task: a.task }),
  'Broker.AutoRenewalFailed': (a) => ({ kind: 'AutoRenewalFailed', core: a.core, who: a.payer ?? null }),
  'Broker.AutoRenewalLimitReached': () => ({ kind: 'AutoRenewalLimitReached' }),
  'OnDemand.OnDemandOrderPlaced': (a) => ({ kind: 'OrderPlaced', paraId: a.paraId, spotPrice: a.spotPrice, orderedBy: a.orderedBy }),
  'OnDemand.AccountCredited': (a) => ({ kind: 'AccountCredited', who: a.who, amount: a.amount }),
}

/** Identity (People chain): `account` is whom the identity is about, a sub-identity event's sub */
const IDENTITY_EXPECT: Record<string, Expect> = {
  'Identity.IdentitySet': (a) => ({ kind: 'IdentitySet', account: a.who }),
  'Identity.IdentityCleared': (a) => ({ kind: 'IdentityCleared', account: a.who, deposit: a.deposit }),
  'Identity.IdentityKilled': (a) => ({ kind: 'IdentityKilled', account: a.who, deposit: a.deposit }),
  'Identity.JudgementRequested': (a) => ({ kind: 'JudgementRequested', account: a.who, registrarIndex: a.registrarIndex }),
  'Identity.JudgementUnrequested': (a) => ({ kind: 'JudgementUnrequested', account: a.who, registrarIndex: a.registrarIndex }),
  'Identity.JudgementGiven': (a) => ({ kind: 'JudgementGiven', account: a.target, registrarIndex: a.registrarIndex }),
  'Identity.SubIdentityAdded': (a) => ({ kind: 'SubIdentityAdded', account: a.sub, main: a.main, deposit: a.deposit }),
  'Identity.SubIdentityRemoved': (a) => ({ kind: 'SubIdentityRemoved', account: a.sub, main: a.main, deposit: a.deposit }),
  'Identity.SubIdentityRevoked': (a) => ({ kind: 'SubIdentityRevoked', account: a.sub, main: a.main, deposit: a.deposit }),
  'Identity.SubIdentityRenamed': (a) => ({ kind: 'SubIdentityRenamed', account: a.sub, main: a.main }),
  'Identity.SubIdentitiesSet': (a) => ({ kind: 'SubIdentitiesSet', account: a.main, subCount: a.numberOfSubs, deposit: a.newDeposit }),
}

/** pallet-salary (Collectives): each instance's events name their collective */
const salaryExpect = (pallet: string, collective: string): Record<string, Expect> => ({
  [`${pallet}.Inducted`]: (a) => ({ kind: 'Inducted', collective, who: a.who }),
  [`${pallet}.Registered`]: (a) => ({ kind: 'Registered', collective, who: a.who, amount: a.amount }),
  [`${pallet}.Paid`]: (a) => ({ kind: 'Paid', collective, who: a.who, beneficiary: a.beneficiary, amount: a.amount, paymentId: a.id }),
  [`${pallet}.CycleStarted`]: (a) => ({ kind: 'CycleStarted', collective, index: a.index }),
  [`${pallet}.Swapped`]: (a) => ({ kind: 'Swapped', collective, who: a.who, newWho: a.newWho }),
})
const SALARY_EXPECT: Record<string, Expect> = { ...salaryExpect('FellowshipSalary', 'fellowship'), ...salaryExpect('AmbassadorSalary', 'ambassador'), ...salaryExpect('SecretarySalary', 'secretary') }

/** The record each decoder must give for the sampled fields (a: field → the value decoding must produce). */
const USDT_LOCATABLE = { location: PLAIN.assetHub, assetId: PLAIN.usdt }
const AH_ACCOUNT = { location: PLAIN.assetHub, accountId: PLAIN.account }
// XCM v2's AccountId32 names a NetworkId (no Option): the sample's null encodes its first variant, Any
const ACCOUNT_V2 = { parents: 0, interior: { __kind: 'X1', value: [{ __kind: 'AccountId32', network: { __kind: 'Any' }, id: (PLAIN.account.interior as any).value[0].id }] } }
/** Referenda.Proposal's sample (its first variant with data) as the decoder names it. */
const proposalOf = (p: any) => (p.Legacy ? { kind: 'Legacy', hash: p.Legacy.hash } : p.Inline ? { kind: 'Inline', inline: p.Inline, length: (p.Inline.length - 2) / 2 } : { kind: 'Lookup', hash: p.Lookup.hash, length: p.Lookup.len })
/**
 * AccountVote's sample is Standard, whose Vote byte holds the aye bit and the conviction; polkadot-js reads a plain
 * number there as a bool, so the sample names both: an aye at Locked3x encodes the byte 0x83.
 */
const STANDARD_VOTE = { aye: true, conviction: 'Locked3x' }
const voteOf = (v: any) => ({ kind: 'Standard', aye: true, conviction: 3, balance: v.Standard.balance })
/** Sample inputs a test reshapes before encoding (a field polkadot-js cannot take as the sampler gives it). */
const withStandardVote = (i: Record<string, any>) => ({ ...i, vote: { Standard: { ...i.vote.Standard, vote: STANDARD_VOTE } } })
const INPUT: Record<string, (i: Record<string, any>) => Record<string, any>> = {
  'ConvictionVoting.Voted': withStandardVote,
  'ConvictionVoting.VoteRemoved': withStandardVote,
}
const referendumDeposit = (kind: string) => (a: Record<string, unknown>) => ({ kind, index: a.index, who: a.who, amount: a.amount })
const referendumTallied = (kind: string) => (a: Record<string, unknown>, _c: TypegenChain, _v?: string, i?: any) => ({ kind, index: a.index, tally: i.tally })
/** the sampled fields' scalars (a), and their inputs (i) for the composite fields a decoder reshapes */
const EXPECT: Record<string, (a: Record<string, unknown>, chain: TypegenChain, version?: string, i?: any) => unknown> = {
  ...BROKER_EXPECT,
  ...IDENTITY_EXPECT,
  'Referenda.Submitted': (a, _c, _v, i) => ({ kind: 'Submitted', index: a.index, track: a.track, proposal: proposalOf(i.proposal) }),
  'Referenda.DecisionDepositPlaced': referendumDeposit('DecisionDepositPlaced'),
  'Referenda.DecisionDepositRefunded': referendumDeposit('DecisionDepositRefunded'),
  'Referenda.SubmissionDepositRefunded': referendumDeposit('SubmissionDepositRefunded'),
  'Referenda.DecisionStarted': (a, _c, _v, i) => ({ kind: 'DecisionStarted', index: a.index, track: a.track, proposal: proposalOf(i.proposal), tally: i.tally }),
  'Referenda.ConfirmStarted': (a) => ({ kind: 'ConfirmStarted', index: a.index }),
  'Referenda.ConfirmAborted': (a) => ({ kind: 'ConfirmAborted', index: a.index }),
  'Referenda.Approved': (a) => ({ kind: 'Approved', index: a.index }),
  'Referenda.Confirmed': referendumTallied('Confirmed'),
  'Referenda.Rejected': referendumTallied('Rejected'),
  'Referenda.TimedOut': referendumTallied('TimedOut'),
  'Referenda.Cancelled': referendumTallied('Cancelled'),
  'Referenda.Killed': referendumTallied('Killed'),
  // the poll: the event's own pollIndex (Asset Hub 2003001), else its call, which a sampled event has none of
  'ConvictionVoting.Voted': (a, _c, _v, i) => ({ kind: 'Voted', who: a.who, vote: voteOf(i.vote), poll: a.pollIndex }),
  'ConvictionVoting.VoteRemoved': (a, _c, _v, i) => ({ kind: 'VoteRemoved', who: a.who, vote: voteOf(i.vote), poll: a.pollIndex }),
  'Scheduler.Dispatched': (a, _c, _v, i) => ({ when: i.task[0], taskIndex: i.task[1], id: a.id, ok: true, error: undefined }),
  'Treasury.Proposed': (a) => ({ kind: 'Proposed', index: a.proposalIndex }),
  'Treasury.Rejected': (a) => ({ kind: 'Rejected', index: a.proposalIndex, slashed: a.slashed }),
  'Treasury.SpendApproved': (a) => ({ kind: 'SpendApproved', index: a.proposalIndex, amount: a.amount, beneficiary: a.beneficiary }),
  'Treasury.Awarded': (a) => ({ kind: 'Awarded', index: a.proposalIndex, award: a.award, account: a.account }),
  'Treasury.AssetSpendApproved': (a, chain, version) => ({
    kind: 'AssetSpendApproved',
    index: a.index,
    assetKind: USDT_LOCATABLE,
    amount: a.amount,
    // the relay pays to a VersionedLocation, Asset Hub to a VersionedLocatableAccount
    beneficiary: chain === 'relay' || chain === 'collectives' ? (version === 'V2' ? ACCOUNT_V2 : PLAIN.account) : AH_ACCOUNT,
    validFrom: a.validFrom,
    expireAt: a.expireAt,
  }),
  'Treasury.AssetSpendVoided': (a) => ({ kind: 'AssetSpendVoided', index: a.index }),
  'Treasury.Paid': (a) => ({ kind: 'Paid', index: a.index, paymentId: a.paymentId }),
  'Treasury.PaymentFailed': (a) => ({ kind: 'PaymentFailed', index: a.index, paymentId: a.paymentId }),
  'Treasury.SpendProcessed': (a) => ({ kind: 'SpendProcessed', index: a.index }),
  'Treasury.Spending': (a) => ({ kind: 'Spending', budgetRemaining: a.budgetRemaining }),
  'Treasury.Burnt': (a) => ({ kind: 'Burnt', burntFunds: a.burntFunds }),
  'Treasury.Rollover': (a) => ({ kind: 'Rollover', rolloverBalance: a.rolloverBalance }),
  'Treasury.Deposit': (a) => ({ kind: 'Deposit', value: a.value }),
  'Treasury.UpdatedInactive': (a) => ({ kind: 'UpdatedInactive', reactivated: a.reactivated, deactivated: a.deactivated }),
  'TransactionPayment.TransactionFeePaid': (a) => ({ who: a.who, actualFee: a.actualFee, tip: a.tip }),
  'AssetTxPayment.AssetTxFeePaid': (a) => ({ who: a.who, actualFee: a.actualFee, tip: a.tip, assetId: PLAIN.usdt }),
  'Balances.Deposit': (a) => ({ who: a.who, amount: a.amount }),
  'Balances.Withdraw': (a) => ({ who: a.who, amount: a.amount }),
  'Balances.Transfer': (a) => ({ from: a.from, to: a.to, amount: a.amount }),
  // the hub module's (a registered module's decoders come before the shared libraries'); the assets library's in ALSO
  'Assets.Transferred': (a) => ({ kind: 'Transferred', asset: { pallet: 'Assets', id: a.assetId }, amount: a.amount, who: a.from, to: a.to }),
  'Balances.Minted': (a) => ({ kind: 'Minted', who: a.who, amount: a.amount }),
  'Balances.Burned': (a) => ({ kind: 'Burned', who: a.who, amount: a.amount }),
  'Balances.Rescinded': (a) => ({ amount: a.amount }),
  'Bounties.BountyBecameActive': (a) => ({ kind: 'BountyBecameActive', index: a.index }),
  'Bounties.BountyCanceled': (a) => ({ kind: 'BountyCanceled', index: a.index }),
  'MultiAssetBounties.Paid': (a) => ({ kind: 'MultiBountyPaid', index: a.index, childIndex: a.childIndex ?? undefined }),
  'MultiAssetBounties.BountyRefundProcessed': (a) => ({ kind: 'MultiBountyRefundProcessed', index: a.index, childIndex: a.childIndex ?? undefined }),
  'MultiAssetBounties.BountyCreated': (a) => ({ kind: 'Created', index: a.index, child: undefined }),
  'MultiAssetBounties.ChildBountyCreated': (a) => ({ kind: 'Created', index: a.index, child: a.childIndex }),
  'MultiAssetBounties.BountyFundingProcessed': (a) => ({ kind: 'FundingProcessed', index: a.index, child: a.childIndex ?? undefined }),
  'MultiAssetBounties.BountyCanceled': (a) => ({ kind: 'Canceled', index: a.index, child: a.childIndex ?? undefined }),
  'MultiAssetBounties.CuratorUnassigned': (a) => ({ kind: 'CuratorUnassigned', index: a.index, child: a.childIndex ?? undefined }),
  'MultiAssetBounties.CuratorProposed': (a) => ({ kind: 'CuratorProposed', index: a.index, child: a.childIndex ?? undefined, curator: a.curator }),
  'MultiAssetBounties.BountyBecameActive': (a) => ({ kind: 'BecameActive', index: a.index, child: a.childIndex ?? undefined, curator: a.curator }),
  'MultiAssetBounties.BountyAwarded': (a) => ({ kind: 'Awarded', index: a.index, child: a.childIndex ?? undefined, beneficiary: AH_ACCOUNT }),
  'MultiAssetBounties.BountyPayoutProcessed': (a) => ({ kind: 'PayoutProcessed', index: a.index, child: a.childIndex ?? undefined, assetKind: USDT_LOCATABLE, value: a.value, beneficiary: AH_ACCOUNT }),
  'MultiAssetBounties.PaymentFailed': (a) => ({ kind: 'PaymentFailed', index: a.index, child: a.childIndex ?? undefined, paymentId: a.paymentId }),
  'AssetConversion.SwapCreditExecuted': (a) => ({ amountIn: a.amountIn, amountOut: a.amountOut, path: [PLAIN.account] }),
  'Staking.EraPaid': (a) => ({ era: a.eraIndex, validatorPayout: a.validatorPayout, remainder: a.remainder }),
  'Dap.IssuanceMinted': (a) => ({ kind: 'IssuanceMinted', totalMinted: a.totalMinted, elapsedMillis: a.elapsedMillis }),
  'Dap.StagingDrained': (a) => ({ kind: 'StagingDrained', amount: a.amount }),
  'Staking.Slashed': (a) => ({ kind: 'Staking', amount: a.amount }),
  'Referenda.DepositSlashed': (a) => ({ kind: 'ReferendumDeposit', amount: a.amount }),
  'Bounties.BountyRejected': (a) => ({ kind: 'BountyBond', amount: a.bond }),
  'Bounties.BountyProposed': (a) => ({ kind: 'Proposed', index: a.index }),
  'Bounties.BountyAwarded': (a) => ({ kind: 'Awarded', index: a.index, beneficiary: a.beneficiary }),
  'Bounties.BountyClaimed': (a) => ({ kind: 'Claimed', index: a.index, payout: a.payout, beneficiary: a.beneficiary }),
  'Bounties.BountyExtended': (a) => ({ kind: 'Extended', index: a.index }),
  'Bounties.BountyApproved': (a) => ({ kind: 'Approved', index: a.index }),
  'Bounties.CuratorProposed': (a) => ({ kind: 'CuratorProposed', index: a.bountyId, curator: a.curator }),
  'Bounties.CuratorUnassigned': (a) => ({ kind: 'CuratorUnassigned', index: a.bountyId }),
  'Bounties.CuratorAccepted': (a) => ({ kind: 'CuratorAccepted', index: a.bountyId, curator: a.curator }),
  'Bounties.DepositPoked': (a) => ({ kind: 'DepositPoked', index: a.bountyId, proposer: a.proposer, oldDeposit: a.oldDeposit, newDeposit: a.newDeposit }),
  'ChildBounties.Added': (a) => ({ kind: 'Added', index: a.index, child: a.childIndex }),
  'ChildBounties.Awarded': (a) => ({ kind: 'Awarded', index: a.index, child: a.childIndex, beneficiary: a.beneficiary }),
  'ChildBounties.Claimed': (a) => ({ kind: 'Claimed', index: a.index, child: a.childIndex, payout: a.payout, beneficiary: a.beneficiary }),
  'ChildBounties.Canceled': (a) => ({ kind: 'Canceled', index: a.index, child: a.childIndex }),
  // [candidate receipt, head data, core index, group index]
  'ParaInclusion.CandidateIncluded': (a, _c, _v, i) => ({ kind: 'Included', para: i['0'].descriptor.paraId, core: a['2'], group: a['3'] }),
  'ParaInclusion.CandidateBacked': (a, _c, _v, i) => ({ kind: 'Backed', para: i['0'].descriptor.paraId, core: a['2'], group: a['3'] }),
  'Coretime.CoreAssigned': (a) => ({ core: a.core }),
  // the hub module's adoption events
  'Balances.Endowed': (a) => ({ account: a.account, freeBalance: a.freeBalance }),
  'System.KilledAccount': (a) => ({ account: a.account }),
  'Assets.Issued': (a) => ({ kind: 'Issued', asset: { pallet: 'Assets', id: a.assetId }, amount: a.amount, who: a.owner }),
  'Assets.Burned': (a) => ({ kind: 'Burned', asset: { pallet: 'Assets', id: a.assetId }, amount: a.balance, who: a.owner }),
  'ForeignAssets.Transferred': (a) => ({ kind: 'Transferred', asset: { pallet: 'ForeignAssets', location: PLAIN.usdt, raw: RAW_USDT }, amount: a.amount, who: a.from, to: a.to }),
  'ForeignAssets.Issued': (a) => ({ kind: 'Issued', asset: { pallet: 'ForeignAssets', location: PLAIN.usdt, raw: RAW_USDT }, amount: a.amount, who: a.owner }),
  'ForeignAssets.Burned': (a) => ({ kind: 'Burned', asset: { pallet: 'ForeignAssets', location: PLAIN.usdt, raw: RAW_USDT }, amount: a.balance, who: a.owner }),
  // the hub module's: an account created holding nothing (ForeignAssets keeps the decoded location, its storage key)
  'Assets.Touched': (a) => ({ asset: { pallet: 'Assets', id: a.assetId }, who: a.who }),
  'ForeignAssets.Touched': (a) => ({ asset: { pallet: 'ForeignAssets', location: PLAIN.usdt, raw: RAW_USDT }, who: a.who }),
  'AssetConversion.SwapExecuted': (a, _c, _v, i) => ({ who: a.who, amountIn: a.amountIn, amountOut: a.amountOut, path: i.path.map(([, amount]: [unknown, unknown]) => [PLAIN.account, BigInt(amount as any)]) }),
  'Revive.Instantiated': (a) => ({ deployer: a.deployer, contract: a.contract }),
  'AssetConversion.PoolCreated': (a) => ({ creator: a.creator, pool: [PLAIN.account, PLAIN.account], poolAccount: a.poolAccount }),
  'AssetConversion.LiquidityAdded': (a) => ({ kind: 'Added', who: a.who, pool: [PLAIN.account, PLAIN.account], amount1: a.amount1Provided, amount2: a.amount2Provided }),
  'AssetConversion.LiquidityRemoved': (a) => ({ kind: 'Removed', who: a.who, pool: [PLAIN.account, PLAIN.account], amount1: a.amount1, amount2: a.amount2 }),
}

// the Collectives sub-treasuries are instances of the same pallet: the same records as Treasury.*
for (const pallet of ['FellowshipTreasury', 'AmbassadorTreasury']) {
  for (const [name, expect] of Object.entries(EXPECT)) if (name.startsWith('Treasury.')) EXPECT[`${pallet}.${name.slice('Treasury.'.length)}`] = expect
}
Object.assign(EXPECT, SALARY_EXPECT)

/**
 * The record of a second module that decodes the same event, after EXPECT's (registry order): the bounties
 * module's lifecycle step of the bounty events whose money the treasury, or whose slashed bond the slashes module, reads
 * (the multi-asset bounties' payments and refunds among them).
 */
const ALSO: typeof EXPECT = {
  'Bounties.BountyBecameActive': (a) => ({ kind: 'BecameActive', index: a.index }),
  'Bounties.BountyCanceled': (a) => ({ kind: 'Canceled', index: a.index }),
  'Bounties.BountyRejected': (a) => ({ kind: 'Rejected', index: a.index, bond: a.bond }),
  'MultiAssetBounties.Paid': (a) => ({ kind: 'Paid', index: a.index, child: a.childIndex ?? undefined, paymentId: a.paymentId }),
  'MultiAssetBounties.BountyRefundProcessed': (a) => ({ kind: 'RefundProcessed', index: a.index, child: a.childIndex ?? undefined }),
  // the assets library's, which the treasury reads its stablecoin transfers with
  'Assets.Transferred': (a) => ({ assetId: a.assetId, from: a.from, to: a.to, amount: a.amount }),
  // the assetRate module's (relay and Asset Hub): the asset kind as decoded, the key of AssetRate's storage read at approval
  'Treasury.AssetSpendApproved': (a) => ({ index: a.index, assetKind: expect.objectContaining({ __kind: expect.stringMatching(/^V[345]$/) }) }),
}
/** ALSO entries only some chains have a second decoder for */
const ALSO_ONLY_ON: Record<string, string[]> = { 'Treasury.AssetSpendApproved': ['relay', 'assetHub'] }
const alsoOn = (name: string, chain: string) => ALSO[name] !== undefined && (ALSO_ONLY_ON[name]?.includes(chain) ?? true)

const DOT = { id: 'native', symbol: 'DOT', decimals: 10, chain: 'relay' }

function decodersOf(c: CoveredChain): { names: string[]; decoders: Decode[] } {
  const own = runtimeDecoders(c.typegen)
  const decoders: Decode[] = [...own, ...c.extra.map((x) => x.decode)]
  return { names: [...new Set([...namesOf(...own), ...c.extra.flatMap((x) => x.names)])].sort(), decoders }
}

const specOf = (r: MetadataRecord) => `${r.specName} ${r.specVersion}`

function registryOf(rt: TestRuntime): TypeRegistry {
  return rt.registry
}

/** One case per XCM version of the event's Versioned* fields (just one when it has none). */
function versionsOf(rt: TestRuntime, name: string): (string | undefined)[] {
  const fields = new EventSampler(registryOf(rt)).event(name) ?? []
  const all = [...new Set(fields.flatMap((f) => f.versions ?? []))]
  return all.length ? all : [undefined]
}

const coverage: { chain: TypegenChain; spec: string; event: string; version?: string }[] = []

for (const c of CHAINS) {
  const records = typegenMetadata(c.typegen)
  const { names, decoders } = decodersOf(c)
  const chainName = CHAIN_NAMES[c.typegen]

  describe(`${c.typegen} decoders on every runtime of the inputs (${records.map(specOf).join(', ')})`, () => {
    records.forEach((record, i) => {
      const height = 10_000 + i
      describe(specOf(record), () => {
        const rt = testRuntime(record)
        const present = names.filter((n) => rt.runtime.hasEvent(n))
        const missing = names.filter((n) => !rt.runtime.hasEvent(n))

        it('lacks only the events listed as absent', () => {
          const listed = ABSENT.filter((a) => a.chain === c.typegen && a.specs.includes(specOf(record))).map((a) => a.event)
          expect(missing).toEqual([...listed].sort())
        })

        for (const name of present) {
          for (const version of versionsOf(rt, name)) {
            coverage.push({ chain: c.typegen, spec: specOf(record), event: name, version })
            it(`${name}${version ? ` (${version})` : ''} decodes to the encoded values`, () => {
              const fields = new EventSampler(registryOf(rt), version).event(name)!
              const sampled = Object.fromEntries(fields.map((f) => [f.name, f.input]))
              const e = processorEvent(rt, name, INPUT[name] ? INPUT[name](sampled) : sampled, height)
              const results = decoders.map((d) => d(chainName, e)).filter((r) => r !== undefined)
              expect(results).toHaveLength(alsoOn(name, c.typegen) ? 2 : 1)
              const decoded = c.view ? c.view(name, results[0]) : results[0]
              const scalars = Object.fromEntries(fields.map((f) => [f.name, f.expected]))
              const expected = EXPECT[name]
              expect(expected, `no expectation written for ${name}`).toBeDefined()
              expect(decoded).toEqual(expected(scalars, c.typegen, version, sampled))
              if (alsoOn(name, c.typegen)) expect(results[1]).toEqual(ALSO[name](scalars, c.typegen, version, sampled))
              // the relay keeps the runtime's versioned JSON: each Versioned* field in the version encoded
              if (c.typegen === 'relay') for (const f of fields.filter((x) => version && x.versions?.includes(version))) expect((results[0] as any)[f.name].__kind).toBe(version)
              if (name === 'AssetTxPayment.AssetTxFeePaid') {
                expect(assetFromAssetHubLocation((decoded as any).assetId, DOT)).toEqual({ id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6, chain: 'asset-hub' })
              }
            })
          }
        }
      })
    })
  })
}

/** A copy of `record` whose event `event` has field `field` retyped to u32: an event shape no decoder has. */
function alteredRuntime(record: MetadataRecord, event: string, field: string): MetadataRecord {
  const dec = decAnyMetadata(new Uint8Array(Buffer.from(record.metadata.slice(2), 'hex')))
  const m = dec.metadata.value
  const [palletName, variantName] = event.split('.')
  const pallet = m.pallets.find((p: any) => p.name === palletName)
  const variants = m.lookup.find((t: any) => t.id === pallet.events).def.value
  const f = variants.find((v: any) => v.name === variantName).fields.find((x: any) => x.name === field)
  const u32 = m.lookup.find((t: any) => t.def.tag === 'primitive' && t.def.value.tag === 'u32')
  expect(f.type).not.toBe(u32.id)
  f.type = u32.id
  const hex = '0x' + Buffer.from(metadataCodec.enc(dec)).toString('hex')
  return { ...record, implName: 'altered', metadata: hex }
}

describe('an event of a shape no decoder has', () => {
  const cases: { chain: TypegenChain; decode: (e: any) => unknown; chainName: string; event: string; field: string; args: (a: Record<string, unknown>) => Record<string, unknown> }[] = [
    { chain: 'assetHub', decode: (e) => assetHubDecoders.feePaid('asset-hub', e), chainName: 'asset-hub', event: 'AssetTxPayment.AssetTxFeePaid', field: 'asset_id', args: (a) => ({ ...a, assetId: 1984 }) },
    { chain: 'relay', decode: (e) => relayDecoders.treasury!('relay', e), chainName: 'relay', event: 'Treasury.Paid', field: 'payment_id', args: (a) => ({ ...a, paymentId: 7 }) },
    { chain: 'collectives', decode: (e) => treasuryModule.decoders!.collectives!.treasury('collectives', e), chainName: 'collectives', event: 'FellowshipTreasury.Paid', field: 'payment_id', args: (a) => ({ ...a, paymentId: 7 }) },
  ]

  it.each(cases)('$event with $field retyped to u32 stops with UnknownEventShapeError naming chain, block and event ($chain)', (c) => {
    const records = typegenMetadata(c.chain)
    const latest = records[records.length - 1]
    const rt = testRuntime(alteredRuntime(latest, c.event, c.field))
    const fields = new EventSampler(rt.registry).event(c.event)!
    const e = processorEvent(rt, c.event, c.args(Object.fromEntries(fields.map((f) => [f.name, f.input]))), 28_490_502, 2)
    let err: unknown
    try {
      c.decode(e)
    } catch (x) {
      err = x
    }
    expect(err).toBeInstanceOf(UnknownEventShapeError)
    expect(err).toMatchObject({ chain: c.chainName, blockHeight: 28_490_502, eventId: e.id, eventName: c.event, specVersion: latest.specVersion })
    expect((err as Error).message).toContain(`${c.event} on ${c.chainName} at block 28490502 (event ${e.id}`)
    // the unaltered runtime decodes the same event name
    const ok = testRuntime(latest)
    const good = new EventSampler(ok.registry).event(c.event)!
    expect(c.decode(processorEvent(ok, c.event, Object.fromEntries(good.map((f) => [f.name, f.input])), 28_490_502, 2))).toBeDefined()
  })
})

describe('coverage summary', () => {
  it('covers every chain, every runtime version, and XCM v2–v5 in the relay asset spends', () => {
    const perChain = Object.fromEntries(CHAINS.map((c) => [c.typegen, new Set(coverage.filter((x) => x.chain === c.typegen).map((x) => x.spec)).size]))
    expect(perChain).toEqual(Object.fromEntries(CHAINS.map((c) => [c.typegen, typegenMetadata(c.typegen).length])))
    const relayAssetSpendVersions = new Set(coverage.filter((x) => x.chain === 'relay' && x.event === 'Treasury.AssetSpendApproved').map((x) => x.version))
    expect([...relayAssetSpendVersions].sort()).toEqual(['V2', 'V3', 'V4', 'V5'])
    console.log(`decoder coverage: ${coverage.length} event cases over ${CHAINS.map((c) => `${c.typegen} ${perChain[c.typegen]}`).join(', ')} runtime versions`)
  })
})
