/**
 * How long `npm run resync` takes on the devnet: the local chains, the scenario, the processors indexing it into
 * embedded Postgres; then the relay processor is stopped and the relay re-synced, first one module (`fees`,
 * which rebuilds treasury too), then everything. After each, every module table must equal what the processors
 * wrote the first time.
 *
 *   flock /tmp/cloudhub-heavy.lock npx tsx bench/resync.ts
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runScenario } from '../devnet/scenario'
import { indexingEnvOf, startStack } from '../scripts/stack'
import { resync } from '../scripts/resync'
import { envVar } from '../squid/src/config'
import { ensureSquidBuilt, runBench, sql, table } from './support'

const TABLES = ['asset', 'spend', 'spend_event', 'treasury_flow', 'spend_period', 'fee_payment', 'treasury_day', 'fee_day', 'module_range']

async function digest(url: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const t of TABLES) {
    const [r] = await sql(url, `SELECT count(*)::int AS n, md5(coalesce(string_agg(to_jsonb(t)::text, '|' ORDER BY id), '')) AS d FROM ${t} t WHERE chain = 'relay' OR '${t}' = 'asset'`)
    out[t] = `${r.n} ${r.d}`
  }
  return out
}

runBench(__filename, async (run) => {
  ensureSquidBuilt()
  const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudhub-resync-'))
  fs.chmodSync(dataRoot, 0o755)
  run.onCleanup(() => fs.rmSync(dataRoot, { recursive: true, force: true }))
  const log = (m: string) => console.log(`[resync bench] ${m}`)
  // the stack tests' ports (the heavy lock serialises both); processors are started below
  const ports = { chainPorts: { relay: 9931, coretime: 9932, assetHub: 9933 }, dbPort: 5731, apiPort: 4391, webPort: 3191 }
  const stack = await startStack({ network: 'devnet', dataRoot, processors: [], log: () => {}, ...ports })
  run.onCleanup(() => stack.stop())
  log('local chains and Postgres up; running the scenario')
  const record = await runScenario({ relay: stack.chainUrls.relay, coretime: stack.chainUrls.coretime, assetHub: stack.chainUrls['asset-hub'] }, { log: () => {} })
  const env = indexingEnvOf(record)
  const t0 = Date.now()
  stack.startProcessor('relay', env)
  const [row] = (await stack.waitForHeads(300_000)).filter((r) => r.chain === 'relay')
  const firstSeconds = (Date.now() - t0) / 1000
  await stack.stopProcessor('relay')
  const blocks = row.indexedHeight - Number(env[envVar('relay', 'FROM_BLOCK')]) + 1
  log(`relay indexed to ${row.indexedHeight} (${blocks} blocks) in ${firstSeconds.toFixed(1)} s (includes the processor's start); processor stopped`)
  const before = await digest(stack.db.url)

  Object.assign(process.env, env, { NETWORK: 'devnet', DB_URL: stack.db.url, [envVar('relay', 'RPC_URL')]: stack.chainUrls.relay.replace(/^ws/, 'http') })
  const rows: (string | number)[][] = [['re-sync', 'modules', 'blocks', 'seconds', 'tables as before']]
  for (const module of ['fees', undefined]) {
    const r = (await resync('relay', module, log))!
    const same = JSON.stringify(await digest(stack.db.url)) === JSON.stringify(before)
    rows.push([`npm run resync -- relay${module ? ' ' + module : ''}`, r.modules.join(', '), r.to - r.from + 1, r.seconds.toFixed(1), same ? 'yes' : 'NO'])
    if (!same) throw new Error(`after the re-sync of ${module ?? 'everything'}, the relay's tables differ from the first indexing`)
  }
  console.log('\n' + table(rows))
  // the processor goes on from where it was: the start check passes
  stack.startProcessor('relay', env)
  await stack.waitForHeads(120_000)
  log('relay processor restarted after the re-syncs and is at the head')
})
