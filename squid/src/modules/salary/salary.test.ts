/**
 * The Collectives sub-treasuries and salaries: the sub-treasuries' Asset Hub accounts (HashedDescription of their
 * pallet's sibling location), which main-treasury beneficiaries are a sub-treasury, a sub-treasury's spend through
 * the treasury mapping (its own ids, USDT located from Collectives, paid out at SpendProcessed), and the salary
 * module's cycles: Registered and Paid belong to the last CycleStarted, also one from an earlier batch.
 */
import { describe, expect, it } from 'vitest'
import { SalaryCycle, SalaryEvent, SalaryStatus, SpendStatus } from '../../model'
import { encodeAccount } from '../../mappings/locations'
import type { ApplyContext, ChainEnv } from '../module'
import { applyTreasuryEvents, assetSpendId } from '../treasury/mapping'
import { siblingPalletAccount, SUB_TREASURIES, subTreasuryAccount, subTreasuryOfBeneficiary, subTreasuryOfEvent } from '../treasury/subTreasuries'
import { salaryModule, type SalaryRecords } from './index'

const env = { cfg: { chain: 'collectives', decoders: 'collectives' }, ss58Prefix: 0 } as unknown as ChainEnv
const [ALICE, BOB, CAROL] = ['a1', 'b2', 'c3'].map((b) => '0x' + b.repeat(32))
const ss58 = (a: string) => encodeAccount(a, 0)
const T = Date.UTC(2026, 1, 2)
const at = (blockNumber: number, eventIndex = 0) => ({ chain: 'collectives', blockNumber, eventIndex, timestamp: new Date(T + blockNumber * 6_000) })
const USDT = 1_000_000n

function run(records: SalaryRecords, loaded: Record<string, unknown> = {}) {
  const written = new Map<unknown, any[]>()
  const ctx: ApplyContext = {
    loaded: ((entity: any, id: string) => loaded[`${entity.name}:${id}`]) as ApplyContext['loaded'],
    read: () => undefined,
    write: (entity, rows) => written.set(entity, [...(written.get(entity) ?? []), ...rows]),
    assets: new Map(),
    warn: () => {},
  }
  salaryModule.apply(env, records, ctx, [])
  return written
}

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
})

describe('salary cycles', () => {
  it('puts registrations and payouts in the last started cycle of their collective', () => {
    const out = run({
      events: [
        { ctx: at(1), event: { kind: 'Inducted', collective: 'fellowship', who: ALICE } },
        { ctx: at(2), event: { kind: 'CycleStarted', collective: 'fellowship', index: 7 } },
        { ctx: at(3), event: { kind: 'Registered', collective: 'fellowship', who: ALICE, amount: 5_000n * USDT } },
        { ctx: at(3, 1), event: { kind: 'Registered', collective: 'ambassador', who: CAROL, amount: 300n * USDT } },
        { ctx: at(4), event: { kind: 'Paid', collective: 'fellowship', who: ALICE, beneficiary: BOB, amount: 5_000n * USDT, paymentId: 9n } },
      ],
    })
    const events = out.get(SalaryEvent)!
    expect(events.map((e) => [e.kind, e.collective, e.cycleIndex, e.who, e.beneficiary, e.amount, e.blockNumber])).toEqual([
      ['Inducted', 'fellowship', null, ss58(ALICE), null, null, 1],
      ['Registered', 'fellowship', 7, ss58(ALICE), null, 5_000n * USDT, 3],
      // no CycleStarted of the Ambassadors indexed yet: the event has no cycle
      ['Registered', 'ambassador', null, ss58(CAROL), null, 300n * USDT, 3],
      ['Paid', 'fellowship', 7, ss58(ALICE), ss58(BOB), 5_000n * USDT, 4],
    ])
    expect(out.get(SalaryCycle)!.map((c) => [c.id, c.startedBlock, c.startedEventId])).toEqual([['fellowship-7', 2, 'collectives-0000000002-000000']])
    expect(out.get(SalaryStatus)!.map((s) => [s.id, s.cycleIndex])).toEqual([['fellowship', 7]])
  })

  it('finds the cycle of a later batch in the stored status, without rewriting the cycle', () => {
    const out = run(
      { events: [{ ctx: at(20), event: { kind: 'Paid', collective: 'fellowship', who: ALICE, beneficiary: ALICE, amount: 4_000n * USDT, paymentId: 10n } }] },
      { 'SalaryStatus:fellowship': new SalaryStatus({ id: 'fellowship', cycleIndex: 7 }) },
    )
    expect(out.get(SalaryEvent)!.map((e) => [e.cycle?.id, e.cycleIndex, e.amount])).toEqual([['fellowship-7', 7, 4_000n * USDT]])
    expect(out.get(SalaryCycle)).toEqual([])
  })
})
