/**
 * Where the runtime metadata of the typegen inputs comes from, and how each file is obtained and checked:
 * squid/typegen/metadata-sources.json lists every file with its upstream source and sha256. A file is read from
 * ../shared/metadata (or METADATA_DIR) when present there, else from the download cache, else downloaded from its
 * upstream source (GitHub raw at the pinned commit, or the npm package tarball at the pinned version) and checked.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Parser, type ReadEntry } from 'tar'

export const ROOT = path.resolve(__dirname, '..', '..')
export const TYPEGEN_DIR = path.join(ROOT, 'squid', 'typegen')
export const SOURCES_FILE = path.join(TYPEGEN_DIR, 'metadata-sources.json')

/** The chains with a types directory (squid/src/types/<chain>) and a typegen config (squid/typegen/<chain>.json). */
export const TYPEGEN_CHAINS = ['relay', 'assetHub', 'coretime', 'people', 'collectives'] as const
export type TypegenChain = (typeof TYPEGEN_CHAINS)[number]

export interface GithubSource {
  kind: 'github'
  /** owner/name */
  repo: string
  commit: string
  path: string
}

export interface NpmSource {
  kind: 'npm'
  package: string
  version: string
  /** path of the file inside the tarball (package/…) */
  path: string
  /** the JS variable in that file whose string literal is the base64 of the metadata */
  base64Variable: string
}

export type UpstreamSource = GithubSource | NpmSource

export interface MetadataFile {
  chain: TypegenChain
  /** folder name under raw/ and v14/ (as in ../shared/metadata) */
  network: string
  specName: string
  specVersion: number
  /** metadata version of the raw file (14, 15 or 16) */
  metadataVersion: number
  /** file name under raw/<network>/ */
  file: string
  /** of the raw bytes, exactly as found upstream */
  sha256: string
  /** of the v14 conversion (scripts/metadata/to-v14.cjs is deterministic) */
  v14Sha256: string
  source: UpstreamSource
}

export interface BundledMetadata {
  chain: TypegenChain
  package: string
  /** module (under the package) whose default export is the metadata hex */
  module: string
  versionModule: string
  specName: string
  specVersion: number
}

export interface DevnetMetadata {
  chain: TypegenChain
  /** the devnet chain whose chain spec (devnet/specs.ts) holds the runtime wasm */
  spec: 'relay' | 'coretime' | 'assetHub'
}

export interface MetadataSources {
  $comment?: string
  bundled: BundledMetadata[]
  devnet: DevnetMetadata[]
  files: MetadataFile[]
}

/** What the inputs were built from: a change of the sources list makes them stale (test/support/metadata.ts). */
export const INPUTS_STAMP = 'inputs.stamp'

export function sourcesStamp(sourcesFile = SOURCES_FILE): string {
  return sha256(readFileSync(sourcesFile))
}

export function readSources(file = SOURCES_FILE): MetadataSources {
  return JSON.parse(readFileSync(file, 'utf8'))
}

export function writeSources(sources: MetadataSources, file = SOURCES_FILE): void {
  sources.files.sort((a, b) => a.chain.localeCompare(b.chain) || a.specVersion - b.specVersion || a.specName.localeCompare(b.specName))
  writeFileSync(file, JSON.stringify(sources, null, 2) + '\n')
}

/** A metadata file that is missing, cannot be fetched, or is not the pinned bytes. Names the file. */
export class MetadataSourceError extends Error {
  name = 'MetadataSourceError'
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`metadata ${file}: ${problem}`)
  }
}

export interface FetchOptions {
  /** a folder laid out as ../shared/metadata (raw/<network>/…, v14/<network>/…); null: none */
  metadataDir: string | null
  /** where downloaded files are kept */
  cacheDir: string
  /** serves <owner>/<repo>/<commit>/<path> */
  githubRawUrl: string
  /** an npm registry: serves <package>/-/<name>-<version>.tgz */
  npmRegistryUrl: string
  fetchImpl?: typeof fetch
}

/** METADATA_DIR, else ../shared/metadata when it exists; downloads go to METADATA_CACHE_DIR or .data/metadata. */
export function defaultFetchOptions(env: NodeJS.ProcessEnv = process.env): FetchOptions {
  const shared = path.resolve(ROOT, '..', 'shared', 'metadata')
  const dir = env.METADATA_DIR !== undefined ? path.resolve(env.METADATA_DIR) : shared
  return {
    metadataDir: existsSync(dir) ? dir : null,
    cacheDir: path.resolve(env.METADATA_CACHE_DIR ?? path.join(ROOT, '.data', 'metadata')),
    githubRawUrl: (env.METADATA_GITHUB_RAW_URL ?? 'https://raw.githubusercontent.com').replace(/\/$/, ''),
    npmRegistryUrl: (env.METADATA_NPM_REGISTRY ?? 'https://registry.npmjs.org').replace(/\/$/, ''),
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function v14FileName(f: Pick<MetadataFile, 'file'>): string {
  return f.file.replace(/\.scale$/, '') + '.v14.scale'
}

export function sourceUrl(source: UpstreamSource, opts: Pick<FetchOptions, 'githubRawUrl' | 'npmRegistryUrl'>): string {
  if (source.kind === 'github') return `${opts.githubRawUrl}/${source.repo}/${source.commit}/${source.path}`
  const name = source.package.split('/').pop()
  return `${opts.npmRegistryUrl}/${source.package}/-/${name}-${source.version}.tgz`
}

/** The named file of a .tgz, in memory. */
async function fileInTarball(tgz: Uint8Array, wanted: string): Promise<Buffer | undefined> {
  let found: Buffer | undefined
  const chunks: Buffer[] = []
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      filter: (p) => p === wanted,
      onReadEntry: (entry: ReadEntry) => {
        entry.on('data', (c: Buffer) => chunks.push(c))
        entry.on('end', () => (found = Buffer.concat(chunks)))
      },
    })
    parser.on('end', () => resolve())
    parser.on('error', reject)
    parser.end(Buffer.from(tgz))
  })
  return found
}

