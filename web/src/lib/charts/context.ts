import { getContext, setContext } from 'svelte'
import type { ScaleLinear, ScaleTime } from 'd3'

export interface Padding {
  top: number
  right: number
  bottom: number
  left: number
}

/**
 * What a chart shares with its layers (LayerCake-style): the measured size and the scales. Properties are getters
 * over the chart's runes, so layers that read them in $derived follow resizes.
 */
export interface ChartContext {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly width: number
  readonly height: number
  readonly innerWidth: number
  readonly innerHeight: number
  readonly padding: Padding
  readonly xScale: ScaleTime<number, number>
  readonly yScale: ScaleLinear<number, number>
  /** Width of one day on the x axis */
  readonly bandWidth: number
  /** Number of days the x domain spans */
  readonly dayCount: number
  /** The middle of a day's band, where line points and tooltips sit */
  center(day: Date): number
}

const KEY = Symbol('chart')

export function setChartContext(ctx: ChartContext): void {
  setContext(KEY, ctx)
}

export function chartContext(): ChartContext {
  const ctx = getContext<ChartContext | undefined>(KEY)
  if (!ctx) throw new Error('Chart layers must be placed inside <Chart>')
  return ctx
}
