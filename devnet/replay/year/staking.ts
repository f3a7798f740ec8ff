/**
 * Era payouts: Polkadot's eras last a day, so one Staking.EraPaid at each day's first block.
 * - relay, before the migration: the remainder goes to the treasury (RewardRemainder: its account's deposit and
 *   Treasury.Deposit).
 * - Asset Hub, after its window (staking-async): on 2000006 the remainder is issued into the treasury account
 *   (Balances.Issued, Balances.Deposit); from 2003001 staking mints nothing (DAP's drips pay), the remainder is only
 *   reported.
 * About 280,000 DOT to validators and 50,000 DOT of remainder an era.
 */
import type { BlockBuilder } from '../generator'
import type { BlockAt } from './clock'
import { addDay, between, DOT, prng, str, TREASURY, type YearContributor } from './contributor'
import type { TreasuryContributor } from './treasury'

interface ChainEras {
  eras: number
  validatorPayout: bigint
  remainder: bigint
  remainderToTreasury: bigint
  perDay: Map<string, number>
}
const empty = (): ChainEras => ({ eras: 0, validatorPayout: 0n, remainder: 0n, remainderToTreasury: 0n, perDay: new Map() })

export class StakingContributor implements YearContributor {
  readonly domain = 'staking'
  private readonly chains = { relay: empty(), 'asset-hub': empty() }
  private readonly r = prng(31)
  private era = 1_900
  private lastDay = new Map<string, number>()

  constructor(private readonly treasury: TreasuryContributor) {}

  block(b: BlockBuilder, at: BlockAt): void {
    if (at.chain === 'coretime' || at.inWindow || this.lastDay.get(at.chain) === at.day) return
    this.lastDay.set(at.chain, at.day)
    // staking runs on the relay until the migration, on Asset Hub after it
    if (at.chain === 'relay' ? !at.beforeMigration : at.beforeMigration) return
    const validatorPayout = BigInt(between(this.r, 270_000, 290_000)) * DOT + BigInt(between(this.r, 0, 9_999_999))
    const remainder = BigInt(between(this.r, 45_000, 55_000)) * DOT
    const s = this.chains[at.chain]
    b.event('Staking.EraPaid', { eraIndex: this.era++, validatorPayout, remainder })
    if (at.chain === 'relay') {
      b.event('Balances.Deposit', { who: TREASURY, amount: remainder }).credit(TREASURY, remainder)
      b.event('Treasury.Deposit', { value: remainder })
      s.remainderToTreasury += remainder
      this.treasury.inflow('relay', 'Inflation', remainder)
    } else if (at.spec !== 'statemint/2003001') {
      b.event('Balances.Issued', { amount: remainder })
      b.event('Balances.Deposit', { who: TREASURY, amount: remainder }).credit(TREASURY, remainder)
      s.remainderToTreasury += remainder
      this.treasury.inflow('asset-hub', 'Inflation', remainder)
    }
    s.eras++
    s.validatorPayout += validatorPayout
    s.remainder += remainder
    addDay(s.perDay, at.date, 1)
  }

  totals() {
    const out = (s: ChainEras) => str({ ...s, perDay: undefined, days: s.perDay.size })
    return { relay: out(this.chains.relay), 'asset-hub': out(this.chains['asset-hub']) }
  }
}
