/**
 * Adds a runtime version to the decoders in one step:
 *
 *   npm run typegen:add -- <metadata file> --source <upstream> [--chain <chain>] [--network <folder>] [--no-typegen]
 *
 * <metadata file>: raw metadata (v14, v15 or v16; binary starting with "meta", or its 0x hex as state_getMetadata
 * returns it). <upstream> names where a machine without this file gets it, and is checked by its sha256 there:
 *   github:<owner>/<repo>@<40-hex commit>:<path>
 *   npm:<package>@<version>:<path in tarball>#<variable holding the base64>
 * The spec name and version are read from the metadata's System.Version; they also pick the chain (relay,
 * assetHub, …) unless --chain says otherwise. The file is recorded in squid/typegen/metadata-sources.json (with its
 * sha256 and that of its v14 conversion), copied into the download cache, the chain's typegen input is rebuilt and
 * its decoders regenerated (squid/src/types/<chain>).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildTypegenInputs } from './typegen-metadata'
import {
  defaultFetchOptions,
  readSources,
  ROOT,
  sha256,
  SOURCES_FILE,
  toV14,
  TYPEGEN_CHAINS,
  v14FileName,
  writeSources,
  type MetadataFile,
  type TypegenChain,
  type UpstreamSource,
} from './metadata/inputs'
import { runtimeVersionOf } from './metadata/version'

/** spec name → the types directory it feeds and its folder under raw/ (as in ../shared/metadata) */
export const SPEC_NAMES: Record<string, { chain: TypegenChain; network: string }> = {
  polkadot: { chain: 'relay', network: 'polkadot' },
  paseo: { chain: 'relay', network: 'paseo' },
  statemint: { chain: 'assetHub', network: 'asset-hub-polkadot' },
  'asset-hub-paseo': { chain: 'assetHub', network: 'asset-hub-paseo' },
  'coretime-polkadot': { chain: 'coretime', network: 'coretime-polkadot' },
  'coretime-paseo': { chain: 'coretime', network: 'coretime-paseo' },
  'people-polkadot': { chain: 'people', network: 'people-polkadot' },
  'people-paseo': { chain: 'people', network: 'people-paseo' },
  collectives: { chain: 'collectives', network: 'collectives-polkadot' },
}

