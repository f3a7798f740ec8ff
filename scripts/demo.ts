/**
 * `npm run demo`: everything offline, two dashboards.
 * - The generated Polkadot quarter (http://127.0.0.1:3000): 91 days of the relay, Asset Hub and Coretime written by
 *   devnet/replay/year with the real Polkadot runtime metadata, across the Asset Hub migration (generated, not
 *   live: every page shows months of history), served by the replay chain and indexed by the real processors
 *   (NETWORK=polkadot) into their own embedded Postgres. The time from the start to a populated page is printed.
 * - The live local chains (http://127.0.0.1:3001): the real Paseo runtimes under chopsticks, which keep producing
 *   blocks; the scenario sends real signed extrinsics, indexed as they come (NETWORK=devnet).
 * The quarter's files are generated once (DEMO_DAYS, default 91) and reused. A second run asks whether to reuse
 * the previous data (chains resume from disk, the databases stay indexed) or start fresh; `--reuse` / `--reset`
 * answer without asking; `--no-live` serves the quarter alone.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline/promises'
import { stopOrphan } from '../db/postgres'
import { runScenario, type ScenarioRecord } from '../devnet/scenario'
import { ReplayChain } from '../devnet/replay/chain'
import { ReplayWriter } from '../devnet/replay/generator'
import { DEMO_PEOPLE_FROM, PEOPLE_2000000, PEOPLE_SPEC, writeDemoPeople } from '../devnet/replay/people'
import { startReplayServer, type ReplayServer } from '../devnet/replay/server'
import { writeYear, type YearSummary } from '../devnet/replay/year'
import { indexingEnvOf, REPO_ROOT, startStack, waitFor, type Stack } from './stack'

const DATA_ROOT = path.resolve(process.env.DEMO_DATA_DIR ?? path.join(REPO_ROOT, '.data', 'demo'))
const LIVE_ROOT = path.join(DATA_ROOT, 'live')
const QUARTER_ROOT = path.join(DATA_ROOT, 'quarter')
const YEAR_DIR = path.join(QUARTER_ROOT, 'year')
const SCENARIO_FILE = path.join(LIVE_ROOT, 'scenario.json')
const DEMO_DAYS = Number(process.env.DEMO_DAYS ?? 91)
const YEAR_CHAINS = ['relay', 'asset-hub', 'coretime'] as const

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

/** The generated quarter's files: kept from a previous run when they are of the same length. */
function quarterFiles(): YearSummary {
  const file = path.join(YEAR_DIR, 'summary.json')
  if (existsSync(file)) {
    const s = JSON.parse(readFileSync(file, 'utf8')) as YearSummary
    if (s.days === DEMO_DAYS && YEAR_CHAINS.every((c) => existsSync(s.chains[c].file))) {
      log(`reusing the generated ${s.days} days in ${YEAR_DIR}`)
      return s
    }
  }
  // an index of other files must not stay behind them
  rmSync(QUARTER_ROOT, { recursive: true, force: true })
  log(`generating ${DEMO_DAYS} days of Polkadot (relay, Asset Hub, Coretime) with the real runtime metadata…`)
  const s = writeYear(YEAR_DIR, { days: DEMO_DAYS })
  log(`generated ${YEAR_CHAINS.map((c) => `${c} ${s.chains[c].blocks} blocks`).join(', ')}, ${s.chains.relay.firstDate} to ${s.chains.relay.lastDate} (${(s.buildMs / 1000).toFixed(1)} s)`)
  return s
}

async function startQuarter(): Promise<void> {
  const year = quarterFiles()
  const chains = await Promise.all(YEAR_CHAINS.map((c) => ReplayChain.fromFile(year.chains[c].file)))
  const server = (running.server = await startReplayServer(chains, { port: Number(process.env.REPLAY_PORT ?? 9960) }))
  const env: NodeJS.ProcessEnv = { ...year.env }
  for (const c of YEAR_CHAINS) {
    const p = c.toUpperCase().replace('-', '_')
    Object.assign(env, { [`${p}_RPC_URL`]: server.wsUrl(c), [`${p}_GATEWAY_URL`]: '', [`${p}_FROM_BLOCK`]: String(year.chains[c].from), [`${p}_RPC_RATE_LIMIT`]: '100000' })
  }
  const stack = (running.stack = await startStack({
    network: 'polkadot',
    dataRoot: QUARTER_ROOT,
    processors: [...YEAR_CHAINS],
    processorEnv: env,
    dbPort: Number(process.env.QUARTER_DB_PORT ?? 5434),
    apiPort: Number(process.env.API_PORT ?? 4350),
    webPort: Number(process.env.WEB_PORT ?? 3000),
    log: (m) => log(`quarter: ${m}`),
  }))
  // populated: every chain indexed to its last block, and the fees page's table with a row for each generated day
  const { firstDate, lastDate } = year.chains.relay
  let logged = 0
  await waitFor(
    'the quarter to be indexed to its last day',
    async () => {
      const rows = await stack.syncStatus()
      const line = rows.map((r) => `${r.chain} ${r.indexedHeight}/${year.chains[r.chain as (typeof YEAR_CHAINS)[number]]?.to}`).join(' · ')
      if (Date.now() - logged >= 5_000) log(`quarter: indexing: ${line}`), (logged = Date.now())
      if (!YEAR_CHAINS.every((c) => rows.find((r) => r.chain === c)?.indexedHeight === year.chains[c].to)) return undefined
      const html = await (await fetch(`${stack.webUrl}fees?chain=relay`)).text()
      return html.includes(firstDate) && html.includes(lastDate) ? true : undefined
    },
    600_000,
    1_000,
  )
  log(`quarter: a populated page (the fees page, ${year.days} days from ${firstDate} to ${lastDate}) ${elapsed(t0)} after the start: ${stack.webUrl}fees`)
}

