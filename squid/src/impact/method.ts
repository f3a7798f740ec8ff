/**
 * Did a funded unit's metric change after the payout, beyond what comparable unfunded units did?
 *
 * The estimate is the mean gap between the treated unit and its counterfactual over the window after the payout,
 * less the mean gap over the window before it (both windows the same length, 90 days unless asked otherwise):
 *  - difference-in-differences: the counterfactual is the control pool's daily mean;
 *  - synthetic control, only with ≥ 5 control units and a long pre-period: a weighted mean of the controls, the
 *    weights (≥ 0, summing to 1) fitted by quadratic programming to the treated unit's pre-period, after taking out
 *    each series' own pre-period mean (so a big para can be matched by small ones that move like it).
 * Its interval comes from a moving-block bootstrap of the daily gap, each window resampled in blocks of days so that
 * the days' correlation is kept, every draw from one seeded Mersenne Twister. Placebos run the same estimator at fake
 * payout dates inside the pre-period (in time) and on each control as if it had been funded (in space); the real
 * effect's rank among them is a p-value that needs no model of the noise.
 *
 * The verdict is "inconclusive" whenever the interval holds 0, the data is too short, there is nothing to compare
 * with, or the placebos show changes as large: never a bare before/after delta.
 */
import mt19937 from '@stdlib/random-base-mt19937'
import { Matrix } from 'ml-matrix'
import { solveQP } from 'quadprog'
import { mean, quantileSorted, sampleStandardDeviation } from 'simple-statistics'
import type { ImpactDay, ImpactMethodName, ImpactOptions, ImpactPanel, ImpactResult, InconclusiveReason, Placebo } from './types'

export const DEFAULTS = {
  windowDays: 90,
  seed: 1,
  bootstrapDraws: 1000,
  confidence: 0.95,
  minWindowDays: 28,
  syntheticMinControls: 5,
  syntheticMinPreDays: 60,
  timePlaceboStep: 7,
  maxTimePlacebos: 20,
  placeboAlpha: 0.1,
  minPlacebos: 10,
  minPlacebosForInterval: 5,
} as const

export class ImpactInputError extends Error {
  override name = 'ImpactInputError'
}

type Settings = Required<Omit<ImpactOptions, 'blockLength'>> & { blockLength?: number }

function int(v: number, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isInteger(v) || v < min || v > max) throw new ImpactInputError(`${name} must be an integer from ${min} to ${max}, got ${v}`)
  return v
}

function settings(o: ImpactOptions): Settings {
  const s = { ...DEFAULTS, ...Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) } as Settings
  int(s.windowDays, 'windowDays', 1, 3650)
  int(s.seed, 'seed', 1, 4_294_967_295)
  int(s.bootstrapDraws, 'bootstrapDraws', 100, 100_000)
  int(s.minWindowDays, 'minWindowDays', 2, 3650)
  int(s.syntheticMinControls, 'syntheticMinControls', 1)
  int(s.syntheticMinPreDays, 'syntheticMinPreDays', 2)
  int(s.timePlaceboStep, 'timePlaceboStep', 1)
  int(s.maxTimePlacebos, 'maxTimePlacebos', 0)
  int(s.minPlacebos, 'minPlacebos', 1)
  int(s.minPlacebosForInterval, 'minPlacebosForInterval', 1)
  if (s.blockLength !== undefined) int(s.blockLength, 'blockLength', 1)
  if (!(s.confidence > 0.5 && s.confidence < 1)) throw new ImpactInputError(`confidence must be between 0.5 and 1, got ${s.confidence}`)
  if (!(s.placeboAlpha > 0 && s.placeboAlpha < 1)) throw new ImpactInputError(`placeboAlpha must be between 0 and 1, got ${s.placeboAlpha}`)
  return s
}

function checkPanel(p: ImpactPanel): void {
  const n = p.days.length
  for (const u of [p.treated, ...p.controls]) {
    if (u.values.length !== n) throw new ImpactInputError(`unit ${u.id} has ${u.values.length} values for ${n} days`)
    const bad = u.values.findIndex((v) => !Number.isFinite(v))
    if (bad >= 0) throw new ImpactInputError(`unit ${u.id} has no number on ${p.days[bad]} (${u.values[bad]})`)
  }
  if (!Number.isInteger(p.payoutIndex) || p.payoutIndex < 0 || p.payoutIndex > n) throw new ImpactInputError(`payoutIndex ${p.payoutIndex} is outside the panel's ${n} days`)
  const ids = new Set<string>()
  for (const u of [p.treated, ...p.controls]) {
    if (ids.has(u.id)) throw new ImpactInputError(`unit ${u.id} appears twice in the panel`)
    ids.add(u.id)
  }
}

