/**
 * db/: real embedded Postgres servers in temporary data dirs on ports 5500-5599 (others use other ports here).
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { DataSource } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyMigrations, diffSchema, loadCompiledModel, MIGRATIONS_DIR, withScratchDatabase } from '../../db/migrate'
import { ensureReadOnlyRole, startDatabase, stop, type DatabaseHandle, type StartOptions } from '../../db/postgres'

const REPO_ROOT = path.resolve(__dirname, '..', '..')
const usedPorts = new Set<number>()

/** A port in 5500-5599 nobody listens on (and that this file has not handed out yet). */
async function freePort(): Promise<number> {
  const start = 5500 + Math.floor(Math.random() * 100)
  for (let i = 0; i < 100; i++) {
    const port = 5500 + ((start - 5500 + i) % 100)
    if (usedPorts.has(port)) continue
    const free = await new Promise<boolean>((resolve) => {
      const srv = net.createServer()
      srv.once('error', () => resolve(false))
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)))
    })
    if (free) {
      usedPorts.add(port)
      return port
    }
  }
  throw new Error('no free port in 5500-5599')
}

/** Running, i.e. neither gone nor a zombie (PID 1 here reaps orphans lazily; a zombie holds no port or files). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

async function waitUntil(cond: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!cond()) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 50))
  }
}

async function query(url: string, sql: string, params: unknown[] = []): Promise<any[]> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    return (await c.query(sql, params)).rows
  } finally {
    await c.end()
  }
}

function pidOf(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
}

let tmp: string
const logs: string[] = []
/** Options every embedded start shares: an empty env so a developer's DB_URL / PG* cannot redirect the tests. */
const base = (extra: Partial<StartOptions>): StartOptions => ({ env: {}, log: (m) => logs.push(m), ...extra })

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudhub-dbtest-'))
  // mkdtemp makes the directory 0700; the server runs as user `postgres` (we are root) and must enter it.
  fs.chmodSync(tmp, 0o755)
})

