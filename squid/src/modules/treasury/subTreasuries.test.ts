/**
 * The Collectives sub-treasuries: their Asset Hub accounts (HashedDescription of their pallet's sibling location),
 * which main-treasury beneficiaries are a sub-treasury, and a sub-treasury's spend through the treasury mapping (its
 * own ids, USDT located from Collectives, paid out at SpendProcessed).
 */
import { describe, expect, it } from 'vitest'
import { SpendStatus } from '../../model'
import { encodeAccount } from '../../mappings/locations'
import { applyTreasuryEvents, assetSpendId } from './mapping'
import { subLedgerDeltas, subLedgerKey, subLedgers, subTreasuryTransfer } from './subLedger'
import { siblingPalletAccount, SUB_TREASURIES, subTreasuryAccount, subTreasuryOfBeneficiary, subTreasuryOfEvent } from './subTreasuries'

const [ALICE, BOB] = ['a1', 'b2'].map((b) => '0x' + b.repeat(32))
const ss58 = (a: string) => encodeAccount(a, 0)
const T = Date.UTC(2026, 1, 2)
const at = (blockNumber: number, eventIndex = 0) => ({ chain: 'collectives', blockNumber, eventIndex, timestamp: new Date(T + blockNumber * 6_000) })
const USDT = 1_000_000n

