/**
 * Pure mappers (fees, treasury, locations, rollups, facts) fed with records the decoders recovered from events
 * encoded with real runtime metadata (see test/support/chain.ts).
 */
import { encodeAddress } from '@polkadot/util-crypto'
import { describe, expect, it } from 'vitest'
import { assetHubDecoders, relayDecoders } from '../support/decoders'
import type { FeePaid } from '../../squid/src/modules/fees'
import { ctxId, dayId, factId, utcDay, type EventCtx } from '../../squid/src/mappings/facts'
import { splitFee, type FeeRunEvent } from '../../squid/src/modules/fees/split'
import { assetFromAssetHubLocation, assetFromLocatable, beneficiaryFromLocation } from '../../squid/src/mappings/locations'
import { addFee, emptyFeeDay } from '../../squid/src/modules/fees/rollup'
import { addFlow, emptyTreasuryDay } from '../../squid/src/modules/treasury/rollup'
import { applyTreasuryEvents, nativeFlow, spendIdsOf, type TreasuryEnv, type TreasuryItem } from '../../squid/src/modules/treasury/mapping'
import { Asset, FeePayment, SpendEventKind, SpendKind, SpendStatus, TreasuryFlowDirection, TreasuryFlowKind } from '../../squid/src/model'
import type { Block } from '../../squid/src/block'
import { TREASURY_ACCOUNT as TREASURY } from '../../squid/src/modules/treasury'
import { processorBlock, processorEvent, testRuntime, type EventSpec } from '../support/chain'
import { bundledMetadata, typegenRuntime } from '../support/metadata'
import { accountLocation, ALICE, ALICE_SS58_POLKADOT, assetHubAsset, BOB, CHARLIE, NATIVE_ON_ASSET_HUB_V4 } from '../support/fixtures'

const polkadot = testRuntime(bundledMetadata('polkadot'))
const paseo = testRuntime(typegenRuntime('relay', 'paseo', 1009003))
const DOT = { id: 'native', symbol: 'DOT', decimals: 10, chain: 'relay' }
const T0 = Date.UTC(2025, 2, 14, 10)

function ctxOf(block: Block, e: Block['events'][number]): EventCtx {
  return { chain: 'relay', blockNumber: block.header.height, timestamp: new Date(block.header.timestamp!), eventIndex: e.index, extrinsicIndex: e.extrinsicIndex, extrinsicHash: e.extrinsic?.hash }
}

/** Blocks of events (all in Initialization phase unless they name an extrinsic), one block per array. */
function blocks(rt = polkadot, ...perBlock: [height: number, events: EventSpec[]][]): Block[] {
  return perBlock.map(([height, events]) => processorBlock(rt, { height, timestamp: T0 + height * 6000, events }))
}

function treasuryItems(bs: Block[]): TreasuryItem[] {
  const items: TreasuryItem[] = []
  for (const b of bs) for (const e of b.events) {
    const t = relayDecoders.treasury!('relay', e as any)
    if (t) items.push({ ctx: ctxOf(b, e), event: t })
  }
  return items
}

/** The fee event of a one-extrinsic block and the decoded events before it, as the handler hands them to splitFee. */
function feeRun(rt: typeof polkadot, events: EventSpec[]): { fee: FeePaid; before: FeeRunEvent[] } {
  const [b] = blocks(rt, [900, events.map((e) => ({ ...e, extrinsic: 2 }))])
  const before: FeeRunEvent[] = []
  for (const e of b.events) {
    const ctx = ctxOf(b, e)
    const fee = relayDecoders.feePaid('relay', e as any)
    if (fee) return { fee, before }
    const t = relayDecoders.treasury!('relay', e as any)
    const d = relayDecoders.deposit('relay', e as any)
    if (t?.kind === 'Deposit') before.push({ ctx, kind: 'treasury-deposit', value: t.value })
    else if (d) before.push({ ctx, kind: 'balances-deposit', deposit: d })
    else before.push({ ctx, kind: 'other' })
  }
  throw new Error('no TransactionFeePaid')
}

