/**
 * The processor's SQD gateway path, against a local server of the same protocol (test/support/gateway-server.ts),
 * since the real gateway cannot be reached here.
 *
 * A real relay chain (Paseo runtime under chopsticks, ports 9961-9963) gets signed transfers with and without a
 * tip. The gateway holds blocks 0..G (taken from that chain by @subsquid/substrate-data's parser); the blocks after
 * G exist on RPC only, so the processor must switch from the gateway to RPC. The same processor build also runs
 * on RPC alone into a second database. Assertions: the fee rows equal the chain's own events (read with
 * @polkadot/api), every table equals the RPC-only run's, and blocks 0..G came from the gateway, not from RPC.
 *
 * Runs the compiled processor (squid/lib; rebuilt first when squid/src is newer). Postgres: embedded, port 5661,
 * temporary data dir.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { ApiPromise, WsProvider } from '@polkadot/api'
import { Keyring } from '@polkadot/keyring'
import { cryptoWaitReady, encodeAddress } from '@polkadot/util-crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newBlocks, startLocalChains, type LocalChains } from '../../devnet/chains'
import { stopProcess } from '../../devnet/processes'
import { applyMigrations } from '../../db/migrate'
import { startDatabase, type DatabaseHandle } from '../../db/postgres'
import { archiveBlocksFromRpc, startGatewayServer, type GatewayServer } from '../support/gateway-server'
import { indexedHeight } from '../replay/harness'

const ROOT = path.resolve(__dirname, '..', '..')
const MAIN_JS = path.join(ROOT, 'squid', 'lib', 'main.js')
const CHAIN_PORTS = { relay: 9961, coretime: 9962, assetHub: 9963 }
const DB_PORT = 5661
const TREASURY = '0x' + Buffer.concat([Buffer.from('modlpy/trsry'), Buffer.alloc(20)]).toString('hex')
/** twox128("System") ++ twox128("Events"): the RPC path reads each block's events with this key */
const SYSTEM_EVENTS_KEY = '0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7'

interface Processor {
  child: ChildProcess
  lines: string[]
  exited: () => string | undefined
}

interface ExpectedFee {
  blockNumber: number
  eventIndex: number
  extrinsicIndex: number
  extrinsicHash: string
  payer: string
  fee: string
  tip: string
  toTreasury: string
  toAuthor: string
  burned: string
}

let workDir: string
let chains: LocalChains | undefined
let gateway: GatewayServer | undefined
let db: DatabaseHandle | undefined
const processors: Processor[] = []
let gatewayDbUrl: string
let rpcDbUrl: string
let gatewayHeight: number
let head: number
const hashes = new Map<number, string>()
let expectedFees: ExpectedFee[] = []
let gatewayRun: Processor

/** The processor runs compiled (squid/lib, with decorator metadata); rebuild it when a source is newer. */
function ensureBuilt(): void {
  const newest = (dir: string): number =>
    Math.max(0, ...fs.readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs)))
  if (fs.existsSync(MAIN_JS) && fs.statSync(MAIN_JS).mtimeMs >= newest(path.join(ROOT, 'squid', 'src'))) return
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'squid')], { stdio: 'inherit' })
}