describe('the sub-treasuries', () => {
  it("hold their money in Asset Hub's account of {parents: 1, X2(Parachain 1001, PalletInstance i)}", () => {
    expect(siblingPalletAccount(1001, 65)).toBe('0xf2ff382d72029597035b13d87942b7161b381e971e191ed6f2cb46b14c3a25b0')
    expect(ss58(subTreasuryAccount(SUB_TREASURIES[0]))).toBe('16VcQSRcMFy6ZHVjBvosKmo7FKqTb8ZATChDYo8ibutzLnos')
    expect(ss58(subTreasuryAccount(SUB_TREASURIES[1]))).toBe('14yYt1iVXT9hn4LczHbxofLU6i83eBpW9TPM7MZv8xuEb3b8')
    expect(subTreasuryOfEvent('AmbassadorTreasury.Paid')?.name).toBe('ambassador')
    expect(subTreasuryOfEvent('Treasury.Paid')).toBeUndefined()
  })

  it('are the beneficiary of a main-treasury spend paying their account or their pallet location', () => {
    const fellowship = subTreasuryAccount(SUB_TREASURIES[0])
    const here = { parents: 0, interior: { __kind: 'Here' } }
    const accountOf = (id: string) => ({ parents: 0, interior: { __kind: 'X1', value: [{ __kind: 'AccountId32', network: null, id }] } })
    // Asset Hub: a LocatableAccount on Asset Hub itself
    expect(subTreasuryOfBeneficiary({ location: here, accountId: accountOf(fellowship) })?.name).toBe('fellowship')
    // the relay: a VersionedLocation of the account; a local spend: the account itself
    expect(subTreasuryOfBeneficiary({ __kind: 'V4', value: accountOf(fellowship) })?.name).toBe('fellowship')
    expect(subTreasuryOfBeneficiary(fellowship)?.name).toBe('fellowship')
    const pallet = (i: number) => ({ parents: 1, interior: { __kind: 'X2', value: [{ __kind: 'Parachain', value: 1001 }, { __kind: 'PalletInstance', value: i }] } })
    expect(subTreasuryOfBeneficiary({ location: here, accountId: pallet(75) })?.name).toBe('ambassador')
    expect(subTreasuryOfBeneficiary({ location: here, accountId: pallet(64) })).toBeUndefined()
    expect(subTreasuryOfBeneficiary({ location: here, accountId: accountOf(ALICE) })).toBeUndefined()
  })

  it("map a sub-treasury's spend with its own ids, USDT on Asset Hub, and the outflow at SpendProcessed", () => {
    const usdt = { location: { parents: 1, interior: { __kind: 'X1', value: [{ __kind: 'Parachain', value: 1000 }] } }, assetId: { parents: 0, interior: { __kind: 'X2', value: [{ __kind: 'PalletInstance', value: 50 }, { __kind: 'GeneralIndex', value: 1984n }] } } }
    const beneficiary = { parents: 0, interior: { __kind: 'X1', value: [{ __kind: 'AccountId32', network: null, id: BOB }] } }
    const tEnv = { chain: 'collectives', ss58Prefix: 0, native: { id: 'native', symbol: 'DOT', decimals: 10, chain: 'collectives' }, assets: new Map(), treasury: 'fellowship' as const }
    const out = applyTreasuryEvents(
      tEnv,
      [
        { ctx: at(10), treasury: 'fellowship', event: { kind: 'AssetSpendApproved', index: 0, assetKind: usdt, amount: 12_000n * USDT, beneficiary, validFrom: 10, expireAt: 1000 } },
        { ctx: at(11), treasury: 'fellowship', event: { kind: 'Paid', index: 0, paymentId: 4n } },
        { ctx: at(12), treasury: 'fellowship', event: { kind: 'SpendProcessed', index: 0 } },
      ],
      new Map(),
    )
    const spend = out.spends.get(assetSpendId('collectives', 0, 'fellowship'))!
    expect(spend.id).toBe('collectives-fellowship-asset-0')
    expect([spend.treasury, spend.status, spend.asset.id, spend.amount, spend.beneficiary, spend.closedBlock]).toEqual(['fellowship', SpendStatus.Completed, 'assethub-assets:1984', 12_000n * USDT, ss58(BOB), 12])
    expect(out.flows.map((f) => [f.treasury, f.kind, f.direction, f.amount, f.blockNumber])).toEqual([['fellowship', 'SpendPaid', 'Out', 12_000n * USDT, 12]])
  })

  it('keep a ledger per asset of their Asset Hub accounts: income in, payouts out, both sides of a transfer between them', () => {
    const [fellowship, ambassador] = SUB_TREASURIES.map(subTreasuryAccount)
    const ctx = (n: number) => ({ ...at(n), chain: 'asset-hub' })
    const flows = [
      ...subTreasuryTransfer(ctx(20), { from: ALICE, to: fellowship, amount: 250_000n * USDT }, 1984),
      ...subTreasuryTransfer(ctx(21), { from: fellowship, to: BOB, amount: 12_000n * USDT }, 1984),
      ...subTreasuryTransfer(ctx(21), { from: fellowship, to: ambassador, amount: 3n * 10n ** 10n }),
      ...subTreasuryTransfer(ctx(22), { from: ALICE, to: BOB, amount: 1n }),
    ]
    expect(flows.map((f) => [f.treasury, f.kind, f.amount, f.assetNumber, f.ctx.blockNumber])).toEqual([
      ['fellowship', 'Transfer', 250_000n * USDT, 1984, 20],
      ['fellowship', 'SubTreasuryPayout', 12_000n * USDT, 1984, 21],
      ['fellowship', 'SubTreasuryPayout', 3n * 10n ** 10n, undefined, 21],
      ['ambassador', 'Transfer', 3n * 10n ** 10n, undefined, 21],
    ])
    const deltas = subLedgerDeltas(flows)
    expect(deltas.get(subLedgerKey('fellowship', 1984))).toEqual(new Map([[20, 250_000n * USDT], [21, -12_000n * USDT]]))
    expect(deltas.get(subLedgerKey('fellowship'))).toEqual(new Map([[21, -3n * 10n ** 10n]]))
    expect(deltas.get(subLedgerKey('ambassador'))).toEqual(new Map([[21, 3n * 10n ** 10n]]))
    expect(subLedgers([1984, 1337]).map((l) => l.key)).toEqual([
      'subDayBalances:fellowship:native', 'subDayBalances:fellowship:1984', 'subDayBalances:fellowship:1337',
      'subDayBalances:ambassador:native', 'subDayBalances:ambassador:1984', 'subDayBalances:ambassador:1337',
    ])
  })
})
