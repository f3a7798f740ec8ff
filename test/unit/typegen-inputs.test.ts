/**
 * The typegen inputs without ../shared: each metadata file downloaded from its pinned upstream source (GitHub raw
 * at a commit, or an npm package tarball with the metadata as a base64 literal), checked against the committed
 * sha256, converted to v14 and checked again. The upstreams are played by a server on 127.0.0.1 that serves the
 * same bytes in the same layouts; `npm run typegen:add` is checked to reproduce committed entries.
 */
import { createServer, type Server } from 'node:http'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { create as createTar } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  defaultFetchOptions,
  MetadataSourceError,
  rawMetadata,
  readSources,
  sha256,
  SOURCES_FILE,
  v14FileName,
  v14Metadata,
  type FetchOptions,
  type MetadataFile,
} from '../../scripts/metadata/inputs'
import { addRuntime, parseSource } from '../../scripts/typegen-add'
import { buildTypegenInputs } from '../../scripts/typegen-metadata'
import { typegenMetadata } from '../support/metadata'

const sources = readSources()
const byFile = (name: string) => sources.files.find((f) => f.file === name)!
/** one of each kind: GitHub v15, GitHub v16, npm with `binMeta$1` (v15), npm with `binMeta` (v16) */
const PICKED = [
  byFile('statemint-1006000.snowbridge-4775f189.scale'),
  byFile('people-polkadot-2000000.opengov-cli-f5749517.scale'),
  byFile('polkadot-1006002.npm-polkadot-api-sdk-staking-0.4.0.scale'),
  byFile('statemint-2003001.npm-galacticcouncil-descriptors-2.6.0.scale'),
]

let server: Server
let base: string
const requests: string[] = []
/** url path → body; a test may swap a body (corrupt) or delete it (404) */
const bodies = new Map<string, Buffer>()
let tmp: string

function upstreamOptions(cacheDir: string): FetchOptions {
  return { metadataDir: null, cacheDir, githubRawUrl: `${base}/gh`, npmRegistryUrl: `${base}/npm` }
}

async function tarballWith(f: MetadataFile & { source: { kind: 'npm' } }, raw: Uint8Array): Promise<Buffer> {
  const dir = mkdtempSync(path.join(tmp, 'pkg-'))
  const file = path.join(dir, f.source.path)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `// bundle\nvar ${f.source.base64Variable} = "${Buffer.from(raw).toString('base64')}";\nexport { ${f.source.base64Variable} as default };\n`)
  writeFileSync(path.join(dir, 'package', 'package.json'), JSON.stringify({ name: f.source.package, version: f.source.version }))
  const out = path.join(dir, 'pkg.tgz')
  await createTar({ gzip: true, file: out, cwd: dir }, ['package'])
  return readFileSync(out)
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'typegen-inputs-'))
  // the bytes to serve: from ../shared/metadata, or this machine's download cache
  const local = defaultFetchOptions()
  for (const f of sources.files) {
    const raw = await rawMetadata(f, local)
    const prefix = f.source.kind === 'github' ? '/gh' : '/npm'
    const url = new URL(f.source.kind === 'github' ? `x:/${f.source.repo}/${f.source.commit}/${f.source.path}` : `x:/${f.source.package}/-/${f.source.package.split('/').pop()}-${f.source.version}.tgz`).pathname
    bodies.set(prefix + url, f.source.kind === 'github' ? Buffer.from(raw) : await tarballWith(f as any, raw))
  }
  server = createServer((req, res) => {
    requests.push(req.url!)
    const body = bodies.get(decodeURIComponent(req.url!))
    if (!body) return res.writeHead(404).end('not found')
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((r) => server?.close(r))
  rmSync(tmp, { recursive: true, force: true })
})