function startProcessor(name: string, env: Record<string, string>): Processor {
  // Only our settings: a developer's RELAY_*, DB_* or SQD_* variables must not leak in.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(RELAY_|CORETIME_|ASSET_HUB_|DB_|PG|SQD_|NETWORK$)/.test(k)))
  const child = spawn(process.execPath, [MAIN_JS, 'relay'], {
    env: { ...base, NETWORK: 'devnet', FORCE_PRETTY_LOGGER: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  const log = fs.createWriteStream(path.join(workDir, `${name}.log`))
  let rest = ''
  const onData = (d: Buffer) => {
    const parts = (rest + d.toString()).split('\n')
    rest = parts.pop()!
    for (const line of parts) {
      // RPC debug output repeats every response (megabytes of metadata); the calls are what the test reads.
      if (line.includes('"msg":"rpc response"')) continue
      lines.push(line)
      log.write(line + '\n')
    }
  }
  child.stdout!.on('data', onData)
  child.stderr!.on('data', onData)
  let exitReason: string | undefined
  child.once('exit', (code, sig) => (exitReason = `exit code ${code}, signal ${sig}`))
  const p = { child, lines, exited: () => exitReason }
  processors.push(p)
  return p
}


async function query<T = any>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url })
  c.on('error', () => {})
  await c.connect()
  try {
    return (await c.query(sql, params)).rows
  } finally {
    await c.end()
  }
}

