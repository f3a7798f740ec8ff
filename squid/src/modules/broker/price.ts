/**
 * pallet_broker's price rules, in the runtime's own fixed-point arithmetic (FixedU64: 10^9 parts), so a computed
 * price equals the chain's to the planck:
 * - the lead-in: price(now) = leadin_factor_at(through) × end_price, through = min(now − sale_start, leadin) ÷ leadin
 *   (utility_impls.rs `sale_price`), with CenterTargetPrice's factor: 100 − 180·t up to t = ½, then 19 − 18·t
 *   (adapt_price.rs; MinimumPrice uses the same factor);
 * - the next sale: CenterTargetPrice's adapt_price (end = sellout ÷ 10, target = sellout; without a sellout the
 *   end price stays and the target is 10 × end), MinimumPrice raising both to its minimum.
 * Paseo's MinimumPriceWithFixedTargetPrice keeps the lead-in and fixes both. Which runtime uses which rule is data
 * (PRICE_RULES in decoders.ts), read from polkadot-fellows/runtimes and paseo-network/runtimes.
 */
const ONE = 1_000_000_000n

export type PriceRule = { kind: 'CenterTargetPrice' } | { kind: 'MinimumPrice'; minimum: bigint } | { kind: 'MinimumPriceWithFixedTargetPrice'; minimum: bigint; target: bigint }

export function ruleName(r: PriceRule): string {
  if (r.kind === 'MinimumPrice') return `MinimumPrice(${r.minimum}) over CenterTargetPrice`
  if (r.kind === 'MinimumPriceWithFixedTargetPrice') return `MinimumPriceWithFixedTargetPrice(${r.minimum}, ${r.target})`
  return 'CenterTargetPrice'
}

/** FixedU64::from_rational(n, d): rounded to the nearest part, halves down (sp_arithmetic's NearestPrefDown). */
export function fromRational(n: bigint, d: bigint): bigint {
  if (d === 0n) return 0n
  const q = (n * ONE) / d
  const r = (n * ONE) % d
  return 2n * r > d ? q + 1n : q
}

/** CenterTargetPrice::leadin_factor_at, in parts of 10^9 (saturating at 0 like FixedU64::saturating_sub). */
export function leadinFactor(through: bigint): bigint {
  const f = through <= ONE / 2n ? 100n * ONE - through * 180n : 19n * ONE - through * 18n
  return f < 0n ? 0n : f
}

/** The price `elapsed` sale-time units after the sale's start (0 before it, the end price after the lead-in). */
export function leadinPrice(endPrice: bigint, leadinLength: number, elapsed: number): bigint {
  const num = BigInt(Math.max(0, Math.min(elapsed, leadinLength)))
  const through = fromRational(num, BigInt(leadinLength))
  // saturating_mul_int rounds down
  return (leadinFactor(through) * endPrice) / ONE
}

export interface SaleOutcome {
  selloutPrice: bigint | null
  endPrice: bigint
}

export interface AdaptedPrices {
  endPrice: bigint
  targetPrice: bigint
}

/** The next sale's prices from this sale's outcome, by `rule`. */
export function adaptPrice(rule: PriceRule, s: SaleOutcome): AdaptedPrices {
  // Paseo's own adapter ignores the outcome: the end price is its floor, the target fixed
  if (rule.kind === 'MinimumPriceWithFixedTargetPrice') return { endPrice: rule.minimum, targetPrice: rule.target }
  let p: AdaptedPrices
  if (s.selloutPrice === null) p = { endPrice: s.endPrice, targetPrice: 10n * s.endPrice }
  else {
    const tenth = (s.selloutPrice * fromRational(1n, 10n)) / ONE
    p = { endPrice: tenth === 0n ? s.selloutPrice : tenth, targetPrice: s.selloutPrice }
  }
  if (rule.kind === 'MinimumPrice') {
    if (p.endPrice < rule.minimum) p.endPrice = rule.minimum
    if (p.targetPrice < p.endPrice) p.targetPrice = p.endPrice
  }
  return p
}

/** The lead-in curve as points (sale time, price): `steps` + 1 evenly spaced, for a chart. */
export function leadinCurve(endPrice: bigint, leadinLength: number, steps = 40): { elapsed: number; price: bigint }[] {
  const out: { elapsed: number; price: bigint }[] = []
  for (let i = 0; i <= steps; i++) {
    const elapsed = Math.round((leadinLength * i) / steps)
    out.push({ elapsed, price: leadinPrice(endPrice, leadinLength, elapsed) })
  }
  return out
}
