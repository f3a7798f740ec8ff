/**
 * Real runtime metadata for tests.
 * - Polkadot / Kusama / Substrate (v14): the copies @polkadot/types-support ships; no files, no network.
 * - Every runtime the decoders were generated from (the real live runtimes of ../shared/metadata, the devnet's
 *   Paseo runtimes, Polkadot 1002005): squid/typegen/<chain>.jsonl. It is git-ignored; when missing, this runs
 *   `npx tsx scripts/typegen-metadata.ts` once (reads ../shared/metadata or downloads and checks the pinned files,
 *   and runs the devnet runtimes' wasm for their metadata: about ten seconds), guarded by a lock directory so that
 *   test files running in parallel do not build them twice.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface MetadataRecord {
  specName: string
  specVersion: number
  implName: string
  implVersion: number
  /** hex of the SCALE-encoded metadata (v14) */
  metadata: string
}

export type { TypegenChain } from '../../scripts/metadata/inputs'
import { INPUTS_STAMP, sourcesStamp, TYPEGEN_CHAINS, type TypegenChain } from '../../scripts/metadata/inputs'

const ROOT = path.resolve(__dirname, '..', '..')
const TYPEGEN_DIR = path.join(ROOT, 'squid', 'typegen')
const LOCK = path.join(os.tmpdir(), 'cloud-hub-typegen-metadata.lock')
const CHAINS: readonly TypegenChain[] = TYPEGEN_CHAINS

/** Metadata @polkadot/types-support ships for a real network (Polkadot is spec 1002005, Kusama 1003000). */
export function bundledMetadata(network: 'polkadot' | 'kusama' | 'substrate'): MetadataRecord {
  const metadata: string = require(`@polkadot/types-support/metadata/v14/${network}-hex`).default
  const ver = require(`@polkadot/types-support/metadata/v14/${network}-ver`).default
  return { specName: ver.specName, specVersion: ver.specVersion, implName: ver.implName, implVersion: ver.implVersion, metadata }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
/** every input, built from the current metadata-sources.json (typegen:add or a pull makes them stale) */
const haveAll = () => {
  const stamp = path.join(TYPEGEN_DIR, INPUTS_STAMP)
  return CHAINS.every((c) => existsSync(path.join(TYPEGEN_DIR, `${c}.jsonl`))) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sourcesStamp()
}

function ensureTypegenFiles(): void {
  if (haveAll()) return
  let owner = false
  try {
    mkdirSync(LOCK)
    owner = true
  } catch {
    // another test file is producing them
  }
  if (owner) {
    try {
      if (!haveAll()) {
        console.log('squid/typegen/*.jsonl missing or stale: running scripts/typegen-metadata.ts (~10 s)')
        execFileSync('npx', ['tsx', 'scripts/typegen-metadata.ts'], { cwd: ROOT, stdio: 'inherit', timeout: 300_000 })
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true })
    }
  } else {
    const deadline = Date.now() + 300_000
    while (existsSync(LOCK) && Date.now() < deadline) sleep(500)
  }
  if (!haveAll()) throw new Error(`squid/typegen/*.jsonl still missing; run: npx tsx scripts/typegen-metadata.ts (a stale lock is ${LOCK})`)
}

/** The records of squid/typegen/<chain>.jsonl (the runtimes the decoders were generated from). */
export function typegenMetadata(chain: TypegenChain): MetadataRecord[] {
  ensureTypegenFiles()
  return readFileSync(path.join(TYPEGEN_DIR, `${chain}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l)
      return { specName: r.specName, specVersion: r.specVersion, implName: r.specName, implVersion: 0, metadata: r.metadata }
    })
}

/** One runtime of a typegen file by spec name and version; throws when the file does not hold it. */
export function typegenRuntime(chain: TypegenChain, specName: string, specVersion?: number): MetadataRecord {
  const all = typegenMetadata(chain)
  const r = all.find((x) => x.specName === specName && (specVersion === undefined || x.specVersion === specVersion))
  if (!r) throw new Error(`squid/typegen/${chain}.jsonl has no ${specName} ${specVersion ?? ''} (has ${all.map((x) => `${x.specName} ${x.specVersion}`).join(', ')})`)
  return r
}
