/** docker-compose.yml is checked with Debian's docker-compose (no Docker engine runs here). */
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(__dirname, '..', '..')
const compose = (...args: string[]) => execFileSync('docker-compose', ['-f', path.join(ROOT, 'docker-compose.yml'), ...args], { cwd: ROOT, encoding: 'utf8' })

describe('docker-compose.yml', () => {
  it('is valid for docker-compose', () => {
    expect(() => compose('config', '-q')).not.toThrow()
  })

  it('runs postgres, one processor per chain, the API and the web, each built and health-checked', () => {
    const services = compose('config', '--services').trim().split('\n').sort()
    expect(services).toEqual(['api', 'migrate', 'postgres', 'processor-asset-hub', 'processor-coretime', 'processor-relay', 'web'])
    const resolved = compose('config')
    for (const s of ['processor-relay', 'processor-asset-hub', 'processor-coretime', 'api', 'web']) {
      const block = resolved.split(/\n  (?=[a-z-]+:\n)/).find((b) => b.startsWith(`${s}:`))!
      expect(block, s).toMatch(/build:\n\s+context: .*\n\s+target: (processor|api|web)/)
      expect(block, s).toMatch(/healthcheck:/)
    }
    expect(resolved).toMatch(/CHAIN: asset-hub/)
    expect(resolved).toMatch(/volumes:\n\s+pgdata: \{\}/)
  })

  it('gives the API the read-only role, not the owner', () => {
    const resolved = compose('config')
    expect(resolved).toMatch(/API_DB_URL: postgres:\/\/cloudhub_api:/)
  })
})
