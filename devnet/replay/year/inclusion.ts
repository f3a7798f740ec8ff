/**
 * Cores on the relay: on-demand orders, and the candidates each core includes.
 * The assignments are the relay's own CoretimeAssignmentProvider.CoreDescriptors, written at its genesis block:
 *   core 0  Task 2000   included at every block
 *   core 1  Task 2001   included at every block        } 2001 is elastic: two cores
 *   core 2  Task 2001   included at every other block  }
 *   core 3  Task 2002   included in the first 3 days only, then assigned and idle
 *   core 4  Idle        never
 *   core 5  Pool        on-demand para 3000: one block included the relay block after each order
 * Orders (OnDemand.place_order_allow_death: the spot price withdrawn and deposited to py/ondmd, then
 * OnDemandOrderPlaced) come 0–2 per relay block in one block of four, outside the migration window.
 */
import type { BlockBuilder } from '../generator'
import type { BlockAt } from './clock'
import { addDay, between, DOT, ON_DEMAND_POT, prng, str, USERS, type YearContributor } from './contributor'

const PARTS = 57_600
const H = '0x' + '11'.repeat(32)
const ON_DEMAND_PARA = 3000
const receipt = (para: number, core: number) => ({
  descriptor: { paraId: para, relayParent: H, version: 0, coreIndex: core, sessionIndex: 1, reserved1: '0x' + '00'.repeat(25), persistedValidationDataHash: H, povHash: H, erasureRoot: H, reserved2: '0x' + '00'.repeat(64), paraHead: H, validationCodeHash: H },
  commitmentsHash: H,
})
const work = (assignment: unknown) => ({ assignments: [[assignment, { ratio: PARTS, remaining: PARTS }]], endHint: null, pos: 0, step: PARTS })
const ASSIGNED: [number, unknown][] = [[0, { Task: 2000 }], [1, { Task: 2001 }], [2, { Task: 2001 }], [3, { Task: 2002 }], [4, 'Idle'], [5, 'Pool']]

export class InclusionContributor implements YearContributor {
  readonly domain = 'inclusion'
  private readonly r = prng(71)
  private ordered = 0
  orders = { count: 0, spent: 0n }
  readonly includedByPara: Record<number, number> = {}
  readonly includedByCore: Record<number, number> = {}
  onDemandIncluded = 0
  private readonly ordersPerDay = new Map<string, number>()
  private readonly inclusionDays = new Set<string>()

  setup(b: BlockBuilder, at: BlockAt): void {
    if (at.chain === 'relay') for (const [core, a] of ASSIGNED) b.write(b.spec.storageKey('CoretimeAssignmentProvider.CoreDescriptors', [core]), b.spec.storageValue('CoretimeAssignmentProvider.CoreDescriptors', { queue: null, currentWork: work(a) }))
  }

  block(b: BlockBuilder, at: BlockAt): void {
    if (at.chain !== 'relay') return
    const produces: [number, number][] = [[0, 2000], [1, 2001]]
    if (at.number % 2 === 0) produces.push([2, 2001])
    if (at.day < 3) produces.push([3, 2002])
    // the previous block's orders: one candidate of the pool core each (a core includes one a block)
    if (this.ordered) produces.push([5, ON_DEMAND_PARA])
    for (const [core, para] of produces) {
      b.event('ParaInclusion.CandidateIncluded', { 0: receipt(para, core), 1: '0x00', 2: core, 3: core })
      this.includedByPara[para] = (this.includedByPara[para] ?? 0) + 1
      this.includedByCore[core] = (this.includedByCore[core] ?? 0) + 1
      if (core === 5) this.onDemandIncluded++
    }
    this.inclusionDays.add(at.date)
    this.ordered = 0
    if (at.inWindow || at.number % 4 !== 0) return
    const n = between(this.r, 0, 2)
    for (let i = 0; i < n; i++) {
      const who = USERS[between(this.r, 0, USERS.length - 1)]
      const price = DOT / 10n + BigInt(between(this.r, 0, 99_999_999))
      const x = b.signed({ signer: who, call: 'OnDemand.place_order_allow_death', args: { maxAmount: price, paraId: ON_DEMAND_PARA } })
      b.event('Balances.Withdraw', { who, amount: price }, x).debit(who, price)
      b.event('Balances.Deposit', { who: ON_DEMAND_POT, amount: price }, x).credit(ON_DEMAND_POT, price)
      b.event('OnDemand.OnDemandOrderPlaced', { paraId: ON_DEMAND_PARA, spotPrice: price, orderedBy: who }, x)
      this.orders.count++
      this.orders.spent += price
      addDay(this.ordersPerDay, at.date, 1)
    }
    if (n) this.ordered = 1
  }

  totals() {
    return str({ orders: this.orders, includedByPara: this.includedByPara, includedByCore: this.includedByCore, onDemandIncluded: this.onDemandIncluded, days: this.inclusionDays.size, orderDays: this.ordersPerDay.size })
  }
}
