/**
 * Replay: the processor's SQD gateway path on replayed blocks. A local server of the gateway protocol
 * (test/support/gateway-server.ts) holds the first part of a generated Polkadot relay history (2000006 → 2000007),
 * taken from the replay chain by @subsquid/substrate-data's parser; the rest exists on the replay chain's RPC only.
 * One processor goes through the gateway and then RPC (websocket), another through RPC alone (HTTP, polling):
 * every table must be equal.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { writeRelayHistory, type RelayHistorySummary } from '../../devnet/replay/histories'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { archiveBlocksFromRpc, startGatewayServer, type GatewayServer } from '../support/gateway-server'
import { dumpTables, replayEnv, secondDatabase, startReplayStack, waitForHeight, workDir, type ReplayStack } from './harness'

const FROM = 28_490_300
const BLOCKS = 60
const GATEWAY_TO = FROM + 39

let dir: string
let server: ReplayServer
let gateway: GatewayServer
let stack: ReplayStack
let rpcOnlyUrl: string
let history: RelayHistorySummary

beforeAll(async () => {
  dir = workDir('gateway')
  const file = path.join(dir, 'relay.jsonl')
  history = writeRelayHistory(file, { from: FROM, blocks: BLOCKS, feeEvery: 3, depositEvery: 4, spendEvery: 20 })
  server = await startReplayServer(await ReplayChain.fromFile(file))
  gateway = await startGatewayServer({ blocks: await archiveBlocksFromRpc(server.wsUrl(), FROM, GATEWAY_TO), maxBlocksPerQuery: 7, dataset: '/network/polkadot' })

  stack = await startReplayStack(dir, 'relay', replayEnv('relay', server.wsUrl(), FROM, gateway.url))
  await waitForHeight(stack, 'relay', history.to)
  await stack.stopProcessor('relay')

  rpcOnlyUrl = await secondDatabase(stack, 'rpc_only')
  // over HTTP this time: the processor then polls chain_getHead instead of subscribing
  stack.startProcessor('relay', { ...replayEnv('relay', server.httpUrl(), FROM), DB_URL: rpcOnlyUrl })
  await waitForHeight(stack, 'relay', history.to, 90_000, rpcOnlyUrl)
  await stack.stopProcessor('relay')
}, 240_000)

afterAll(async () => {
  await stack?.stop()
  await gateway?.close()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('replay: the gateway path on replayed blocks', () => {
  it('took the gateway\'s blocks from the gateway, then switched to RPC', () => {
    expect(gateway.stats.errors).toEqual([])
    const served = [...gateway.stats.blocksServed].sort((a, b) => a - b)
    expect(served[0]).toBe(FROM)
    expect(served.at(-1)).toBe(GATEWAY_TO)
    expect(gateway.stats.queries.length).toBeGreaterThanOrEqual(Math.ceil((GATEWAY_TO - FROM + 1) / 7))
    const log = stack.processorLog()
    expect(log.indexOf('using archive data source')).toBeGreaterThanOrEqual(0)
    expect(log.indexOf('using chain RPC data source')).toBeGreaterThan(log.indexOf('using archive data source'))
  })

  it('writes exactly the rows an RPC-only run writes, and the figures the history holds', async () => {
    const [viaGateway, viaRpc] = await Promise.all([dumpTables(stack.db.url), dumpTables(rpcOnlyUrl)])
    expect(viaGateway.fee_payment.length).toBe(history.fees)
    expect(viaGateway.treasury_flow.filter((f) => f.kind === 'Deposit').length).toBe(history.deposits)
    expect(viaGateway.spend.filter((s) => s.status === 'Completed').length).toBe(history.spends)
    expect(viaGateway).toEqual(viaRpc)
  })

  it('the HTTP run polled the head with chain_getHead; nothing asked for was unknown to the server', () => {
    expect(server.stats.calls.get('chain_getHead')).toBeGreaterThan(0)
    expect(server.stats.unknown).toEqual(new Map())
  })
})