afterAll(async () => {
  await stop()
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('embedded Postgres', () => {
  let dataDir: string
  let port: number
  let db: DatabaseHandle

  beforeAll(async () => {
    dataDir = path.join(tmp, 'main', 'postgres')
    port = await freePort()
  })

  it('starts, migrates, and separates owner from the read-only API role', async () => {
    db = await startDatabase(base({ dataDir, port }))
    expect(db.external).toBe(false)
    expect(db.started).toBe(true)
    expect(db.port).toBe(port)
    expect(db.url).toBe(`postgres://postgres:postgres@127.0.0.1:${port}/cloudhub`)
    expect(db.readOnlyUrl).toBe(`postgres://cloudhub_api:cloudhub_api@127.0.0.1:${port}/cloudhub`)
    expect(fs.readFileSync(path.join(dataDir, 'PG_VERSION'), 'utf8').trim()).toBe('18')
    expect(logs.some((l) => l.includes(`initialised a new Postgres cluster in ${dataDir}`))).toBe(true)

    const [{ listen_addresses }] = await query(db.url, 'SHOW listen_addresses')
    expect(listen_addresses).toBe('127.0.0.1')

    const files = fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.js')).sort()
    expect(files.length).toBeGreaterThan(0)
    const applied = await applyMigrations(db.url)
    expect(applied).toEqual(files.map((f) => f.replace(/^(\d+)-(\w+)\.js$/, '$2$1')))
    expect(await applyMigrations(db.url)).toEqual([]) // second run: nothing pending

    await query(db.url, `INSERT INTO asset (id, symbol, decimals, chain) VALUES ('polkadot-native', 'DOT', 10, 'polkadot')`)
    expect(await query(db.readOnlyUrl, 'SELECT id, symbol, decimals, chain FROM asset')).toEqual([
      { id: 'polkadot-native', symbol: 'DOT', decimals: 10, chain: 'polkadot' },
    ])

    const ro = new pg.Client({ connectionString: db.readOnlyUrl })
    await ro.connect()
    try {
      // Its sessions start read-only ...
      await expect(ro.query(`INSERT INTO asset (id, symbol, decimals, chain) VALUES ('x', 'X', 0, 'x')`)).rejects.toMatchObject({ code: '25006' })
      // ... and even after switching that off, the missing grants stop every write.
      await ro.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE')
      await expect(ro.query(`INSERT INTO asset (id, symbol, decimals, chain) VALUES ('x', 'X', 0, 'x')`)).rejects.toMatchObject({
        code: '42501',
        message: 'permission denied for table asset',
      })
      await expect(ro.query(`UPDATE asset SET decimals = 12`)).rejects.toMatchObject({ code: '42501' })
      await expect(ro.query(`DELETE FROM asset`)).rejects.toMatchObject({ code: '42501' })
      await expect(ro.query(`CREATE TABLE evil (id int)`)).rejects.toMatchObject({ code: '42501', message: 'permission denied for schema public' })
    } finally {
      await ro.end()
    }
    expect(await query(db.url, 'SELECT decimals FROM asset')).toEqual([{ decimals: 10 }])

    // A table created later by the owner (a future migration) is readable through the default privileges.
    await query(db.url, `CREATE TABLE later_table (id int primary key); INSERT INTO later_table VALUES (7)`)
    expect(await query(db.readOnlyUrl, 'SELECT id FROM later_table')).toEqual([{ id: 7 }])

    // Idempotent, and a new password takes effect.
    const again = await ensureReadOnlyRole(db.url, { password: 'changed pw/1' })
    expect(again).toBe(`postgres://cloudhub_api:changed%20pw%2F1@127.0.0.1:${port}/cloudhub`)
    expect(await query(again, 'SELECT count(*)::int AS n FROM asset')).toEqual([{ n: 1 }])
    await expect(query(db.readOnlyUrl, 'SELECT 1')).rejects.toMatchObject({ code: '28P01' })
    await ensureReadOnlyRole(db.url, { password: 'cloudhub_api' })
  })

  it('shares a server that a live process already runs on the data dir', async () => {
    const pid = pidOf(dataDir)
    const other = await startDatabase(base({ dataDir, port: await freePort() }))
    expect(other.started).toBe(false)
    expect(other.port).toBe(port) // the running server's port, not the requested one
    await other.stop() // not ours: a no-op
    expect(isAlive(pid)).toBe(true)
    expect(await query(other.url, 'SELECT symbol FROM asset')).toEqual([{ symbol: 'DOT' }])
  })

  it('keeps the data across stop and start', async () => {
    const pid = pidOf(dataDir)
    await db.stop()
    await db.stop() // idempotent
    expect(isAlive(pid)).toBe(false)
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false)
    await expect(query(db.url, 'SELECT 1')).rejects.toMatchObject({ code: 'ECONNREFUSED' })

    logs.length = 0
    db = await startDatabase(base({ dataDir, port }))
    expect(db.started).toBe(true)
    expect(logs.some((l) => l.includes('initialised'))).toBe(false)
    expect(await query(db.readOnlyUrl, 'SELECT id, symbol FROM asset')).toEqual([{ id: 'polkadot-native', symbol: 'DOT' }])
    expect(await applyMigrations(db.url)).toEqual([])
  })

  it('removes a stale postmaster.pid whose process is gone', async () => {
    await db.stop()
    const dead = spawnSync('true').pid
    expect(isAlive(dead)).toBe(false)
    // Same layout as a real one: pid, data dir, start time, port, socket dir, listen address, shm key, status.
    fs.writeFileSync(path.join(dataDir, 'postmaster.pid'), `${dead}\n${dataDir}\n1700000000\n${port}\n\n127.0.0.1\n  1234   5678\nready   \n`)

    logs.length = 0
    db = await startDatabase(base({ dataDir, port }))
    expect(logs.some((l) => l.startsWith('removing stale') && l.includes(`pid ${dead}`))).toBe(true)
    expect(pidOf(dataDir)).not.toBe(dead)
    expect(await query(db.url, 'SELECT symbol FROM asset')).toEqual([{ symbol: 'DOT' }])
  })

  it('stops an orphaned server left by a SIGKILLed node process, then starts', async () => {
    await db.stop()
    // A separate node process (tsx loader) starts the server, then is killed without any chance to clean up.
    const code = `require('./db/postgres.ts').startDatabase({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, env: {}, log: () => {} })` +
      `.then(() => console.log('READY'), (e) => { console.error(e); process.exit(1) }); setInterval(() => {}, 1e6)`
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', code], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise<void>((resolve, reject) => {
      let out = ''
      child.stdout!.on('data', (d) => {
        out += d
        if (out.includes('READY')) resolve()
      })
      child.once('exit', (c) => reject(new Error(`child exited with ${c}`)))
    })
    const orphan = pidOf(dataDir)
    expect(fs.readFileSync(`/proc/${orphan}/stat`, 'utf8')).toMatch(new RegExp(`\\) \\w ${child.pid} `)) // its parent is the child
    child.kill('SIGKILL')
    await waitUntil(() => !isAlive(child.pid!))
    expect(isAlive(orphan)).toBe(true) // the server outlives its parent and still holds port and data dir

    logs.length = 0
    db = await startDatabase(base({ dataDir, port }))
    expect(logs.some((l) => l.includes(`stopping orphaned Postgres (pid ${orphan})`))).toBe(true)
    expect(isAlive(orphan)).toBe(false)
    expect(db.started).toBe(true)
    expect(pidOf(dataDir)).not.toBe(orphan)
    expect(await query(db.readOnlyUrl, 'SELECT symbol FROM asset')).toEqual([{ symbol: 'DOT' }])
  })

  it('the committed migrations match the model, and down() undoes up()', async () => {
    const entities = loadCompiledModel()
    expect(entities.map((e) => e.name)).toContain('Asset')
    await withScratchDatabase(db.url, async (url) => {
      // Empty database: the model needs tables.
      expect((await diffSchema(url, entities)).up.length).toBeGreaterThan(0)
      await applyMigrations(url)
      const diff = await diffSchema(url, entities)
      expect(diff.up.map((q) => q.query)).toEqual([]) // else: schema.graphql changed, run `npm run db:generate`

      const ds = new DataSource({ type: 'postgres', url, migrations: [path.join(MIGRATIONS_DIR, '*.js')], logging: false })
      await ds.initialize()
      try {
        for (let i = 0; i < fs.readdirSync(MIGRATIONS_DIR).length; i++) await ds.undoLastMigration({ transaction: 'all' })
      } finally {
        await ds.destroy()
      }
      const tables = await query(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)
      expect(tables).toEqual([{ table_name: 'migrations' }])
    })
  })

  it('TreasuryDayCounts back-fills the per-kind counts of days indexed before it, from treasury_flow', async () => {
    const [first, counts] = fs.readdirSync(MIGRATIONS_DIR).sort()
    expect(counts).toMatch(/-TreasuryDayCounts\.js$/)
    const before = fs.mkdtempSync(path.join(tmp, 'migrations-'))
    fs.copyFileSync(path.join(MIGRATIONS_DIR, first), path.join(before, first))
    await withScratchDatabase(db.url, async (url) => {
      await applyMigrations(url, { migrationsDir: before })
      await query(url, `INSERT INTO asset VALUES ('native', 'DOT', 10, 'relay'), ('assethub-assets:1984', 'USDT', 6, 'asset-hub')`)
      const day = (chain: string, date: string, flows: number) =>
        query(url, `INSERT INTO treasury_day VALUES ($1, $2, $3, 0, 0, 0, 0, 0, 0, NULL, NULL, $4)`, [`${chain}-${date}`, chain, date, flows])
      await day('relay', '2025-03-14', 5)
      await day('relay', '2025-03-15', 1)
      await day('asset-hub', '2025-03-14', 1)
      const flow = (chain: string, block: number, ts: string, direction: string, kind: string, asset = 'native') =>
        query(url, `INSERT INTO treasury_flow (id, chain, block_number, timestamp, event_index, direction, kind, amount, asset_id) VALUES ($1, $2, $3, $4, 0, $5, $6, 1, $7)`, [
          `${chain}-${block}`, chain, block, ts, direction, kind, asset,
        ])
      await flow('relay', 1, '2025-03-14T00:00:00Z', 'In', 'Fees')
      await flow('relay', 2, '2025-03-14T12:00:00Z', 'In', 'Fees')
      await flow('relay', 3, '2025-03-14T23:59:59Z', 'Out', 'Burnt')
      await flow('relay', 4, '2025-03-14T13:00:00Z', 'Out', 'SpendPaid', 'assethub-assets:1984') // not native: not counted
      await flow('relay', 5, '2025-03-14T14:00:00Z', 'In', 'Deposit')
      await flow('relay', 6, '2025-03-15T00:00:00Z', 'Out', 'Awarded') // the next UTC day
      await flow('asset-hub', 7, '2025-03-14T10:00:00Z', 'In', 'Transfer')

      await applyMigrations(url)
      const rows = await query(
        url,
        `SELECT id, in_fees_count, in_deposits_count, in_transfers_count, out_awarded_count, out_spend_paid_count, out_burnt_count, flow_count
         FROM treasury_day ORDER BY id`,
      )
      const r = (id: string, c: number[], flowCount: number) => ({
        id, in_fees_count: c[0], in_deposits_count: c[1], in_transfers_count: c[2], out_awarded_count: c[3], out_spend_paid_count: c[4], out_burnt_count: c[5], flow_count: flowCount,
      })
      expect(rows).toEqual([r('asset-hub-2025-03-14', [0, 0, 1, 0, 0, 0], 1), r('relay-2025-03-14', [2, 1, 0, 0, 0, 1], 5), r('relay-2025-03-15', [0, 0, 0, 1, 0, 0], 1)])
      // the default only served the back-fill: the processor must always write the counts
      const defaults = await query(url, `SELECT column_default FROM information_schema.columns WHERE table_name = 'treasury_day' AND column_name LIKE '%_count'`)
      expect(defaults.length).toBeGreaterThan(6)
      expect(defaults.map((d) => d.column_default)).toEqual(Array(defaults.length).fill(null))
    })
  })

  it('points to DB_PORT when the port is taken by another program', async () => {
    const busy = await freePort()
    const blocker = net.createServer()
    await new Promise<void>((r) => blocker.listen(busy, '127.0.0.1', () => r()))
    try {
      const fresh = path.join(tmp, 'busy', 'postgres')
      await expect(startDatabase(base({ dataDir: fresh, port: busy }))).rejects.toThrow(
        `Port ${busy} on 127.0.0.1 is already in use by another program, so the embedded Postgres cannot listen there. Choose another port with DB_PORT (e.g. DB_PORT=${busy + 1})`,
      )
      expect(fs.existsSync(fresh)).toBe(false) // checked before anything is written
    } finally {
      await new Promise((r) => blocker.close(r))
    }
  })

  it('uses an external server from DB_URL or PG* and creates the database there', async () => {
    const viaUrl = await startDatabase({ env: { DB_URL: `postgres://postgres:postgres@127.0.0.1:${port}/cloudhub_ext` }, log: () => {} })
    expect(viaUrl).toMatchObject({ external: true, started: false, port })
    expect(viaUrl.readOnlyUrl).toBe(`postgres://cloudhub_api:cloudhub_api@127.0.0.1:${port}/cloudhub_ext`)
    expect(await query(viaUrl.readOnlyUrl, 'SELECT current_database() AS db, current_user AS u')).toEqual([{ db: 'cloudhub_ext', u: 'cloudhub_api' }])

    const viaPg = await startDatabase({
      env: { PGHOST: '127.0.0.1', PGPORT: String(port), PGUSER: 'postgres', PGPASSWORD: 'postgres', PGDATABASE: 'cloudhub_pg', DB_API_PASSWORD: 's3cret' },
      log: () => {},
    })
    expect(viaPg.url).toBe(`postgres://postgres:postgres@127.0.0.1:${port}/cloudhub_pg`)
    expect(viaPg.readOnlyUrl).toBe(`postgres://cloudhub_api:s3cret@127.0.0.1:${port}/cloudhub_pg`)
    expect(await query(viaPg.readOnlyUrl, 'SELECT current_database() AS db')).toEqual([{ db: 'cloudhub_pg' }])
    await viaPg.stop() // not ours: the embedded server keeps running
    expect(await query(db.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }])
    await ensureReadOnlyRole(db.url, { password: 'cloudhub_api' }) // role is cluster-wide: restore its password
  })
})

