/**
 * A physical streaming replica of the embedded primary, for an API that reads while the processors write.
 *
 * The embedded binaries ship no `pg_basebackup`, so the base backup is taken with Postgres' low-level backup API:
 * `pg_backup_start` in one session, a file copy of the primary's data directory, then `pg_backup_stop`, whose
 * label file goes into the copy. A physical replication slot keeps the WAL from the backup's start until the
 * replica has streamed it; `standby.signal` and `primary_conninfo` make the copy a hot standby of the primary.
 * Roles and databases are cluster-wide, so the read-only API role exists on the replica as on the primary.
 *
 * In production (docker-compose.yml) the stock Postgres image's `pg_basebackup` does the same job.
 */
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { DatabaseError } from './errors'
import { startEmbedded, type EmbeddedServer } from './embedded'

export interface ReplicaOptions {
  /** superuser URL of the primary (its embedded server runs on this machine, so its data dir can be copied) */
  primaryUrl: string
  /** the read-only role's URL on the primary; the replica's is the same with the replica's port */
  primaryReadOnlyUrl: string
  /** directory of the replica's cluster; must not hold one yet */
  dataDir: string
  port: number
  /** name of the physical replication slot on the primary (default `cloudhub_replica`) */
  slot?: string
  log?: (m: string) => void
  timeoutMs?: number
}

export interface ReplicaHandle {
  /** superuser URL of the replica (read-only: it is in recovery) */
  url: string
  /** the read-only API role on the replica */
  readOnlyUrl: string
  dataDir: string
  port: number
  /** resolves when the replica has replayed all WAL the primary had written when it was called */
  caughtUp(timeoutMs?: number): Promise<void>
  stop(): Promise<void>
}

/** Entries of a data directory that a base backup leaves out (the Postgres docs' list for the low-level API). */
const NOT_COPIED = new Set(['postmaster.pid', 'postmaster.opts', 'pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans', 'backup_label', 'tablespace_map'])
/** Directories the replica needs, empty. */
const EMPTY_DIRS = ['pg_wal', 'pg_wal/archive_status', 'pg_wal/summaries', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']

export async function startStreamingReplica(o: ReplicaOptions): Promise<ReplicaHandle> {
  const log = o.log ?? ((m: string) => console.error(`[db] ${m}`))
  const slot = o.slot ?? 'cloudhub_replica'
  if (!/^[a-z0-9_]{1,63}$/.test(slot)) throw new DatabaseError(`replication slot name "${slot}" must be 1–63 characters of a–z, 0–9 and _`)
  if (fs.existsSync(path.join(o.dataDir, 'PG_VERSION'))) {
    // A replica made earlier resumes streaming from where it stopped; its slot on the primary kept the WAL.
    log(`replica cluster ${o.dataDir} exists; starting it`)
  } else {
    await takeBaseBackup(o.primaryUrl, o.dataDir, slot, o.port, log)
  }
  const server = await startEmbedded({ dataDir: o.dataDir, port: o.port, timeoutMs: o.timeoutMs, standby: true }, process.env, log, new URL(o.primaryUrl).pathname.slice(1) || 'postgres')
  const readOnly = new URL(o.primaryReadOnlyUrl)
  readOnly.port = String(server.port)
  const handle = replicaHandle(server, readOnly.toString(), o.primaryUrl)
  try {
    await handle.caughtUp(o.timeoutMs ?? 60_000)
  } catch (e) {
    await server.stop().catch(() => {})
    throw e
  }
  log(`read replica on port ${server.port} streams from the primary (slot ${slot})`)
  return handle
}

async function takeBaseBackup(primaryUrl: string, dataDir: string, slot: string, port: number, log: (m: string) => void): Promise<void> {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new DatabaseError(`The replica's data dir ${dataDir} is not empty but holds no Postgres cluster (no PG_VERSION): delete it or choose another`)
  }
  const primary = new pg.Client({ connectionString: primaryUrl })
  await primary.connect().catch((e) => {
    throw new DatabaseError(`Cannot reach the primary to take a base backup for the replica: ${(e as Error).message}`)
  })
  try {
    const [{ data_directory: source }] = (await primary.query(`SELECT current_setting('data_directory') AS data_directory`)).rows
    if (!fs.existsSync(path.join(source, 'PG_VERSION'))) {
      throw new DatabaseError(`The primary's data directory ${source} is not on this machine: a replica of a remote primary needs pg_basebackup (see docker-compose.yml)`)
    }
    // immediately_reserve: the slot holds WAL from now on, so nothing the backup needs is recycled before streaming
    await primary.query(`SELECT pg_create_physical_replication_slot($1, true) WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = $1)`, [slot])
    const [{ lsn }] = (await primary.query(`SELECT pg_backup_start($1, true) AS lsn`, [`cloudhub replica ${new Date().toISOString()}`])).rows
    try {
      copyDataDir(source, dataDir)
    } finally {
      // The non-exclusive backup must end in the session that began it, copy or not.
      const [{ labelfile, spcmapfile }] = (await primary.query(`SELECT labelfile, spcmapfile FROM pg_backup_stop(true)`)).rows
      if (fs.existsSync(dataDir)) {
        fs.writeFileSync(path.join(dataDir, 'backup_label'), labelfile)
        if (spcmapfile) fs.writeFileSync(path.join(dataDir, 'tablespace_map'), spcmapfile)
      }
    }
    const u = new URL(primaryUrl)
    const conninfo = `host=${u.hostname} port=${u.port || 5432} user=${decodeURIComponent(u.username)} password=${decodeURIComponent(u.password)} application_name=cloudhub_replica`
    fs.appendFileSync(
      path.join(dataDir, 'postgresql.auto.conf'),
      `\n# written by db/replica.ts: a hot standby streaming from the primary\nprimary_conninfo = '${conninfo.replace(/'/g, "''")}'\nprimary_slot_name = '${slot}'\nhot_standby = on\nport = ${port}\n`,
    )
    fs.writeFileSync(path.join(dataDir, 'standby.signal'), '')
    matchOwner(source, dataDir)
    log(`base backup of ${source} (from WAL ${lsn}) copied to ${dataDir}`)
  } finally {
    await primary.end().catch(() => {})
  }
}

