/**
 * What every devnet test does around its own assertions: the real Paseo runtimes under chopsticks, a driver that
 * sends real signed extrinsics and records every block's events (kept in test-artifacts/ for a reader), then the
 * real compiled processors from the first built block, indexing into their own Postgres behind the real API.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startLocalChains, type LocalChains, type StartOptions } from '../../devnet/chains'
import type { DevChain } from '../../devnet/specs'
import { startStack, type Stack } from '../../scripts/stack'
import { envVar, type ChainId } from '../../squid/src/config'
import { freePort } from '../support/ports'
import { ensureBuilt } from '../replay/harness'


/** the processor of each local chain */
const PROCESSOR: Record<DevChain, ChainId> = { relay: 'relay', coretime: 'coretime', assetHub: 'asset-hub' }

export interface DevnetRun<R> {
  dir: string
  chains: LocalChains
  stack: Stack
  rec: R
  stop(): Promise<void>
}

export async function startDevnetRun<R>(o: {
  /** names the temp dir and the record's file, test-artifacts/<name>.json */
  name: string
  chains: DevChain[]
  specs?: StartOptions['specs']
  drive(urls: Record<DevChain, string>): Promise<R>
  /** the first block the driver built on each chain: where its processor starts */
  fromBlocks(rec: R): Partial<Record<DevChain, number>>
}): Promise<DevnetRun<R>> {
  ensureBuilt()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cloudhub-devnet-${o.name}-`))
  fs.chmodSync(dir, 0o755)
  const ports: Partial<Record<DevChain, number>> = {}
  for (const c of o.chains) ports[c] = await freePort()
  const chains = await startLocalChains({ chains: o.chains, ports, specs: o.specs, workDir: path.join(dir, 'chopsticks') })
  const urls = Object.fromEntries(o.chains.map((c) => [c, chains.chains[c].wsUrl])) as Record<DevChain, string>
  const rec = await o.drive(urls)
  const artifacts = path.resolve(__dirname, '..', '..', 'test-artifacts')
  fs.mkdirSync(artifacts, { recursive: true })
  fs.writeFileSync(path.join(artifacts, `${o.name}.json`), JSON.stringify(rec, null, 1))
  // a developer's chain and database variables must not leak into the processors
  for (const k of Object.keys(process.env)) if (/^(RELAY_|CORETIME_|ASSET_HUB_|PEOPLE_|DB_|PG|SQD_)/.test(k)) delete process.env[k]
  const from = o.fromBlocks(rec)
  const stack = await startStack({
    network: 'devnet',
    dataRoot: dir,
    dbPort: await freePort(),
    apiPort: await freePort(),
    chainUrls: Object.fromEntries(o.chains.map((c) => [PROCESSOR[c], urls[c]])),
    processors: o.chains.map((c) => PROCESSOR[c]),
    processorEnv: Object.fromEntries(o.chains.filter((c) => from[c] !== undefined).map((c) => [envVar(PROCESSOR[c], 'FROM_BLOCK'), String(from[c])])),
    log: () => {},
  })
  await stack.waitForHeads(240_000)
  return {
    dir,
    chains,
    stack,
    rec,
    async stop() {
      await stack.stop()
      await chains.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
