/**
 * Schema migrations, kept in db/migrations/*.js at the repository root (one set for all squid processors).
 *
 *   tsx db/migrate.ts                 start the database (see postgres.ts) and apply pending migrations
 *   tsx db/migrate.ts generate [Name] write db/migrations/<timestamp>-<Name>.js with what the model needs
 *
 * Files have the shape `squid-typeorm-migration generate` writes (`module.exports = class Data<ts> {...}`), so the
 * squid tooling could apply them too.
 *
 * Why the model is loaded from squid/lib (compiled) and not from squid/src through tsx: the generated entities use
 * `@PrimaryColumn_()` without a type, which TypeORM fills in from `design:type` decorator metadata. esbuild (tsx,
 * vitest) does not implement `emitDecoratorMetadata`, so the TS sources would fail with ColumnTypeUndefinedError.
 * generate therefore compiles just the model (squid/src/model, with the options of squid/tsconfig.json) using the
 * TypeScript compiler into squid/lib/model - the same files `npm run build` produces and TypeormDatabase loads.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import pg from 'pg'
import { DataSource } from 'typeorm'
import { SnakeNamingStrategy } from '@subsquid/typeorm-config/lib/namingStrategy'
import { startDatabase } from './postgres'

const REPO_ROOT = path.resolve(__dirname, '..')
export const MIGRATIONS_DIR = path.join(REPO_ROOT, 'db', 'migrations')
const SQUID_DIR = path.join(REPO_ROOT, 'squid')
// Plain Node require: the compiled model and typeorm must be the same module instances typeorm's global
// metadata storage sees, whoever runs this file (tsx or vitest).
const nodeRequire = createRequire(path.join(REPO_ROOT, 'db', 'migrate.ts'))

/** Advisory lock key so that processes starting together (API, processors, CLI) do not migrate concurrently. */
const MIGRATION_LOCK = `hashtext('cloudhub.migrations')`

/**
 * Applies pending migrations from db/migrations, all in one transaction (a failure leaves the schema untouched).
 * Returns the names of the migrations applied now (empty when up to date).
 */
