/**
 * Relay decoders on events SCALE-encoded with real runtime metadata (Polkadot 1002005 from @polkadot/types-support,
 * Paseo 1009003 from the real runtime) and decoded back as the processor does.
 */
import { describe, expect, it } from 'vitest'
import { relayDecoders } from '../support/decoders'
import { UnknownEventShapeError } from '../../squid/src/decoders/errors'
import { events } from '../../squid/src/types/relay'
import { assetFromLocatable, beneficiaryFromLocation } from '../../squid/src/mappings/locations'
import { processorEvent, testRuntime, type TestRuntime } from '../support/chain'
import { bundledMetadata, typegenRuntime, type MetadataRecord } from '../support/metadata'
import { accountLocation, ALICE, ALICE_SS58_POLKADOT, assetHubAsset, BOB, CHARLIE, DAVE, NATIVE_ON_ASSET_HUB_V4 } from '../support/fixtures'

const DOT = { id: 'native', symbol: 'DOT', decimals: 10, chain: 'relay' }
const U128_MAX = 2n ** 128n - 1n

interface RelayCase {
  label: string
  record: () => MetadataRecord
  /** Treasury.Proposed / Rejected (the legacy proposal flow) exist in this runtime */
  legacyProposals: boolean
  /** variants of VersionedLocatableAsset */
  xcm: ('V3' | 'V4' | 'V5')[]
  /** the typegen'd shape of Treasury.AssetSpendApproved that must match here */
  assetSpendShape: 'v1002005' | 'v1006002'
}

const RELAYS: RelayCase[] = [
  { label: 'Polkadot 1002005', record: () => bundledMetadata('polkadot'), legacyProposals: true, xcm: ['V3', 'V4'], assetSpendShape: 'v1002005' },
  { label: 'Paseo 1009003', record: () => typegenRuntime('relay', 'paseo', 1009003), legacyProposals: false, xcm: ['V3', 'V4', 'V5'], assetSpendShape: 'v1006002' },
]

function locatableAssetVariants(rt: TestRuntime): string[] {
  const { registry } = rt
  const pallet = registry.metadata.pallets.find((p) => p.name.toString() === 'Treasury')!
  const ev = registry.lookup.getSiType(pallet.events.unwrap().type).def.asVariant.variants.find((v) => v.name.toString() === 'AssetSpendApproved')!
  const field = ev.fields.find((f) => f.name.unwrap().toString() === 'asset_kind')!
  return registry.lookup
    .getSiType(field.type)
    .def.asVariant.variants.map((v) => v.name.toString())
    .filter((n) => !n.startsWith('__Unused'))
}

