/**
 * The impact method on synthetic panels whose truth is known: a common factor every unit follows (each with its own
 * loading and level), its own AR(1) noise, and an effect injected into the treated unit from the payout on. Every
 * panel is drawn from a seeded generator, so the figures printed here are the same on every machine.
 */
import normal from '@stdlib/random-base-normal'
import { describe, expect, it } from 'vitest'
import { ImpactInputError, measureImpact } from '../../squid/src/impact/method'
import type { ImpactPanel } from '../../squid/src/impact/types'

interface Gen {
  seed: number
  effect: number
  controls: number
  days?: number
  payout?: number
  /** each unit's loading on the common factor: equal (parallel trends) or spread (0.5 to 1.5) */
  loadings?: 'equal' | 'spread'
}

const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)

function panel({ seed, effect, controls, days = 240, payout = 150, loadings = 'spread' }: Gen): ImpactPanel {
  const z = normal.factory(0, 1, { seed })
  // the network's common movement: a slow random walk plus a weekly rhythm
  const factor: number[] = []
  let level = 0
  for (let t = 0; t < days; t++) {
    level += 0.3 * z()
    factor.push(level + 2 * Math.sin((2 * Math.PI * t) / 7))
  }
  const unit = (id: string, loading: number, lift: number) => {
    const base = 50 + 20 * z()
    let e = 0
    const values = factor.map((f, t) => {
      e = 0.3 * e + z()
      return base + loading * f + e + (t >= payout ? lift : 0)
    })
    return { id, values }
  }
  const load = (j: number) => (loadings === 'equal' ? 1 : 0.5 + j / Math.max(1, controls - 1))
  return {
    days: Array.from({ length: days }, (_, i) => day(i)),
    treated: unit('treated', 1, effect),
    controls: Array.from({ length: controls }, (_, j) => unit(`control-${j}`, load(j), 0)),
    payoutIndex: payout,
  }
}

const RUNS = 200