function copyDataDir(source: string, target: string): void {
  fs.mkdirSync(target, { recursive: true, mode: 0o700 })
  for (const entry of fs.readdirSync(source)) {
    if (NOT_COPIED.has(entry)) continue
    // Files may change or vanish while copying: the WAL replayed from the backup's start makes them consistent.
    fs.cpSync(path.join(source, entry), path.join(target, entry), { recursive: true, force: true, filter: (src) => fs.existsSync(src) })
  }
  for (const d of EMPTY_DIRS) fs.mkdirSync(path.join(target, d), { recursive: true, mode: 0o700 })
}

/** Started by root, Postgres runs as the owner of the primary's files; the copy must belong to that user too. */
function matchOwner(source: string, target: string): void {
  const { uid, gid } = fs.statSync(source)
  if (process.getuid?.() !== 0 || uid === 0) return
  const walk = (p: string) => {
    fs.chownSync(p, uid, gid)
    if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e))
  }
  walk(target)
  fs.chmodSync(target, 0o700)
}

function replicaHandle(server: EmbeddedServer, readOnlyUrl: string, primaryUrl: string): ReplicaHandle {
  return {
    url: server.url,
    readOnlyUrl,
    dataDir: server.dataDir,
    port: server.port,
    async caughtUp(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs
      const target = await withClient(primaryUrl, async (c) => (await c.query(`SELECT pg_current_wal_lsn()::text AS lsn`)).rows[0].lsn as string)
      let last = 'not reachable'
      while (Date.now() < deadline) {
        // A standby refuses connections until it reaches a consistent state, so every attempt is a new session.
        const behind = await withClient(server.url, async (c) => Number((await c.query(`SELECT pg_wal_lsn_diff($1::pg_lsn, COALESCE(pg_last_wal_replay_lsn(), '0/0')) AS behind`, [target])).rows[0].behind)).catch((e: Error) => {
          last = e.message
          return undefined
        })
        if (behind !== undefined && behind <= 0) return
        if (behind !== undefined) last = `${behind} bytes behind`
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new DatabaseError(`the read replica on port ${server.port} did not replay the primary's WAL up to ${target} within ${timeoutMs} ms (${last})`)
    },
    stop: () => server.stop(),
  }
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    return await fn(c)
  } finally {
    await c.end().catch(() => {})
  }
}
