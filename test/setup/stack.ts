/**
 * Global setup of the integration and end-to-end tests: the whole product on the local chains, once.
 * Local chains (real Paseo runtimes) → scenario (real signed extrinsics) → Postgres → processors → API → web.
 * The relay processor follows the scenario as it builds blocks, is killed mid-way (SIGKILL) and restarted, so
 * every assertion on relay data is also an assertion that a crash neither doubles nor loses rows.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { runScenario } from '../../devnet/scenario'
import { indexingEnvOf, startStack, waitFor, type Stack, type SyncRow } from '../../scripts/stack'
import { rpc } from '../../devnet/chains'

export interface StackInfo {
  apiUrl: string
  webUrl: string
  dbUrl: string
  readOnlyUrl: string
  scenarioFile: string
  /** the relay processor's indexed height when it was killed, and the relay head it had to reach */
  relayKilledAt: number
  relayHead: number
  /** seconds the processors took to index the scenario's blocks, and how many blocks that was */
  indexSeconds: number
  indexedBlocks: number
  scenarioSeconds: number
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo
  }
}

const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts')
let stack: Stack | undefined
let dataRoot: string | undefined

export default async function setup(project: TestProject) {
  try {
    await bringUp(project)
    // vitest runs the function setup returns when the tests are done
    return teardown
  } catch (e) {
    // vitest does not call teardown when setup fails: stop what was started here
    await teardown()
    throw e
  }
}

async function bringUp(project: TestProject) {
  dataRoot = mkdtempSync(path.join(tmpdir(), 'cloudhub-it-'))
  // embedded Postgres runs as the unprivileged postgres user when we are root: it must be able to enter
  chmodSync(dataRoot, 0o755)
  const log = (m: string) => console.log(`[stack ${new Date().toISOString().slice(11, 19)}] ${m}`)
  const scenarioFile = path.join(dataRoot, 'scenario.json')
  stack = await startStack({
    network: 'devnet',
    dataRoot,
    chainPorts: { relay: 9931, coretime: 9932, assetHub: 9933 },
    dbPort: 5731,
    apiPort: 4391,
    webPort: 3191,
    processors: [],
    log,
  })
  const s = stack
  const relayHead = async () => Number.parseInt((await rpc<{ number: string }>(s.chains!.chains.relay.httpUrl, 'chain_getHeader')).number, 16)

  // The relay processor follows the chain while the scenario builds it, and is killed (SIGKILL) in the middle:
  // after the spends are approved, before they are paid. It is restarted once the scenario is over.
  let relayFrom = 0
  let killed: SyncRow | undefined
  const t0 = Date.now()
  const record = await runScenario(
    { relay: s.chainUrls.relay, coretime: s.chainUrls.coretime, assetHub: s.chainUrls['asset-hub'] },
    {
      log: (m: string) => log(`scenario: ${m}`),
      onStep: async (step) => {
        if (step === 1) {
          relayFrom = await relayHead() // the block the relay jumped to (step 0)
          s.startProcessor('relay', { RELAY_FROM_BLOCK: String(relayFrom) })
        }
        if (step === 4) {
          const head = await relayHead()
          await waitFor('the relay processor to follow the scenario', async () => ((await s.syncStatus()).find((r) => r.chain === 'relay' && r.indexedHeight >= head - 1) ? true : undefined), 120_000, 100)
          await s.stopProcessor('relay', 'SIGKILL')
          killed = (await s.syncStatus()).find((r) => r.chain === 'relay')
          log(`relay processor killed at height ${killed?.indexedHeight} (chain head ${head})`)
        }
      },
    },
  )
  const scenarioSeconds = (Date.now() - t0) / 1000
  writeFileSync(scenarioFile, JSON.stringify(record, null, 2))
  if (record.chains.relay.firstBuiltBlock !== relayFrom) throw new Error(`relay processor started at ${relayFrom}, scenario's first relay block is ${record.chains.relay.firstBuiltBlock}`)

  const t1 = Date.now()
  const env = indexingEnvOf(record)
  s.startProcessor('relay', env)
  s.startProcessor('coretime', env)
  s.startProcessor('asset-hub', env)
  const rows = await s.waitForHeads(300_000)
  const indexSeconds = (Date.now() - t1) / 1000
  log(`indexed: ${rows.map((r) => `${r.chain} ${r.indexedHeight}`).join(', ')} in ${indexSeconds.toFixed(1)} s`)

  const info: StackInfo = {
    apiUrl: s.apiUrl,
    webUrl: s.webUrl!,
    dbUrl: s.db.url,
    readOnlyUrl: s.db.readOnlyUrl,
    scenarioFile,
    relayKilledAt: killed?.indexedHeight ?? -1,
    relayHead: rows.find((r) => r.chain === 'relay')!.indexedHeight,
    indexSeconds,
    indexedBlocks: Object.values(record.chains).reduce((a, c) => a + c.blocksBuilt, 0),
    scenarioSeconds,
  }
  project.provide('stack', info)
}

export async function teardown() {
  await stack?.stop()
  stack = undefined
  if (dataRoot && existsSync(path.join(dataRoot, 'logs'))) {
    // Keep the logs and the scenario record of the run as test artifacts.
    mkdirSync(ARTIFACTS, { recursive: true })
    cpSync(path.join(dataRoot, 'logs'), path.join(ARTIFACTS, 'stack-logs'), { recursive: true, force: true })
    if (existsSync(path.join(dataRoot, 'scenario.json'))) cpSync(path.join(dataRoot, 'scenario.json'), path.join(ARTIFACTS, 'scenario.json'), { force: true })
  }
  if (dataRoot) rmSync(dataRoot, { recursive: true, force: true })
  dataRoot = undefined
}