const t0 = Date.now()
const log = (m: string) => console.log(`[demo ${elapsed(t0)}] ${m}`)
const running: { stack?: Stack; server?: ReplayServer; live?: Stack; people?: ReplayServer } = {}
let stopping = false
async function stopAll(code = 0) {
  if (stopping) return
  stopping = true
  log('stopping every process the demo started…')
  await Promise.all([running.live?.stop(), running.stack?.stop()])
  await Promise.all([running.server?.close(), running.people?.close()])
  process.exit(code)
}

async function main() {
  let mode = await choose()
  // a demo of the layout before the generated quarter (the live data at the top of DATA_ROOT) is started afresh
  if (mode === 'reuse' && existsSync(path.join(DATA_ROOT, 'postgres'))) {
    await stopOrphan(path.join(DATA_ROOT, 'postgres')).catch(() => undefined)
    log(`${DATA_ROOT} holds a demo of an older layout: starting fresh`)
    mode = 'reset'
  }
  const live = !process.argv.includes('--no-live')
  if (mode === 'reset') {
    for (const root of [LIVE_ROOT, QUARTER_ROOT]) await stopOrphan(path.join(root, 'postgres')).catch(() => undefined)
    rmSync(DATA_ROOT, { recursive: true, force: true })
    log(`fresh start in ${DATA_ROOT}`)
  } else log(`reusing ${DATA_ROOT} (run with --reset to start fresh)`)
  await stopOrphan(path.join(QUARTER_ROOT, 'postgres')).catch(() => undefined)

  process.on('SIGINT', () => stopAll())
  process.on('SIGTERM', () => stopAll())

  await startQuarter()
  if (!live) return log(`ready. Generated quarter: ${running.stack!.webUrl} · API ${running.stack!.apiUrl} · Ctrl-C stops`)

  // A run stopped before its scenario finished leaves chains that cannot be continued: start those afresh.
  if (!existsSync(SCENARIO_FILE)) {
    await stopOrphan(path.join(LIVE_ROOT, 'postgres')).catch(() => undefined)
    rmSync(LIVE_ROOT, { recursive: true, force: true })
  }
  running.live = await startStack({
    network: 'devnet',
    dataRoot: LIVE_ROOT,
    persistChains: true,
    chainPorts: { relay: Number(process.env.DEMO_RELAY_PORT ?? 9944), coretime: Number(process.env.DEMO_CORETIME_PORT ?? 9945), assetHub: Number(process.env.DEMO_ASSET_HUB_PORT ?? 9946) },
    dbPort: Number(process.env.DB_PORT ?? 5433),
    apiPort: Number(process.env.LIVE_API_PORT ?? 4351),
    webPort: Number(process.env.LIVE_WEB_PORT ?? 3001),
    log: (m) => log(`live: ${m}`),
    beforeIndexing: async (urls) => {
      if (existsSync(SCENARIO_FILE)) return indexingEnvOf(JSON.parse(readFileSync(SCENARIO_FILE, 'utf8')) as ScenarioRecord)
      log('live: running the scenario: transfers with fees and tips, treasury spends, a spend period (about a minute)…')
      const record = await runScenario({ relay: urls.relay, coretime: urls.coretime, assetHub: urls['asset-hub'] }, { log: (m: string) => log(`live: scenario: ${m}`) })
      writeFileSync(SCENARIO_FILE, JSON.stringify(record, null, 2))
      log(`live: scenario recorded in ${SCENARIO_FILE}`)
      return indexingEnvOf(record)
    },
  })
  running.people = await servePeople()
  running.live.startProcessor('people', { PEOPLE_RPC_URL: running.people.httpUrl('people'), PEOPLE_FROM_BLOCK: String(DEMO_PEOPLE_FROM) })
  let last = ''
  await running.live.waitForHeads(600_000, (rows) => {
    const line = rows.map((r) => `${r.chain} ${r.indexedHeight}/${r.chainHeight}`).join(' · ')
    if (line && line !== last) log(`live: indexing: ${line}`)
    last = line
  })
  log(`ready. Generated quarter: ${running.stack!.webUrl}  ·  live local chains: ${running.live.webUrl}  ·  APIs ${running.stack!.apiUrl}, ${running.live.apiUrl}  ·  Ctrl-C stops`)
}

/**
 * The devnet has no People chain (no Paseo People chain spec offline): the live scenario's identities come from a
 * small People chain replayed with the real People Polkadot 2000000 metadata (devnet/replay/people.ts), written on a
 * fresh start, so the scenario's beneficiaries (Bob, Charlie, Eve) show with names.
 */
async function servePeople(): Promise<ReplayServer> {
  const file = path.join(LIVE_ROOT, 'people.jsonl')
  // kept on --reuse: its processor resumes on the same blocks
  if (!existsSync(file)) {
    const w = new ReplayWriter(file, { chain: 'people', specs: { [PEOPLE_SPEC]: PEOPLE_2000000 }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' }, eventsAs: 'json' })
    writeDemoPeople(w, Date.now() - 60_000)
  }
  const server = await startReplayServer(await ReplayChain.fromFile(file))
  log(`live: a replayed People chain (identities of Bob, Charlie, Eve): ${server.httpUrl('people')}`)
  return server
}

main().catch(async (e) => {
  console.error(`[demo] ${e.message ?? e}`)
  await stopAll(1)
})