/** The metadata bytes a bundle file holds as a base64 string literal assigned to `variable`. */
export function base64Literal(js: string, variable: string): Uint8Array | undefined {
  const escaped = variable.replace(/[$]/g, '\\$')
  const m = new RegExp(`(?:var|let|const)\\s+${escaped}\\s*=\\s*"([A-Za-z0-9+/=]+)"`).exec(js)
  return m ? new Uint8Array(Buffer.from(m[1], 'base64')) : undefined
}

/** Downloads the raw bytes of `f` from its upstream source; no checksum check here. */
export async function downloadRaw(f: MetadataFile, opts: FetchOptions): Promise<Uint8Array> {
  const url = sourceUrl(f.source, opts)
  let res: Response
  try {
    res = await (opts.fetchImpl ?? fetch)(url)
  } catch (e) {
    throw new MetadataSourceError(f.file, `not in ${opts.metadataDir ?? '(no METADATA_DIR)'} and the download from ${url} failed (${(e as Error).message}); set METADATA_DIR to a folder laid out as ../shared/metadata`)
  }
  if (!res.ok) throw new MetadataSourceError(f.file, `not in ${opts.metadataDir ?? '(no METADATA_DIR)'} and ${url} answered HTTP ${res.status}`)
  const body = new Uint8Array(await res.arrayBuffer())
  if (f.source.kind === 'github') return body
  const js = await fileInTarball(body, f.source.path)
  if (!js) throw new MetadataSourceError(f.file, `${url} has no ${f.source.path}`)
  const bytes = base64Literal(js.toString('utf8'), f.source.base64Variable)
  if (!bytes) throw new MetadataSourceError(f.file, `${f.source.path} in ${url} has no base64 string assigned to ${f.source.base64Variable}`)
  return bytes
}

function checked(f: MetadataFile, bytes: Uint8Array, expected: string, where: string): Uint8Array {
  const got = sha256(bytes)
  if (got !== expected) throw new MetadataSourceError(f.file, `sha256 of ${where} is ${got}, expected ${expected} (metadata-sources.json): corrupt or not the pinned file`)
  return bytes
}

function writeAtomically(file: string, bytes: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file + '.part', bytes)
  renameSync(file + '.part', file)
}

/** The raw bytes of `f`: from the metadata folder, the cache, or its upstream source; always checked. */
export async function rawMetadata(f: MetadataFile, opts: FetchOptions): Promise<Uint8Array> {
  for (const dir of [opts.metadataDir, opts.cacheDir]) {
    if (!dir) continue
    const file = path.join(dir, 'raw', f.network, f.file)
    if (existsSync(file)) return checked(f, new Uint8Array(readFileSync(file)), f.sha256, file)
  }
  const url = sourceUrl(f.source, opts)
  const bytes = checked(f, await downloadRaw(f, opts), f.sha256, `the download from ${url}`)
  writeAtomically(path.join(opts.cacheDir, 'raw', f.network, f.file), bytes)
  return bytes
}

const { toV14: convert } = require('./to-v14.cjs')
const { decAnyMetadata, metadata: metadataCodec } = require('@polkadot-api/substrate-bindings')

/** Metadata v15/v16 (raw bytes, "meta" + version) as v14; v14 is returned as it is. */
export function toV14(raw: Uint8Array): Uint8Array {
  if (raw[4] === 14) return raw
  return metadataCodec.enc(convert(decAnyMetadata(raw)).metadata)
}

/** The v14 bytes of `f`: the metadata folder's v14 file when present, else converted from the raw file; checked. */
export async function v14Metadata(f: MetadataFile, opts: FetchOptions): Promise<Uint8Array> {
  for (const dir of [opts.metadataDir, opts.cacheDir]) {
    if (!dir) continue
    const file = path.join(dir, 'v14', f.network, v14FileName(f))
    if (existsSync(file)) return checked(f, new Uint8Array(readFileSync(file)), f.v14Sha256, file)
  }
  const v14 = checked(f, toV14(await rawMetadata(f, opts)), f.v14Sha256, 'its v14 conversion')
  writeAtomically(path.join(opts.cacheDir, 'v14', f.network, v14FileName(f)), v14)
  return v14
}

export function toHex(bytes: Uint8Array): string {
  return '0x' + Buffer.from(bytes).toString('hex')
}