describe('errors', () => {
  it('names host:port and the variable when DB_URL points at a closed port', async () => {
    const closed = await freePort()
    await expect(startDatabase({ env: { DB_URL: `postgres://u:p@127.0.0.1:${closed}/x` }, log: () => {} })).rejects.toThrow(
      `Cannot reach Postgres at 127.0.0.1:${closed} (ECONNREFUSED). Start that server, or change DB_URL (unset it to use the embedded database instead).`,
    )
    await expect(startDatabase({ env: { PGHOST: '127.0.0.1', PGPORT: String(closed) }, log: () => {} })).rejects.toThrow(
      `Cannot reach Postgres at 127.0.0.1:${closed} (ECONNREFUSED). Start that server, or change PGHOST/PGPORT`,
    )
  })

  it('names the data dir when initialisation cannot write it', async () => {
    const file = path.join(tmp, 'not-a-dir')
    fs.writeFileSync(file, '')
    const dataDir = path.join(file, 'postgres')
    const err = await startDatabase(base({ dataDir, port: await freePort() })).catch((e) => e)
    expect(err).toBeInstanceOf(Error)
    expect(err.message).toContain(`Cannot create the Postgres data dir ${dataDir}`)
    expect(err.message).toMatch(/EEXIST|ENOTDIR/) // the "parent" is a regular file
  })

  it('refuses a non-empty data dir that is not a cluster', async () => {
    const dataDir = path.join(tmp, 'junk', 'postgres')
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(path.join(dataDir, 'leftover'), 'x')
    await expect(startDatabase(base({ dataDir, port: await freePort() }))).rejects.toThrow(
      `The data dir ${dataDir} is not empty but holds no Postgres cluster (no PG_VERSION)`,
    )
  })
})
