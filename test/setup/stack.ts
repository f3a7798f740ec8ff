/**
 * Global setup of the integration and end-to-end tests: the whole product on the local chains, once.
 * Local chains (real Paseo runtimes) → scenario (real signed extrinsics) → Postgres → processors → API → web.
 * The relay processor is killed mid-way (SIGKILL) and restarted, so every assertion on relay data is also an
 * assertion that a crash neither doubles nor loses rows.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { runScenario } from '../../devnet/scenario'
import { startStack, waitFor, type Stack } from '../../scripts/stack'

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
  dataRoot = mkdtempSync(path.join(tmpdir(), 'cloudhub-it-'))
  const log = (m: string) => console.log(`[stack ${new Date().toISOString().slice(11, 19)}] ${m}`)
  const scenarioFile = path.join(dataRoot, 'scenario.json')
  let scenarioSeconds = 0
  stack = await startStack({
    network: 'devnet',
    dataRoot,
    chainPorts: { relay: 9931, coretime: 9932, assetHub: 9933 },
    dbPort: 5731,
    apiPort: 4391,
    webPort: 3191,
    processors: ['coretime', 'asset-hub'],
    log,
    beforeIndexing: async (urls) => {
      const t0 = Date.now()
      const record = await runScenario({ relay: urls.relay, coretime: urls.coretime, assetHub: urls['asset-hub'] }, { log: (m: string) => log(`scenario: ${m}`) })
      scenarioSeconds = (Date.now() - t0) / 1000
      writeFileSync(scenarioFile, JSON.stringify(record, null, 2))
    },
  })

  // Relay: throttled so that it is still mid-way when killed, then restarted at full speed.
  const t0 = Date.now()
  stack.startProcessor('relay', { RELAY_RPC_RATE_LIMIT: '3' })
  const killedAt = await waitFor(
    'the relay processor to index its first batch',
    async () => (await stack!.syncStatus()).find((r) => r.chain === 'relay' && r.indexedHeight > 0)?.indexedHeight,
    120_000,
    100,
  )
  await stack.stopProcessor('relay', 'SIGKILL')
  const afterKill = (await stack.syncStatus()).find((r) => r.chain === 'relay')!
  log(`relay processor killed at height ${afterKill.indexedHeight} of ${afterKill.chainHeight}`)
  stack.startProcessor('relay')
  const rows = await stack.waitForHeads(300_000)
  const indexSeconds = (Date.now() - t0) / 1000
  const relay = rows.find((r) => r.chain === 'relay')!
  log(`indexed: ${rows.map((r) => `${r.chain} ${r.indexedHeight}`).join(', ')} in ${indexSeconds.toFixed(1)} s`)

  const info: StackInfo = {
    apiUrl: stack.apiUrl,
    webUrl: stack.webUrl!,
    dbUrl: stack.db.url,
    readOnlyUrl: stack.db.readOnlyUrl,
    scenarioFile,
    relayKilledAt: Math.max(killedAt, afterKill.indexedHeight),
    relayHead: relay.indexedHeight,
    indexSeconds,
    indexedBlocks: rows.reduce((a, r) => a + r.indexedHeight + 1, 0),
    scenarioSeconds,
  }
  project.provide('stack', info)
}

export async function teardown() {
  await stack?.stop()
  if (dataRoot) {
    // Keep the logs and the scenario record of the run as test artifacts.
    mkdirSync(ARTIFACTS, { recursive: true })
    cpSync(path.join(dataRoot, 'logs'), path.join(ARTIFACTS, 'stack-logs'), { recursive: true, force: true })
    cpSync(path.join(dataRoot, 'scenario.json'), path.join(ARTIFACTS, 'scenario.json'), { force: true })
    rmSync(dataRoot, { recursive: true, force: true })
  }
}
