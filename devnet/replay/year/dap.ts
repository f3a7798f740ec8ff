/**
 * DAP (pallet-dap, Asset Hub from 2003001): a drip at each day's first block (a mint per budget recipient, the
 * buffer's and the stakers', then Dap.IssuanceMinted over the day's milliseconds), and on Mondays the staging
 * account's DOT (the fees it received) drained to the buffer in on_idle (Finalization: the transfer, then
 * Dap.StagingDrained). About 330,000 DOT a day, 15 % to the buffer.
 */
import type { BlockBuilder, ReplayWriter } from '../generator'
import { DAY_MS, type BlockAt } from './clock'
import { addDay, between, DAP_BUFFER, DAP_STAGING, DOT, prng, str, type YearContributor } from './contributor'

export const STAKER_POT = '0x' + 'e5'.repeat(32)

export class DapContributor implements YearContributor {
  readonly domain = 'dap'
  private readonly r = prng(41)
  private lastDay = -1
  drips = 0
  minted = 0n
  toBuffer = 0n
  drains = 0
  drained = 0n
  private readonly perDay = new Map<string, number>()
  /** the first block DAP runs in (the processor's ASSET_HUB_DAP_FROM_BLOCK) */
  fromBlock: number | undefined

  block(b: BlockBuilder, at: BlockAt, w: ReplayWriter): void {
    if (at.chain !== 'asset-hub' || at.spec !== 'statemint/2003001') return
    this.fromBlock ??= at.number
    if (this.lastDay === at.day) return
    this.lastDay = at.day
    const total = BigInt(between(this.r, 320_000, 340_000)) * DOT
    const buffer = (total * 15n) / 100n
    b.event('Balances.Minted', { who: DAP_BUFFER, amount: buffer }).credit(DAP_BUFFER, buffer)
    b.event('Balances.Minted', { who: STAKER_POT, amount: total - buffer }).credit(STAKER_POT, total - buffer)
    b.event('Dap.IssuanceMinted', { totalMinted: total, elapsedMillis: DAY_MS })
    this.drips++
    this.minted += total
    this.toBuffer += buffer
    addDay(this.perDay, at.date, 1)
    if (new Date(at.timestamp).getUTCDay() === 1) {
      // after this block's extrinsics (their fees are in the staging account already)
      const amount = w.balanceOf(DAP_STAGING)
      if (!amount) return
      b.debit(DAP_STAGING, amount).credit(DAP_BUFFER, amount)
      b.events.push({ name: 'Balances.Transfer', args: { from: DAP_STAGING, to: DAP_BUFFER, amount }, phase: 'Finalization' })
      b.events.push({ name: 'Dap.StagingDrained', args: { amount }, phase: 'Finalization' })
      this.drains++
      this.drained += amount
    }
  }

  totals() {
    return str({ fromBlock: this.fromBlock ?? null, drips: this.drips, minted: this.minted, toBuffer: this.toBuffer, drains: this.drains, drained: this.drained, days: this.perDay.size })
  }
}
