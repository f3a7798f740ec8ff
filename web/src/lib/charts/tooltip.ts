import type { SeriesStyle } from './series'

export interface TooltipLine {
  label: string
  value: string
  style?: SeriesStyle
  kind?: 'fill' | 'line'
}

/** What the tooltip shows for one day; values are preformatted (exact amounts, not chart floats) */
export interface TooltipPoint {
  day: Date
  heading: string
  lines: TooltipLine[]
}
