/**
 * The broker module's apply on records, around the broker's v4 migration: a sale from a runtime before it counts its
 * start and lead-in in Coretime blocks (12 s each), one after it in relay blocks (6 s); both become dates from the
 * block they were announced in. No runtime from before the migration is in the inputs, so this is where that side
 * is tested.
 */
import { describe, expect, it } from 'vitest'
import { CoretimePurchase, CoretimeSale } from '../../model'
import type { ApplyContext, ChainEnv } from '../module'
import { brokerModule, type BrokerItem } from './index'

const DOT = 10n ** 10n
const T = Date.UTC(2025, 0, 1)
const env = { cfg: { chain: 'coretime', decoders: 'coretime' }, ss58Prefix: 0 } as unknown as ChainEnv

function run(items: BrokerItem[], relay: Record<number, number>) {
  const written = new Map<unknown, any[]>()
  const ctx: ApplyContext<Record<string, number>> = {
    loaded: () => undefined,
    read: (key: string) => relay[Number(key.replace('relay-', ''))],
    write: (entity, rows) => written.set(entity, [...(written.get(entity) ?? []), ...rows]),
    assets: new Map(),
    warn: () => {},
  }
  brokerModule.apply(env, { items }, ctx, [])
  return written
}

const ctxAt = (blockNumber: number, eventIndex: number, t: number) => ({ chain: 'coretime', blockNumber, eventIndex, timestamp: new Date(t) })
const saleEvent = { kind: 'SaleInitialized' as const, saleStart: 1_000, leadinLength: 400, startPrice: 100n * 5n * DOT, endPrice: 5n * DOT, regionBegin: 200_000, regionEnd: 205_040, idealCoresSold: 1, coresOffered: 2 }
const purchase = (price: bigint) => ({ kind: 'Purchased' as const, who: '0x' + 'aa'.repeat(32), region: { begin: 200_000, core: 1, mask: '0x' + 'ff'.repeat(10) }, price, duration: 5_040 })

describe('broker sale times before and after the v4 migration (spec 1005001)', () => {
  it('before it: sale start and lead-in in Coretime blocks, dated at 12 s a block from the announcing block; purchases timed by Coretime block', () => {
    const out = run(
      [
        { ctx: ctxAt(900, 3, T), specName: 'coretime-polkadot', specVersion: 1_004_000, event: saleEvent },
        { ctx: ctxAt(1_100, 2, T + 200 * 12_000), specName: 'coretime-polkadot', specVersion: 1_004_000, event: purchase(275n * DOT), revenueTo: 'Burned' },
      ],
      { 900: 16_000_000, 1_100: 16_000_400 },
    )
    const [s] = out.get(CoretimeSale)!
    expect(s.timeUnit).toBe('ParachainBlock')
    expect(s.saleStartAt.toISOString()).toBe(new Date(T + 100 * 12_000).toISOString())
    expect(s.leadinEndAt.toISOString()).toBe(new Date(T + 500 * 12_000).toISOString())
    // regions are always timeslices of 80 relay blocks
    expect(s.regionBeginAt.toISOString()).toBe(new Date(T + (200_000 * 80 - 16_000_000) * 6_000).toISOString())
    // CenterTargetPrice before 1006000: the sellout (275 DOT) ÷ 10
    expect([s.priceRule, s.selloutPrice, s.nextEndPrice, s.nextTargetPrice]).toEqual(['CenterTargetPrice', 275n * DOT, 275n * DOT / 10n, 275n * DOT])
    const [p] = out.get(CoretimePurchase)!
    expect([p.saleTime, p.leadinProgress]).toEqual([1_100, 0.25])
  })

  it('after it: the same event counts relay blocks, dated at 6 s a relay block from the relay block the Coretime chain had seen', () => {
    const out = run(
      [
        { ctx: ctxAt(900, 3, T), specName: 'coretime-polkadot', specVersion: 2_000_000, event: { ...saleEvent, saleStart: 16_000_100 } },
        { ctx: ctxAt(1_000, 2, T + 600_000), specName: 'coretime-polkadot', specVersion: 2_000_000, event: purchase(40n * DOT), revenueTo: null },
      ],
      { 900: 16_000_000, 1_000: 16_000_300 },
    )
    const [s] = out.get(CoretimeSale)!
    expect(s.timeUnit).toBe('RelayBlock')
    expect(s.saleStartAt.toISOString()).toBe(new Date(T + 100 * 6_000).toISOString())
    expect(s.leadinEndAt.toISOString()).toBe(new Date(T + 500 * 6_000).toISOString())
    // MinimumPrice(10 DOT) from 1006000: a tenth of 40 DOT is raised to 10 DOT
    expect([s.priceRule, s.nextEndPrice, s.nextTargetPrice]).toEqual(['MinimumPrice(100000000000) over CenterTargetPrice', 10n * DOT, 40n * DOT])
    const [p] = out.get(CoretimePurchase)!
    expect([p.saleTime, p.leadinProgress, p.revenueTo]).toEqual([16_000_300, 0.5, null])
  })
})
