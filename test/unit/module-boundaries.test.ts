/**
 * The layers of squid/src import one way, and a pallet module is one folder: a file of module A imports another
 * module B only through B's index (its public surface), never B's internals; decoders/ (the version ladder, the
 * unknown-shape error, XCM locations) imports neither mappings nor modules nor a runtime's types, and names no pallet.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve(__dirname, '../../squid/src')
const MODULES = path.join(SRC, 'modules')
const DECODERS = path.join(SRC, 'decoders')

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f)
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : []
  })
}

const isDirectory = (p: string) => {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

/** The relative imports of a file (import … from, export … from, import()), resolved to absolute paths without extension. */
function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8')
  const specs = [...src.matchAll(/(?:from\s+|import\(\s*)'(\.[^']*)'/g)].map((m) => m[1])
  // a folder import is its index
  return specs.map((s) => path.resolve(path.dirname(file), s)).map((t) => (isDirectory(t) ? path.join(t, 'index') : t))
}

/** The module folder a path is in (modules/<name>/…), or undefined. */
function moduleOf(p: string): string | undefined {
  const rel = path.relative(MODULES, p)
  if (rel.startsWith('..')) return undefined
  const parts = rel.split(path.sep)
  return parts.length > 1 ? parts[0] : undefined
}

/** Whether `file` importing `target` breaks the rule: another module's file that is not its index. */
function breaksBoundary(file: string, target: string): boolean {
  const own = moduleOf(file)
  const other = moduleOf(target)
  if (!own || !other || other === own) return false
  return target !== path.join(MODULES, other, 'index')
}

/** The violations of the module rule in `files`: "<file> imports <target>". */
function crossModuleViolations(files: string[]): string[] {
  return files.flatMap((f) => importsOf(f).filter((t) => breaksBoundary(f, t)).map((t) => `${path.relative(SRC, f)} imports ${path.relative(SRC, t)}`))
}

const PALLETS = /\b(Treasury|Balances|Bounties|ChildBounties|MultiAssetBounties|Referenda|ConvictionVoting|Staking|Dap|Assets|ForeignAssets|AssetTxPayment|AssetConversion|TransactionPayment|Broker|ParaInclusion|OnDemand|Coretime|Identity|Revive)\b/

describe('module boundaries', () => {
  it('a module imports another module only through its index', () => {
    expect(crossModuleViolations(filesUnder(MODULES))).toEqual([])
  })

  it('catches a file of one module importing internals of another', () => {
    const fees = path.join(MODULES, 'fees', 'index.ts')
    expect(breaksBoundary(fees, path.join(MODULES, 'treasury', 'decoders'))).toBe(true)
    expect(breaksBoundary(fees, path.join(MODULES, 'treasury', 'index'))).toBe(false)
    expect(breaksBoundary(fees, path.join(MODULES, 'fees', 'split'))).toBe(false)
    expect(breaksBoundary(fees, path.join(MODULES, 'module'))).toBe(false)
  })

  it('decoders/ imports no mapping, module or runtime types, and names no pallet', () => {
    const files = filesUnder(DECODERS)
    expect(files.length).toBeGreaterThan(0)
    for (const f of files) {
      for (const target of importsOf(f)) expect(path.relative(SRC, target), `${path.relative(SRC, f)} imports it`).toMatch(/^decoders\//)
      const named = readFileSync(f, 'utf8').match(PALLETS)
      expect(named?.[0], `${path.relative(SRC, f)} names a pallet`).toBeUndefined()
    }
  })

  it('mappings/ and chains/ import no module', () => {
    for (const dir of ['mappings', 'chains']) {
      for (const f of filesUnder(path.join(SRC, dir))) {
        for (const target of importsOf(f)) expect(path.relative(SRC, target).startsWith('modules'), `${path.relative(SRC, f)} imports ${path.relative(SRC, target)}`).toBe(false)
      }
    }
  })
})
