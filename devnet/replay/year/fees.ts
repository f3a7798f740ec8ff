/**
 * Fees: signed transfers paying TransactionPayment fees, with tips now and then.
 * - relay: DealWithFees, 80 % of the fee (tip excluded) to the treasury (its account's Balances.Deposit and
 *   Treasury.Deposit), 20 % and the tip to the block author; about 0.0158 DOT a transfer, as on Polkadot.
 * - Asset Hub: the whole fee to the collators' pot (PotStake) until the 2003001 upgrade, to DAP's staging account
 *   after it; about 0.002 DOT.
 * No extrinsic lands inside a migration window (the migration blocked them), so no fee either.
 */
import type { BlockBuilder, ReplayWriter } from '../generator'
import type { BlockAt, YearChain } from './clock'
import type { TreasuryContributor } from './treasury'
import { addDay, between, COLLATOR_POT, DAP_STAGING, DOT, prng, str, TREASURY, USERS, type YearContributor } from './contributor'

export const AUTHOR = '0x' + 'c3'.repeat(32)
const BOB = '0x' + 'b0'.repeat(32)

interface ChainFees {
  extrinsics: number
  fees: bigint
  tips: bigint
  toTreasury: bigint
  toAuthor: bigint
  toCollatorPot: bigint
  toDap: bigint
  perDay: Map<string, number>
}
const empty = (): ChainFees => ({ extrinsics: 0, fees: 0n, tips: 0n, toTreasury: 0n, toAuthor: 0n, toCollatorPot: 0n, toDap: 0n, perDay: new Map() })

export class FeesContributor implements YearContributor {
  readonly domain = 'fees'
  readonly relay = empty()
  readonly assetHub = empty()
  private readonly r = prng(17)

  constructor(private readonly treasury: TreasuryContributor) {}

  genesis(_chain: YearChain, w: ReplayWriter): void {
    for (const u of USERS) w.balance(u, 1_000_000n * DOT)
  }

  block(b: BlockBuilder, at: BlockAt): void {
    if (at.inWindow || at.chain === 'coretime') return
    const count = between(this.r, at.chain === 'relay' ? 1 : 0, at.chain === 'relay' ? 3 : 4)
    for (let i = 0; i < count; i++) {
      const payer = USERS[between(this.r, 0, USERS.length - 1)]
      if (at.chain === 'relay') this.relayFee(b, at, payer)
      else this.hubFee(b, at, payer)
    }
  }

  private relayFee(b: BlockBuilder, at: BlockAt, payer: string): void {
    const fee = 158_000_000n + BigInt(between(this.r, 0, 9_999_999))
    const tip = this.r() < 0.125 ? 10_000_000n : 0n
    const total = fee + tip
    const value = BigInt(between(this.r, 1, 500)) * DOT
    const x = b.signed({ signer: payer, call: 'Balances.transfer_keep_alive', args: { dest: { Id: BOB }, value }, tip })
    b.event('Balances.Withdraw', { who: payer, amount: total }, x).debit(payer, total)
    b.event('Balances.Transfer', { from: payer, to: BOB, amount: value }, x).debit(payer, value).credit(BOB, value)
    const t = (fee * 80n) / 100n
    b.event('Balances.Deposit', { who: TREASURY, amount: t }, x).credit(TREASURY, t)
    b.event('Treasury.Deposit', { value: t }, x)
    b.event('Balances.Deposit', { who: AUTHOR, amount: total - t }, x).credit(AUTHOR, total - t)
    b.event('TransactionPayment.TransactionFeePaid', { who: payer, actualFee: total, tip }, x)
    const s = this.relay
    s.extrinsics++
    s.fees += total
    s.tips += tip
    s.toTreasury += t
    s.toAuthor += total - t
    addDay(s.perDay, at.date, 1)
    this.treasury.inflow('relay', 'Fees', t)
  }

  private hubFee(b: BlockBuilder, at: BlockAt, payer: string): void {
    const fee = 20_000_000n + BigInt(between(this.r, 0, 999_999))
    const toDap = at.spec === 'statemint/2003001'
    const to = toDap ? DAP_STAGING : COLLATOR_POT
    const x = b.signed({ signer: payer, call: 'System.remark', args: { remark: '0x' } })
    b.event('Balances.Withdraw', { who: payer, amount: fee }, x).debit(payer, fee)
    b.event('Balances.Deposit', { who: to, amount: fee }, x).credit(to, fee)
    b.event('TransactionPayment.TransactionFeePaid', { who: payer, actualFee: fee, tip: 0n }, x)
    const s = this.assetHub
    s.extrinsics++
    s.fees += fee
    if (toDap) s.toDap += fee
    else s.toCollatorPot += fee
    addDay(s.perDay, at.date, 1)
  }

  totals() {
    const out = (s: ChainFees) => str({ ...s, perDay: undefined, days: s.perDay.size })
    return { relay: out(this.relay), 'asset-hub': out(this.assetHub) }
  }
}