describe.each(RELAYS)('relay decoders on $label', (c) => {
  const rt = testRuntime(c.record())
  const treasury = (name: string, args: Record<string, unknown>, height = 1234) => relayDecoders.treasury!('relay', processorEvent(rt, name, args, height) as any)

  it('has the runtime the case names', () => {
    expect(`${rt.runtime.specName} ${rt.runtime.specVersion}`).toBe(c.label.toLowerCase())
    expect(locatableAssetVariants(rt)).toEqual(c.xcm)
    expect(rt.runtime.hasEvent('Treasury.Proposed')).toBe(c.legacyProposals)
    expect(rt.runtime.hasEvent('Treasury.Rejected')).toBe(c.legacyProposals)
  })

  // Paseo 1009003 dropped the legacy proposal flow: nothing to encode there (asserted above).
  if (c.legacyProposals) it('Treasury.Proposed and Rejected', () => {
    expect(treasury('Treasury.Proposed', { proposalIndex: 70_001 })).toEqual({ kind: 'Proposed', index: 70_001 })
    expect(treasury('Treasury.Rejected', { proposalIndex: 70_002, slashed: 12_345_678_901_234n })).toEqual({ kind: 'Rejected', index: 70_002, slashed: 12_345_678_901_234n })
  })

  it('Treasury.SpendApproved and Awarded (local spends)', () => {
    expect(treasury('Treasury.SpendApproved', { proposalIndex: 301, amount: 98_765_432_109_876_543n, beneficiary: BOB })).toEqual({
      kind: 'SpendApproved',
      index: 301,
      amount: 98_765_432_109_876_543n,
      beneficiary: BOB,
    })
    expect(treasury('Treasury.Awarded', { proposalIndex: 302, award: U128_MAX, account: CHARLIE })).toEqual({ kind: 'Awarded', index: 302, award: U128_MAX, account: CHARLIE })
  })

  it('Treasury.AssetSpendApproved with a V4 USDT location on Asset Hub', () => {
    const e = processorEvent(rt, 'Treasury.AssetSpendApproved', {
      index: 65_537,
      assetKind: assetHubAsset('V4', 1984),
      amount: 250_000_000_000n,
      beneficiary: accountLocation('V4', ALICE),
      validFrom: 24_000_000,
      expireAt: 25_296_000,
    })
    // the shape typegen generated for this very runtime is the one that matches
    expect(events.treasury.assetSpendApproved[c.assetSpendShape].is(e)).toBe(true)
    const d = relayDecoders.treasury!('relay', e as any)
    expect(d).toEqual({
      kind: 'AssetSpendApproved',
      index: 65_537,
      amount: 250_000_000_000n,
      validFrom: 24_000_000,
      expireAt: 25_296_000,
      assetKind: {
        __kind: 'V4',
        location: { parents: 0, interior: { __kind: 'X1', value: [{ __kind: 'Parachain', value: 1000 }] } },
        assetId: { parents: 0, interior: { __kind: 'X2', value: [{ __kind: 'PalletInstance', value: 50 }, { __kind: 'GeneralIndex', value: 1984n }] } },
      },
      beneficiary: { __kind: 'V4', value: { parents: 0, interior: { __kind: 'X1', value: [{ __kind: 'AccountId32', id: ALICE }] } } },
    })
    if (d?.kind !== 'AssetSpendApproved') throw new Error('unreachable')
    expect(assetFromLocatable(d.assetKind, DOT)).toEqual({ id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6, chain: 'asset-hub' })
    expect(beneficiaryFromLocation(d.beneficiary, 0)).toBe(ALICE_SS58_POLKADOT)
  })

  it.each(c.xcm)('Treasury.AssetSpendApproved with a %s location reaches the asset and the account', (v) => {
    const d = treasury('Treasury.AssetSpendApproved', {
      index: 9,
      assetKind: assetHubAsset(v, 1337),
      amount: 1_000_000n,
      beneficiary: accountLocation(v, DAVE),
      validFrom: 1,
      expireAt: 2,
    })
    if (d?.kind !== 'AssetSpendApproved') throw new Error(`decoded ${JSON.stringify(d)}`)
    expect((d.assetKind as any).__kind).toBe(v)
    expect((d.beneficiary as any).__kind).toBe(v)
    expect(assetFromLocatable(d.assetKind, DOT)).toEqual({ id: 'assethub-assets:1337', symbol: 'USDC', decimals: 6, chain: 'asset-hub' })
    expect(beneficiaryFromLocation(d.beneficiary, 42)).toBe('5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy') // Dave, generic prefix
  })

  it('Treasury.AssetSpendApproved of the relay token held on Asset Hub', () => {
    const d = treasury('Treasury.AssetSpendApproved', { index: 3, assetKind: NATIVE_ON_ASSET_HUB_V4, amount: 7n, beneficiary: accountLocation('V4', BOB), validFrom: 5, expireAt: 6 })
    if (d?.kind !== 'AssetSpendApproved') throw new Error(`decoded ${JSON.stringify(d)}`)
    expect(assetFromLocatable(d.assetKind, DOT)).toBe(DOT)
  })

  it('Treasury asset spend lifecycle events', () => {
    expect(treasury('Treasury.AssetSpendVoided', { index: 4_000_000_000 })).toEqual({ kind: 'AssetSpendVoided', index: 4_000_000_000 })
    expect(treasury('Treasury.Paid', { index: 77, paymentId: 2n ** 64n - 2n })).toEqual({ kind: 'Paid', index: 77, paymentId: 2n ** 64n - 2n })
    expect(treasury('Treasury.PaymentFailed', { index: 78, paymentId: 513n })).toEqual({ kind: 'PaymentFailed', index: 78, paymentId: 513n })
    expect(treasury('Treasury.SpendProcessed', { index: 79 })).toEqual({ kind: 'SpendProcessed', index: 79 })
  })

  it('Treasury spend period and income events', () => {
    expect(treasury('Treasury.Spending', { budgetRemaining: 1_234_567_890_123_456_789n })).toEqual({ kind: 'Spending', budgetRemaining: 1_234_567_890_123_456_789n })
    expect(treasury('Treasury.Burnt', { burntFunds: 11_111_111_111n })).toEqual({ kind: 'Burnt', burntFunds: 11_111_111_111n })
    expect(treasury('Treasury.Rollover', { rolloverBalance: U128_MAX - 1n })).toEqual({ kind: 'Rollover', rolloverBalance: U128_MAX - 1n })
    expect(treasury('Treasury.Deposit', { value: 159_623_667n })).toEqual({ kind: 'Deposit', value: 159_623_667n })
    expect(treasury('Treasury.UpdatedInactive', { reactivated: 5n, deactivated: 2n ** 100n })).toEqual({ kind: 'UpdatedInactive', reactivated: 5n, deactivated: 2n ** 100n })
  })

  it('TransactionPayment.TransactionFeePaid, Balances.Deposit and Balances.Transfer', () => {
    const fee = processorEvent(rt, 'TransactionPayment.TransactionFeePaid', { who: ALICE, actualFee: 200_529_584n, tip: 1_000_000n })
    expect(relayDecoders.feePaid('relay', fee as any)).toEqual({ who: ALICE, actualFee: 200_529_584n, tip: 1_000_000n })
    const dep = processorEvent(rt, 'Balances.Deposit', { who: BOB, amount: 159_623_667n })
    expect(relayDecoders.deposit('relay', dep as any)).toEqual({ who: BOB, amount: 159_623_667n })
    const tr = processorEvent(rt, 'Balances.Transfer', { from: CHARLIE, to: DAVE, amount: 10n ** 20n })
    expect(relayDecoders.transfer('relay', tr as any)).toEqual({ from: CHARLIE, to: DAVE, amount: 10n ** 20n })
  })

  it('each decoder leaves events of other names alone', () => {
    const dep = processorEvent(rt, 'Balances.Deposit', { who: BOB, amount: 1n })
    const tdep = processorEvent(rt, 'Treasury.Deposit', { value: 1n })
    expect(relayDecoders.treasury!('relay', dep as any)).toBeUndefined()
    expect(relayDecoders.feePaid('relay', tdep as any)).toBeUndefined()
    expect(relayDecoders.deposit('relay', tdep as any)).toBeUndefined()
    expect(relayDecoders.transfer('relay', dep as any)).toBeUndefined()
  })
})

