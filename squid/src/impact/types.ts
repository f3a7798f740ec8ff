/** The shapes of the impact method: a panel of daily series in, a verdict with its evidence out. */

/** One unit of the panel (a para, a contract, an account) and its metric on each day of the panel. */
export interface PanelUnit {
  id: string
  /** one value per day of ImpactPanel.days; a day without activity is 0, never left out */
  values: number[]
}

export interface ImpactPanel {
  /** consecutive UTC days, YYYY-MM-DD */
  days: string[]
  /** the unit the money went to */
  treated: PanelUnit
  /** comparable units not funded in the window */
  controls: PanelUnit[]
  /** index into days of the payout day: the first day of the "after" window */
  payoutIndex: number
}

export interface ImpactOptions {
  /** days before and after the payout compared (each side); 90 unless given */
  windowDays?: number
  /** the seed of every random draw (the bootstrap): 1 to 4,294,967,295 */
  seed?: number
  /** bootstrap resamples; 1,000 unless given */
  bootstrapDraws?: number
  /** the moving block's length in days; ⌈n^⅓⌉ of the shorter window unless given */
  blockLength?: number
  /** of the interval; 0.95 unless given */
  confidence?: number
  /** a window shorter than this (either side) is too short to judge; 28 days unless given */
  minWindowDays?: number
  /** synthetic control needs at least this many control units (5) … */
  syntheticMinControls?: number
  /** … and at least this many days before the payout (60); otherwise difference-in-differences */
  syntheticMinPreDays?: number
  /** days between two fake payout dates of the placebo-in-time tests (7) */
  timePlaceboStep?: number
  /** at most this many fake payout dates (20) */
  maxTimePlacebos?: number
  /** with at least minPlacebos placebos, a p-value above this makes the verdict inconclusive (0.1, 10) */
  placeboAlpha?: number
  minPlacebos?: number
  /** with at least this many placebos (5), their errors can widen the interval */
  minPlacebosForInterval?: number
}

export type ImpactMethodName = 'synthetic-control' | 'difference-in-differences'
export type Verdict = 'increased' | 'decreased' | 'inconclusive'
export type InconclusiveReason = 'no-data' | 'no-controls' | 'too-short-before' | 'too-short-after' | 'interval-includes-zero' | 'placebos-as-large'

export interface ImpactWindow {
  from: string
  to: string
  days: number
}

export interface Placebo {
  kind: 'time' | 'space'
  /** the fake payout day (time) or the control unit treated as if funded (space) */
  label: string
  effect: number
  /** effect ÷ the spread of the gap before the (fake) payout: what placebos are ranked by, so units of any size compare */
  score: number
}

export interface ImpactDay {
  date: string
  treated: number
  /** what the treated unit would have done without the money: the control pool (or synthetic control) moved to the treated's level before the payout */
  control: number
  after: boolean
}

export interface ImpactResult {
  verdict: Verdict
  /** why it is inconclusive, when it is */
  reasonCode: InconclusiveReason | null
  /** the verdict in words a voter understands */
  summary: string
  method: ImpactMethodName
  /** the average daily change after the payout beyond what the controls did; null when the data was too short to estimate */
  effect: number | null
  interval: { low: number; high: number; confidence: number } | null
  /** the moving-block bootstrap's own interval, before the placebos widened it */
  bootstrapInterval: { low: number; high: number } | null
  /** whether the placebos' errors widened the bootstrap interval */
  intervalBasis: 'bootstrap' | 'bootstrap-and-placebos' | null
  /** the treated unit's average day before the payout, so an effect can be read as a share */
  baseline: number | null
  /** the real effect's rank among itself and the placebos by |score| (1: none larger), and the share of placebos at least as large */
  rank: number | null
  pValue: number | null
  placebos: Placebo[]
  /** root mean square of the gap before the payout: how well the control tracked the treated unit */
  preFitRmse: number | null
  windows: { requestedDays: number; minDays: number; before: ImpactWindow | null; after: ImpactWindow | null }
  payoutDate: string
  controlsUsed: { id: string; weight: number }[]
  seed: number
  bootstrapDraws: number
  blockLength: number | null
  series: ImpactDay[]
}
