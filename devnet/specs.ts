/**
 * The real Paseo runtimes the devnet runs: where their raw chain specs come from, how they are checked, and the
 * normalised temporary copies chopsticks is started with. The files in the specs directory are never modified.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export type DevChain = 'relay' | 'coretime' | 'assetHub'

export interface SpecFile {
  chain: DevChain
  file: string
  /** where the file lives upstream (repository path @ commit), for users without ../shared */
  upstreamPath: string
  upstreamCommit: string
  specVersion: number
}

const UPSTREAM_REPO = 'paseo-network/runtimes'

/** The pinned specs (see ../shared/chain-specs/README.md). The checksums come from SHA256SUMS beside them. */
export const SPEC_FILES: Record<DevChain, SpecFile> = {
  relay: {
    chain: 'relay',
    file: 'relay-paseo-dev-1009003.json',
    upstreamPath: 'chain-specs/local/paseo-dev.json',
    upstreamCommit: '5aaa388',
    specVersion: 1009003,
  },
  coretime: {
    chain: 'coretime',
    file: 'coretime-paseo-local-2000006.json',
    upstreamPath: 'chain-specs/coretime-paseo-local.json',
    upstreamCommit: '36a4b9da228df82e79c4b157b8fa58aa2c202711',
    specVersion: 2000006,
  },
  assetHub: {
    chain: 'assetHub',
    file: 'asset-hub-paseo-local-1005001.json',
    upstreamPath: 'chain-specs/local/asset-hub-paseo-local.json',
    upstreamCommit: '3db2520',
    specVersion: 1005001,
  },
}

/**
 * The older Coretime runtime of the same upstream repository (coretime-paseo 1009003, Broker and Sudo): a devnet
 * Coretime chain can start on it and be upgraded to SPEC_FILES.coretime (2000006) with sudo(system.setCode).
 */
export const CORETIME_BEFORE_UPGRADE: SpecFile = {
  chain: 'coretime',
  file: 'coretime-paseo-local-1009003.json',
  upstreamPath: 'chain-specs/local/coretime-paseo-local.json',
  upstreamCommit: '5aaa388',
  specVersion: 1009003,
}

/**
 * Checksums of the pinned files, kept in the repository so that a download (no ../shared) is checked against
 * the same values as ../shared/chain-specs/SHA256SUMS.
 */
export const SHA256: Record<string, string> = {
  'asset-hub-paseo-local-1005001.json': 'e7f51f5d50421be57a93ca7e1ac92dd382eb353a9975dc7ab5a5fc1d886cdc73',
  'coretime-paseo-local-1009003.json': 'c487fc421a28e76693b21d8cb6cf643c44686d23074da941a17b40e020107f38',
  'coretime-paseo-local-2000006.json': '76319bc838e49c96c2992c24cbd19889fa73fabc76851484533f40f128715e95',
  'relay-paseo-dev-1009003.json': '55762d707e201f1a7015af73b5989e289e47c9f3e6a4233f4b1a370ec98b0fc9',
}

export class ChainSpecError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`chain spec ${file}: ${problem}`)
    this.name = 'ChainSpecError'
  }
}

/** `CHAIN_SPECS_DIR`, else ../shared/chain-specs beside the repository, else a download cache. */
export function defaultSpecsDir(): string {
  if (process.env.CHAIN_SPECS_DIR) return path.resolve(process.env.CHAIN_SPECS_DIR)
  const shared = path.resolve(__dirname, '..', '..', 'shared', 'chain-specs')
  if (existsSync(shared)) return shared
  return path.resolve(__dirname, '..', '.data', 'chain-specs')
}

function sha256(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex')
}

/** Reads SHA256SUMS from the directory when it has one, else uses the pinned values. */
function expectedChecksums(dir: string): Record<string, string> {
  const sums = path.join(dir, 'SHA256SUMS')
  if (!existsSync(sums)) return SHA256
  const out: Record<string, string> = { ...SHA256 }
  for (const line of readFileSync(sums, 'utf8').split('\n')) {
    const m = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim())
    if (m) out[m[2]] = m[1]
  }
  return out
}

export interface UpstreamOptions {
  /** base of a URL that serves `<commit>/<path>`; overridable so the download can be tried on a local server */
  baseUrl?: string
  fetchImpl?: typeof fetch
}

export function upstreamUrl(spec: SpecFile, baseUrl = process.env.CHAIN_SPECS_BASE_URL): string {
  const base = (baseUrl ?? `https://github.com/${UPSTREAM_REPO}/raw`).replace(/\/$/, '')
  return `${base}/${spec.upstreamCommit}/${spec.upstreamPath}`
}