describe('typegen inputs from the upstream sources (no ../shared)', () => {
  it.each(PICKED.map((f) => [f.file, f] as const))('%s: downloaded, sha256 checked, converted to the pinned v14, cached', async (_name, f) => {
    const cacheDir = mkdtempSync(path.join(tmp, 'cache-'))
    const before = requests.length
    const v14 = await v14Metadata(f, upstreamOptions(cacheDir))
    expect(sha256(v14)).toBe(f.v14Sha256)
    expect(v14[4]).toBe(14)
    expect(requests.length - before).toBe(1)
    expect(sha256(readFileSync(path.join(cacheDir, 'raw', f.network, f.file)))).toBe(f.sha256)
    expect(sha256(readFileSync(path.join(cacheDir, 'v14', f.network, v14FileName(f))))).toBe(f.v14Sha256)
    // a second build reads the cache: no request
    expect(sha256(await v14Metadata(f, upstreamOptions(cacheDir)))).toBe(f.v14Sha256)
    expect(requests.length - before).toBe(1)
  })

  it('a download whose bytes differ from the pinned sha256 fails naming the file and the URL, and caches nothing', async () => {
    const f = PICKED[1]
    const key = `/gh/${(f.source as any).repo}/${(f.source as any).commit}/${f.source.path}`
    const good = bodies.get(key)!
    const bad = Buffer.from(good)
    bad[1000] ^= 0xff
    bodies.set(key, bad)
    const cacheDir = mkdtempSync(path.join(tmp, 'cache-'))
    try {
      const err = await rawMetadata(f, upstreamOptions(cacheDir)).catch((e) => e)
      expect(err).toBeInstanceOf(MetadataSourceError)
      expect(err.message).toContain(`metadata ${f.file}: sha256 of the download from ${base}/gh${key.slice(3)} is ${sha256(bad)}, expected ${f.sha256}`)
      expect(existsSync(path.join(cacheDir, 'raw', f.network, f.file))).toBe(false)
    } finally {
      bodies.set(key, good)
    }
  })

  it('a source that answers 404 fails naming the file and the URL', async () => {
    const f = { ...PICKED[0], source: { ...(PICKED[0].source as any), commit: '0'.repeat(40) } }
    const err = await rawMetadata(f, upstreamOptions(mkdtempSync(path.join(tmp, 'cache-')))).catch((e) => e)
    expect(err).toBeInstanceOf(MetadataSourceError)
    expect(err.message).toMatch(new RegExp(`^metadata ${f.file.replace(/\./g, '\\.')}: not in .* and ${base}/gh/Snowfork/snowbridge/0{40}/.* answered HTTP 404$`))
  })

  it('a tarball without the base64 variable fails naming the file and the variable', async () => {
    const f = { ...PICKED[2], source: { ...(PICKED[2].source as any), base64Variable: 'binMeta$7' } }
    const err = await rawMetadata(f, upstreamOptions(mkdtempSync(path.join(tmp, 'cache-')))).catch((e) => e)
    expect(err).toBeInstanceOf(MetadataSourceError)
    expect(err.message).toContain(`metadata ${f.file}: ${f.source.path} in ${base}/npm/@polkadot-api/sdk-staking/-/sdk-staking-0.4.0.tgz has no base64 string assigned to binMeta$7`)
  })

  it('builds the same People and Collectives typegen inputs as from ../shared', async () => {
    const outDir = mkdtempSync(path.join(tmp, 'out-'))
    const summary = await buildTypegenInputs(['people', 'collectives'], upstreamOptions(mkdtempSync(path.join(tmp, 'cache-'))), outDir)
    expect(summary).toEqual({ people: ['people-polkadot 2000000'], collectives: ['collectives 2000000'] })
    for (const chain of ['people', 'collectives'] as const) {
      const built = readFileSync(path.join(outDir, `${chain}.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l).metadata)
      expect(built).toEqual(typegenMetadata(chain).map((r) => r.metadata))
    }
  })
})

describe('npm run typegen:add', () => {
  it.each(PICKED.map((f) => [f.file, f] as const))('given the raw file and its source, reproduces the committed entry of %s', async (_name, f) => {
    const dir = mkdtempSync(path.join(tmp, 'add-'))
    const sourcesFile = path.join(dir, 'metadata-sources.json')
    writeFileSync(sourcesFile, JSON.stringify({ ...sources, files: sources.files.filter((x) => x.file !== f.file) }))
    const rawFile = path.join(dir, 'new.scale')
    writeFileSync(rawFile, await rawMetadata(f, defaultFetchOptions()))
    const s = f.source
    const source = s.kind === 'github' ? `github:${s.repo}@${s.commit}:${s.path}` : `npm:${s.package}@${s.version}:${s.path}#${s.base64Variable}`
    const { entry, added } = addRuntime(rawFile, { source: parseSource(source), sourcesFile, cacheDir: path.join(dir, 'cache') })
    expect(added).toBe(true)
    expect(entry).toEqual(f)
    expect(readSources(sourcesFile).files.find((x) => x.file === f.file)).toEqual(f)
    expect(sha256(readFileSync(path.join(dir, 'cache', 'raw', f.network, f.file)))).toBe(f.sha256)
    // the same file again is no change; other bytes under the same spec are refused
    expect(addRuntime(rawFile, { source: parseSource(source), sourcesFile, cacheDir: path.join(dir, 'cache') }).added).toBe(false)
    const listed = readSources(sourcesFile)
    listed.files.find((x) => x.file === f.file)!.sha256 = '0'.repeat(64)
    writeFileSync(sourcesFile, JSON.stringify(listed))
    expect(() => addRuntime(rawFile, { source: parseSource(source), sourcesFile, cacheDir: path.join(dir, 'cache') })).toThrow(
      `${f.chain} already has ${f.specName} ${f.specVersion} (${f.file}) with other bytes (sha256 ${'0'.repeat(64)}, this file ${f.sha256})`,
    )
  })

  it('refuses a file that is no metadata, and a source it cannot parse', () => {
    const dir = mkdtempSync(path.join(tmp, 'add-'))
    const junk = path.join(dir, 'junk.scale')
    writeFileSync(junk, 'not metadata')
    expect(() => addRuntime(junk, { source: parseSource('github:a/b@' + 'a'.repeat(40) + ':x'), sourcesFile: SOURCES_FILE })).toThrow(`${junk}: not runtime metadata`)
    expect(() => parseSource('https://example.org/x.scale')).toThrow(/expected github:/)
  })
})