describe('events of a shape no decoder knows', () => {
  // Substrate's kitchensink runtime: Treasury.AssetSpendApproved names assets by u32 and beneficiaries by AccountId32,
  // Treasury.Paid has a unit payment id; other Treasury events have the Polkadot shape.
  const substrate = testRuntime(bundledMetadata('substrate'))

  it('stop with UnknownEventShapeError naming chain, block and event', () => {
    const e = processorEvent(substrate, 'Treasury.AssetSpendApproved', { index: 1, assetKind: 7, amount: 100n, beneficiary: ALICE, validFrom: 1, expireAt: 2 }, 4_321_987, 3)
    let err: unknown
    try {
      relayDecoders.treasury!('relay', e as any)
    } catch (x) {
      err = x
    }
    expect(err).toBeInstanceOf(UnknownEventShapeError)
    const u = err as UnknownEventShapeError
    expect(e.id).toMatch(/^0004321987-/)
    expect(u).toMatchObject({ chain: 'relay', blockHeight: 4_321_987, eventId: e.id, eventName: 'Treasury.AssetSpendApproved', specVersion: substrate.runtime.specVersion })
    expect(u.message).toContain('on relay at block 4321987')
    expect(u.message).toContain(`event ${e.id}`)
    expect(u.message).toContain('Treasury.AssetSpendApproved')
  })

  it('Treasury.Paid with a unit payment id is unknown too; same-shape events of that runtime still decode', () => {
    const paid = processorEvent(substrate, 'Treasury.Paid', { index: 5, paymentId: null }, 77)
    expect(() => relayDecoders.treasury!('asset-hub', paid as any)).toThrow(new RegExp(`Treasury.Paid on asset-hub at block 77 \\(event ${paid.id}`))
    const dep = processorEvent(substrate, 'Treasury.Deposit', { value: 31_337n }, 77)
    expect(relayDecoders.treasury!('relay', dep as any)).toEqual({ kind: 'Deposit', value: 31_337n })
  })

  it('decoders match by shape, not by spec: Kusama 1003000, absent from typegen, decodes', () => {
    const kusama = testRuntime(bundledMetadata('kusama'))
    expect(kusama.runtime.specVersion).toBe(1003000)
    const e = processorEvent(kusama, 'Treasury.SpendApproved', { proposalIndex: 12, amount: 3n, beneficiary: DAVE })
    expect(relayDecoders.treasury!('relay', e as any)).toEqual({ kind: 'SpendApproved', index: 12, amount: 3n, beneficiary: DAVE })
  })
})