export async function applyMigrations(url: string, opts: { migrationsDir?: string } = {}): Promise<string[]> {
  const dir = opts.migrationsDir ?? MIGRATIONS_DIR
  // The lock is session-level, held on its own connection while TypeORM works through its pool.
  const lock = new pg.Client({ connectionString: url })
  lock.on('error', () => {})
  await lock.connect()
  try {
    await lock.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`)
    const ds = new DataSource({
      type: 'postgres',
      url,
      namingStrategy: new SnakeNamingStrategy(),
      // Migrations are plain SQL; no entities are needed to apply them.
      entities: [],
      migrations: [path.join(dir, '*.js')],
      migrationsTransactionMode: 'all',
      logging: false,
    })
    await ds.initialize()
    try {
      const applied = await ds.runMigrations({ transaction: 'all' })
      return applied.map((m) => m.name)
    } finally {
      await ds.destroy().catch(() => {})
    }
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => {})
    await lock.end().catch(() => {})
  }
}

/**
 * Compiles squid/src/model to squid/lib/model (see the header for why) and returns the entity classes.
 */
export function loadCompiledModel(): Function[] {
  const ts: typeof import('typescript') = nodeRequire('typescript')
  const configPath = path.join(SQUID_DIR, 'tsconfig.json')
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    },
  })
  if (!parsed) throw new Error(`Cannot read ${configPath}`)
  // Only the model: the rest of squid/src may be mid-edit and does not matter for the schema.
  const entry = path.join(SQUID_DIR, 'src', 'model', 'index.ts')
  const program = ts.createProgram([entry], parsed.options)
  const emitted = program.emit()
  const diagnostics = ts.getPreEmitDiagnostics(program).concat(emitted.diagnostics)
  const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error)
  if (errors.length > 0 || emitted.emitSkipped) {
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => REPO_ROOT, getNewLine: () => '\n' }
    throw new Error(`Compiling the model failed:\n${ts.formatDiagnostics(errors, host)}`)
  }
  const modelPath = path.join(parsed.options.outDir ?? path.join(SQUID_DIR, 'lib'), 'model', 'index.js')
  const model = nodeRequire(modelPath)
  // Entities are the exported classes; enums are plain objects. TypeORM ignores classes without @Entity.
  return Object.values(model).filter((v): v is Function => typeof v === 'function')
}

export interface SchemaDiff {
  up: { query: string; parameters?: unknown[] }[]
  down: { query: string; parameters?: unknown[] }[]
}

/** What TypeORM would run to bring the database at `url` in line with the model (nothing is executed). */
export async function diffSchema(url: string, entities: Function[]): Promise<SchemaDiff> {
  const ds = new DataSource({
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
    entities,
    synchronize: false,
    migrationsRun: false,
    dropSchema: false,
    logging: false,
  })
  await ds.initialize()
  try {
    const sql = await ds.driver.createSchemaBuilder().log()
    // TypeORM records each down query next to its up query, i.e. in forward order; undoing must run them
    // backwards (drop foreign keys, then indexes, then tables). TypeORM's own migration:generate reverses them
    // too; squid's generate.js does not, which yields down() methods that fail on DROP INDEX after DROP TABLE.
    return { up: sql.upQueries, down: [...sql.downQueries].reverse() }
  } finally {
    await ds.destroy().catch(() => {})
  }
}

/** Renders a migration file like @subsquid/typeorm-migration's generate.js does. */
export function renderMigration(className: string, diff: SchemaDiff): string {
  const call = (q: { query: string; parameters?: unknown[] }) => {
    // Template literal, as squid writes it; escape what would end or interpolate it.
    const body = q.query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')
    const params = q.parameters?.length ? ', ' + JSON.stringify(q.parameters) : ''
    return `        await db.query(\`${body}\`${params})`
  }
  return [
    `module.exports = class ${className} {`,
    `    name = '${className}'`,
    ``,
    `    async up(db) {`,
    ...diff.up.map(call),
    `    }`,
    ``,
    `    async down(db) {`,
    ...diff.down.map(call),
    `    }`,
    `}`,
    ``,
  ].join('\n')
}

/**
 * Diffs the model against the existing migrations and writes a new migration file; returns its path, or
 * undefined when the migrations already match the model.
 *
 * The diff is taken on a scratch database (created, migrated, dropped) on the same server rather than on the
 * working database, so local experiments or a half-filled dev database cannot leak into the migration.
 */
export async function generateMigration(adminUrl: string, opts: { name?: string; migrationsDir?: string; entities?: Function[] } = {}): Promise<string | undefined> {
  const name = opts.name ?? 'Data'
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Migration name must be an identifier, got "${name}"`)
  const dir = opts.migrationsDir ?? MIGRATIONS_DIR
  const entities = opts.entities ?? loadCompiledModel()
  const diff = await withScratchDatabase(adminUrl, async (url) => {
    await applyMigrations(url, { migrationsDir: dir })
    return diffSchema(url, entities)
  })
  if (diff.up.length === 0) return undefined
  const timestamp = Date.now()
  const file = path.join(dir, `${timestamp}-${name}.js`)
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(file, renderMigration(`${name}${timestamp}`, diff))
  return file
}

/** Runs `fn` against a fresh, empty database on the server of `adminUrl`, dropped afterwards. */
export async function withScratchDatabase<T>(adminUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const scratch = `cloudhub_scratch_${process.pid}_${Date.now()}`
  const maintenance = new URL(adminUrl)
  maintenance.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: maintenance.toString() })
  admin.on('error', () => {})
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(scratch)}`)
    try {
      const url = new URL(adminUrl)
      url.pathname = '/' + scratch
      return await fn(url.toString())
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(scratch)} WITH (FORCE)`)
    }
  } finally {
    await admin.end().catch(() => {})
  }
}

async function main(argv: string[]): Promise<void> {
  const [mode = 'apply', name] = argv
  if (mode !== 'apply' && mode !== 'generate') {
    console.error('usage: tsx db/migrate.ts [apply | generate [Name]]')
    process.exit(2)
  }
  const db = await startDatabase()
  try {
    if (mode === 'generate') {
      const file = await generateMigration(db.url, { name })
      if (file) console.log(`wrote ${path.relative(process.cwd(), file)}`)
      else console.log('the migrations in db/migrations already match the model; nothing to generate')
    } else {
      const applied = await applyMigrations(db.url)
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database schema is up to date')
    }
  } finally {
    await db.stop()
  }
}

// Run as a script (tsx db/migrate.ts ...), not when imported. `module` does not exist under vitest's ESM transform.
if (typeof module !== 'undefined' && typeof require !== 'undefined' && require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  })
}