/** The counterfactual of `y` from `xs` over days [a, c), fitted on [a, b): DiD's pool mean or synthetic control's weighted mean, each moved to y's pre-period level. */
interface Fit {
  counterfactual: number[]
  weights: number[]
}

function fit(method: ImpactMethodName, y: number[], xs: number[][], a: number, b: number, c: number): Fit {
  const k = xs.length
  let weights: number[]
  if (method === 'difference-in-differences' || k === 1) weights = xs.map(() => 1 / k)
  else weights = syntheticWeights(y.slice(a, b), xs.map((x) => x.slice(a, b)))
  const pool: number[] = []
  for (let t = a; t < c; t++) {
    let v = 0
    for (let j = 0; j < k; j++) v += weights[j] * xs[j][t]
    pool.push(v)
  }
  const shift = mean(y.slice(a, b)) - mean(pool.slice(0, b - a))
  return { counterfactual: pool.map((v) => v + shift), weights }
}

/**
 * Weights w ≥ 0, Σw = 1 minimising Σₜ ((yₜ − ȳ) − Σⱼ wⱼ (xⱼₜ − x̄ⱼ))² over the pre-period: quadprog's
 * min −dᵀw + ½ wᵀDw with D = 2X̃ᵀX̃ (plus a tiny ridge so that collinear controls still give a strictly convex
 * problem) and d = 2X̃ᵀỹ.
 */
export function syntheticWeights(y: number[], xs: number[][]): number[] {
  const k = xs.length
  const center = (v: number[]) => {
    const m = mean(v)
    return v.map((x) => x - m)
  }
  const yc = center(y)
  const X = new Matrix(xs.map(center)).transpose() // days × units
  const scale = Math.max(1e-12, Math.max(...X.abs().to1DArray(), ...yc.map(Math.abs)))
  const Xs = X.div(scale)
  const ys = Matrix.columnVector(yc.map((v) => v / scale))
  const XtX = Xs.transpose().mmul(Xs)
  const Xty = Xs.transpose().mmul(ys)
  const ridge = 1e-8 * Math.max(1e-12, XtX.trace() / k) + 1e-12
  const D: number[][] = [[]]
  const d: number[] = [0]
  const A: number[][] = [[]]
  for (let i = 0; i < k; i++) {
    D.push([0, ...XtX.getRow(i).map((v, j) => 2 * v + (i === j ? ridge : 0))])
    d.push(2 * Xty.get(i, 0))
    // constraint 1: Σw = 1 (equality); constraints 2..k+1: wᵢ ≥ 0
    A.push([0, 1, ...Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))])
  }
  const b = [0, 1, ...Array(k).fill(0)]
  const r = solveQP(D, d, A, b, 1)
  if (r.message) throw new Error(`synthetic control weights: quadprog failed (${r.message})`)
  const w = r.solution.slice(1).map((v) => (v < 1e-10 ? 0 : v))
  const total = w.reduce((s, v) => s + v, 0)
  return w.map((v) => v / total)
}

/** The estimate on one (treated, controls, payout) triple with windows of `w` days each side. */
interface Estimate {
  effect: number
  gapBefore: number[]
  gapAfter: number[]
  counterfactual: number[]
  weights: number[]
  /** spread of the gap before the payout: the placebos' yardstick */
  spread: number
}

function estimate(method: ImpactMethodName, y: number[], xs: number[][], payout: number, before: number, after: number): Estimate {
  const a = payout - before
  const c = payout + after
  const f = fit(method, y, xs, a, payout, c)
  const gap = f.counterfactual.map((v, i) => y[a + i] - v)
  const gapBefore = gap.slice(0, before)
  const gapAfter = gap.slice(before)
  const spread = gapBefore.length > 1 ? sampleStandardDeviation(gapBefore) : 0
  return { effect: mean(gapAfter) - mean(gapBefore), gapBefore, gapAfter, counterfactual: f.counterfactual, weights: f.weights, spread }
}

/** a placebo's or the real effect's size against the noise its own pre-period showed */
function score(e: Estimate, floor: number): number {
  return e.effect / Math.max(e.spread, floor)
}

