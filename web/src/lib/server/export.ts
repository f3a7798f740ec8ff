/**
 * The CSV and JSON downloads of a table: every row matching the view's filters (not just the visible page), fetched
 * from the API in pages of its maximum size, refused beyond a bound rather than cut short.
 */
import { error } from '@sveltejs/kit'
import { ApiError } from '$lib/api'
import { MAX_LIMIT } from '$lib/filters'
import { fromApi } from './api'

/** A guard against exporting an unbounded table through one request; narrow the filters beyond this */
export const MAX_EXPORT_ROWS = 20_000

interface Page<T> {
  items: T[]
  totalCount: number
}

/** All rows of a paged API query; `what` names them in the errors ("spends") */
export async function fetchAllPages<T>(what: string, page: (offset: number, limit: number) => Promise<Page<T>>): Promise<{ items: T[]; totalCount: number }> {
  const items: T[] = []
  let totalCount = 0
  await fromApi(async () => {
    for (let offset = 0; ; offset += MAX_LIMIT) {
      const p = await page(offset, MAX_LIMIT).catch((e) => {
        if (e instanceof ApiError && e.badArgument) error(400, { message: `Bad export filters: ${e.message}` })
        throw e
      })
      totalCount = p.totalCount
      if (totalCount > MAX_EXPORT_ROWS) error(413, { message: `${totalCount} ${what} match; exports are limited to ${MAX_EXPORT_ROWS}. Narrow the filters.` })
      items.push(...p.items)
      if (p.items.length === 0 || items.length >= totalCount) break
    }
  })
  return { items, totalCount }
}

/** The file name of an export: what, the filters that name a view, and today's date */
export function exportName(what: string, parts: (string | number | undefined)[]): string {
  return [what, ...parts.filter((p) => p !== undefined && p !== ''), new Date().toISOString().slice(0, 10)].join('-')
}

/** The download: CSV text as is, or JSON of the filter, the count and the rows */
export function exportResponse(format: string, name: string, csv: () => string, json: () => Record<string, unknown>): Response {
  if (format === 'csv') {
    return new Response(csv(), { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` } })
  }
  return new Response(JSON.stringify({ ...json(), exportedAt: new Date().toISOString() }, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${name}.json"` },
  })
}
