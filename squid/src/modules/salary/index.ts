/**
 * Salaries of the Collectives chain's ranked collectives (pallet-salary): payroll cycles, the members registered in
 * each, and what each was paid. The pallets pay Asset Hub's USDT over XCM (PayOverXcm from the salary pallet's
 * location), so amounts are USDT units (6 decimals); the money leaves from the salary pallet's account on Asset Hub.
 *
 * Registered and Paid name no cycle: they belong to the cycle the collective is in, the last CycleStarted. That
 * cycle is carried from batch to batch in SalaryStatus (one row per collective, loaded by id), so no event needs a
 * query of its own; a cycle's counts and totals are summed from its events by the API.
 */
import { SalaryCycle, SalaryEvent, SalaryEventKind, SalaryStatus } from '../../model'
import { namesOf } from '../../decoders/decode'
import { ctxId, type EventCtx } from '../../mappings/facts'
import { encodeAccount } from '../../mappings/locations'
import { defineModule, eventCtx } from '../module'
import { SALARY_DECODERS, type Collective, type SalaryChange, type SalaryDecoders } from './decoders'

export type { Collective, SalaryChange }

/** The salary pallets pay Asset Hub's USDT (Assets 1984), 6 decimals. */
export const SALARY_ASSET = { id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6 }

export interface SalaryRecords {
  events: { ctx: EventCtx; event: SalaryChange }[]
}

export const cycleId = (collective: string, index: number) => `${collective}-${index}`

export const salaryModule = defineModule<SalaryRecords, {}, unknown, SalaryDecoders>({
  name: 'salary',
  version: 1,
  entities: [SalaryStatus, SalaryCycle, SalaryEvent],
  decoders: SALARY_DECODERS,
  empty: () => ({ events: [] }),
  requests: (_env, d) => ({ events: [{ names: namesOf(d.salary), extrinsic: true }] }),

  decode(env, blocks, _recordsOf, d) {
    const chain = env.cfg.chain
    const events: SalaryRecords['events'] = []
    for (const block of blocks) {
      for (const e of block.events) {
        const event = d.salary(chain, e)
        if (event) events.push({ ctx: eventCtx(chain, block, e), event })
      }
    }
    return { events }
  },

  load(_env, { events }) {
    const collectives = new Set(events.map((e) => e.event.collective))
    const cycles = new Set(events.flatMap(({ event: e }) => (e.kind === 'CycleStarted' ? [cycleId(e.collective, e.index)] : [])))
    return [
      { entity: SalaryStatus, ids: collectives },
      { entity: SalaryCycle, ids: cycles },
    ]
  },

  apply(env, { events }, ctx) {
    const account = (a: string) => encodeAccount(a, env.ss58Prefix)
    const statuses = new Map<string, SalaryStatus>()
    const cycles = new Map<string, SalaryCycle>()
    const statusOf = (c: Collective) => statuses.get(c) ?? (ctx.loaded(SalaryStatus, c) && statuses.set(c, ctx.loaded(SalaryStatus, c)!).get(c))
    const cycleOf = (c: Collective, index: number, started?: EventCtx): SalaryCycle => {
      const id = cycleId(c, index)
      let cy = cycles.get(id) ?? ctx.loaded(SalaryCycle, id)
      if (!cy) cy = new SalaryCycle({ id, collective: c, index, startedBlock: null, startedAt: null, startedEventId: null })
      if (started) Object.assign(cy, { startedBlock: started.blockNumber, startedAt: started.timestamp, startedEventId: ctxId(started) })
      cycles.set(id, cy)
      return cy
    }
    const rows: SalaryEvent[] = []
    for (const { ctx: c, event: e } of events) {
      if (e.kind === 'CycleStarted') {
        cycleOf(e.collective, e.index, c)
        const s = statusOf(e.collective) ?? new SalaryStatus({ id: e.collective, cycleIndex: e.index })
        s.cycleIndex = e.index
        statuses.set(e.collective, s)
        continue
      }
      const status = statusOf(e.collective)
      // before the first indexed CycleStarted the cycle is unknown: the event is kept without one
      // a cycle begun in an earlier batch is referred to by id only: its row is not rewritten
      const cycle = status ? (cycles.get(cycleId(e.collective, status.cycleIndex)) ?? new SalaryCycle({ id: cycleId(e.collective, status.cycleIndex), index: status.cycleIndex })) : undefined
      rows.push(
        new SalaryEvent({
          id: ctxId(c),
          collective: e.collective,
          kind: SalaryEventKind[e.kind],
          cycle: cycle ?? null,
          cycleIndex: cycle?.index ?? null,
          who: account(e.who),
          beneficiary: e.kind === 'Paid' ? account(e.beneficiary) : e.kind === 'Swapped' ? account(e.newWho) : null,
          amount: e.kind === 'Registered' || e.kind === 'Paid' ? e.amount : null,
          paymentId: e.kind === 'Paid' ? e.paymentId : null,
          blockNumber: c.blockNumber,
          timestamp: c.timestamp,
          eventIndex: c.eventIndex,
          extrinsicHash: c.extrinsicHash ?? null,
        }),
      )
    }
    ctx.write(SalaryStatus, statuses.values())
    ctx.write(SalaryCycle, cycles.values())
    ctx.write(SalaryEvent, rows)
  },
})
