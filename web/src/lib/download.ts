/**
 * Downloads made in the browser from what the page shows: a table as CSV or JSON (read from the rendered <table>, so
 * the file holds exactly the rows on screen), a chart as SVG or PNG (its <svg> element, with the styles the page's
 * CSS gave it written onto each mark, since a standalone file has no stylesheet).
 */
import { toCsv } from './csv'

export interface TableData {
  columns: string[]
  rows: string[][]
}

/** A cell's text as a screen reader gets it: what is aria-hidden (Address.svelte's shortened form) left out, so an
 * account is written once, in full */
function text(el: Element): string {
  const copy = el.cloneNode(true) as Element
  for (const hidden of copy.querySelectorAll('[aria-hidden=true]')) hidden.remove()
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/**
 * The columns and rows of a rendered table (header, body and footer rows). An amount cell (Amount.svelte) shows a
 * rounded or grouped text and keeps the exact integer in <data value>: such a column gets a second, "(exact)" column
 * with that integer, so sums in a spreadsheet are exact.
 */
export function readTable(table: HTMLTableElement): TableData {
  const headRows = [...table.querySelectorAll(':scope > thead > tr')]
  const header = headRows.length ? [...headRows[headRows.length - 1].children].map(text) : []
  const bodyRows = [...table.querySelectorAll(':scope > tbody > tr, :scope > tfoot > tr')]
  const cells = bodyRows.map((tr) => [...tr.children])
  const width = Math.max(header.length, ...cells.map((c) => c.length))
  const columns: string[] = []
  const picks: ((row: Element[]) => string)[] = []
  for (let i = 0; i < width; i++) {
    const name = header[i] || `column ${i + 1}`
    columns.push(name)
    picks.push((row) => (row[i] ? text(row[i]) : ''))
    if (cells.some((row) => row[i]?.querySelector('data[value]'))) {
      columns.push(`${name} (exact)`)
      picks.push((row) => row[i]?.querySelector('data[value]')?.getAttribute('value') ?? '')
    }
  }
  return { columns, rows: cells.map((row) => picks.map((p) => p(row))) }
}

export function tableCsv(t: TableData): string {
  return toCsv(t.columns, t.rows)
}

export function tableJson(title: string, t: TableData, page: string): string {
  const rows = t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])))
  return JSON.stringify({ title, page, columns: t.columns, rowCount: rows.length, rows, exportedAt: new Date().toISOString() }, null, 2)
}

/** "Income by source, 2026-Q1" → "income-by-source-2026-q1" */
export function fileSlug(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'download'
  )
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The chart's own <svg>: the accessible image of a frame, else its largest visible svg (not a legend swatch). */
export function chartSvg(frame: Element): SVGSVGElement | null {
  const img = frame.querySelector<SVGSVGElement>('svg[role=img]')
  if (img) return img
  let best: SVGSVGElement | null = null
  let area = 0
  for (const s of frame.querySelectorAll<SVGSVGElement>('svg:not([aria-hidden=true])')) {
    const r = s.getBoundingClientRect()
    if (r.width * r.height > area) [best, area] = [s, r.width * r.height]
  }
  return best
}

/** Presentation the page's CSS gives marks; written inline onto the copy */
const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility', 'display']

/**
 * A standalone SVG document of the chart: computed styles inlined, the fill patterns it references (kept once per
 * page in the layout, Patterns.svelte) copied in, a white background, its size fixed.
 */
export function serialiseSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect()
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 760
  const height = Math.round(box.height) || Number(svg.getAttribute('height')) || 300
  const copy = svg.cloneNode(true) as SVGSVGElement
  const originals = [svg, ...svg.querySelectorAll('*')]
  const copies = [copy, ...copy.querySelectorAll('*')]
  const refs = new Set<string>()
  originals.forEach((el, i) => {
    const cs = getComputedStyle(el)
    const style = STYLE_PROPS.map((p) => [p, cs.getPropertyValue(p)] as const)
      .filter(([, v]) => v && v !== 'normal')
      .map(([p, v]) => `${p}:${v}`)
      .join(';')
    if (style) copies[i].setAttribute('style', style)
    for (const v of [cs.getPropertyValue('fill'), cs.getPropertyValue('stroke'), el.getAttribute('fill') ?? '']) {
      const m = /url\(["']?#([^"')]+)["']?\)/.exec(v)
      if (m) refs.add(m[1])
    }
  })
  const ns = 'http://www.w3.org/2000/svg'
  copy.setAttribute('xmlns', ns)
  copy.setAttribute('width', String(width))
  copy.setAttribute('height', String(height))
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`)
  const defs = document.createElementNS(ns, 'defs')
  for (const id of refs) {
    const def = document.getElementById(id)
    if (def && !copy.querySelector(`[id="${CSS.escape(id)}"]`)) defs.append(def.cloneNode(true))
  }
  const bg = document.createElementNS(ns, 'rect')
  bg.setAttribute('width', '100%')
  bg.setAttribute('height', '100%')
  bg.setAttribute('fill', '#ffffff')
  copy.prepend(bg)
  copy.prepend(defs)
  return { text: '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy), width, height }
}

/** The SVG drawn onto a canvas at `scale` (2: sharp on print and high-density screens), as a PNG blob. */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const img = new Image()
    img.width = svg.width
    img.height = svg.height
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve()
      img.onerror = () => reject(new Error('the chart could not be drawn as an image'))
      img.src = url
    })
    const canvas = document.createElement('canvas')
    canvas.width = svg.width * scale
    canvas.height = svg.height * scale
    const ctx = canvas.getContext('2d')!
    ctx.scale(scale, scale)
    ctx.drawImage(img, 0, 0, svg.width, svg.height)
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas made no PNG'))), 'image/png'))
  } finally {
    URL.revokeObjectURL(url)
  }
}
