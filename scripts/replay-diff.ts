/**
 * Compares two runs of the replay tests row by row: `REPLAY_DUMP_DIR=<dir> npx vitest run test/replay/…` in two
 * trees (see test/replay/harness.ts), then `npx tsx scripts/replay-diff.ts <dirA> <dirB>`.
 * For every dump file present in both, every table present in both and every column present in both (columns or
 * tables only one side has are listed apart, not compared), rows are matched by id. Prints one line per table:
 * rows in A and B, rows only in A, only in B, rows differing and the first differing columns with an example.
 * Exits 1 when any compared row differs.
 */
import fs from 'node:fs'
import path from 'node:path'

interface Dump {
  test: string
  database: string
  tables: Record<string, Record<string, unknown>[]>
}

function load(file: string): Dump {
  const d = JSON.parse(fs.readFileSync(file, 'utf8'))
  return d.tables ? d : { test: path.basename(file, '.json'), database: '', tables: d }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function main(): void {
  const [dirA, dirB] = process.argv.slice(2)
  if (!dirA || !dirB) {
    console.error('usage: tsx scripts/replay-diff.ts <dumpDirA> <dumpDirB>')
    process.exit(2)
  }
  const files = (d: string) => fs.readdirSync(d).filter((f) => f.endsWith('.json')).sort()
  const inA = files(dirA)
  const inB = new Set(files(dirB))
  let differing = 0
  const lines: string[][] = [['dump', 'table', 'rows A', 'rows B', 'only A', 'only B', 'differ', 'columns (first rows)']]
  const notes: string[] = []
  for (const f of inA.filter((x) => !inB.has(x))) notes.push(`${f}: only in A`)
  for (const f of [...inB].filter((x) => !inA.includes(x))) notes.push(`${f}: only in B`)
  for (const f of inA.filter((x) => inB.has(x))) {
    const a = load(path.join(dirA, f))
    const b = load(path.join(dirB, f))
    const name = `${f.replace(/\.json$/, '')}${a.database ? ` (${a.database})` : ''}`
    const tablesB = Object.keys(b.tables)
    for (const t of tablesB.filter((t) => !(t in a.tables))) notes.push(`${name}: table ${t} only in B (${b.tables[t].length} rows)`)
    for (const t of Object.keys(a.tables).filter((t) => !(t in b.tables))) notes.push(`${name}: table ${t} only in A (${a.tables[t].length} rows)`)
    for (const t of Object.keys(a.tables).filter((t) => t in b.tables).sort()) {
      const ra = a.tables[t]
      const rb = b.tables[t]
      const colsA = new Set(ra.flatMap((r) => Object.keys(r)))
      const colsB = new Set(rb.flatMap((r) => Object.keys(r)))
      const onlyColsB = [...colsB].filter((c) => !colsA.has(c))
      const onlyColsA = [...colsA].filter((c) => !colsB.has(c))
      if (onlyColsB.length) notes.push(`${name}: ${t} columns only in B: ${onlyColsB.join(', ')}`)
      if (onlyColsA.length) notes.push(`${name}: ${t} columns only in A: ${onlyColsA.join(', ')}`)
      const cols = [...colsA].filter((c) => colsB.has(c))
      const byId = (rows: Record<string, unknown>[]) => new Map(rows.map((r) => [String(r.id), r]))
      const ma = byId(ra)
      const mb = byId(rb)
      const onlyA = [...ma.keys()].filter((k) => !mb.has(k))
      const onlyB = [...mb.keys()].filter((k) => !ma.has(k))
      const diffCols = new Map<string, string>()
      let diff = 0
      for (const [id, x] of ma) {
        const y = mb.get(id)
        if (!y) continue
        const cs = cols.filter((c) => !same(x[c], y[c]))
        if (!cs.length) continue
        diff++
        for (const c of cs) if (!diffCols.has(c)) diffCols.set(c, `${c}[${id}]: ${JSON.stringify(x[c])} → ${JSON.stringify(y[c])}`)
      }
      differing += diff + onlyA.length + onlyB.length
      const show = (ids: string[]) => `${ids.length}${ids.length ? ` (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''})` : ''}`
      lines.push([name, t, String(ra.length), String(rb.length), show(onlyA), show(onlyB), String(diff), [...diffCols.values()].slice(0, 3).join('; ')])
    }
  }
  const widths = lines[0].map((_, i) => Math.min(60, Math.max(...lines.map((l) => l[i].length))))
  for (const l of lines) console.log(l.map((c, i) => (i === l.length - 1 ? c : c.padEnd(widths[i]))).join(' | '))
  if (notes.length) console.log('\n' + notes.join('\n'))
  console.log(`\n${differing ? `${differing} rows differ, missing or extra` : 'every compared row is equal'}`)
  process.exit(differing ? 1 : 0)
}

main()
