/**
 * `npm run demo`: everything offline. The local chains run the real Paseo runtimes, the scenario sends real
 * signed extrinsics, the processors index them into embedded Postgres, and the API and web app serve them.
 * A second run asks whether to reuse the previous data (chains resume from disk) or start fresh;
 * `--reuse` / `--reset` answer without asking.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline/promises'
import { stopOrphan } from '../db/postgres'
import { runScenario, type ScenarioRecord } from '../devnet/scenario'
import { indexingEnvOf, REPO_ROOT, startStack } from './stack'
import { ReplayChain } from '../devnet/replay/chain'
import { ReplayWriter } from '../devnet/replay/generator'
import { DEMO_PEOPLE_FROM, PEOPLE_2000000, PEOPLE_SPEC, writeDemoPeople } from '../devnet/replay/people'
import { startReplayServer, type ReplayServer } from '../devnet/replay/server'

const DATA_ROOT = path.resolve(process.env.DEMO_DATA_DIR ?? path.join(REPO_ROOT, '.data', 'demo'))
const SCENARIO_FILE = path.join(DATA_ROOT, 'scenario.json')

async function choose(): Promise<'reuse' | 'reset'> {
  if (process.argv.includes('--reset')) return 'reset'
  if (process.argv.includes('--reuse')) return 'reuse'
  if (!existsSync(DATA_ROOT)) return 'reset'
  if (!process.stdin.isTTY) return 'reuse'
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  const a = await rl.question(`[demo] ${DATA_ROOT} holds a previous demo. Reuse it (r) or start fresh (f)? [r] `)
  rl.close()
  return /^f/i.test(a.trim()) ? 'reset' : 'reuse'
}

function elapsed(t0: number) {
  return `${((Date.now() - t0) / 1000).toFixed(0)} s`
}

async function main() {
  const t0 = Date.now()
  const log = (m: string) => console.log(`[demo ${elapsed(t0)}] ${m}`)
  const mode = await choose()
  // A run stopped before its scenario finished leaves chains that cannot be continued: start those afresh.
  if (mode === 'reset' || !existsSync(SCENARIO_FILE)) {
    await stopOrphan(path.join(DATA_ROOT, 'postgres')).catch(() => undefined)
    rmSync(DATA_ROOT, { recursive: true, force: true })
    log(`fresh start in ${DATA_ROOT}`)
  } else log(`reusing ${DATA_ROOT} (run with --reset to start fresh)`)

  const stack = await startStack({
    network: 'devnet',
    dataRoot: DATA_ROOT,
    persistChains: true,
    dbPort: Number(process.env.DB_PORT ?? 5433),
    apiPort: Number(process.env.API_PORT ?? 4350),
    webPort: Number(process.env.WEB_PORT ?? 3000),
    log,
    beforeIndexing: async (urls) => {
      if (existsSync(SCENARIO_FILE)) return indexingEnvOf(JSON.parse(readFileSync(SCENARIO_FILE, 'utf8')) as ScenarioRecord)
      log('running the scenario: transfers with fees and tips, treasury spends, a spend period (about a minute)…')
      const record = await runScenario({ relay: urls.relay, coretime: urls.coretime, assetHub: urls['asset-hub'] }, { log: (m: string) => log(`scenario: ${m}`) })
      writeFileSync(SCENARIO_FILE, JSON.stringify(record, null, 2))
      log(`scenario recorded in ${SCENARIO_FILE}`)
      return indexingEnvOf(record)
    },
  })
  const people = await servePeople(log)
  stack.startProcessor('people', { PEOPLE_RPC_URL: people.httpUrl('people'), PEOPLE_FROM_BLOCK: String(DEMO_PEOPLE_FROM) })
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    log('stopping every process the demo started…')
    await stack.stop()
    await people.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)

  let last = ''
  await stack.waitForHeads(600_000, (rows) => {
    const line = rows.map((r) => `${r.chain} ${r.indexedHeight}/${r.chainHeight}`).join(' · ')
    if (line && line !== last) log(`indexing: ${line}`)
    last = line
  })
  log(`ready. Dashboard: ${stack.webUrl}  ·  API: ${stack.apiUrl}  ·  Ctrl-C stops`)
}

/**
 * The devnet has no People chain (no Paseo People chain spec offline): the demo's identities come from a small
 * People chain replayed with the real People Polkadot 2000000 metadata (devnet/replay/people.ts), written on a fresh start,
 * so the scenario's beneficiaries (Bob, Charlie, Eve) show with names.
 */
async function servePeople(log: (m: string) => void): Promise<ReplayServer> {
  const file = path.join(DATA_ROOT, 'people.jsonl')
  // kept on --reuse: its processor resumes on the same blocks
  if (!existsSync(file)) {
    const w = new ReplayWriter(file, { chain: 'people', specs: { [PEOPLE_SPEC]: PEOPLE_2000000 }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' }, eventsAs: 'json' })
    writeDemoPeople(w, Date.now() - 60_000)
  }
  const server = await startReplayServer(await ReplayChain.fromFile(file))
  log(`a replayed People chain (identities of Bob, Charlie, Eve): ${server.httpUrl('people')}`)
  return server
}

main().catch((e) => {
  console.error(`[demo] ${e.message ?? e}`)
  process.exit(1)
})
