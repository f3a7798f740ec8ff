/**
 * Provisioning a database on a Postgres server: which server (an external one from DB_URL / PG*, else the embedded
 * one of embedded.ts), the application database created when missing, and the read-only role of the API.
 * db/postgres.ts re-exports this module and embedded.ts; its comment lists the environment variables.
 */
import os from 'node:os'
import pg from 'pg'
import { startEmbedded, type EmbeddedOptions } from './embedded'
import { DatabaseError, errMessage } from './errors'

export { DatabaseError } from './errors'

export const DEFAULT_DB_NAME = 'cloudhub'
export const API_ROLE = 'cloudhub_api'
/** Only for a local server; set DB_API_PASSWORD anywhere else. */
export const DEFAULT_API_PASSWORD = 'cloudhub_api'
/**
 * The read-only role's statement_timeout: one slow API query cannot hold a connection and the database for longer.
 * The API's queries read rollups and indexed pages in milliseconds; the web app gives up on the API after 15 s.
 */
export const DEFAULT_API_STATEMENT_TIMEOUT = '5s'

export interface StartOptions extends EmbeddedOptions {
  /** Database name. Default `DB_NAME` or `cloudhub` (for DB_URL the name in the URL wins). */
  dbName?: string
  /** Password of the read-only API role. Default `DB_API_PASSWORD` or `cloudhub_api`. */
  apiPassword?: string
  /** Environment to read instead of `process.env` (tests pass their own so a developer's DB_URL cannot leak in). */
  env?: NodeJS.ProcessEnv
  /** Our own notices (stale server removed, reused server, ...). Default: stderr with a `[db]` prefix. */
  log?: (message: string) => void
}

export interface DatabaseHandle {
  /** Owner/admin URL: migrations and the indexer use it (pass as DB_URL to squid processors). */
  url: string
  /** URL of the read-only role, for the API. */
  readOnlyUrl: string
  /** true when DB_URL / PG* selected a server we did not start. */
  external: boolean
  /** true when this call started the embedded server (then stop() stops it); false for external or reused servers. */
  started: boolean
  /** Embedded only: the cluster directory and the port it listens on. */
  dataDir?: string
  port: number
  /** Stops the embedded server if this call started it; otherwise does nothing. Idempotent. */
  stop(): Promise<void>
}

export async function startDatabase(opts: StartOptions = {}): Promise<DatabaseHandle> {
  const env = opts.env ?? process.env
  const log = opts.log ?? ((m: string) => console.error(`[db] ${m}`))
  const apiPassword = opts.apiPassword ?? env.DB_API_PASSWORD ?? DEFAULT_API_PASSWORD
  const statementTimeout = env.DB_API_STATEMENT_TIMEOUT ?? DEFAULT_API_STATEMENT_TIMEOUT
  const external = externalTarget(env, opts.dbName)
  if (external) return provisionExternal(external, opts, env, log, { password: apiPassword, statementTimeout })
  return provisionEmbedded(opts, env, log, { password: apiPassword, statementTimeout })
}

type RoleSettings = { password: string; statementTimeout: string }

async function provisionExternal(external: ExternalTarget, opts: StartOptions, env: NodeJS.ProcessEnv, log: (m: string) => void, role: RoleSettings): Promise<DatabaseHandle> {
  await ensureDatabase(external.url, external.source)
  let readOnlyUrl: string
  if (env.DB_API_URL) {
    readOnlyUrl = env.DB_API_URL
  } else {
    if (!env.DB_API_PASSWORD && !opts.apiPassword) {
      log(`DB_API_PASSWORD is not set: the read-only role ${API_ROLE} gets the default local password on ${describe(external.url)}`)
    }
    readOnlyUrl = await ensureReadOnlyRole(external.url, { ...role, source: external.source }).catch((e) => {
      throw new DatabaseError(
        `Could not set up the read-only role ${API_ROLE} on ${describe(external.url)} (from ${external.source}): ${errMessage(e)}. ` +
          `Use an owner with CREATEROLE, or create the role yourself and set DB_API_URL to its URL.`,
      )
    })
  }
  return {
    url: external.url,
    readOnlyUrl,
    external: true,
    started: false,
    port: Number(new URL(external.url).port || 5432),
    stop: async () => {},
  }
}

