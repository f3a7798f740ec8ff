/**
 * Replay: the unknown-shape rule. The relay upgrades from the real Polkadot 2000006 runtime to a future runtime
 * "polkadot 2999999" whose Treasury.Deposit names its field `amount` instead of `value`: a shape no decoder knows.
 * (It is the real 2000007 metadata with that one field and the version changed. A real runtime cannot serve here:
 * the decoders are generated from all of them. A change of integer width alone would not do either: Subsquid's
 * decoders match shapes, and u64 and u128 are both bigint to them.) The processor must stop at that event, naming the
 * chain, the block and the event id, and lose nothing it had stored; restarted, it stops at the same place.
 * It halts rather than exits (squid/src/health.ts: an exit would be restarted into a loop), and the health check
 * command docker-compose runs (`node squid/lib/health.js`) reports it unhealthy with the chain, block and event.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { Metadata, TypeRegistry } from '@polkadot/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter } from '../../devnet/replay/generator'
import { defaultMetadataDir } from '../../devnet/replay/runtime'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { waitFor } from '../../scripts/stack'
import { POLKADOT_2000006, POLKADOT_2000007, TREASURY, dumpTables, replayEnv, startReplayStack, waitForHeight, workDir, type ReplayStack } from './harness'

const FROM = 28_490_200
const GOOD_LAST = FROM + 4
const UPGRADE_AT = FROM + 5
const BAD_BLOCK = FROM + 6
const LAST = FROM + 7
const FUTURE_SPEC = 2_999_999
const T0 = Date.UTC(2025, 10, 5, 12, 0, 0)
const ALICE = '0x' + 'a1'.repeat(32)
const AUTHOR = '0x' + 'c3'.repeat(32)
const DOT = 10n ** 10n

/** The 2000007 metadata with Treasury.Deposit{amount} for {value} and spec version FUTURE_SPEC, as a v14 file. */
function writeFutureMetadata(file: string): void {
  const registry = new TypeRegistry()
  const real = new Metadata(registry, ('0x' + fs.readFileSync(path.join(defaultMetadataDir(), POLKADOT_2000007)).toString('hex')) as `0x${string}`)
  registry.setMetadata(real)
  const json: any = real.toJSON()
  const v14 = json.metadata.v14
  const treasury = v14.pallets.find((p: any) => p.name === 'Treasury')
  const deposit = v14.lookup.types.find((t: any) => t.id === treasury.events.type).type.def.variant.variants.find((v: any) => v.name === 'Deposit')
  deposit.fields[0].name = 'amount'
  const version = v14.pallets.find((p: any) => p.name === 'System').constants.find((c: any) => c.name === 'Version')
  const versionType = registry.createLookupType(version.type)
  version.value = registry.createType(versionType, { ...(registry.createType(versionType, version.value).toJSON() as object), specVersion: FUTURE_SPEC }).toHex()
  fs.writeFileSync(file, Buffer.from(new Metadata(new TypeRegistry(), json).toU8a()))
}

let dir: string
let chain: ReplayChain
let server: ReplayServer
let stack: ReplayStack
let beforeBad: Record<string, any[]>
let log: string

const HALTED = `unknown shape of Treasury.Deposit on relay at block ${BAD_BLOCK}`

/** The compiled health command, as the compose health check runs it, on this stack's status file. */
function healthCheck(): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'squid', 'lib', 'health.js'), 'relay'], {
    env: { ...process.env, PROCESSOR_STATUS_FILE: path.join(dir, 'processor-relay.status.json') },
    encoding: 'utf8',
  })
  return { code: r.status, out: r.stdout.trim() }
}

const haltsOf = () => stack.processorLog().split(HALTED).length - 1