describe('impact method on synthetic panels', () => {
  it('a known injected effect: over 200 seeded panels the 95 % interval holds it at about the stated rate (synthetic control, 8 controls)', () => {
    const truth = 1
    let covered = 0
    let bootstrapOnly = 0
    let increased = 0
    const effects: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const r = measureImpact(panel({ seed: 1000 + i, effect: truth, controls: 8 }), { seed: 1 + i })
      expect(r.method).toBe('synthetic-control')
      if (r.interval!.low <= truth && truth <= r.interval!.high) covered++
      if (r.bootstrapInterval!.low <= truth && truth <= r.bootstrapInterval!.high) bootstrapOnly++
      if (r.verdict === 'increased') increased++
      effects.push(r.effect!)
    }
    const coverage = covered / RUNS
    const meanEffect = effects.reduce((a, b) => a + b, 0) / RUNS
    console.log(`[impact] synthetic control, true effect ${truth}: coverage of the 95 % interval ${coverage} over ${RUNS} runs (the bootstrap alone, before the placebos widen it: ${bootstrapOnly / RUNS}); mean estimate ${meanEffect.toFixed(3)}; verdict "increased" in ${increased}`)
    expect(coverage).toBeGreaterThanOrEqual(0.85)
    expect(Math.abs(meanEffect - truth)).toBeLessThan(0.1)
  })

  it('a known injected effect: difference-in-differences (3 controls, parallel trends) covers it at about the stated rate', () => {
    const truth = 1
    let covered = 0
    for (let i = 0; i < RUNS; i++) {
      const r = measureImpact(panel({ seed: 5000 + i, effect: truth, controls: 3, loadings: 'equal' }), { seed: 1 + i })
      expect(r.method).toBe('difference-in-differences')
      if (r.interval!.low <= truth && truth <= r.interval!.high) covered++
    }
    console.log(`[impact] difference-in-differences, true effect ${truth}: coverage of the 95 % interval ${covered / RUNS} over ${RUNS} runs`)
    expect(covered / RUNS).toBeGreaterThanOrEqual(0.85)
  })

  it('a null panel: the verdict is "inconclusive" at the stated rate (false positives over 200 seeded runs)', () => {
    let positives = 0
    let excludesZero = 0
    for (let i = 0; i < RUNS; i++) {
      const r = measureImpact(panel({ seed: 9000 + i, effect: 0, controls: 8 }), { seed: 1 + i })
      if (r.verdict !== 'inconclusive') positives++
      if (r.interval!.low > 0 || r.interval!.high < 0) excludesZero++
    }
    console.log(`[impact] null panel: false-positive rate ${positives / RUNS} over ${RUNS} runs (interval alone excluded 0 in ${excludesZero / RUNS})`)
    expect(positives / RUNS).toBeLessThanOrEqual(0.1)
  })

  it('placebos: a strong effect ranks first among every fake date and unfunded unit; a null effect does not', () => {
    let strongFirst = 0
    let nullFirst = 0
    const n = 50
    for (let i = 0; i < n; i++) {
      const strong = measureImpact(panel({ seed: 20_000 + i, effect: 5, controls: 8 }), { seed: 7 })
      if (strong.rank === 1) strongFirst++
      const none = measureImpact(panel({ seed: 30_000 + i, effect: 0, controls: 8 }), { seed: 7 })
      if (none.rank === 1) nullFirst++
    }
    const one = measureImpact(panel({ seed: 20_000, effect: 5, controls: 8 }), { seed: 7 })
    // 240 days, payout on day 150: fake dates every 7 days with 50-day windows inside the 150 days before it, and the 8 controls
    expect(one.placebos.filter((p) => p.kind === 'time').map((p) => p.label)).toEqual([day(100), day(93), day(86), day(79), day(72), day(65), day(58), day(51)])
    expect(one.placebos.filter((p) => p.kind === 'space')).toHaveLength(8)
    expect(one.rank).toBe(1)
    expect(one.pValue).toBeCloseTo(1 / 17, 12)
    expect(one.verdict).toBe('increased')
    console.log(`[impact] placebos: strong effect (5) ranked first in ${strongFirst}/${n}; null effect ranked first in ${nullFirst}/${n} (chance: ${(n / 17).toFixed(1)})`)
    // a control whose trend no mix of the others can follow (the lowest or highest loading) can now and then out-rank it
    expect(strongFirst).toBeGreaterThanOrEqual(48)
    expect(nullFirst).toBeLessThanOrEqual(8)
  })

  it('too-short data is inconclusive, with the reason in words', () => {
    const p = panel({ seed: 1, effect: 5, controls: 8 })
    const early = measureImpact({ ...p, payoutIndex: 20 })
    expect(early.verdict).toBe('inconclusive')
    expect(early.reasonCode).toBe('too-short-before')
    expect(early.summary).toBe('Inconclusive: only 20 days of data before the payout, and at least 28 are needed to learn how this metric normally moves.')
    expect(early.effect).toBeNull()
    const late = measureImpact({ ...p, payoutIndex: 230 })
    expect(late.reasonCode).toBe('too-short-after')
    expect(late.summary).toBe('Inconclusive: only 10 days of data since the payout, and at least 28 are needed: it is too early to tell.')
    expect(late.windows.after).toEqual({ from: day(230), to: day(239), days: 10 })
    const alone = measureImpact({ ...p, controls: [] })
    expect(alone.reasonCode).toBe('no-controls')
    expect(alone.summary).toBe('Inconclusive: there is no comparable unit that was not funded in the same window, so a change cannot be told apart from what the whole network did at the time.')
    const nothing = measureImpact({ days: [], treated: { id: 't', values: [] }, controls: [], payoutIndex: 0 })
    expect([nothing.verdict, nothing.reasonCode]).toEqual(['inconclusive', 'no-data'])
    // the window is configurable: 20 days either side of day 150
    const short = measureImpact(p, { windowDays: 20, minWindowDays: 14 })
    expect(short.windows.before).toEqual({ from: day(130), to: day(149), days: 20 })
    expect(short.windows.after).toEqual({ from: day(150), to: day(169), days: 20 })
    expect(short.method).toBe('difference-in-differences') // 20 days is no long pre-period
    expect(short.series).toHaveLength(40)
  })

  it('the same seed gives the same result; another seed another interval; bad input names what is wrong', () => {
    const p = panel({ seed: 42, effect: 1, controls: 6 })
    const a = measureImpact(p, { seed: 123 })
    const b = measureImpact(p, { seed: 123 })
    expect(b).toEqual(a)
    const c = measureImpact(p, { seed: 124 })
    expect(c.effect).toBe(a.effect)
    expect(c.bootstrapInterval).not.toEqual(a.bootstrapInterval)
    expect(a.controlsUsed.reduce((s, u) => s + u.weight, 0)).toBeCloseTo(1, 9)
    expect(() => measureImpact(p, { seed: 0 })).toThrow(new ImpactInputError('seed must be an integer from 1 to 4294967295, got 0'))
    expect(() => measureImpact(p, { windowDays: 2.5 })).toThrow('windowDays must be an integer from 1 to 3650, got 2.5')
    expect(() => measureImpact({ ...p, payoutIndex: 999 })).toThrow("payoutIndex 999 is outside the panel's 240 days")
    expect(() => measureImpact({ ...p, treated: { id: 'x', values: [1, 2] } })).toThrow('unit x has 2 values for 240 days')
  })
})
