/**
 * How a data series is drawn. Each style pairs a fill pattern with a colour, so series stay distinguishable in
 * greyscale print and for readers who do not tell the colours apart; legends and tooltips reuse the same swatch.
 */
export const PATTERN_PREFIX = 'chart-pattern-'

export type PatternName =
  | 'solid-accent'
  | 'hatch-accent'
  | 'dots-accent'
  | 'solid-ink'
  | 'hatch-ink'
  | 'dots-ink'
  | 'cross-grey'
  | 'solid-grey'

export interface SeriesStyle {
  pattern: PatternName
  /** Outline and line colour */
  stroke: string
  /** Line dash for line series; undefined is solid */
  dash?: string
}

export interface SeriesDef extends SeriesStyle {
  key: string
  label: string
}

export const COLORS = {
  accent: '#1f5fa8',
  accentLight: '#9dbde3',
  ink: '#2f343b',
  grey: '#8a919b',
  greyLight: '#d6dae0',
  paper: '#ffffff',
} as const

export function patternFill(pattern: PatternName): string {
  return `url(#${PATTERN_PREFIX}${pattern})`
}

/** Line styles by position: dash patterns carry the distinction, colour only reinforces it */
export const LINE_STYLES: SeriesStyle[] = [
  { pattern: 'solid-accent', stroke: COLORS.accent },
  { pattern: 'solid-ink', stroke: COLORS.ink, dash: '6 4' },
  { pattern: 'solid-grey', stroke: COLORS.grey, dash: '2 3' },
]

/** One day of stacked values, keyed by SeriesDef.key, in whole units */
export interface StackRow {
  day: Date
  values: Record<string, number>
}
