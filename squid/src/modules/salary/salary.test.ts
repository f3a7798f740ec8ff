/**
 * The salary module's cycles: Registered and Paid belong to their collective's last CycleStarted, also one started in
 * an earlier batch (found through SalaryStatus).
 */
import { describe, expect, it } from 'vitest'
import { SalaryCycle, SalaryEvent, SalaryStatus } from '../../model'
import { encodeAccount } from '../../mappings/locations'
import type { ApplyContext, ChainEnv } from '../module'
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