export function parseSource(s: string): UpstreamSource {
  let m = /^github:([\w.-]+\/[\w.-]+)@([0-9a-f]{40}):(.+)$/.exec(s)
  if (m) return { kind: 'github', repo: m[1], commit: m[2], path: m[3] }
  m = /^npm:((?:@[\w.-]+\/)?[\w.-]+)@(\d+\.\d+\.\d+[\w.-]*):([^#]+)#([\w$]+)$/.exec(s)
  if (m) return { kind: 'npm', package: m[1], version: m[2], path: m[3], base64Variable: m[4] }
  throw new Error(`--source ${s}: expected github:<owner>/<repo>@<40-hex commit>:<path> or npm:<package>@<version>:<path>#<variable>`)
}

function sourceTag(src: UpstreamSource): string {
  if (src.kind === 'github') return `${src.repo.split('/')[1]}-${src.commit.slice(0, 8)}`
  return `npm-${src.package.replace(/^@/, '').replace('/', '-')}-${src.version}`
}

function readMetadataFile(file: string): Uint8Array {
  const buf = readFileSync(file)
  const text = buf.subarray(0, 2).toString() === '0x' ? buf.toString('utf8').trim() : undefined
  const bytes = new Uint8Array(text ? Buffer.from(text.slice(2), 'hex') : buf)
  if (Buffer.from(bytes.subarray(0, 4)).toString() !== 'meta') throw new Error(`${file}: not runtime metadata (it does not start with "meta")`)
  if (![14, 15, 16].includes(bytes[4])) throw new Error(`${file}: metadata v${bytes[4]}; v14, v15 or v16 expected`)
  return bytes
}

export interface AddOptions {
  source: UpstreamSource
  chain?: TypegenChain
  network?: string
  sourcesFile?: string
  cacheDir?: string
}

/** Records the file in the sources (and the cache); returns its entry and whether it was new. */
export function addRuntime(file: string, opts: AddOptions): { entry: MetadataFile; added: boolean } {
  const raw = readMetadataFile(file)
  const v14 = toV14(raw)
  const { specName, specVersion } = runtimeVersionOf(v14)
  const known = SPEC_NAMES[specName]
  const chain = opts.chain ?? known?.chain
  const network = opts.network ?? known?.network
  if (!chain || !network) throw new Error(`${file}: spec name ${specName} feeds no known chain; pass --chain (${TYPEGEN_CHAINS.join('|')}) and --network <folder>`)
  if (!TYPEGEN_CHAINS.includes(chain)) throw new Error(`--chain ${chain}: one of ${TYPEGEN_CHAINS.join(', ')}`)
  const entry: MetadataFile = {
    chain,
    network,
    specName,
    specVersion,
    metadataVersion: raw[4],
    file: `${specName}-${specVersion}.${sourceTag(opts.source)}.scale`,
    sha256: sha256(raw),
    v14Sha256: sha256(v14),
    source: opts.source,
  }
  const sourcesFile = opts.sourcesFile ?? SOURCES_FILE
  const sources = readSources(sourcesFile)
  const same = sources.files.find((f) => f.chain === chain && f.specName === specName && f.specVersion === specVersion)
  if (same && same.sha256 !== entry.sha256) throw new Error(`${chain} already has ${specName} ${specVersion} (${same.file}) with other bytes (sha256 ${same.sha256}, this file ${entry.sha256})`)
  const cacheDir = opts.cacheDir ?? defaultFetchOptions().cacheDir
  for (const [dir, name, bytes] of [['raw', entry.file, raw], ['v14', v14FileName(entry), v14]] as const) {
    mkdirSync(path.join(cacheDir, dir, network), { recursive: true })
    writeFileSync(path.join(cacheDir, dir, network, name), bytes)
  }
  if (same) return { entry: same, added: false }
  sources.files.push(entry)
  writeSources(sources, sourcesFile)
  return { entry, added: true }
}

function parseArgs(argv: string[]): { file: string; opts: AddOptions; typegen: boolean } {
  let file: string | undefined
  let source: string | undefined
  let chain: string | undefined
  let network: string | undefined
  let typegen = true
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--source') source = argv[++i]
    else if (a === '--chain') chain = argv[++i]
    else if (a === '--network') network = argv[++i]
    else if (a === '--no-typegen') typegen = false
    else if (!a.startsWith('--') && !file) file = a
    else throw new Error(`unknown argument ${a}`)
  }
  if (!file || !source) throw new Error('usage: npm run typegen:add -- <metadata file> --source github:<owner>/<repo>@<commit>:<path> | npm:<package>@<version>:<path>#<variable> [--chain <chain>] [--network <folder>] [--no-typegen]')
  return { file: path.resolve(file), opts: { source: parseSource(source), chain: chain as TypegenChain | undefined, network }, typegen }
}

async function main() {
  const { file, opts, typegen } = parseArgs(process.argv.slice(2))
  const { entry, added } = addRuntime(file, opts)
  console.log(`${added ? 'added' : 'already listed'}: ${entry.chain} ${entry.specName} ${entry.specVersion} (metadata v${entry.metadataVersion}) as ${entry.file}, sha256 ${entry.sha256}`)
  if (!typegen) return
  const summary = await buildTypegenInputs([entry.chain])
  console.log(`squid/typegen/${entry.chain}.jsonl: ${summary[entry.chain].join(', ')}`)
  execFileSync('npx', ['squid-substrate-typegen', `typegen/${entry.chain}.json`], { cwd: path.join(ROOT, 'squid'), stdio: 'inherit' })
  console.log(`regenerated squid/src/types/${entry.chain}; now run the coverage test: npx vitest run test/unit/decoder-coverage.test.ts`)
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  })
}
