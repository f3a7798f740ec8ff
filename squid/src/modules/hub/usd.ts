/**
 * A spend's value in USD on a day, naming its source and the day of the price used. Integers throughout: micro-USD
 * (USD × 10^6), rounded down.
 * - the native token (DOT): amount × the DOT/USD price of the latest priced day on or before the day;
 * - USDT (Assets 1984) and USDC (1337): their units are micro-USD (a stablecoin taken at 1 USD, as the price does);
 * - any other asset with an AssetRate at approval: amount × rate / 10^18 planck (FixedU128), then as DOT;
 * - anything else: unpriced, saying why (no USD figure is made up).
 */
import { PRICE_POOLS } from './price'

const PLANCK_PER_DOT = 10n ** 10n
const FIXED_U128 = 10n ** 18n

export interface DayPrice {
  date: string
  microUsdPerDot: bigint
  source: string
}

export interface UsdValue {
  microUsd: bigint | null
  source: string
  /** the day of the price used (a stablecoin: the day valued) */
  day: string | null
}

/** The latest price on or before `date` (prices sorted by date, oldest first). */
export function priceOn(prices: readonly DayPrice[], date: string): DayPrice | undefined {
  let lo = 0
  let hi = prices.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (prices[mid].date <= date) lo = mid + 1
    else hi = mid
  }
  return lo > 0 ? prices[lo - 1] : undefined
}

const STABLE = new Map(PRICE_POOLS.map((p) => [`assethub-assets:${p.assetId}`, p.symbol]))

export function spendUsd(spend: { assetId: string; amount: bigint }, date: string | null, prices: readonly DayPrice[], rate?: { rateToNative: bigint | null; source: string }): UsdValue {
  if (date === null) return { microUsd: null, source: 'unpriced:no such day (not approved or not paid in the indexed range)', day: null }
  const stable = STABLE.get(spend.assetId)
  if (stable) return { microUsd: spend.amount, source: `stablecoin:${stable} at 1 USD`, day: date }
  let planck: bigint
  let via = ''
  if (spend.assetId === 'native') planck = spend.amount
  else if (rate?.rateToNative != null) {
    planck = (spend.amount * rate.rateToNative) / FIXED_U128
    via = `${rate.source}+`
  } else return { microUsd: null, source: rate ? `unpriced:no AssetRate for the asset (${rate.source})` : 'unpriced:no AssetRate read for the asset', day: null }
  const p = priceOn(prices, date)
  if (!p) return { microUsd: null, source: `unpriced:no DOT/USD price on or before ${date}`, day: null }
  return { microUsd: (planck * p.microUsdPerDot) / PLANCK_PER_DOT, source: `${via}${p.source}`, day: p.date }
}