async function waitIndexed(url: string, p: Processor, height: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const why = p.exited()
    if (why) throw new Error(`processor exited (${why}):\n${p.lines.slice(-20).join('\n')}`)
    const at = await indexedHeight(url)
    if (at === height) return
    if (Date.now() > deadline) {
      throw new Error(`processor did not reach block ${height} within ${timeoutMs} ms (at ${at}):\n${p.lines.slice(-20).join('\n')}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** Fee rows as the chain's own events state them: TransactionFeePaid and the deposits of its extrinsic. */
async function feesFromChain(api: ApiPromise, from: number, to: number): Promise<ExpectedFee[]> {
  const out: ExpectedFee[] = []
  const ss58 = api.registry.chainSS58 ?? 42
  for (let n = from; n <= to; n++) {
    const hash = hashes.get(n)!
    const [block, events] = await Promise.all([api.rpc.chain.getBlock(hash), api.query.system.events.at(hash)])
    const list = events as unknown as any[]
    list.forEach((rec, index) => {
      const e = rec.event
      if (!(e.section === 'transactionPayment' && e.method === 'TransactionFeePaid')) return
      const x = rec.phase.asApplyExtrinsic.toNumber()
      const who = e.data.who.toHex()
      let treasuryDeposit = 0n
      let treasuryEvent = 0n
      let author = 0n
      // The fee handler's deposits come right before TransactionFeePaid in the same extrinsic.
      for (let i = index - 1; i >= 0; i--) {
        const d = list[i]
        if (!d.phase.isApplyExtrinsic || d.phase.asApplyExtrinsic.toNumber() !== x) break
        if (d.event.section === 'treasury' && d.event.method === 'Deposit') treasuryEvent += d.event.data.value.toBigInt()
        else if (d.event.section === 'balances' && d.event.method === 'Deposit') {
          const to = d.event.data.who.toHex()
          if (to === TREASURY) treasuryDeposit += d.event.data.amount.toBigInt()
          else if (to !== who) author += d.event.data.amount.toBigInt()
        } else break
      }
      const fee = e.data.actualFee.toBigInt()
      const toTreasury = treasuryEvent > treasuryDeposit ? treasuryEvent : treasuryDeposit
      out.push({
        blockNumber: n,
        eventIndex: index,
        extrinsicIndex: x,
        extrinsicHash: block.block.extrinsics[x].hash.toHex(),
        payer: encodeAddress(who, ss58),
        fee: fee.toString(),
        tip: e.data.tip.toBigInt().toString(),
        toTreasury: toTreasury.toString(),
        toAuthor: author.toString(),
        burned: (fee - toTreasury - author).toString(),
      })
    })
  }
  return out
}

/** Every table of the public schema, rows sorted, minus wall-clock columns. */
async function dumpTables(url: string): Promise<Record<string, any[]>> {
  const tables = await query<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`)
  const out: Record<string, any[]> = {}
  for (const { table_name } of tables) {
    const rows = await query(url, `SELECT * FROM "${table_name}" ORDER BY id`)
    out[table_name] = rows.map(({ updated_at, ...r }) => r)
  }
  return out
}

/** chain_getBlock / System.Events reads the gateway run made over RPC, by block hash. */
function rpcBlockReads(lines: string[]): { getBlock: Set<string>; events: Set<string> } {
  const getBlock = new Set<string>()
  const events = new Set<string>()
  for (const line of lines) {
    if (!line.includes('"rpc call"')) continue
    const rec = JSON.parse(line)
    if (rec.rpcMethod === 'chain_getBlock') getBlock.add(rec.rpcParams[0])
    if (rec.rpcMethod === 'state_getStorageAt' && rec.rpcParams[0] === SYSTEM_EVENTS_KEY) events.add(rec.rpcParams[1])
  }
  return { getBlock, events }
}

describe('indexing through an SQD gateway (local server of the gateway protocol)', () => {
  beforeAll(async () => {
    ensureBuilt()
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudhub-gateway-'))
    // As root, embedded Postgres runs as user `postgres`, which must be able to enter the folder.
    fs.chmodSync(workDir, 0o755)

    // 1. A real chain with fees: three transfers from Alice, two with a tip, in blocks of their own, then an empty block.
    chains = await startLocalChains({ ports: CHAIN_PORTS, chains: ['relay'], workDir: path.join(workDir, 'chains') })
    const relay = chains.chains.relay
    await cryptoWaitReady()
    const api = await ApiPromise.create({ provider: new WsProvider(relay.wsUrl), noInitWarn: true })
    try {
      const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice')
      const bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob')
      const txBlocks: number[] = []
      // immortal (era 0): chopsticks sometimes leaves the head at genesis, where a mortal era fails with badProof
      for (const [amount, tip] of [[10n ** 10n, 0n], [2n * 10n ** 10n, 10n ** 9n], [3n * 10n ** 10n, 5n * 10n ** 8n]]) {
        await api.tx.balances.transferKeepAlive(bob.address, amount).signAndSend(alice, { tip, nonce: -1, era: 0 })
        txBlocks.push(await newBlocks(relay, 1))
      }
      head = await newBlocks(relay, 1)
      for (let n = 0; n <= head; n++) hashes.set(n, (await api.rpc.chain.getBlockHash(n)).toHex())
      // The gateway holds everything up to the second transfer; the third one and the empty block are RPC-only.
      gatewayHeight = txBlocks[1]
      expectedFees = await feesFromChain(api, 0, head)
    } finally {
      await api.disconnect()
    }

    // 2. The gateway, with blocks parsed from the chain; small answers so that the client has to page.
    gateway = await startGatewayServer({ blocks: await archiveBlocksFromRpc(relay.wsUrl, 0, gatewayHeight), maxBlocksPerQuery: 2 })

    // 3. Postgres with two databases: one for the gateway run, one for the RPC-only run.
    db = await startDatabase({ dataDir: path.join(workDir, 'postgres'), port: DB_PORT, dbName: 'gateway_run', env: {}, log: () => {} })
    gatewayDbUrl = db.url
    await query(gatewayDbUrl, 'CREATE DATABASE rpc_run')
    const u = new URL(gatewayDbUrl)
    u.pathname = '/rpc_run'
    rpcDbUrl = u.toString()
    await applyMigrations(gatewayDbUrl)
    await applyMigrations(rpcDbUrl)

    // 4. The processors, side by side.
    gatewayRun = startProcessor('gateway-run', {
      DB_URL: gatewayDbUrl,
      RELAY_RPC_URL: relay.wsUrl,
      RELAY_GATEWAY_URL: gateway.url,
      SQD_DEBUG: 'sqd:processor:rpc',
    })
    const rpcRun = startProcessor('rpc-run', { DB_URL: rpcDbUrl, RELAY_RPC_URL: relay.wsUrl, RELAY_GATEWAY_URL: '' })
    await Promise.all([waitIndexed(gatewayDbUrl, gatewayRun, head, 120_000), waitIndexed(rpcDbUrl, rpcRun, head, 120_000)])
    await Promise.all(processors.map((p) => stopProcess(p.child, 'SIGTERM', 5000)))
  })

  afterAll(async () => {
    await Promise.all(processors.map((p) => stopProcess(p.child, 'SIGTERM', 5000)))
    await gateway?.close()
    await db?.stop()
    await chains?.stop()
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
  })

  it('the scenario left fee payments on both sides of the gateway height', () => {
    expect(expectedFees.length).toBe(3)
    expect(expectedFees.filter((f) => f.blockNumber <= gatewayHeight).length).toBe(2)
    expect(expectedFees.filter((f) => f.blockNumber > gatewayHeight).length).toBe(1)
    expect(expectedFees.some((f) => BigInt(f.tip) > 0n)).toBe(true)
    for (const f of expectedFees) {
      expect(BigInt(f.toTreasury), 'part of each fee goes to the treasury').toBeGreaterThan(0n)
      expect(BigInt(f.burned)).toBeGreaterThan(0n)
    }
  })

  it('indexes fee payments equal to the chain events', async () => {
    const rows = await query(
      gatewayDbUrl,
      `SELECT block_number, event_index, extrinsic_index, extrinsic_hash, payer, fee, tip, to_treasury, to_author, burned
         FROM fee_payment ORDER BY block_number, event_index`,
    )
    expect(
      rows.map((r) => ({
        blockNumber: r.block_number,
        eventIndex: r.event_index,
        extrinsicIndex: r.extrinsic_index,
        extrinsicHash: r.extrinsic_hash,
        payer: r.payer,
        fee: r.fee,
        tip: r.tip,
        toTreasury: r.to_treasury,
        toAuthor: r.to_author,
        burned: r.burned,
      })),
    ).toEqual(expectedFees)
  })

  it('writes exactly the rows an RPC-only run writes, in every table', async () => {
    const [viaGateway, viaRpc] = await Promise.all([dumpTables(gatewayDbUrl), dumpTables(rpcDbUrl)])
    expect(Object.keys(viaGateway)).toContain('fee_payment')
    expect(viaGateway.fee_payment.length).toBe(3)
    expect(viaGateway.treasury_flow.length).toBeGreaterThan(0)
    expect(viaGateway).toEqual(viaRpc)
    const [state] = await query(gatewayDbUrl, `SELECT height, hash FROM relay_processor.status`)
    expect(state).toEqual({ height: head, hash: hashes.get(head) })
  })

  it('took blocks 0..G from the gateway and only the newer blocks from RPC', () => {
    const s = gateway!.stats
    expect(s.errors).toEqual([])
    expect(s.heightRequests).toBeGreaterThan(0)
    // includeAllBlocks (devnet) and answers of at most 2 blocks: every block of the range, over several queries
    expect([...s.blocksServed].sort((a, b) => a - b)).toEqual(Array.from({ length: gatewayHeight + 1 }, (_, i) => i))
    expect(s.queries.length).toBeGreaterThanOrEqual(Math.ceil((gatewayHeight + 1) / 2))
    expect(s.workerRequests).toBe(s.queries.length)

    const { getBlock, events } = rpcBlockReads(gatewayRun.lines)
    for (let n = 0; n <= head; n++) {
      const hash = hashes.get(n)!
      if (n <= gatewayHeight) {
        expect(getBlock.has(hash), `block ${n} fetched over RPC`).toBe(false)
        expect(events.has(hash), `events of block ${n} read over RPC`).toBe(false)
      } else {
        expect(getBlock.has(hash), `block ${n} fetched over RPC`).toBe(true)
      }
    }
    const text = gatewayRun.lines.join('\n')
    const a = text.indexOf('using archive data source')
    const r = text.indexOf('using chain RPC data source')
    expect(a).toBeGreaterThanOrEqual(0)
    expect(r).toBeGreaterThan(a)
  })
})