/** Downloads a pinned spec into `dir` and checks it; a mismatch leaves nothing behind. */
export async function downloadSpec(spec: SpecFile, dir: string, opts: UpstreamOptions = {}): Promise<string> {
  const url = upstreamUrl(spec, opts.baseUrl)
  const doFetch = opts.fetchImpl ?? fetch
  let res: Response
  try {
    res = await doFetch(url)
  } catch (e) {
    throw new ChainSpecError(spec.file, `missing locally and the download from ${url} failed (${(e as Error).message}); set CHAIN_SPECS_DIR to a folder that has it`)
  }
  if (!res.ok) throw new ChainSpecError(spec.file, `missing locally and ${url} answered HTTP ${res.status}; set CHAIN_SPECS_DIR to a folder that has it`)
  const buf = Buffer.from(await res.arrayBuffer())
  const got = sha256(buf)
  if (got !== SHA256[spec.file]) {
    throw new ChainSpecError(spec.file, `downloaded from ${url} but its sha256 is ${got}, expected ${SHA256[spec.file]}`)
  }
  mkdirSync(dir, { recursive: true })
  const target = path.join(dir, spec.file)
  writeFileSync(target, buf)
  return target
}

export interface LoadedSpec {
  spec: SpecFile
  sourcePath: string
  json: { id: string; name: string; properties: Record<string, unknown>; genesis: { raw: { top: Record<string, string> } }; para_id?: number }
}

/**
 * Loads and checks a spec: present (downloaded if `download` allows), checksum as pinned, JSON with a raw genesis
 * and runtime code. Every failure names the file and what is wrong with it.
 */
export async function loadSpec(chain: DevChain, dir = defaultSpecsDir(), opts: UpstreamOptions & { download?: boolean; spec?: SpecFile } = {}): Promise<LoadedSpec> {
  const spec = opts.spec ?? SPEC_FILES[chain]
  if (spec.chain !== chain) throw new ChainSpecError(spec.file, `is a ${spec.chain} spec, not one of ${chain}`)
  let file = path.join(dir, spec.file)
  if (!existsSync(file)) {
    if (opts.download === false) throw new ChainSpecError(spec.file, `not found in ${dir} (set CHAIN_SPECS_DIR, or allow the download from ${upstreamUrl(spec, opts.baseUrl)})`)
    file = await downloadSpec(spec, dir, opts)
  }
  const buf = readFileSync(file)
  const expected = expectedChecksums(dir)[spec.file]
  const got = sha256(buf)
  if (expected && got !== expected) throw new ChainSpecError(spec.file, `sha256 is ${got} but SHA256SUMS says ${expected}: the file is corrupt or not the pinned version (${file})`)
  let json: LoadedSpec['json']
  try {
    json = JSON.parse(buf.toString('utf8'))
  } catch (e) {
    throw new ChainSpecError(spec.file, `is not valid JSON (${(e as Error).message})`)
  }
  if (!json?.genesis?.raw?.top) throw new ChainSpecError(spec.file, 'has no genesis.raw.top: a raw chain spec is needed, not a plain one')
  if (!json.genesis.raw.top['0x3a636f6465']) throw new ChainSpecError(spec.file, 'has no runtime code (:code) in its genesis storage')
  return { spec, sourcePath: file, json }
}

const NUMERIC_PROPERTIES = ['ss58Format', 'tokenDecimals'] as const

/** Chopsticks' schema wants numbers where some Paseo specs carry strings ("0", "10"). */
export function normaliseProperties(props: Record<string, unknown>, file: string): Record<string, unknown> {
  const out = { ...props }
  for (const key of NUMERIC_PROPERTIES) {
    const v = out[key]
    if (v === undefined || typeof v === 'number') continue
    const toNumber = (x: unknown) => {
      const n = typeof x === 'string' && /^\d+$/.test(x.trim()) ? Number(x) : typeof x === 'number' ? x : NaN
      if (!Number.isInteger(n)) throw new ChainSpecError(file, `properties.${key} is ${JSON.stringify(v)}, not a whole number`)
      return n
    }
    out[key] = Array.isArray(v) ? v.map(toNumber) : toNumber(v)
  }
  return out
}

/** Writes the normalised copy chopsticks starts from into a temporary folder; returns its path. */
export function writeNormalisedCopy(loaded: LoadedSpec, workDir = path.join(tmpdir(), 'cloudhub-devnet')): string {
  mkdirSync(workDir, { recursive: true })
  const copy = { ...loaded.json, properties: normaliseProperties(loaded.json.properties ?? {}, loaded.spec.file) }
  const target = path.join(workDir, `${loaded.spec.chain}-${loaded.spec.specVersion}.json`)
  writeFileSync(target, JSON.stringify(copy))
  return target
}