const dep = (who: string, amount: bigint): EventSpec => ({ name: 'Balances.Deposit', args: { who, amount } })
const tdep = (value: bigint): EventSpec => ({ name: 'Treasury.Deposit', args: { value } })
const ev = (name: string, args: Record<string, unknown>): EventSpec => ({ name, args })
const feePaid = (who: string, actualFee: bigint, tip: bigint): EventSpec => ({ name: 'TransactionPayment.TransactionFeePaid', args: { who, actualFee, tip } })

describe('splitFee', () => {
  it('Paseo: only the treasury share is deposited, the rest is burned', () => {
    const { fee, before } = feeRun(paseo, [dep(ALICE, 3_000_000n), dep(TREASURY, 159_623_667n), feePaid(ALICE, 200_529_584n, 1_000_000n)])
    expect(fee).toEqual({ who: ALICE, actualFee: 200_529_584n, tip: 1_000_000n })
    expect(splitFee(fee, before)).toMatchObject({ toTreasury: 159_623_667n, toAuthor: 0n, burned: 40_905_917n, treasuryDepositEvents: [1] })
  })

  it('author share and a Treasury.Deposit: the walk stops when the fee is covered, before the twin Balances.Deposit', () => {
    const { fee, before } = feeRun(polkadot, [dep(TREASURY, 800_000n), tdep(800_000n), dep(BOB, 200_000n), feePaid(ALICE, 1_000_000n, 50_000n)])
    expect(splitFee(fee, before)).toMatchObject({ toTreasury: 800_000n, toAuthor: 200_000n, burned: 0n, treasuryDepositEvents: [1] })
  })

  it('Treasury.Deposit and its twin Balances.Deposit are counted once', () => {
    const { fee, before } = feeRun(polkadot, [dep(TREASURY, 800_000n), tdep(800_000n), dep(BOB, 200_000n), feePaid(ALICE, 1_100_000n, 0n)])
    expect(splitFee(fee, before)).toMatchObject({ toTreasury: 800_000n, toAuthor: 200_000n, burned: 100_000n, treasuryDepositEvents: [1, 0] })
  })

  it('a refund to the payer is not a share', () => {
    const { fee, before } = feeRun(polkadot, [dep(ALICE, 5_000_000n), dep(TREASURY, 800n), dep(BOB, 200n), feePaid(ALICE, 1_500n, 0n)])
    expect(splitFee(fee, before)).toMatchObject({ toTreasury: 800n, toAuthor: 200n, burned: 500n, treasuryDepositEvents: [1] })
  })

  it("a deposit the call made before the fee handler's is not counted once the fee is covered", () => {
    const { fee, before } = feeRun(polkadot, [dep(TREASURY, 7_000_000n), dep(CHARLIE, 9_000_000n), dep(TREASURY, 800n), dep(BOB, 200n), feePaid(ALICE, 1_000n, 0n)])
    expect(splitFee(fee, before)).toMatchObject({ toTreasury: 800n, toAuthor: 200n, burned: 0n, treasuryDepositEvents: [2] })
  })

  it('the walk stops at an event other than a deposit', () => {
    const { fee, before } = feeRun(polkadot, [dep(TREASURY, 7_000_000n), { name: 'Balances.Transfer', args: { from: CHARLIE, to: BOB, amount: 1n } }, dep(TREASURY, 800n), feePaid(ALICE, 1_000n, 0n)])
    expect(splitFee(fee, before)).toMatchObject({ toTreasury: 800n, toAuthor: 0n, burned: 200n, treasuryDepositEvents: [2] })
  })

  it('a zero fee (Pays::No) takes no deposit', () => {
    const { fee, before } = feeRun(polkadot, [dep(TREASURY, 7_000_000n), feePaid(ALICE, 0n, 0n)])
    expect(splitFee(fee, before)).toMatchObject({ toTreasury: 0n, toAuthor: 0n, burned: 0n, treasuryDepositEvents: [] })
  })
})

