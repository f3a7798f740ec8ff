/**
 * The treasury: its inflows and outflows on the relay until the migration, the move of its DOT to Asset Hub inside
 * the window, and its spends on Asset Hub after it.
 * - relay, before the window: a spend proposal approved (Treasury.SpendApproved) every 4th day and awarded 6 days
 *   later (Treasury.Awarded, as the spend period does); a transfer into the treasury every 3rd day.
 * - the relay window's first block: the treasury's whole DOT burned (Balances.Burned: the account migration);
 *   Asset Hub's window, a block later: the same amount minted to the treasury (Balances.Minted).
 * - Asset Hub, after its window: a native spend approved every 3rd day (Treasury.AssetSpendApproved, DOT on
 *   Asset Hub) and paid out 2 days later (Treasury.payout: LocalPay's Balances.Transfer, then Treasury.Paid).
 * Fee shares and era remainders are other domains' events; they report them to this ledger, so the inflow totals
 * here are every flow the treasury accounts see.
 */
import type { BlockBuilder, ReplayWriter } from '../generator'
import { MIGRATION, type BlockAt, type YearChain } from './clock'
import { addDay, between, DOT, prng, str, TREASURY, USERS, type YearContributor } from './contributor'

const U64_MAX = 2n ** 64n - 1n
const BENEFICIARY = '0x' + 'be'.repeat(32)
const HERE = { parents: 0, interior: { Here: null } }
const DOT_ON_HUB = { V5: { location: HERE, assetId: { parents: 1, interior: { Here: null } } } }
const toBeneficiary = { V5: { location: HERE, accountId: { parents: 0, interior: { X1: [{ AccountId32: { network: null, id: BENEFICIARY } }] } } } }

interface Ledger {
  inflow: bigint
  outflow: bigint
  movedIn: bigint
  movedOut: bigint
  bySource: Record<string, bigint>
  /** outflow by kind: Awarded, SpendPaid, BountyFunded */
  byKind: Record<string, bigint>
  days: Set<string>
  spendsApproved: number
  spendsPaid: number
  spent: bigint
  closingBalance: bigint
}
const empty = (): Ledger => ({ inflow: 0n, outflow: 0n, movedIn: 0n, movedOut: 0n, bySource: {}, byKind: {}, days: new Set(), spendsApproved: 0, spendsPaid: 0, spent: 0n, closingBalance: 0n })

export class TreasuryContributor implements YearContributor {
  readonly domain = 'treasury'
  private readonly ledgers: Record<'relay' | 'asset-hub', Ledger> = { relay: empty(), 'asset-hub': empty() }
  private readonly r = prng(23)
  private moved = 0n
  /** relay proposals approved, awarded on their day; Asset Hub spends approved, paid on their day */
  private readonly awardOn = new Map<number, { index: number; amount: bigint }[]>()
  private readonly payOn = new Map<number, { index: number; amount: bigint }[]>()
  private proposals = 0
  private spends = 0
  private readonly seenDay = new Map<YearChain, number>()
  private writers = new Map<YearChain, ReplayWriter>()

  /** another domain's money into a treasury account (a fee share, an era remainder) */
  inflow(chain: YearChain, source: string, amount: bigint): void {
    if (chain === 'coretime' || !amount) return
    const l = this.ledgers[chain]
    l.inflow += amount
    l.bySource[source] = (l.bySource[source] ?? 0n) + amount
  }

  /** another domain's money out of a treasury account (a bounty funded) */
  outflow(chain: YearChain, kind: string, amount: bigint): void {
    if (chain === 'coretime' || !amount) return
    const l = this.ledgers[chain]
    l.outflow += amount
    l.byKind[kind] = (l.byKind[kind] ?? 0n) + amount
  }

  genesis(chain: YearChain, w: ReplayWriter): void {
    this.writers.set(chain, w)
    if (chain === 'relay') w.balance(TREASURY, 40_000_000n * DOT)
    if (chain === 'asset-hub') w.balance(TREASURY, 1_000n * DOT)
  }

