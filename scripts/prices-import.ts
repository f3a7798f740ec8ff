/**
 * npm run prices:import -- <file.csv>: an external DOT/USD price per UTC day, which then takes precedence over the
 * chain's own (the API's dotPrices names it as import:<file>:<line>). The file is `date,usd_per_dot` with a header;
 * a bad line stops the import with its line number and nothing is written. Importing a day again replaces it.
 * The database is the one `npm start` uses (DB_URL, or the embedded one in DATA_DIR).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { startDatabase } from '../db/postgres'
import { applyMigrations } from '../db/migrate'
import { connectDb } from '../squid/src/sync/ranges'
import { parseUsd } from '../squid/src/modules/hub/price'

export interface ImportedPrice {
  date: string
  usdPerDot: string
  microUsdPerDot: bigint
  source: string
}

export class PriceFileError extends Error {
  name = 'PriceFileError'
}

/** The prices of a CSV file's text; `file` names it in errors and in each price's source. */
export function parsePriceCsv(text: string, file: string): ImportedPrice[] {
  let records: string[][]
  try {
    records = parse(text, { skip_empty_lines: true, trim: true, relax_column_count: false })
  } catch (e) {
    throw new PriceFileError(`${file}: ${(e as Error).message}`)
  }
  // csv-parse gives records, not lines: keep each record's line from its info
  const lines: number[] = (parse(text, { skip_empty_lines: true, trim: true, info: true }) as unknown as { info: { lines: number } }[]).map((r) => r.info.lines)
  const [header, ...rows] = records
  if (!header || header.join(',').toLowerCase() !== 'date,usd_per_dot') throw new PriceFileError(`${file}:${lines[0] ?? 1}: the header must be "date,usd_per_dot", got "${header?.join(',') ?? ''}"`)
  const seen = new Map<string, number>()
  return rows.map(([date, usd], i) => {
    const line = lines[i + 1]
    const at = `${file}:${line}`
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) throw new PriceFileError(`${at}: "${date}" is not a UTC day (YYYY-MM-DD)`)
    const micro = parseUsd(usd)
    if (micro === undefined || micro === 0n) throw new PriceFileError(`${at}: usd_per_dot "${usd}" is not a positive decimal number such as 4.25`)
    if (seen.has(date)) throw new PriceFileError(`${at}: ${date} is already priced on line ${seen.get(date)}`)
    seen.set(date, line)
    return { date, usdPerDot: usd, microUsdPerDot: micro, source: `import:${path.basename(file)}:${line}` }
  })
}

/** Writes the prices in one statement: all or none. */
export async function importPrices(prices: ImportedPrice[]): Promise<number> {
  const db = await connectDb()
  try {
    if (!prices.length) return 0
    const values = prices.map((_, i) => `(${[1, 2, 3, 4, 5].map((k) => `$${i * 5 + k}`).join(', ')})`).join(', ')
    await db.query(
      `INSERT INTO imported_dot_price (id, date, usd_per_dot, micro_usd_per_dot, source) VALUES ${values}
       ON CONFLICT (id) DO UPDATE SET usd_per_dot = excluded.usd_per_dot, micro_usd_per_dot = excluded.micro_usd_per_dot, source = excluded.source`,
      prices.flatMap((p) => [p.date, p.date, p.usdPerDot, String(p.microUsdPerDot), p.source]),
    )
    return prices.length
  } finally {
    await db.end().catch(() => {})
  }
}

async function main(argv: string[]) {
  const [file] = argv
  if (!file) {
    console.error('usage: npm run prices:import -- <file.csv>   (columns: date,usd_per_dot)')
    process.exit(2)
  }
  const prices = parsePriceCsv(fs.readFileSync(file, 'utf8'), file)
  if (process.env.DB_URL) {
    console.log(`imported ${await importPrices(prices)} DOT/USD prices from ${file}`)
    return
  }
  const db = await startDatabase()
  try {
    await applyMigrations(db.url)
    process.env.DB_URL = db.url
    console.log(`imported ${await importPrices(prices)} DOT/USD prices from ${file}`)
  } finally {
    await db.stop()
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  })
}