describe('applyTreasuryEvents', () => {
  const env = (): TreasuryEnv => ({ chain: 'relay', ss58Prefix: 0, native: DOT, assets: new Map() })
  const USDT_V4 = assetHubAsset('V4', 1984)
  const approveAsset = (index: number, amount: bigint, assetKind: unknown = USDT_V4): EventSpec => ({
    name: 'Treasury.AssetSpendApproved',
    args: { index, assetKind, amount, beneficiary: accountLocation('V4', ALICE), validFrom: 100, expireAt: 1_000_000 },
  })

  it('local spend: SpendApproved, then Awarded in a spend period = Completed, an Awarded flow and the period sums', () => {
    const bs = blocks(
      polkadot,
      [100, [ev('Treasury.SpendApproved', { proposalIndex: 301, amount: 5_000_000_000_000n, beneficiary: BOB })]],
      [200, [ev('Treasury.Spending', { budgetRemaining: 9_000_000_000_000n }), ev('Treasury.Awarded', { proposalIndex: 301, award: 5_000_000_000_000n, account: BOB }), ev('Treasury.Burnt', { burntFunds: 40_000_000n }), ev('Treasury.Rollover', { rolloverBalance: 3_999_960_000_000n })]],
    )
    const items = treasuryItems(bs)
    expect(spendIdsOf('relay', items)).toEqual(['relay-local-301'])
    const out = applyTreasuryEvents(env(), items, new Map())
    const s = out.spends.get('relay-local-301')!
    expect(s).toMatchObject({ kind: SpendKind.Local, index: 301, status: SpendStatus.Completed, amount: 5_000_000_000_000n, beneficiary: encodeAddress(BOB, 0) })
    expect(s).toMatchObject({ approvedBlock: 100, approvedEventId: 'relay-0000000100-000000', paidBlock: 200, closedBlock: 200, closedEventId: 'relay-0000000200-000001' })
    expect(s.closedAt).toEqual(new Date(T0 + 200 * 6000))
    expect(out.spendEvents.map((x) => [x.kind, x.amount, x.blockNumber])).toEqual([
      [SpendEventKind.Approved, 5_000_000_000_000n, 100],
      [SpendEventKind.Awarded, 5_000_000_000_000n, 200],
    ])
    expect(out.flows.map((f) => [f.id, f.direction, f.kind, f.asset.id, f.amount, f.spend?.id])).toEqual([
      ['relay-0000000200-000001', TreasuryFlowDirection.Out, TreasuryFlowKind.Awarded, 'native', 5_000_000_000_000n, 'relay-local-301'],
      ['relay-0000000200-000002', TreasuryFlowDirection.Out, TreasuryFlowKind.Burnt, 'native', 40_000_000n, undefined],
    ])
    expect(out.periods).toHaveLength(1)
    expect(out.periods[0]).toMatchObject({ id: 'relay-0000000200-000000', blockNumber: 200, budgetRemaining: 9_000_000_000_000n, awarded: 5_000_000_000_000n, awardedCount: 1, burnt: 40_000_000n, rollover: 3_999_960_000_000n })
    expect(out.unknownSpendRefs).toEqual([])
  })

  it('legacy proposal: Proposed then Rejected (Polkadot) closes it with the slashed bond', () => {
    const out = applyTreasuryEvents(env(), treasuryItems(blocks(polkadot, [10, [ev('Treasury.Proposed', { proposalIndex: 44 })]], [11, [ev('Treasury.Rejected', { proposalIndex: 44, slashed: 1_000_000_000_000n })]])), new Map())
    expect(out.spends.get('relay-local-44')).toMatchObject({ status: SpendStatus.Rejected, closedBlock: 11 })
    expect(out.spendEvents.map((x) => [x.kind, x.amount])).toEqual([
      [SpendEventKind.Proposed, undefined],
      [SpendEventKind.Rejected, 1_000_000_000_000n],
    ])
  })

  it.each([
    ['Polkadot 1002005', polkadot],
    ['Paseo 1009003', paseo],
  ])('asset spend on %s: Approved, Paid, SpendProcessed = Completed, the SpendPaid flow at processing', (_l, rt) => {
    const e = env()
    const bs = blocks(rt, [100, [approveAsset(77, 250_000_000_000n)]], [110, [ev('Treasury.Paid', { index: 77, paymentId: 12n })]], [120, [ev('Treasury.SpendProcessed', { index: 77 })]])
    const out = applyTreasuryEvents(e, treasuryItems(bs), new Map())
    const s = out.spends.get('relay-asset-77')!
    expect(s).toMatchObject({ kind: SpendKind.Asset, index: 77, status: SpendStatus.Completed, amount: 250_000_000_000n, paymentId: 12n, beneficiary: ALICE_SS58_POLKADOT })
    expect(s).toMatchObject({ validFrom: 100, expireAt: 1_000_000, approvedBlock: 100, paidBlock: 110, paidEventId: 'relay-0000000110-000000', closedBlock: 120 })
    expect(s.asset).toMatchObject({ id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6, chain: 'asset-hub' })
    expect(JSON.parse(s.assetKindJson!).assetId.interior.value[1]).toEqual({ __kind: 'GeneralIndex', value: '1984' })
    expect(JSON.parse(s.beneficiaryJson!).value.interior.value[0].id).toBe(ALICE)
    expect(e.assets.get('assethub-assets:1984')).toBe(s.asset)
    expect(out.spendEvents.map((x) => [x.kind, x.blockNumber])).toEqual([
      [SpendEventKind.Approved, 100],
      [SpendEventKind.Paid, 110],
      [SpendEventKind.Processed, 120],
    ])
    expect(out.flows.map((f) => [f.blockNumber, f.direction, f.kind, f.asset.id, f.amount, f.spend?.id])).toEqual([
      [120, TreasuryFlowDirection.Out, TreasuryFlowKind.SpendPaid, 'assethub-assets:1984', 250_000_000_000n, 'relay-asset-77'],
    ])
  })

  it('Approved then SpendProcessed without Paid = Expired, no money out', () => {
    const out = applyTreasuryEvents(env(), treasuryItems(blocks(polkadot, [100, [approveAsset(78, 5n)]], [130, [ev('Treasury.SpendProcessed', { index: 78 })]])), new Map())
    expect(out.spends.get('relay-asset-78')).toMatchObject({ status: SpendStatus.Expired, closedBlock: 130 })
    expect(out.flows).toEqual([])
  })

  it('AssetSpendVoided = Voided', () => {
    const out = applyTreasuryEvents(env(), treasuryItems(blocks(polkadot, [100, [approveAsset(79, 5n)]], [101, [ev('Treasury.AssetSpendVoided', { index: 79 })]])), new Map())
    expect(out.spends.get('relay-asset-79')).toMatchObject({ status: SpendStatus.Voided, closedBlock: 101, closedEventId: 'relay-0000000101-000000' })
    expect(out.spendEvents.map((x) => x.kind)).toEqual([SpendEventKind.Approved, SpendEventKind.Voided])
    expect(out.flows).toEqual([])
  })

  it('PaymentFailed = Failed and still open; a retried payment then completes it', () => {
    const failed = blocks(polkadot, [100, [approveAsset(80, 6n, NATIVE_ON_ASSET_HUB_V4)]], [110, [ev('Treasury.Paid', { index: 80, paymentId: 3n })]], [120, [ev('Treasury.PaymentFailed', { index: 80, paymentId: 3n })]])
    const out = applyTreasuryEvents(env(), treasuryItems(failed), new Map())
    const s = out.spends.get('relay-asset-80')!
    expect(s).toMatchObject({ status: SpendStatus.Failed, paymentId: 3n, closedBlock: undefined })
    expect(s.asset.id).toBe('native')
    expect(out.flows).toEqual([])
    const retried = blocks(polkadot, [130, [ev('Treasury.Paid', { index: 80, paymentId: 4n })]], [140, [ev('Treasury.SpendProcessed', { index: 80 })]])
    const out2 = applyTreasuryEvents(env(), treasuryItems(retried), new Map([[s.id, s]]))
    expect(out2.spends.get('relay-asset-80')).toMatchObject({ status: SpendStatus.Completed, paymentId: 4n, closedBlock: 140 })
    expect(out2.flows.map((f) => [f.kind, f.asset.id, f.amount])).toEqual([[TreasuryFlowKind.SpendPaid, 'native', 6n]])
    expect(out2.unknownSpendRefs).toEqual([])
  })

  it('events for spends approved before the indexed range are reported, not invented', () => {
    const bs = blocks(
      polkadot,
      [300, [ev('Treasury.Paid', { index: 5, paymentId: 1n }), ev('Treasury.PaymentFailed', { index: 5, paymentId: 1n }), ev('Treasury.SpendProcessed', { index: 5 })]],
      [301, [ev('Treasury.AssetSpendVoided', { index: 6 }), ev('Treasury.Rejected', { proposalIndex: 9, slashed: 1n })]],
    )
    const out = applyTreasuryEvents(env(), treasuryItems(bs), new Map())
    expect(out.unknownSpendRefs).toEqual([
      'relay-asset-5 at relay-0000000300-000000',
      'relay-asset-5 at relay-0000000300-000001',
      'relay-asset-5 at relay-0000000300-000002',
      'relay-asset-6 at relay-0000000301-000000',
      'relay-local-9 at relay-0000000301-000001',
    ])
    expect(out.spends.size).toBe(0)
    expect(out.spendEvents).toEqual([])
    expect(out.flows).toEqual([])
  })

  it('Awarded for a local spend approved before the range creates it from the award', () => {
    const out = applyTreasuryEvents(env(), treasuryItems(blocks(polkadot, [400, [ev('Treasury.Awarded', { proposalIndex: 12, award: 77n, account: CHARLIE })]])), new Map())
    expect(out.spends.get('relay-local-12')).toMatchObject({ status: SpendStatus.Completed, amount: 77n, beneficiary: encodeAddress(CHARLIE, 0), closedBlock: 400 })
    expect(out.flows.map((f) => [f.kind, f.amount])).toEqual([[TreasuryFlowKind.Awarded, 77n]])
    expect(out.unknownSpendRefs).toEqual([])
  })

  it('a Treasury.Deposit is a Fees flow when marked as a fee share, else a Deposit flow', () => {
    const items = treasuryItems(blocks(polkadot, [500, [tdep(159_623_667n), tdep(42n)]]))
    items[0].isFeeShare = true
    const out = applyTreasuryEvents(env(), items, new Map())
    expect(out.flows.map((f) => [f.direction, f.kind, f.amount])).toEqual([
      [TreasuryFlowDirection.In, TreasuryFlowKind.Fees, 159_623_667n],
      [TreasuryFlowDirection.In, TreasuryFlowKind.Deposit, 42n],
    ])
  })
})