/** The mean of one moving-block resample of `x` to its own length: blocks of `len` consecutive days starting anywhere. */
function resampleMean(x: number[], len: number, draw: () => number): number {
  const n = x.length
  const L = Math.min(len, n)
  const starts = n - L + 1
  let sum = 0
  let filled = 0
  while (filled < n) {
    const s = Math.floor((draw() / 4_294_967_296) * starts)
    for (let i = 0; i < L && filled < n; i++, filled++) sum += x[s + i]
  }
  return sum / n
}

/** The moving-block bootstrap of the daily gap, each window resampled apart, every draw from one seeded Mersenne Twister. */
function bootstrap(e: Estimate, draws: number, len: number, confidence: number, seed: number): { low: number; high: number } {
  const draw = mt19937.factory({ seed })
  const stats = new Float64Array(draws)
  for (let i = 0; i < draws; i++) stats[i] = resampleMean(e.gapAfter, len, draw) - resampleMean(e.gapBefore, len, draw)
  const sorted = Array.from(stats).sort((p, q) => p - q)
  const alpha = 1 - confidence
  return { low: quantileSorted(sorted, alpha / 2), high: quantileSorted(sorted, 1 - alpha / 2) }
}

const fmt = (v: number) => {
  const a = Math.abs(v)
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3
  return (v >= 0 ? '+' : '−') + a.toFixed(digits)
}
const pct = (c: number) => `${Math.round(c * 100)} %`

