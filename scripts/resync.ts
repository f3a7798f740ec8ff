/**
 * `npm run resync -- <chain> [module]`: rebuilds a module (and the modules that read it) over the blocks the
 * chain's processor already indexed, or with no module the whole chain; prints how long it took. See
 * squid/src/sync/resync.ts for what is deleted and re-indexed. Stop the chain's processor first.
 *
 * The database is the one `npm start` / `npm run db:migrate` use (DB_URL, or the embedded one in DATA_DIR); the
 * chain's endpoint and start block come from the same env as the processor's (squid/src/config.ts).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { startDatabase } from '../db/postgres'
import { applyMigrations } from '../db/migrate'
import { CHAIN_IDS, chainConfig, type ChainId } from '../squid/src/config'
import { connectDb, lockChain } from '../squid/src/sync/ranges'
import { finishResync, prepareResync } from '../squid/src/sync/resync'

const REPO_ROOT = path.resolve(__dirname, '..')
// The modules import the entity classes, which only the compiled model can register with TypeORM (tsx emits no
// decorator metadata; see db/migrate.ts): `npm run resync` compiles squid first.
const lib = (p: string) => require(path.join(REPO_ROOT, 'squid', 'lib', p))
const registry = (): typeof import('../squid/src/modules/registry') => lib('modules/registry')

export interface ResyncResult {
  chain: ChainId
  modules: string[]
  from: number
  to: number
  seconds: number
  deleted: Record<string, number>
}

/** Re-syncs against the database at process.env.DB_URL; `log` gets the progress lines. */
export async function resync(chain: ChainId, moduleName: string | undefined, log: (m: string) => void = console.log): Promise<ResyncResult | undefined> {
  const cfg = chainConfig(chain)
  const { modulesOn, moduleNamed, withDependents } = registry()
  // Which modules the chain has depends only on its runtime's decoders (modules' `enabled`), not on the endpoint.
  const onChain = modulesOn({ cfg, ss58Prefix: 0, native: { id: 'native', symbol: '', decimals: 0, chain }, chainHeight: async () => 0 })
  const modules = moduleName ? withDependents([moduleNamed(moduleName, onChain).name], onChain) : onChain
  const db = await connectDb()
  try {
    if (!(await lockChain(db, chain))) throw new Error(`${chain}: its processor (or another re-sync) is running on this database; stop it first`)
    const t0 = performance.now()
    const plan = await prepareResync(db, { chain, stateSchema: cfg.stateSchema, startBlock: cfg.fromBlock, modules, all: !moduleName })
    if (!plan) {
      log(`${chain}: nothing indexed yet; the processor indexes every module when it starts`)
      return undefined
    }
    const names = plan.modules.map((m) => m.name)
    log(`${chain}: re-syncing ${moduleName ? names.join(', ') : `everything (${names.join(', ')})`} over blocks ${plan.from}-${plan.to}; deleted ${Object.entries(plan.deleted).map(([t, n]) => `${n} ${t}`).join(', ')}`)
    await runProcessor(chain, [moduleName ? names.join(',') : 'all', '--from', String(plan.from), '--to', String(plan.to)], log)
    await finishResync(db, plan, cfg.stateSchema)
    const seconds = (performance.now() - t0) / 1000
    log(`${chain}: re-synced ${names.join(', ')} over blocks ${plan.from}-${plan.to} (${plan.to - plan.from + 1} blocks) in ${seconds.toFixed(1)} s`)
    return { chain, modules: names, from: plan.from, to: plan.to, seconds, deleted: plan.deleted }
  } finally {
    await db.end().catch(() => {})
  }
}

function runProcessor(chain: ChainId, args: string[], log: (m: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'squid', 'lib', 'main.js'), chain, '--resync', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let tail = ''
    const keep = (d: Buffer) => (tail = (tail + d.toString()).slice(-4000))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code, sig) => {
      if (code === 0) resolve()
      else {
        log(tail.trim())
        reject(new Error(`the ${chain} re-sync processor exited with ${sig ?? `code ${code}`}`))
      }
    })
  })
}

async function main(argv: string[]) {
  const [chain, moduleName] = argv
  if (!CHAIN_IDS.includes(chain as ChainId)) {
    console.error(`usage: npm run resync -- <${CHAIN_IDS.join('|')}> [${registry().MODULES.map((m) => m.name).join('|')}]`)
    process.exit(2)
  }
  const db = await startDatabase()
  try {
    await applyMigrations(db.url)
    process.env.DB_URL = db.url
    await resync(chain as ChainId, moduleName)
  } finally {
    await db.stop()
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  })
}