describe('locations', () => {
  const approved = (assetKind: unknown, beneficiary: unknown = accountLocation('V4', ALICE)) => {
    const d = relayDecoders.treasury!('relay', processorEvent(polkadot, 'Treasury.AssetSpendApproved', { index: 1, assetKind, amount: 1n, beneficiary, validFrom: 1, expireAt: 2 }) as any)
    if (d?.kind !== 'AssetSpendApproved') throw new Error(`decoded ${JSON.stringify(d)}`)
    return d
  }

  it('assetFromLocatable: the relay token on Asset Hub and here is native; USDT 1984 has 6 decimals', () => {
    expect(assetFromLocatable(approved(NATIVE_ON_ASSET_HUB_V4).assetKind, DOT)).toBe(DOT)
    expect(assetFromLocatable(approved({ V4: { location: { parents: 0, interior: { Here: null } }, assetId: { parents: 0, interior: { Here: null } } } }).assetKind, DOT)).toBe(DOT)
    expect(assetFromLocatable(approved(assetHubAsset('V4', 1984)).assetKind, DOT)).toEqual({ id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6, chain: 'asset-hub' })
    expect(assetFromLocatable(approved(assetHubAsset('V3', 1984)).assetKind, DOT)).toEqual({ id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6, chain: 'asset-hub' })
  })

  it('assetFromLocatable on Asset Hub: locations relative to the chain that pays (DOT is {1, Here}, USDT X2(50, 1984), others foreign)', () => {
    const here = { parents: 0, interior: { __kind: 'Here' } }
    const on = (assetId: unknown) => assetFromLocatable({ location: here, assetId }, DOT, 'asset-hub')
    expect(on({ parents: 1, interior: { __kind: 'Here' } })).toBe(DOT)
    expect(on({ parents: 0, interior: { __kind: 'X2', value: [{ __kind: 'PalletInstance', value: 50 }, { __kind: 'GeneralIndex', value: 1984n }] } })).toMatchObject({ id: 'assethub-assets:1984', chain: 'asset-hub' })
    const myth = { parents: 1, interior: { __kind: 'X1', value: [{ __kind: 'Parachain', value: 3369 }] } }
    expect(on(myth)).toEqual({ id: `assethub-foreign:${JSON.stringify(myth)}`, symbol: '?', decimals: null, chain: 'asset-hub' })
    // the relay's own view of DOT held here is not Asset Hub's
    expect(assetFromLocatable({ location: here, assetId: { parents: 0, interior: { __kind: 'Here' } } }, DOT, 'relay')).toBe(DOT)
    expect(assetFromLocatable({ location: here, assetId: { parents: 0, interior: { __kind: 'Here' } } }, DOT, 'asset-hub').id).toMatch(/^assethub-foreign:/)
  })

  it('beneficiaryFromLocation: a VersionedLocatableAccount at Here is its account; elsewhere its JSON', () => {
    const account = { parents: 0, interior: { __kind: 'X1', value: [{ __kind: 'AccountId32', network: null, id: ALICE }] } }
    expect(beneficiaryFromLocation({ location: { parents: 0, interior: { __kind: 'Here' } }, accountId: account }, 0)).toBe(ALICE_SS58_POLKADOT)
    const remote = { location: { parents: 1, interior: { __kind: 'X1', value: [{ __kind: 'Parachain', value: 2034 }] } }, accountId: account }
    expect(JSON.parse(beneficiaryFromLocation(remote, 0))).toEqual(remote)
  })

  it('assetFromLocatable: an unlisted Assets id and an unknown location have no decimals (metadata unknown), never 0', () => {
    expect(assetFromLocatable(approved(assetHubAsset('V4', 4242)).assetKind, DOT)).toEqual({ id: 'assethub-assets:4242', symbol: '?', decimals: null, chain: 'asset-hub' })
    const elsewhere = { V4: { location: { parents: 0, interior: { X1: [{ Parachain: 2034 }] } }, assetId: { parents: 0, interior: { X1: [{ GeneralIndex: 7 }] } } } }
    const a = assetFromLocatable(approved(elsewhere).assetKind, DOT)
    expect(a).toMatchObject({ symbol: '?', decimals: null, chain: 'unknown' })
    expect(JSON.parse(a.id.replace(/^location:/, ''))).toEqual({
      location: { parents: 0, interior: { __kind: 'X1', value: [{ __kind: 'Parachain', value: 2034 }] } },
      assetId: { parents: 0, interior: { __kind: 'X1', value: [{ __kind: 'GeneralIndex', value: '7' }] } },
    })
  })

  it('beneficiaryFromLocation: a plain account is SS58 with the prefix, anything else its location JSON', () => {
    expect(beneficiaryFromLocation(approved(NATIVE_ON_ASSET_HUB_V4).beneficiary, 0)).toBe(ALICE_SS58_POLKADOT)
    expect(beneficiaryFromLocation(approved(NATIVE_ON_ASSET_HUB_V4, accountLocation('V3', ALICE)).beneficiary, 0)).toBe(ALICE_SS58_POLKADOT)
    const remote = { V4: { parents: 1, interior: { X2: [{ Parachain: 2000 }, { AccountId32: { network: null, id: BOB } }] } } }
    expect(JSON.parse(beneficiaryFromLocation(approved(NATIVE_ON_ASSET_HUB_V4, remote).beneficiary, 0))).toEqual({
      parents: 1,
      interior: { __kind: 'X2', value: [{ __kind: 'Parachain', value: 2000 }, { __kind: 'AccountId32', id: BOB }] },
    })
  })

  it('assetFromAssetHubLocation: the asset an Asset Hub fee was paid in (AssetTxFeePaid, Paseo Asset Hub)', () => {
    const ah = testRuntime(typegenRuntime('assetHub', 'asset-hub-paseo'))
    const paidIn = (assetId: unknown) => {
      const f = assetHubDecoders.feePaid('asset-hub', processorEvent(ah, 'AssetTxPayment.AssetTxFeePaid', { who: BOB, actualFee: 1_234n, tip: 5n, assetId }) as any)!
      expect(f).toMatchObject({ who: BOB, actualFee: 1_234n, tip: 5n })
      return assetFromAssetHubLocation(f.assetId, DOT)
    }
    expect(paidIn({ parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: 1984 }] } })).toEqual({ id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6, chain: 'asset-hub' })
    expect(paidIn({ parents: 1, interior: { Here: null } })).toBe(DOT)
  })
})

