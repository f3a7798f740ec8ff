/**
 * The largest functions of the sources, by line count (first to last line of the function, comments inside
 * included): `tsx scripts/function-sizes.ts [--top N] [folder …]`, default the top 10 of squid/src, devnet, db and
 * scripts. Generated code (squid/src/types, squid/src/model/generated) is left out. Named functions, methods,
 * and arrow functions or function expressions given to a variable or property count; an anonymous callback counts
 * as part of the function around it.
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const ROOT = path.resolve(__dirname, '..')
const DEFAULT_FOLDERS = ['squid/src', 'devnet', 'db', 'scripts']
const GENERATED = ['squid/src/types/', 'squid/src/model/generated/']

export interface FunctionSize {
  file: string
  line: number
  name: string
  lines: number
}

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== 'lib') out.push(...sourceFiles(p))
    } else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name)) out.push(p)
  }
  return out
}

/** The name a function is known by: its own, or that of the variable or property it is assigned to. */
function nameOf(node: ts.Node, sf: ts.SourceFile): string | undefined {
  const own = (node as ts.FunctionLikeDeclaration).name
  if (own) return own.getText(sf)
  const parent = node.parent
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) return parent.name.getText(sf)
  return undefined
}

export function functionSizes(file: string): FunctionSize[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const out: FunctionSize[] = []
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const name = nameOf(node, sf)
      if (name) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line
        const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line
        out.push({ file: path.relative(ROOT, file), line: start + 1, name, lines: end - start + 1 })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return out
}

function main(): void {
  const args = process.argv.slice(2)
  const t = args.indexOf('--top')
  const top = t >= 0 ? Number(args.splice(t, 2)[1]) : 10
  const folders = args.length ? args : DEFAULT_FOLDERS
  const sizes = folders
    .flatMap((f) => sourceFiles(path.resolve(ROOT, f)))
    .filter((f) => !GENERATED.some((g) => path.relative(ROOT, f).startsWith(g)))
    .flatMap(functionSizes)
    .sort((a, b) => b.lines - a.lines)
  for (const s of sizes.slice(0, top)) console.log(`${String(s.lines).padStart(5)}  ${s.file}:${s.line}  ${s.name}`)
}

if (require.main === module) main()
