/**
 * The quarter's figures the report computes from the API's day rows (sums stay bigint): the treasury's
 * reconciliation per chain, Cloud utilisation, Hub adoption, coretime revenue.
 */
import type { CoretimeSale, HubAssetDay, HubDay, TreasuryDay } from './types'

export interface ChainReconciliation {
  chain: string
  days: number
  /** the balance at the last block before the quarter's first indexed day (null: not read) */
  opening: bigint | null
  openingBlock: number | null
  inflow: bigint
  outflow: bigint
  movedIn: bigint
  movedOut: bigint
  /** opening + inflow − outflow + moved in − moved out */
  expected: bigint | null
  closing: bigint | null
  closingBlock: number | null
  /** closing − expected: money no indexed event explains */
  drift: bigint | null
  /** the days' own drifts added up; equals `drift` when every day's opening is the previous day's closing */
  dailyDrift: bigint | null
  driftDays: number
}

/** Opening + flows = closing for each chain over the quarter's days. */
export function reconcileQuarter(days: readonly TreasuryDay[]): ChainReconciliation[] {
  const byChain = new Map<string, TreasuryDay[]>()
  for (const d of days) byChain.set(d.chain, [...(byChain.get(d.chain) ?? []), d])
  return [...byChain.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([chain, list]) => {
      list.sort((a, b) => (a.date < b.date ? -1 : 1))
      const first = list[0]
      const last = list[list.length - 1]
      const sum = (k: 'inflow' | 'outflow' | 'movedIn' | 'movedOut') => list.reduce((a, d) => a + BigInt(d[k] ?? 0), 0n)
      const [inflow, outflow, movedIn, movedOut] = [sum('inflow'), sum('outflow'), sum('movedIn'), sum('movedOut')]
      const opening = first.openingBalance == null ? null : BigInt(first.openingBalance)
      const closing = last.closingBalance == null ? null : BigInt(last.closingBalance)
      const expected = opening == null ? null : opening + inflow - outflow + movedIn - movedOut
      const known = list.every((d) => d.drift != null)
      return {
        chain,
        days: list.length,
        opening,
        openingBlock: first.openingBlock ?? null,
        inflow,
        outflow,
        movedIn,
        movedOut,
        expected,
        closing,
        closingBlock: last.closingBlock ?? null,
        drift: expected != null && closing != null ? closing - expected : null,
        dailyDrift: known ? list.reduce((a, d) => a + BigInt(d.drift!), 0n) : null,
        driftDays: list.filter((d) => d.drift != null && BigInt(d.drift) !== 0n).length,
      }
    })
}

export interface CloudQuarter {
  days: number
  blocksIncluded: number
  allowed: number
  /** included / allowed over the quarter (null: nothing was allowed) */
  utilisation: number | null
  maxCoresInUse: number
  maxParasActive: number
  onDemandOrders: number
  onDemandSpotPriceSum: bigint
  firstBlock: number | null
  lastBlock: number | null
}

export function cloudQuarter(days: readonly { date: string; blocksIncluded: number; allowed: number; coresInUse: number; parasActive: number; onDemandOrders: number; onDemandSpotPriceSum: string; firstBlock?: number | null; lastBlock?: number | null }[]): CloudQuarter {
  const blocksIncluded = days.reduce((a, d) => a + d.blocksIncluded, 0)
  const allowed = days.reduce((a, d) => a + d.allowed, 0)
  const blocks = days.flatMap((d) => [d.firstBlock, d.lastBlock]).filter((b): b is number => b != null)
  return {
    days: new Set(days.map((d) => d.date)).size,
    blocksIncluded,
    allowed,
    utilisation: allowed > 0 ? blocksIncluded / allowed : null,
    maxCoresInUse: Math.max(0, ...days.map((d) => d.coresInUse)),
    maxParasActive: Math.max(0, ...days.map((d) => d.parasActive)),
    onDemandOrders: days.reduce((a, d) => a + d.onDemandOrders, 0),
    onDemandSpotPriceSum: days.reduce((a, d) => a + BigInt(d.onDemandSpotPriceSum), 0n),
    firstBlock: blocks.length ? Math.min(...blocks) : null,
    lastBlock: blocks.length ? Math.max(...blocks) : null,
  }
}

export interface HubQuarter {
  days: number
  newAccounts: number
  maxActiveAccounts: number
  feePayments: number
  swaps: number
  contractsDeployed: number
  firstBlock: number | null
  lastBlock: number | null
  assets: { asset: HubAssetDay['asset']; transfers: number; volume: bigint; feePayments: number; fees: bigint }[]
}

export function hubQuarter(days: readonly HubDay[], assetDays: readonly HubAssetDay[]): HubQuarter {
  const byAsset = new Map<string, HubQuarter['assets'][number]>()
  for (const d of assetDays) {
    const a = byAsset.get(d.asset.id) ?? { asset: d.asset, transfers: 0, volume: 0n, feePayments: 0, fees: 0n }
    a.transfers += d.transfers
    a.volume += BigInt(d.volume)
    a.feePayments += d.feePayments
    a.fees += BigInt(d.fees)
    byAsset.set(d.asset.id, a)
  }
  const blocks = days.flatMap((d) => [d.firstBlock, d.lastBlock]).filter((b): b is number => b != null)
  return {
    days: days.length,
    newAccounts: days.reduce((a, d) => a + d.newAccounts, 0),
    maxActiveAccounts: Math.max(0, ...days.map((d) => d.activeAccounts)),
    feePayments: days.reduce((a, d) => a + d.feePayments, 0),
    swaps: days.reduce((a, d) => a + d.swaps, 0),
    contractsDeployed: days.reduce((a, d) => a + d.contractsDeployed, 0),
    firstBlock: blocks.length ? Math.min(...blocks) : null,
    lastBlock: blocks.length ? Math.max(...blocks) : null,
    assets: [...byAsset.values()].sort((a, b) => b.transfers - a.transfers),
  }
}

export function coretimeRevenue(sales: readonly CoretimeSale[]): { bulk: bigint; renewal: bigint; onDemand: bigint; total: bigint; burned: bigint; toTreasury: bigint } {
  const sum = (k: 'bulk' | 'renewal' | 'onDemand' | 'total' | 'burned' | 'toTreasury') => sales.reduce((a, s) => a + BigInt(s.revenue[k] ?? 0), 0n)
  return { bulk: sum('bulk'), renewal: sum('renewal'), onDemand: sum('onDemand'), total: sum('total'), burned: sum('burned'), toTreasury: sum('toTreasury') }
}