describe('rollups and fact ids', () => {
  it('factId pads block and event index so ids sort in chain order', () => {
    expect(factId('relay', 123, 4)).toBe('relay-0000000123-000004')
    expect(factId('asset-hub', 4_294_967_295, 999_999)).toBe('asset-hub-4294967295-999999')
    const [b] = blocks(polkadot, [77, [tdep(1n), tdep(2n)]])
    expect(ctxId(ctxOf(b, b.events[1]))).toBe('relay-0000000077-000001')
    expect(utcDay(new Date(Date.UTC(2025, 0, 31, 23, 59, 59)))).toBe('2025-01-31')
    expect(dayId('relay', '2025-01-31')).toBe('relay-2025-01-31')
  })

  it('addFlow sums native flows by kind; other assets only count', () => {
    const e: TreasuryEnv = { chain: 'relay', ss58Prefix: 0, native: DOT, assets: new Map() }
    const bs = blocks(
      polkadot,
      [100, [tdep(1_000n), tdep(20n), ev('Treasury.SpendApproved', { proposalIndex: 1, amount: 300n, beneficiary: BOB }), ev('Treasury.AssetSpendApproved', { index: 2, assetKind: assetHubAsset('V4', 1984), amount: 9_999n, beneficiary: accountLocation('V4', ALICE), validFrom: 1, expireAt: 9 }), ev('Treasury.AssetSpendApproved', { index: 3, assetKind: NATIVE_ON_ASSET_HUB_V4, amount: 55n, beneficiary: accountLocation('V4', ALICE), validFrom: 1, expireAt: 9 })]],
      [101, [ev('Treasury.Spending', { budgetRemaining: 0n }), ev('Treasury.Awarded', { proposalIndex: 1, award: 300n, account: BOB }), ev('Treasury.Burnt', { burntFunds: 4n })]],
      [102, [ev('Treasury.Paid', { index: 2, paymentId: 1n }), ev('Treasury.Paid', { index: 3, paymentId: 2n }), ev('Treasury.SpendProcessed', { index: 2 }), ev('Treasury.SpendProcessed', { index: 3 })]],
    )
    const items = treasuryItems(bs)
    items[0].isFeeShare = true
    const out = applyTreasuryEvents(e, items, new Map())
    const flows = [...out.flows, nativeFlow(e, ctxOf(bs[0], bs[0].events[0]), TreasuryFlowKind.Transfer, 7_000n)]
    const day = emptyTreasuryDay('relay', '2025-03-14')
    for (const f of flows) addFlow(day, f, 'native')
    expect(day).toMatchObject({ inFees: 1_000n, inDeposits: 20n, inTransfers: 7_000n, outAwarded: 300n, outBurnt: 4n, outSpendPaid: 55n, flowCount: 7 })
    // the USDT payout is in flowCount only
    expect(day).toMatchObject({ inFeesCount: 1, inDepositsCount: 1, inTransfersCount: 1, outAwardedCount: 1, outBurntCount: 1, outSpendPaidCount: 1 })
  })

  it('addFee sums native fees; a fee in another asset only counts', () => {
    const day = emptyFeeDay('asset-hub', '2025-03-14')
    const usdt = new Asset({ id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6, chain: 'asset-hub' })
    const native = new Asset({ id: 'native', symbol: 'DOT', decimals: 10, chain: 'asset-hub' })
    const { fee, before } = feeRun(paseo, [dep(TREASURY, 159_623_667n), feePaid(ALICE, 200_529_584n, 1_000_000n)])
    const split = splitFee(fee, before)
    addFee(day, new FeePayment({ asset: native, fee: fee.actualFee, tip: fee.tip, ...split }), 'native')
    addFee(day, new FeePayment({ asset: native, fee: 10n, tip: 1n, toTreasury: 8n, toAuthor: 2n, toCollatorPot: 0n, toDap: 0n, burned: 0n }), 'native')
    addFee(day, new FeePayment({ asset: native, fee: 30n, tip: 0n, toTreasury: 0n, toAuthor: 0n, toCollatorPot: 20n, toDap: 10n, burned: 0n }), 'native')
    // 5,000 USDT units whose swaps netted 4,000 planck: the planck are in assetFeesNative, never in fees
    addFee(day, new FeePayment({ asset: usdt, fee: 5_000n, tip: 0n, nativeFee: 4_000n, toTreasury: 0n, toAuthor: 0n, toCollatorPot: 4_000n, toDap: 0n, burned: 0n }), 'native')
    expect(day).toMatchObject({ extrinsics: 4, fees: 200_529_624n, tips: 1_000_001n, toTreasury: 159_623_675n, toAuthor: 2n, toCollatorPot: 20n, toDap: 10n, burned: 40_905_917n })
    expect(day).toMatchObject({ assetFeeExtrinsics: 1, assetFeesNative: 4_000n })
  })
})


