/**
 * Spending categories: OpenGov.Watch's public-domain tables (data/opengov-watch, the Unlicense) as the seed, and a
 * reader's own file over them (API_CATEGORIES_FILE), with no code change. The tables name Polkadot's referenda,
 * bounties and child bounties by index; the Asset Hub migration kept the referendum numbering, so one index is one
 * referendum on either side of it.
 *
 * The override file is a CSV with the columns `kind,id,category,subcategory` and optionally `notes` and
 * `hide_in_spends`; kind is referendum, bounty or child_bounty (id `<bounty>-<child>`). Its rows replace the seed's
 * for the same kind and id. A file that cannot be read or has a bad row stops the API at start with the file, line
 * and reason: categories silently half-loaded would move money between buckets unseen.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'

export const SEED_DIR = path.resolve(__dirname, '..', '..', '..', 'data', 'opengov-watch')
export const SEED_SOURCE = 'OpenGov.Watch (opengov-monitor @ acf15fd, data/defaults; the Unlicense)'

export type CategoryKind = 'referendum' | 'bounty' | 'child_bounty'

export interface Category {
  category: string
  /** OpenGov.Watch leaves it empty for "Other" */
  subcategory: string
  notes: string | null
  /** left out of spending totals, as OpenGov.Watch does (and shown apart) */
  hideInSpends: boolean
  /** where the row came from: the seed, or the override file by name */
  source: string
}

export interface CategoryTables {
  /** by kind, then id (a referendum or bounty index as a string, a child bounty as "<bounty>-<child>") */
  byKind: Record<CategoryKind, Map<string, Category>>
  /** where the tables came from, seed first */
  sources: string[]
  /** an id given twice in one file with different categories: the later row is used, and this says so */
  warnings: string[]
}

export class CategoryFileError extends Error {
  override name = 'CategoryFileError'
}

type CsvRow = Record<string, string>

function readCsv(file: string, required: string[]): { rows: CsvRow[]; line: (i: number) => number } {
  if (!existsSync(file)) throw new CategoryFileError(`Category file ${file} does not exist`)
  let rows: CsvRow[]
  try {
    rows = parse(readFileSync(file, 'utf8'), { columns: (h: string[]) => h.map((c) => c.trim()), skip_empty_lines: true, trim: true, bom: true })
  } catch (e) {
    throw new CategoryFileError(`Category file ${file} is not valid CSV: ${(e as Error).message}`)
  }
  const header = rows.length ? Object.keys(rows[0]) : []
  const missing = required.filter((c) => rows.length && !header.includes(c))
  if (missing.length) throw new CategoryFileError(`Category file ${file} lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (it has ${header.join(', ')})`)
  // the header is line 1
  return { rows, line: (i) => i + 2 }
}

function hidden(file: string, line: number, v: string | undefined): boolean {
  if (v === undefined || v === '' || v === '0') return false
  if (v === '1') return true
  throw new CategoryFileError(`${file} line ${line}: hide_in_spends is "${v}"; use 0 or 1`)
}

const ID = { referendum: /^\d+$/, bounty: /^\d+$/, child_bounty: /^\d+-\d+$/ } as const

function add(tables: CategoryTables, kind: CategoryKind, file: string, line: number, r: CsvRow, id: string | undefined, source: string): void {
  if (!id || !ID[kind].test(id)) throw new CategoryFileError(`${file} line ${line}: ${kind} id "${id ?? ''}" is not ${kind === 'child_bounty' ? '<bounty>-<child bounty>' : 'an index'}`)
  const key = String(kind === 'child_bounty' ? id : Number(id))
  const next: Category = { category: r.category ?? '', subcategory: r.subcategory ?? '', notes: r.notes || null, hideInSpends: hidden(file, line, r.hide_in_spends), source }
  const before = tables.byKind[kind].get(key)
  if (before && before.source === source && (before.category !== next.category || before.subcategory !== next.subcategory || before.hideInSpends !== next.hideInSpends)) {
    tables.warnings.push(`${file} line ${line}: ${kind} ${key} appears again, as ${next.category} / ${next.subcategory} (before: ${before.category} / ${before.subcategory}); the later row is used`)
  }
  tables.byKind[kind].set(key, next)
}

/** The seed tables, with `overrideFile` (API_CATEGORIES_FILE) over them when given. */
export function loadCategories(overrideFile?: string, seedDir = SEED_DIR): CategoryTables {
  const tables: CategoryTables = { byKind: { referendum: new Map(), bounty: new Map(), child_bounty: new Map() }, sources: [SEED_SOURCE], warnings: [] }
  const seeds: [CategoryKind, string, string][] = [
    ['referendum', 'referenda-categories.csv', 'id'],
    ['bounty', 'bounties-categories.csv', 'id'],
    ['child_bounty', 'child-bounties-categories.csv', 'identifier'],
  ]
  for (const [kind, name, idColumn] of seeds) {
    const file = path.join(seedDir, name)
    const { rows, line } = readCsv(file, [idColumn, 'category', 'subcategory'])
    rows.forEach((r, i) => add(tables, kind, file, line(i), r, r[idColumn], 'OpenGov.Watch'))
  }
  if (overrideFile) {
    const { rows, line } = readCsv(overrideFile, ['kind', 'id', 'category', 'subcategory'])
    const source = `${path.basename(overrideFile)} (API_CATEGORIES_FILE, over the seed)`
    rows.forEach((r, i) => {
      const kind = r.kind as CategoryKind
      if (!(kind in tables.byKind)) throw new CategoryFileError(`${overrideFile} line ${line(i)}: kind "${r.kind}" is not referendum, bounty or child_bounty`)
      add(tables, kind, overrideFile, line(i), r, r.id, source)
    })
    tables.sources.push(source)
  }
  return tables
}
