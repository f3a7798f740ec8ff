/**
 * Builds the typegen inputs squid/typegen/<chain>.jsonl (git-ignored) from squid/typegen/metadata-sources.json:
 * - files: the real live runtimes, from ../shared/metadata (or METADATA_DIR), else downloaded from their pinned
 *   upstream source and checked against their sha256; v15/v16 converted to v14 (scripts/metadata/to-v14.cjs);
 * - bundled: metadata shipped in an npm dependency (@polkadot/types-support's Polkadot 1002005);
 * - devnet: the runtimes of the devnet chain specs, read from their wasm with chopsticks' executor.
 * Entries are ordered by spec version; their block numbers only carry that order (typegen needs some).
 * Then `npm run typegen` generates squid/src/types/<chain>. Options: --chain <name> (repeatable) builds only those.
 */
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { devnetMetadata, stopExecutor } from './metadata/devnet'
import { defaultFetchOptions, INPUTS_STAMP, readSources, sha256, sourcesStamp, toHex, TYPEGEN_CHAINS, TYPEGEN_DIR, v14Metadata, type FetchOptions, type MetadataSources, type TypegenChain } from './metadata/inputs'
import { runtimeVersionOf } from './metadata/version'

export interface InputRuntime {
  specName: string
  specVersion: number
  /** where it came from, for the summary */
  origin: string
  metadata: Uint8Array
}

async function collect(sources: MetadataSources, chains: TypegenChain[], opts: FetchOptions): Promise<Map<TypegenChain, InputRuntime[]>> {
  const out = new Map<TypegenChain, InputRuntime[]>(chains.map((c) => [c, []]))
  for (const b of sources.bundled) {
    if (!out.has(b.chain)) continue
    const hex: string = require(`${b.package}/${b.module}`).default
    out.get(b.chain)!.push({ specName: b.specName, specVersion: b.specVersion, origin: `${b.package}/${b.module}`, metadata: new Uint8Array(Buffer.from(hex.slice(2), 'hex')) })
  }
  for (const f of sources.files) {
    if (!out.has(f.chain)) continue
    out.get(f.chain)!.push({ specName: f.specName, specVersion: f.specVersion, origin: f.file, metadata: await v14Metadata(f, opts) })
  }
  const devnet = sources.devnet.filter((d) => out.has(d.chain))
  try {
    for (const d of devnet) {
      const m = await devnetMetadata(d.spec)
      out.get(d.chain)!.push({ specName: m.specName, specVersion: m.specVersion, origin: `devnet ${d.spec} chain spec`, metadata: m.metadata })
    }
  } finally {
    if (devnet.length) await stopExecutor()
  }
  return out
}

/** Orders by spec version, drops exact duplicates, and refuses two different metadata under one spec name and version. */
export function orderRuntimes(chain: string, runtimes: InputRuntime[]): InputRuntime[] {
  const byKey = new Map<string, InputRuntime>()
  for (const r of runtimes) {
    const v = runtimeVersionOf(r.metadata)
    if (v.specName !== r.specName || v.specVersion !== r.specVersion) {
      throw new Error(`${chain}: ${r.origin} is listed as ${r.specName} ${r.specVersion} but its System.Version says ${v.specName} ${v.specVersion}`)
    }
    const key = `${r.specName} ${r.specVersion}`
    const seen = byKey.get(key)
    if (seen && sha256(seen.metadata) !== sha256(r.metadata)) throw new Error(`${chain}: ${key} twice with different metadata (${seen.origin}, ${r.origin})`)
    if (!seen) byKey.set(key, r)
  }
  return [...byKey.values()].sort((a, b) => a.specVersion - b.specVersion || a.specName.localeCompare(b.specName))
}

export function jsonl(runtimes: InputRuntime[]): string {
  return runtimes
    .map((r, i) => JSON.stringify({ specName: r.specName, specVersion: r.specVersion, blockNumber: i + 1, blockHash: '0x' + (i + 1).toString(16).padStart(64, '0'), metadata: toHex(r.metadata) }))
    .join('\n') + '\n'
}

export async function buildTypegenInputs(chains: TypegenChain[] = [...TYPEGEN_CHAINS], opts = defaultFetchOptions(), outDir = TYPEGEN_DIR, sources = readSources()): Promise<Record<string, string[]>> {
  const collected = await collect(sources, chains, opts)
  const summary: Record<string, string[]> = {}
  for (const [chain, runtimes] of collected) {
    const ordered = orderRuntimes(chain, runtimes)
    writeFileSync(path.join(outDir, `${chain}.jsonl`), jsonl(ordered))
    summary[chain] = ordered.map((r) => `${r.specName} ${r.specVersion}`)
  }
  const stamp = path.join(outDir, INPUTS_STAMP)
  if (TYPEGEN_CHAINS.every((c) => chains.includes(c))) writeFileSync(stamp, sourcesStamp() + '\n')
  else rmSync(stamp, { force: true })
  return summary
}

function chainArgs(argv: string[]): TypegenChain[] {
  const chains: TypegenChain[] = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--chain') throw new Error(`unknown argument ${argv[i]} (usage: typegen-metadata.ts [--chain ${TYPEGEN_CHAINS.join('|')}]...)`)
    const c = argv[++i] as TypegenChain
    if (!TYPEGEN_CHAINS.includes(c)) throw new Error(`unknown chain ${c}; one of ${TYPEGEN_CHAINS.join(', ')}`)
    chains.push(c)
  }
  return chains.length ? chains : [...TYPEGEN_CHAINS]
}

if (require.main === module) {
  const opts = defaultFetchOptions()
  console.log(`metadata from ${opts.metadataDir ?? `upstream (cache ${opts.cacheDir})`}`)
  buildTypegenInputs(chainArgs(process.argv.slice(2)), opts)
    .then((summary) => {
      for (const [chain, list] of Object.entries(summary)) console.log(`squid/typegen/${chain}.jsonl: ${list.join(', ')}`)
    })
    .catch((e) => {
      console.error(e instanceof Error ? e.message : e)
      process.exit(1)
    })
}
