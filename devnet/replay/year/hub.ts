/**
 * The Hub on Asset Hub, outside the migration window: the DOT/USDT and DOT/USDC pools created at its first block after genesis,
 * then 0–2 swaps a block on DOT/USDT (DOT near 4.2 USD, a day's price drifting ±2 %), USDT and USDC transfers, and
 * a Revive contract deployed every 2nd day.
 */
import { blake2AsHex } from '@polkadot/util-crypto'
import { compactToU8a, u8aConcat } from '@polkadot/util'
import type { BlockBuilder } from '../generator'
import type { BlockAt } from './clock'
import { addDay, between, DOT, prng, str, USERS, type YearContributor } from './contributor'

const USD = 10n ** 6n
const DOT_LOC = { parents: 1, interior: 'Here' }
const usdLoc = (id: number) => ({ parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: id }] } })
/** pallet-asset-conversion's pool account: blake2_256(("py/ascon", (DOT, asset))) */
export function nativePoolAccount(assetId: number): string {
  return blake2AsHex(u8aConcat(new TextEncoder().encode('py/ascon'), Uint8Array.of(1, 0), Uint8Array.of(0, 2, 4, 50, 5), compactToU8a(assetId)), 256)
}

export class HubContributor implements YearContributor {
  readonly domain = 'hub'
  private readonly r = prng(83)
  swaps = 0
  swapDot = 0n
  swapUsd = 0n
  poolsCreated = 0
  transfers: Record<number, { count: number; volume: bigint }> = { 1984: { count: 0, volume: 0n }, 1337: { count: 0, volume: 0n } }
  contracts = 0
  private lastContractDay = -1
  private readonly swapsPerDay = new Map<string, number>()
  private readonly days = new Set<string>()
  private price = 4_200_000n

  block(b: BlockBuilder, at: BlockAt): void {
    if (at.chain !== 'asset-hub' || at.inWindow) return
    this.days.add(at.date)
    if (!this.poolsCreated) {
      for (const [id, lpToken] of [[1984, 0], [1337, 1]] as const) {
        const x = b.signed({ signer: USERS[0], call: 'System.remark', args: { remark: '0x' } })
        b.event('AssetConversion.PoolCreated', { creator: USERS[0], poolId: [DOT_LOC, usdLoc(id)], poolAccount: nativePoolAccount(id), lpToken }, x)
        this.poolsCreated++
      }
    }
    if (at.k === 0) this.price = (this.price * BigInt(between(this.r, 98, 102))) / 100n
    const n = between(this.r, 0, 2)
    for (let i = 0; i < n; i++) {
      const who = USERS[between(this.r, 0, USERS.length - 1)]
      const dot = BigInt(between(this.r, 1, 2_000)) * DOT
      const usd = (dot * this.price) / DOT
      const path = this.r() < 0.5 ? [[DOT_LOC, dot], [usdLoc(1984), usd]] : [[usdLoc(1984), usd], [DOT_LOC, dot]]
      const x = b.signed({ signer: who, call: 'System.remark', args: { remark: '0x' } })
      b.event('AssetConversion.SwapExecuted', { who, sendTo: who, amountIn: path[0][1], amountOut: path[1][1], path }, x)
      this.swaps++
      this.swapDot += dot
      this.swapUsd += usd
      addDay(this.swapsPerDay, at.date, 1)
    }
    if (this.r() < 0.5) {
      const asset = this.r() < 0.7 ? 1984 : 1337
      const from = USERS[between(this.r, 0, USERS.length - 1)]
      const to = USERS[between(this.r, 0, USERS.length - 1)]
      const amount = BigInt(between(this.r, 1, 100_000)) * USD
      const x = b.signed({ signer: from, call: 'System.remark', args: { remark: '0x' } })
      b.event('Assets.Transferred', { assetId: asset, from, to, amount }, x)
      this.transfers[asset].count++
      this.transfers[asset].volume += amount
    }
    if (at.day % 2 === 0 && this.lastContractDay !== at.day) {
      this.lastContractDay = at.day
      const x = b.signed({ signer: USERS[1], call: 'System.remark', args: { remark: '0x' } })
      const contract = '0x' + (this.contracts + 1).toString(16).padStart(40, '0')
      b.event('Revive.Instantiated', { deployer: '0x' + '1d'.repeat(20), contract }, x)
      this.contracts++
    }
  }

  totals() {
    return str({ poolsCreated: this.poolsCreated, swaps: this.swaps, swapDot: this.swapDot, swapUsd: this.swapUsd, transfers: this.transfers, contracts: this.contracts, days: this.days.size, swapDays: this.swapsPerDay.size })
  }
}