export function measureImpact(panel: ImpactPanel, options: ImpactOptions = {}): ImpactResult {
  checkPanel(panel)
  const s = settings(options)
  const { days, treated, controls, payoutIndex: p } = panel
  const n = days.length
  const before = Math.min(s.windowDays, p)
  const after = Math.min(s.windowDays, n - p)
  const method: ImpactMethodName = controls.length >= s.syntheticMinControls && before >= s.syntheticMinPreDays ? 'synthetic-control' : 'difference-in-differences'
  const base: ImpactResult = {
    verdict: 'inconclusive',
    reasonCode: null,
    summary: '',
    method,
    effect: null,
    interval: null,
    bootstrapInterval: null,
    intervalBasis: null,
    baseline: before > 0 ? mean(treated.values.slice(p - before, p)) : null,
    rank: null,
    pValue: null,
    placebos: [],
    preFitRmse: null,
    windows: {
      requestedDays: s.windowDays,
      minDays: s.minWindowDays,
      before: before > 0 ? { from: days[p - before], to: days[p - 1], days: before } : null,
      after: after > 0 ? { from: days[p], to: days[p + after - 1], days: after } : null,
    },
    payoutDate: days[p] ?? nextDay(days[n - 1]),
    controlsUsed: controls.map((u) => ({ id: u.id, weight: 1 / Math.max(1, controls.length) })),
    seed: s.seed,
    bootstrapDraws: s.bootstrapDraws,
    blockLength: null,
    series: [],
  }
  const stop = (reasonCode: InconclusiveReason, summary: string): ImpactResult => ({ ...base, reasonCode, summary })
  if (!n) return stop('no-data', 'Inconclusive: no day of this metric has been indexed yet, so there is nothing to measure.')
  if (!controls.length) return stop('no-controls', 'Inconclusive: there is no comparable unit that was not funded in the same window, so a change cannot be told apart from what the whole network did at the time.')
  if (before < s.minWindowDays)
    return stop('too-short-before', `Inconclusive: only ${before} day${before === 1 ? '' : 's'} of data before the payout, and at least ${s.minWindowDays} are needed to learn how this metric normally moves.`)
  if (after < s.minWindowDays)
    return stop('too-short-after', `Inconclusive: only ${after} day${after === 1 ? '' : 's'} of data since the payout, and at least ${s.minWindowDays} are needed: it is too early to tell.`)

  const y = treated.values
  const xs = controls.map((u) => u.values)
  const real = estimate(method, y, xs, p, before, after)
  const blockLength = s.blockLength ?? Math.max(1, Math.ceil(Math.cbrt(Math.min(before, after))))
  const boot = bootstrap(real, s.bootstrapDraws, blockLength, s.confidence, s.seed)
  // a gap with no spread at all (identical series) must not make every tiny placebo infinitely large
  const floor = 1e-9 * Math.max(1, Math.abs(base.baseline ?? 0))

  const placebos: Placebo[] = []
  // in time: the same estimator at fake payout dates, windows wholly inside the days before the real payout; a third
  // of the history each, so that a history of 3 windows still gives several fake dates a week apart
  const w = Math.min(before, Math.floor(p / 3))
  if (w >= s.minWindowDays) {
    for (let fake = p - w, i = 0; fake - w >= 0 && i < s.maxTimePlacebos; fake -= s.timePlaceboStep, i++) {
      const m: ImpactMethodName = method === 'synthetic-control' && w >= s.syntheticMinPreDays ? method : 'difference-in-differences'
      const e = estimate(m, y, xs, fake, w, w)
      placebos.push({ kind: 'time', label: days[fake], effect: e.effect, score: score(e, floor) })
    }
  }
  // in space: each control as if it had been funded, the other controls as its pool (the treated unit left out)
  if (controls.length >= 2)
    controls.forEach((u, j) => {
      const others = xs.filter((_, i) => i !== j)
      const m: ImpactMethodName = method === 'synthetic-control' && others.length >= 2 ? method : 'difference-in-differences'
      const e = estimate(m, u.values, others, p, before, after)
      placebos.push({ kind: 'space', label: u.id, effect: e.effect, score: score(e, floor) })
    })
  // The bootstrap sees the day-to-day noise of the gap, not how far the control can drift from the treated unit
  // when their trends differ (a synthetic control's weights are only as good as the pre-period that fitted them).
  // The placebos measure exactly that drift: the estimator's errors where no money went. So the interval is widened
  // to the placebos' errors at the same confidence, scaled to the treated unit's own noise, where they are larger.
  let interval = boot
  let intervalBasis: ImpactResult['intervalBasis'] = 'bootstrap'
  if (placebos.length >= s.minPlacebosForInterval) {
    const errors = placebos.map((q) => Math.abs(q.score)).sort((u, v) => u - v)
    const half = quantileSorted(errors, s.confidence) * Math.max(real.spread, floor)
    if (real.effect - half < boot.low || real.effect + half > boot.high) {
      interval = { low: Math.min(boot.low, real.effect - half), high: Math.max(boot.high, real.effect + half) }
      intervalBasis = 'bootstrap-and-placebos'
    }
  }
  const realScore = Math.abs(score(real, floor))
  // a tolerance, so that a placebo equal to the real effect up to rounding counts as "as large"
  const tol = 1e-9 * Math.max(1, realScore)
  const larger = placebos.filter((q) => Math.abs(q.score) > realScore + tol).length
  const asLarge = placebos.filter((q) => Math.abs(q.score) >= realScore - tol).length
  const pValue = (1 + asLarge) / (1 + placebos.length)

  const series: ImpactDay[] = real.counterfactual.map((v, i) => ({ date: days[p - before + i], treated: y[p - before + i], control: v, after: i >= before }))
  const result: ImpactResult = {
    ...base,
    effect: real.effect,
    interval: { ...interval, confidence: s.confidence },
    bootstrapInterval: boot,
    intervalBasis,
    rank: placebos.length ? 1 + larger : null,
    pValue: placebos.length ? pValue : null,
    placebos,
    preFitRmse: Math.sqrt(mean(real.gapBefore.map((g) => g * g))),
    controlsUsed: controls.map((u, j) => ({ id: u.id, weight: real.weights[j] })).filter((c) => c.weight > 0),
    blockLength,
    series,
  }
  const range = `${fmt(interval.low)} to ${fmt(interval.high)} a day`
  const against = method === 'synthetic-control' ? 'a weighted mix of comparable unfunded units that tracked it before the payout' : 'the average of comparable unfunded units'
  if (interval.low <= 0 && interval.high >= 0)
    return {
      ...result,
      reasonCode: 'interval-includes-zero',
      summary: `Inconclusive: compared with ${against}, the metric moved ${fmt(real.effect)} a day after the payout, but the ${pct(s.confidence)} range of plausible effects (${range}) includes no change at all, so it could be chance.`,
    }
  if (placebos.length >= s.minPlacebos && pValue > s.placeboAlpha)
    return {
      ...result,
      reasonCode: 'placebos-as-large',
      summary: `Inconclusive: the metric moved ${fmt(real.effect)} a day against ${against}, but ${asLarge} of ${placebos.length} fake tests (other dates before the payout, unfunded units treated as if funded) showed a change as large, so this one does not stand out.`,
    }
  const up = real.effect > 0
  return {
    ...result,
    verdict: up ? 'increased' : 'decreased',
    summary: `${up ? 'Increased' : 'Decreased'}: after the payout the metric ${up ? 'rose' : 'fell'} by ${fmt(real.effect).slice(1)} a day more than ${against} (${pct(s.confidence)} range ${range})${placebos.length ? `; ${asLarge} of ${placebos.length} fake tests showed a change as large` : ''}.`,
  }
}

function nextDay(d: string | undefined): string {
  if (!d) return ''
  return new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}
