/**
 * Chain specs of the local chains: checked before chopsticks sees them, normalised in a copy, downloaded from
 * upstream (tried against a local HTTP server serving the same paths) when missing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChainSpecError, defaultSpecsDir, loadSpec, normaliseProperties, SPEC_FILES, writeNormalisedCopy } from '../../devnet/specs'

const shared = defaultSpecsDir()
const relay = SPEC_FILES.relay
let dir: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'specs-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('loading a spec', () => {
  it('loads the pinned relay spec and writes a copy with numeric properties', async () => {
    const loaded = await loadSpec('relay', shared, { download: false })
    expect(loaded.json.properties).toMatchObject({ ss58Format: '0', tokenDecimals: '10', tokenSymbol: 'PAS' })
    const copy = JSON.parse(readFileSync(writeNormalisedCopy(loaded, dir), 'utf8'))
    expect(copy.properties).toEqual({ ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'PAS' })
    expect(copy.genesis.raw.top['0x3a636f6465']).toBe(loaded.json.genesis.raw.top['0x3a636f6465'])
    // the original is untouched
    expect(JSON.parse(readFileSync(path.join(shared, relay.file), 'utf8')).properties.ss58Format).toBe('0')
  })

  it('names a missing file and where it looked', async () => {
    const empty = mkdtempSync(path.join(dir, 'empty-'))
    await expect(loadSpec('relay', empty, { download: false })).rejects.toThrow(new RegExp(`chain spec ${relay.file}: not found in ${empty}`))
  })

  it('names a corrupt file and its checksum', async () => {
    const bad = mkdtempSync(path.join(dir, 'bad-'))
    const original = readFileSync(path.join(shared, relay.file))
    writeFileSync(path.join(bad, relay.file), original.subarray(0, original.length - 10))
    const err = await loadSpec('relay', bad, { download: false }).catch((e) => e)
    expect(err).toBeInstanceOf(ChainSpecError)
    expect(err.message).toMatch(new RegExp(`^chain spec ${relay.file}: sha256 is [0-9a-f]{64} but SHA256SUMS says 55762d70`))
  })

  it('names a string property that is not a number', () => {
    expect(() => normaliseProperties({ ss58Format: 'zero' }, 'x.json')).toThrow('chain spec x.json: properties.ss58Format is "zero", not a whole number')
    expect(normaliseProperties({ tokenDecimals: ['10', 12] }, 'x.json')).toEqual({ tokenDecimals: [10, 12] })
  })
})

describe('downloading a missing spec (local server speaking the upstream raw-file paths)', () => {
  let server: Server
  let base: string
  const requests: string[] = []
  let corrupt = false
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url!)
      const wanted = `/${relay.upstreamCommit}/${relay.upstreamPath}`
      if (req.url !== wanted) return void res.writeHead(404).end('not found')
      const body = readFileSync(path.join(shared, relay.file))
      res.writeHead(200).end(corrupt ? body.subarray(1) : body)
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    const addr = server.address() as { port: number }
    base = `http://127.0.0.1:${addr.port}`
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  it('fetches the pinned commit and path, checks it and stores it', async () => {
    const target = mkdtempSync(path.join(dir, 'dl-'))
    const loaded = await loadSpec('relay', target, { baseUrl: base })
    expect(requests.at(-1)).toBe(`/${relay.upstreamCommit}/${relay.upstreamPath}`)
    expect(readFileSync(path.join(target, relay.file)).equals(readFileSync(path.join(shared, relay.file)))).toBe(true)
    expect(loaded.json.id).toBe('paseo-dev')
  })

  it('refuses a download whose checksum is wrong and keeps nothing', async () => {
    corrupt = true
    const target = mkdtempSync(path.join(dir, 'dl-bad-'))
    await expect(loadSpec('relay', target, { baseUrl: base })).rejects.toThrow(new RegExp(`chain spec ${relay.file}: downloaded from ${base}/.* but its sha256 is [0-9a-f]{64}, expected 55762d70`))
    expect(existsSync(path.join(target, relay.file))).toBe(false)
    corrupt = false
  })

  it('says which URL failed when the server is unreachable', async () => {
    const target = mkdtempSync(path.join(dir, 'dl-down-'))
    await expect(loadSpec('relay', target, { baseUrl: 'http://127.0.0.1:9' })).rejects.toThrow(/missing locally and the download from http:\/\/127\.0\.0\.1:9\/.* failed .*set CHAIN_SPECS_DIR/)
  })
})

