/**
 * Bulk coretime on the Coretime chain (Broker, sale times in relay blocks): a sale every 28 days at a day's first
 * block (the cores of the last sale renewable first, then SaleInitialized: 8 cores offered, 5 ideal, 10,000 DOT
 * end price), the renewals of cores 0–2 the next day, then one bulk purchase a day for 7 days at a falling price,
 * and credit for on-demand bought every 7th day. Every payment is withdrawn from the buyer and deposited to the
 * OnRevenue stash (py/ctbrn) before the broker's own event. Every block writes ParachainSystem.
 * LastRelayChainBlockNumber: the relay block of the timeline it belongs to.
 */
import type { BlockBuilder } from '../generator'
import type { BlockAt } from './clock'
import { addDay, between, CORETIME_BURN, DOT, prng, str, USERS, type YearContributor } from './contributor'

const FULL = '0x' + 'ff'.repeat(10)
const LEADIN = 100_800
const REGION = 5_040
const END_PRICE = 10_000n * DOT
/** the region of the year's first sale: timeslices (80 relay blocks) after the relay's first block */
const task = (t: number) => [{ mask: FULL, assignment: { Task: t } }]
const RENEWED = [[0, 2000], [1, 2001], [2, 2001]] as const

export class BrokerContributor implements YearContributor {
  readonly domain = 'broker'
  private readonly r = prng(61)
  private lastDay = -1
  private sale = -1
  private saleDay = 0
  private region0 = 0
  sales = 0
  bulk = { count: 0, revenue: 0n }
  renewals = { count: 0, revenue: 0n }
  credits = { count: 0, revenue: 0n }
  private readonly perDay = new Map<string, number>()
  private readonly salesList: { regionBegin: number; bulk: bigint; renewal: bigint; purchases: number; renewals: number }[] = []

  setup(b: BlockBuilder, at: BlockAt): void {
    if (at.chain !== 'coretime') return
    this.region0 = Math.ceil(at.relayBlock / 80) + 100
    this.block(b, at)
  }

  block(b: BlockBuilder, at: BlockAt): void {
    if (at.chain !== 'coretime') return
    b.write(b.spec.storageKey('ParachainSystem.LastRelayChainBlockNumber'), b.spec.storageValue('ParachainSystem.LastRelayChainBlockNumber', at.relayBlock))
    if (at.first) return
    if (this.lastDay === at.day) return
    this.lastDay = at.day
    const regionBegin = (s: number) => this.region0 + s * REGION
    if (at.day % 28 === 0) {
      this.sale++
      this.saleDay = at.day
      const s = this.sale
      for (const [core, para] of RENEWED) b.event('Broker.Renewable', { core, price: this.renewalPrice(core), begin: regionBegin(s), workload: task(para) })
      b.event('Broker.SaleInitialized', { saleStart: at.relayBlock + 10, leadinLength: LEADIN, startPrice: 100n * END_PRICE, endPrice: END_PRICE, regionBegin: regionBegin(s), regionEnd: regionBegin(s + 1), idealCoresSold: 5, coresOffered: 8 })
      this.sales++
      this.salesList.push({ regionBegin: regionBegin(s), bulk: 0n, renewal: 0n, purchases: 0, renewals: 0 })
      return
    }
    const age = at.day - this.saleDay
    const sale = this.salesList[this.salesList.length - 1]
    if (age === 1) {
      for (const [core, para] of RENEWED) {
        const price = this.renewalPrice(core)
        const x = this.paid(b, USERS[50 + core], 'Broker.renew', { core }, price)
        b.event('Broker.Renewed', { who: USERS[50 + core], price, oldCore: core, core, begin: sale.regionBegin, duration: REGION, workload: task(para) }, x)
        b.event('Broker.Renewable', { core, price: (price * 103n) / 100n, begin: sale.regionBegin + REGION, workload: task(para) }, x)
        this.renewals.count++
        this.renewals.revenue += price
        sale.renewal += price
        sale.renewals++
      }
      addDay(this.perDay, at.date, RENEWED.length)
    }
    if (age >= 1 && age <= 7) {
      // the lead-in price, falling: 100× the end price at the start; a buyer pays between 2× and 1.5× late in the week
      const price = END_PRICE * BigInt(9 - age) / 4n + BigInt(between(this.r, 0, 999)) * DOT
      const who = USERS[between(this.r, 0, 40)]
      const x = this.paid(b, who, 'Broker.purchase', { priceLimit: price }, price)
      b.event('Broker.Purchased', { who, regionId: { begin: sale.regionBegin, core: 2 + age, mask: FULL }, price, duration: REGION }, x)
      this.bulk.count++
      this.bulk.revenue += price
      sale.bulk += price
      sale.purchases++
      addDay(this.perDay, at.date, 1)
    }
    if (at.day % 7 === 3) {
      const amount = BigInt(between(this.r, 50, 500)) * DOT
      const who = USERS[60]
      const x = this.paid(b, who, 'Broker.purchase_credit', { amount, beneficiary: who }, amount)
      b.event('Broker.CreditPurchased', { who, beneficiary: who, amount }, x)
      this.credits.count++
      this.credits.revenue += amount
    }
  }

  /** renewal price of a core in the current sale: 3 % up a sale (the renewal bump) from 2,000 + 100 × core DOT */
  private renewalPrice(core: number): bigint {
    let p = (2_000n + 100n * BigInt(core)) * DOT
    for (let s = 0; s < this.sale; s++) p = (p * 103n) / 100n
    return p
  }

  private paid(b: BlockBuilder, who: string, call: string, args: Record<string, unknown>, price: bigint): number {
    const x = b.signed({ signer: who, call, args })
    b.event('Balances.Withdraw', { who, amount: price }, x).debit(who, price)
    b.event('Balances.Deposit', { who: CORETIME_BURN, amount: price }, x).credit(CORETIME_BURN, price)
    return x
  }

  totals() {
    return str({ sales: this.sales, bulk: this.bulk, renewals: this.renewals, credits: this.credits, revenue: this.bulk.revenue + this.renewals.revenue + this.credits.revenue, bySale: this.salesList, days: this.perDay.size })
  }
}