/** The embedded server (started here, or shared with the process that runs it), then its database and role. */
async function provisionEmbedded(opts: StartOptions, env: NodeJS.ProcessEnv, log: (m: string) => void, role: RoleSettings): Promise<DatabaseHandle> {
  const server = await startEmbedded(opts, env, log, opts.dbName ?? env.DB_NAME ?? DEFAULT_DB_NAME)
  try {
    await ensureDatabase(server.url, 'embedded')
    const readOnlyUrl = await ensureReadOnlyRole(server.url, { ...role, source: 'embedded' })
    return { url: server.url, readOnlyUrl, external: false, started: server.started, dataDir: server.dataDir, port: server.port, stop: server.stop }
  } catch (e) {
    // a server this call started goes down again; a shared one is left alone (its stop() does nothing)
    await server.stop().catch(() => {})
    throw e
  }
}

// ---------------------------------------------------------------------------------------------------------------
// External server

interface ExternalTarget {
  url: string
  /** Which env var(s) the URL came from, to name in error messages. */
  source: string
}

const PG_VARS = ['PGHOST', 'PGPORT', 'PGUSER', 'PGPASSWORD', 'PGDATABASE'] as const

function externalTarget(env: NodeJS.ProcessEnv, dbName?: string): ExternalTarget | undefined {
  if (env.DB_URL) {
    let url: URL
    try {
      url = new URL(env.DB_URL)
    } catch {
      throw new DatabaseError(`DB_URL is not a valid URL (expected postgres://user:pass@host:port/db)`)
    }
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      throw new DatabaseError(`DB_URL must start with postgres:// or postgresql:// (got ${url.protocol}//)`)
    }
    // A URL without a database name would land in the user's default database; use ours instead.
    if (url.pathname === '' || url.pathname === '/') url.pathname = '/' + (dbName ?? env.DB_NAME ?? DEFAULT_DB_NAME)
    return { url: url.toString(), source: 'DB_URL' }
  }
  const set = PG_VARS.filter((v) => env[v])
  if (set.length === 0) return undefined
  // Same defaults as libpq: localhost, 5432, the OS user name.
  const host = env.PGHOST || 'localhost'
  const url = new URL('postgres://localhost')
  if (host.startsWith('/')) {
    // A Unix socket directory: node-postgres takes it from the `host` query parameter.
    url.searchParams.set('host', host)
  } else {
    url.hostname = host
  }
  url.port = env.PGPORT || '5432'
  url.username = encodeURIComponent(env.PGUSER || os.userInfo().username)
  if (env.PGPASSWORD) url.password = encodeURIComponent(env.PGPASSWORD)
  url.pathname = '/' + encodeURIComponent(env.PGDATABASE || dbName || env.DB_NAME || DEFAULT_DB_NAME)
  return { url: url.toString(), source: set.join('/') }
}

/** host:port of a URL, for messages (never the password). */
function describe(url: string): string {
  const u = new URL(url)
  const host = u.searchParams.get('host') || u.hostname || 'localhost'
  return `${host}:${u.port || 5432}`
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url)
  u.pathname = '/' + encodeURIComponent(db)
  return u.toString()
}

function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1))
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET'])

async function connect(url: string, source: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  // An idle client whose server goes away emits 'error'; without a listener that would crash the process.
  client.on('error', () => {})
  try {
    await client.connect()
    return client
  } catch (e: any) {
    await client.end().catch(() => {})
    const where = describe(url)
    if (UNREACHABLE.has(e?.code) || /timeout/i.test(e?.message ?? '')) {
      if (source === 'embedded') throw new DatabaseError(`Cannot reach the embedded Postgres at ${where} (${e.code ?? e.message}); did it exit?`)
      // When the URL came from environment variables, say which ones to change.
      const fromEnv = /^[A-Z_]+(\/[A-Z_]+)*$/.test(source)
      throw new DatabaseError(
        `Cannot reach Postgres at ${where} (${e.code ?? e.message}). Start that server, or change ${source}` +
          (fromEnv ? ` (unset it to use the embedded database instead)` : '') + '.',
      )
    }
    if (e?.code === '28P01' || e?.code === '28000') {
      throw new DatabaseError(`Postgres at ${where} rejected user "${decodeURIComponent(new URL(url).username)}": ${e.message}. Fix the credentials in ${source}.`)
    }
    throw e
  }
}