beforeAll(async () => {
  dir = workDir('unknown-shape')
  const future = path.join(dir, `polkadot-${FUTURE_SPEC}.future.v14.scale`)
  writeFutureMetadata(future)
  const file = path.join(dir, 'relay.jsonl')
  const w = new ReplayWriter(file, {
    chain: 'relay',
    specs: { 'polkadot/2000006': POLKADOT_2000006, [`polkadot/${FUTURE_SPEC}`]: future },
    properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' },
  })
  w.balance(TREASURY, 1_000n * DOT).balance(ALICE, 1_000n * DOT)
  for (let n = FROM; n <= LAST; n++) {
    w.block({ number: n, timestamp: T0 + (n - FROM) * 6000, spec: n >= UPGRADE_AT ? `polkadot/${FUTURE_SPEC}` : 'polkadot/2000006' }, (b) => {
      if (n <= GOOD_LAST) {
        b.event('Treasury.Deposit', { value: BigInt(n - FROM + 1) * DOT }).credit(TREASURY, BigInt(n - FROM + 1) * DOT)
        const x = b.signed({ signer: ALICE, call: 'System.remark', args: { remark: '0x01' }, nonce: n - FROM })
        b.fee(x, { payer: ALICE, fee: 100_000_000n, author: AUTHOR, treasury: TREASURY })
      }
      // encoded with the future runtime's own metadata
      if (n === BAD_BLOCK) b.event('Balances.Issued', { amount: DOT }).event('Treasury.Deposit', { amount: 5n * DOT })
    })
  }
  w.close()
  chain = await ReplayChain.fromFile(file)
  // first only the blocks every decoder knows
  chain.reveal(GOOD_LAST)
  server = await startReplayServer(chain)
  stack = await startReplayStack(dir, 'relay', replayEnv('relay', server.wsUrl(), FROM))
  await waitForHeight(stack, 'relay', GOOD_LAST)
  beforeBad = await dumpTables(stack.db.url)

  expect(healthCheck().code).toBe(0)
  chain.reveal(Infinity)
  await waitFor('the processor to halt', async () => (/halted: unknown shape/.test(stack.processorLog()) ? true : undefined), 90_000, 200)
  log = stack.processorLog()
}, 240_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('replay: an event shape no decoder knows halts the processor', () => {
  it('halts with an error naming the chain, the block, the event id and the runtime; the health check says so', () => {
    expect(stack.processors.get('relay')!.exitCode, 'halted, not exited into a restart loop').toBeNull()
    const bad = chain.blockAt(BAD_BLOCK)!
    // Subsquid's event id: zero-padded height, 5 hex digits of the block hash, the event's index (Issued is 0)
    const eventId = `${String(BAD_BLOCK).padStart(10, '0')}-${bad.hash.slice(2, 7)}-000001`
    expect(log).toContain(`${HALTED} (event ${eventId}, spec version ${FUTURE_SPEC})`)
    const health = healthCheck()
    expect(health.code).toBe(1)
    expect(health.out).toContain(`: ${HALTED} (event ${eventId}`)
    // the last commit before the halt: a good block (the upgrade block FROM + 5 carries no event)
    const after = Number(/^processor relay HALTED after block (\d+):/.exec(health.out)?.[1])
    expect(after).toBeGreaterThanOrEqual(GOOD_LAST)
    expect(after).toBeLessThan(BAD_BLOCK)
  })

  it('loses nothing already stored, and stops at the same event when restarted', async () => {
    const afterStop = await dumpTables(stack.db.url)
    expect(afterStop).toEqual(beforeBad)
    expect(afterStop.fee_payment.length).toBe(GOOD_LAST - FROM + 1)
    expect(afterStop.treasury_flow.filter((f) => f.kind === 'Deposit').length).toBe(GOOD_LAST - FROM + 1)

    const halted = stack.processors.get('relay')!
    halted.kill('SIGTERM')
    await waitFor('the halted processor to stop', async () => halted.exitCode ?? halted.signalCode ?? undefined, 30_000, 100)
    const before = haltsOf()
    const again = stack.startProcessor('relay')
    await waitFor('the restarted processor to halt again', async () => (haltsOf() > before ? true : undefined), 90_000, 200)
    expect(again.exitCode).toBeNull()
    expect(healthCheck()).toMatchObject({ code: 1, out: expect.stringContaining(HALTED) })
    // Restarted, it may index the good block before the bad one (final by now); every fact stays as it was.
    // positions (chain_sync, module_range) may have moved to the good upgrade block; facts stay as they were
    const { chain_sync: sync, module_range: ranges, treasury_day: days, ...facts } = await dumpTables(stack.db.url)
    const { chain_sync: _s, module_range: _r, treasury_day: _d, ...factsBefore } = beforeBad
    expect(facts).toEqual(factsBefore)
    expect(sync[0].indexed_height).toBeGreaterThanOrEqual(GOOD_LAST)
    expect(sync[0].indexed_height).toBeLessThan(BAD_BLOCK)
    for (const r of ranges) expect(r.to_block).toBe(sync[0].indexed_height)
    expect(days.map((d) => d.closing_balance)).toEqual(beforeBad.treasury_day.map((d) => d.closing_balance))
  })
})