describe('treasury accounts', () => {
  it('a classic bounty account is py/trsry sub-account ("bt", index): "bt" SCALE-encoded as &str (compact length 8), the index u32 LE', async () => {
    const { bountyAccount, isBountyAccount, OLD_ASSET_HUB_TREASURY, TREASURY_ACCOUNT: T } = { ...(await import('../../squid/src/modules/treasury/account')), ...(await import('../../squid/src/chains/assetHub')) }
    const raw = Buffer.from(bountyAccount(0x01020304).slice(2), 'hex')
    expect(raw.subarray(0, 15).toString('latin1')).toBe('modlpy/trsry\x08bt')
    expect([...raw.subarray(15, 19)]).toEqual([4, 3, 2, 1])
    expect(raw.subarray(19).every((b) => b === 0)).toBe(true)
    // on chain these accounts read 13UVJyLnbVp9RBZYFwHYxa…
    expect(encodeAddress(bountyAccount(0), 0).startsWith('13UVJyLnbVp9RBZYFwHYxa')).toBe(true)
    expect([bountyAccount(5), bountyAccount(1234)].every(isBountyAccount)).toBe(true)
    expect([T, OLD_ASSET_HUB_TREASURY, '0x' + 'a1'.repeat(32)].some(isBountyAccount)).toBe(false)
    expect(encodeAddress(OLD_ASSET_HUB_TREASURY, 0)).toBe('14xmwinmCEz6oRrFdczHKqHgWNMiCysE2KrA4jXXAAM1Eogk')
    expect(encodeAddress(T, 0)).toBe('13UVJyLnbVp9RBZYFwFGyDvVd1y27Tt8tkntv6Q7JVPhFsTB')
  })
})