  block(b: BlockBuilder, at: BlockAt, w: ReplayWriter): void {
    if (at.chain === 'coretime') return
    const l = this.ledgers[at.chain]
    l.days.add(at.date)
    const firstOfDay = this.seenDay.get(at.chain) !== at.day
    this.seenDay.set(at.chain, at.day)
    if (at.chain === 'relay') {
      if (at.number === MIGRATION.relay.from) {
        // the account migration: the relay treasury's DOT leaves the relay
        this.moved = w.balanceOf(TREASURY)
        b.event('Balances.Burned', { who: TREASURY, amount: this.moved }).debit(TREASURY, this.moved)
        l.movedOut += this.moved
      }
      if (!at.beforeMigration || !firstOfDay) return
      for (const a of this.awardOn.get(at.day) ?? []) {
        b.event('Treasury.Awarded', { proposalIndex: a.index, award: a.amount, account: BENEFICIARY }).debit(TREASURY, a.amount).credit(BENEFICIARY, a.amount)
        this.outflow('relay', 'Awarded', a.amount)
        l.spendsPaid++
        l.spent += a.amount
      }
      if (at.day % 4 === 0) {
        const amount = BigInt(between(this.r, 1_000, 250_000)) * DOT
        const index = this.proposals++
        b.event('Treasury.SpendApproved', { proposalIndex: index, amount, beneficiary: BENEFICIARY })
        l.spendsApproved++
        const list = this.awardOn.get(at.day + 6) ?? []
        list.push({ index, amount })
        this.awardOn.set(at.day + 6, list)
      }
      if (at.day % 3 === 1) this.transferIn(b, at, l)
      return
    }
    // Asset Hub
    if (at.number === MIGRATION['asset-hub'].from + 1) {
      b.event('Balances.Minted', { who: TREASURY, amount: this.moved }).credit(TREASURY, this.moved)
      l.movedIn += this.moved
    }
    if (at.inWindow || at.beforeMigration || !firstOfDay) return
    for (const p of this.payOn.get(at.day) ?? []) {
      const x = b.signed({ signer: BENEFICIARY, call: 'Treasury.payout', args: { index: p.index } })
      b.event('Balances.Transfer', { from: TREASURY, to: BENEFICIARY, amount: p.amount }, x).debit(TREASURY, p.amount).credit(BENEFICIARY, p.amount)
      b.event('Treasury.Paid', { index: p.index, paymentId: U64_MAX }, x)
      this.outflow('asset-hub', 'SpendPaid', p.amount)
      l.spendsPaid++
      l.spent += p.amount
    }
    if (at.day % 3 === 0) {
      const amount = BigInt(between(this.r, 500, 100_000)) * DOT
      const index = this.spends++
      b.event('Treasury.AssetSpendApproved', { index, assetKind: DOT_ON_HUB, amount, beneficiary: toBeneficiary, validFrom: at.relayBlock, expireAt: at.relayBlock + 2_000_000 })
      l.spendsApproved++
      const list = this.payOn.get(at.day + 2) ?? []
      list.push({ index, amount })
      this.payOn.set(at.day + 2, list)
    }
  }

  private transferIn(b: BlockBuilder, at: BlockAt, l: Ledger): void {
    const from = USERS[between(this.r, 0, USERS.length - 1)]
    const amount = BigInt(between(this.r, 10, 5_000)) * DOT
    const x = b.signed({ signer: from, call: 'Balances.transfer_keep_alive', args: { dest: { Id: TREASURY }, value: amount } })
    b.event('Balances.Transfer', { from, to: TREASURY, amount }, x).debit(from, amount).credit(TREASURY, amount)
    l.inflow += amount
    l.bySource.Transfers = (l.bySource.Transfers ?? 0n) + amount
  }

  totals() {
    const out = (chain: 'relay' | 'asset-hub') => {
      const l = this.ledgers[chain]
      l.closingBalance = this.writers.get(chain)?.balanceOf(TREASURY) ?? 0n
      return str({ ...l, days: l.days.size })
    }
    return { relay: out('relay'), 'asset-hub': out('asset-hub') }
  }
}