/** Creates the database of `url` when it does not exist (needs CREATEDB only in that case). */
async function ensureDatabase(url: string, source: string): Promise<void> {
  let client: pg.Client
  try {
    client = await connect(url, source)
  } catch (e: any) {
    if (e?.code !== '3D000') throw e // 3D000: database does not exist
    const admin = await connect(withDatabase(url, 'postgres'), source)
    try {
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(databaseOf(url))}`)
    } catch (e2: any) {
      // 42P04: created concurrently by another process starting at the same time - fine.
      if (e2?.code !== '42P04') throw e2
    } finally {
      await admin.end()
    }
    return
  }
  await client.end()
}

// ---------------------------------------------------------------------------------------------------------------
// Read-only role

export interface ReadOnlyRoleOptions {
  role?: string
  password?: string
  /** Where adminUrl came from (e.g. `DB_URL`), named in connection errors. */
  source?: string
  /** statement_timeout of the role's sessions, e.g. `5s` or `500ms`. Default `DB_API_STATEMENT_TIMEOUT` or 5s. */
  statementTimeout?: string
}

/**
 * Creates (or updates) the login role the API uses: CONNECT on the database, USAGE on schema public, SELECT on
 * every table there now and - through default privileges - on tables the owner creates later in migrations.
 * No write rights; on top, its sessions default to read-only transactions. Idempotent and safe to run
 * concurrently. Returns the read-only URL (same server and database as `adminUrl`).
 */
export async function ensureReadOnlyRole(adminUrl: string, opts: ReadOnlyRoleOptions = {}): Promise<string> {
  const role = opts.role ?? API_ROLE
  const password = opts.password ?? process.env.DB_API_PASSWORD ?? DEFAULT_API_PASSWORD
  const client = await connect(adminUrl, opts.source ?? 'the URL passed to ensureReadOnlyRole')
  try {
    const r = client.escapeIdentifier(role)
    await client.query('BEGIN')
    // Serialise concurrent starts (API and indexer booting together): CREATE ROLE and GRANT race otherwise
    // ("role already exists", "tuple concurrently updated").
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('cloudhub.ensureReadOnlyRole'))`)
    const existing = await client.query('SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1', [role])
    if (existing.rowCount === 0) {
      await client.query(`CREATE ROLE ${r} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOINHERIT`)
    } else {
      const { rolsuper, rolcreaterole, rolcreatedb } = existing.rows[0]
      // A role with these attributes could write or escalate whatever we grant; refuse rather than hand it out.
      if (rolsuper || rolcreaterole || rolcreatedb) {
        throw new DatabaseError(`Role ${role} already exists with SUPERUSER/CREATEROLE/CREATEDB; it cannot serve as the read-only API role`)
      }
    }
    // Updating the password every time lets DB_API_PASSWORD be changed without manual SQL.
    await client.query(`ALTER ROLE ${r} WITH LOGIN PASSWORD ${client.escapeLiteral(password)}`)
    // Defence in depth: even a wrongly granted write fails, as every transaction starts read-only.
    await client.query(`ALTER ROLE ${r} SET default_transaction_read_only = on`)
    // Set on every start, so an existing database gets it (or a changed value) without a migration.
    const timeout = opts.statementTimeout ?? process.env.DB_API_STATEMENT_TIMEOUT ?? DEFAULT_API_STATEMENT_TIMEOUT
    await client.query(`ALTER ROLE ${r} SET statement_timeout = ${client.escapeLiteral(timeout)}`).catch((e) => {
      throw new DatabaseError(`DB_API_STATEMENT_TIMEOUT=${JSON.stringify(timeout)} is not a valid statement_timeout (e.g. 5s, 500ms, 1min): ${errMessage(e)}`)
    })
    const db = (await client.query('SELECT current_database() AS db')).rows[0].db as string
    await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(db)} TO ${r}`)
    await client.query(`GRANT USAGE ON SCHEMA public TO ${r}`)
    await client.query(`REVOKE CREATE ON SCHEMA public FROM ${r}`)
    await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${r}`)
    // Undo write grants someone may have added by hand, so the end state is always "read only".
    await client.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${r}`)
    // Tables created later by this owner (i.e. by migrations, which run with this URL) become readable too.
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO ${r}`)
    await client.query('COMMIT')
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {})
    throw e
  } finally {
    await client.end()
  }
  const u = new URL(adminUrl)
  u.username = encodeURIComponent(role)
  u.password = encodeURIComponent(password)
  return u.toString()
}
