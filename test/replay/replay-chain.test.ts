/**
 * The replay chain itself, without a processor: its encoders against @polkadot/types (an independent SCALE
 * implementation), the README's example file, what the server answers over HTTP and websocket, errors, storage at
 * old blocks, runtime versions around an upgrade, and three chains on one relay-block timeline parsed by
 * @subsquid/substrate-data (the processor's own RPC parser).
 */
import fs from 'node:fs'
import path from 'node:path'
import { RpcClient } from '@subsquid/rpc-client'
import WebSocket from 'ws'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain, SYSTEM_EVENTS_KEY, completeEvents } from '../../devnet/replay/chain'
import { ReplayFormatError } from '../../devnet/replay/format'
import { ReplayWriter } from '../../devnet/replay/generator'
import { defaultMetadataDir, loadSpecRuntime, type EventJson } from '../../devnet/replay/runtime'
import { SERVED_METHODS, startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { ReplayTimeline } from '../../devnet/replay/timeline'
import { archiveBlocksFromRpc } from '../support/gateway-server'
import { encodeSystemEvents as encodeWithPolkadotTypes, testRuntime } from '../support/chain'
import { POLKADOT_2000006, POLKADOT_2000007, ROOT, TREASURY, workDir } from './harness'

const ALICE = '0x' + 'a1'.repeat(32)
const BOB = '0x' + 'b0'.repeat(32)
const rt6 = () => loadSpecRuntime(path.join(defaultMetadataDir(), POLKADOT_2000006))
/** System.Account's value type as the metadata declares it (the registry's own "AccountInfo" is an older shape) */
function accountInfo(value: unknown) {
  const rt = rt6()
  const entry = rt.metadata.asV14.pallets.find((p) => p.name.toString() === 'System')!.storage.unwrap().items.find((i) => i.name.toString() === 'Account')!
  return rt.registry.createType(rt.registry.createLookupType(entry.type.asMap.value), value) as any
}

async function rpc(url: string, method: string, params: unknown[] = []): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) })
  return res.json()
}

describe('replay encoders equal @polkadot/types', () => {
  it('System.Events: phases, plain and nested fields, the completed ExtrinsicSuccess', () => {
    const rt = rt6()
    const events: EventJson[] = completeEvents(
      [
        { name: 'Treasury.Deposit', args: { value: '12340000000000' } },
        { name: 'Balances.Withdraw', args: { who: ALICE, amount: 160_000_000 }, extrinsic: 1 },
        { name: 'Treasury.AssetSpendApproved', args: { index: 9, assetKind: { V4: { location: { parents: 0, interior: { X1: [{ Parachain: 1000 }] } }, assetId: { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: 1984 }] } } } }, amount: '25000000000', beneficiary: { V4: { parents: 0, interior: { X1: [{ AccountId32: { network: null, id: BOB } }] } } }, validFrom: 5, expireAt: 99 }, extrinsic: 1 },
        { name: 'Treasury.Rollover', args: { rolloverBalance: 7 }, phase: 'Finalization' },
      ],
      2,
      'test',
    )
    expect(events.map((e) => e.name)).toEqual(['Treasury.Deposit', 'System.ExtrinsicSuccess', 'Balances.Withdraw', 'Treasury.AssetSpendApproved', 'System.ExtrinsicSuccess', 'Treasury.Rollover'])
    const ours = rt.encodeSystemEvents(events)
    const theirs = testRuntime({ specName: 'polkadot', specVersion: 2000006, implName: 'parity-polkadot', implVersion: 0, metadata: rt.metadataHex })
    const viaRegistry = theirs.registry.createType('Vec<EventRecord>', events.map((e) => ({
      phase: e.extrinsic !== undefined ? { ApplyExtrinsic: e.extrinsic } : { [e.phase ?? 'Initialization']: null },
      event: theirs.registry.createType('RuntimeEvent', rt.encodeEvent(e.name, e.args)),
      topics: [],
    })))
    // the record framing (phase, topics) as the registry's EventRecord
    expect(ours).toBe(viaRegistry.toHex())
    // the fields, each through the registry's own type, as the other tests' helper encodes them
    const applied = events.filter((e) => e.phase !== 'Finalization')
    expect(rt.encodeSystemEvents(applied)).toBe(encodeWithPolkadotTypes(theirs, applied.map((e) => ({ name: e.name, args: e.args, extrinsic: e.extrinsic }))))
  })

  it('a signed extrinsic: the same bytes as signFake, for any nonce and tip', () => {
    const rt = rt6()
    const args = { dest: { Id: BOB }, value: '10000000000' }
    for (const [nonce, tip] of [[0, 0n], [5, 7n], [300, 10n ** 12n]] as const) {
      const ex = rt.registry.createType('Extrinsic', rt.registry.createType('Call', { callIndex: rt.encodeCall('Balances.transfer_keep_alive', args).subarray(0, 2), args }))
      ex.signFake(ALICE, { nonce, tip, blockHash: '0x' + '00'.repeat(32), genesisHash: '0x' + '00'.repeat(32), runtimeVersion: { specVersion: 2000006, transactionVersion: rt.version.transactionVersion } as any, signedExtensions: rt.registry.signedExtensions } as any)
      expect(rt.encodeExtrinsic({ call: 'Balances.transfer_keep_alive', args, signer: ALICE, nonce, tip })).toBe(ex.toHex())
    }
  })

  it('System.Account: key and AccountInfo value', () => {
    const rt = rt6()
    const info = { nonce: 1, consumers: 2, providers: 1, sufficients: 0, data: { free: '500012452000000', reserved: 3, frozen: 4, flags: (1n << 127n).toString() } }
    expect(rt.storageValue('System.Account', info)).toBe(accountInfo(info).toHex())
    // twox128("System") ++ twox128("Account") ++ blake2_128(account) ++ account
    const key = rt.storageKey('System.Account', [TREASURY])
    expect(key.startsWith('0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9')).toBe(true)
    expect(key.endsWith(TREASURY.slice(2))).toBe(true)
    expect(key.length).toBe(2 + 64 + 32 + 64)
  })

  it('block hashes: blake2-256 of the SCALE header, as @polkadot/types computes it', () => {
    const chain = ReplayChain.fromText(readmeExample(), 'README')
    for (const b of chain.branchBlocks('main')) {
      expect(rt6().registry.createType('Header', { ...b.header, number: b.number }).hash.toHex()).toBe(b.hash)
    }
  })
})

function readmeExample(): string {
  const md = fs.readFileSync(path.join(ROOT, 'devnet', 'README.md'), 'utf8')
  const m = /<!-- replay-example -->\n```jsonl\n([\s\S]*?)```/.exec(md)
  if (!m) throw new Error('devnet/README.md has no replay example')
  return m[1]
}

describe('replay server: the README example over HTTP and websocket', () => {
  let chain: ReplayChain
  let server: ReplayServer
  beforeAll(async () => {
    chain = ReplayChain.fromText(readmeExample(), 'README')
    server = await startReplayServer(chain)
  })
  afterAll(() => server?.close())

  it('the example has 10 lines and serves heights 28489998..28490006 on main, with a losing branch b', async () => {
    expect(readmeExample().trim().split('\n').length).toBe(10)
    expect(chain.heights).toEqual({ first: 28_489_998, last: 28_490_006 })
    const url = server.httpUrl()
    expect((await rpc(url, 'chain_getHeader')).result.number).toBe('0x' + (28_490_006).toString(16))
    expect((await rpc(url, 'chain_getFinalizedHead')).result).toBe(chain.blockAt(28_490_005)!.hash)
    const bTip = chain.branchBlocks('b').at(-1)!
    // b's blocks stay readable by hash (a node keeps forks until it prunes them), but are not on the best chain
    expect((await rpc(url, 'chain_getHeader', [bTip.hash])).result.number).toBe('0x' + (28_490_007).toString(16))
    expect((await rpc(url, 'chain_getBlockHash', [28_490_007])).result).toBeNull()
  })

  it('parent hashes chain up to the head; each hash is the hash of its header', async () => {
    const url = server.httpUrl()
    let hash: string = (await rpc(url, 'chain_getBlockHash', [])).result
    for (let n = 28_490_006; n >= 28_489_998; n--) {
      const header = (await rpc(url, 'chain_getHeader', [hash])).result
      expect(Number.parseInt(header.number, 16)).toBe(n)
      expect((await rpc(url, 'chain_getBlockHash', [n])).result).toBe(hash)
      hash = header.parentHash
    }
  })

  it('events and the fee extrinsic decode with the real metadata, through the processor parser', async () => {
    const [deposit, fee] = await archiveBlocksFromRpc(server.wsUrl(), 28_490_000, 28_490_001)
    expect(deposit.events.map((e) => [e.name, e.args])).toEqual([
      ['Treasury.Deposit', { value: '12340000000000' }],
      ['System.ExtrinsicSuccess', expect.anything()],
    ])
    expect(fee.extrinsics[1]).toMatchObject({ index: 1, tip: '10000000', success: true })
    expect(fee.calls[1]).toMatchObject({ name: 'Balances.transfer_keep_alive', args: { value: '10000000000' } })
    expect(fee.events.filter((e) => e.extrinsicIndex === 1).map((e) => e.name)).toEqual([
      'Balances.Withdraw', 'Balances.Transfer', 'Balances.Deposit', 'Balances.Deposit', 'TransactionPayment.TransactionFeePaid', 'System.ExtrinsicSuccess',
    ])
    expect(deposit.header.timestamp).toBe(1762156800000)
  })

  it('storage at old blocks: the value a block wrote, until a later one changes it', async () => {
    const url = server.httpUrl()
    const key = rt6().storageKey('System.Account', [TREASURY])
    const at = (n: number) => chain.blockAt(n)!.hash
    expect((await rpc(url, 'state_getStorageAt', [key, at(28_490_001)])).result).toBeNull()
    const value = (await rpc(url, 'state_getStorageAt', [key, at(28_490_002)])).result
    expect(accountInfo(value).data.free.toBigInt()).toBe(500_012_452_000_000n)
    expect((await rpc(url, 'state_getStorage', [key, at(28_490_006)])).result).toBe(value)
    expect((await rpc(url, 'state_queryStorageAt', [[key, SYSTEM_EVENTS_KEY], at(28_490_000)])).result).toEqual([
      { block: at(28_490_000), changes: [[key, null], [SYSTEM_EVENTS_KEY, chain.blockAt(28_490_000)!.eventsHex]] },
    ])
    expect((await rpc(url, 'state_getKeysPaged', ['0x26aa394eea5630e07c48ae0c9558cef7', 10, null, at(28_490_006)])).result).toEqual([key, SYSTEM_EVENTS_KEY].sort())
  })

  it('runtime version per block: the state after an upgrade block holds the new code', async () => {
    const url = server.httpUrl()
    const version = async (n: number) => (await rpc(url, 'state_getRuntimeVersion', [chain.blockAt(n)!.hash])).result.specVersion
    // 28490004 is the first block executed by 2000007, so the state of 28490003 already holds it
    expect([await version(28_490_002), await version(28_490_003), await version(28_490_004), await version(28_490_006)]).toEqual([2000006, 2000007, 2000007, 2000007])
    const meta = (await rpc(url, 'state_getMetadata', [chain.blockAt(28_490_002)!.hash])).result
    expect(meta).toBe(rt6().metadataHex)
  })

  it('errors: unknown method, unknown block, bad parameters, subscriptions over HTTP', async () => {
    const url = server.httpUrl()
    expect((await rpc(url, 'author_submitExtrinsic', ['0x00'])).error).toEqual({ code: -32601, message: 'Method not found: author_submitExtrinsic is not served by the replay chain relay' })
    const unknown = '0x' + '12'.repeat(32)
    expect((await rpc(url, 'state_getRuntimeVersion', [unknown])).error.message).toContain(`block ${unknown} not found`)
    expect((await rpc(url, 'chain_getHeader', [unknown])).result).toBeNull()
    expect((await rpc(url, 'chain_getBlock', [unknown])).result).toBeNull()
    expect((await rpc(url, 'chain_getBlockHash', ['x'])).error.code).toBe(-32602)
    expect((await rpc(url, 'chain_subscribeNewHeads')).error.message).toContain('needs a websocket')
    expect(server.stats.unknown.get('author_submitExtrinsic')).toBe(1)
    const batch = await (await fetch(url, { method: 'POST', body: JSON.stringify([{ jsonrpc: '2.0', id: 1, method: 'system_chain' }, { jsonrpc: '2.0', id: 2, method: 'system_properties' }]) })).json()
    expect(batch).toEqual([
      { jsonrpc: '2.0', id: 1, result: 'relay' },
      { jsonrpc: '2.0', id: 2, result: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' } },
    ])
    expect((await rpc(url, 'rpc_methods')).result.methods).toEqual(SERVED_METHODS)
  })

  it('websocket on the same port: new heads and finalized heads follow reveal, setBest and finalize', async () => {
    const ws = new WebSocket(server.wsUrl())
    const got: [string, number][] = []
    await new Promise((r) => ws.once('open', r))
    ws.on('message', (d) => {
      const m = JSON.parse(d.toString())
      if (m.method) got.push([m.method, Number.parseInt(m.params.result.number, 16)])
    })
    ws.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'chain_subscribeNewHeads', params: [] }))
    ws.send(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'chain_subscribeFinalizedHeads', params: [] }))
    await new Promise((r) => setTimeout(r, 100))
    chain.setBest('b')
    chain.finalize(28_490_007)
    await new Promise((r) => setTimeout(r, 100))
    ws.close()
    expect(got).toEqual([
      ['chain_newHead', 28_490_006],
      ['chain_finalizedHead', 28_490_005],
      ['chain_newHead', 28_490_007],
      ['chain_finalizedHead', 28_490_007],
    ])
    expect(() => chain.setBest('main')).toThrow('does not contain the finalized block 28490007')
  })
})

describe('replay chain built as it goes', () => {
  it('what is shown first is final; blocks shown later are finalized two behind the head, announced first', () => {
    const chain = ReplayChain.fromText(readmeExample(), 'README')
    const seen: string[] = []
    chain.onChange((what) => seen.push(`${what} ${what === 'best' ? chain.best.number : chain.finalized.number}`))
    chain.reveal(28_490_002)
    expect([chain.best.number, chain.finalized.number]).toEqual([28_490_002, 28_490_002])
    chain.reveal(28_490_003)
    expect([chain.best.number, chain.finalized.number]).toEqual([28_490_003, 28_490_002])
    chain.reveal(28_490_006)
    expect([chain.best.number, chain.finalized.number]).toEqual([28_490_006, 28_490_004])
    expect(seen).toEqual(['best 28490003', 'best 28490006', 'finalized 28490004'])
    expect(() => chain.finalize(28_490_003)).toThrow('is not a descendant of the finalized block 28490004')
  })
})

describe('replay file errors name the file and line', () => {
  const header = JSON.stringify({ replay: 1, chain: 'relay', specs: { 'polkadot/2000006': POLKADOT_2000006 } })
  it.each([
    ['f.jsonl:2: spec "polkadot/1" is not in header.specs (polkadot/2000006)', `${header}\n{"number":5,"spec":"polkadot/1"}`],
    ['f.jsonl:2: polkadot/2000006: Treasury.Deposit has fields value; got amount', `${header}\n{"number":5,"events":[{"name":"Treasury.Deposit","args":{"amount":"1"}}]}`],
    ['f.jsonl:2: polkadot/2000006 has no event Treasury.Nope', `${header}\n{"number":5,"events":[{"name":"Treasury.Nope","args":{}}]}`],
    ['f.jsonl:3: branch "main" has no block 6 to build on', `${header}\n{"number":5}\n{"number":7}`],
    ['f.jsonl:3: branch "x" forks off block 5 of "y", which does not exist', `${header}\n{"number":5}\n{"number":6,"branch":"x","parent":"y"}`],
    ['f.jsonl:2: event Treasury.Deposit names extrinsic 3, but the block has 1', `${header}\n{"number":5,"timestamp":1,"events":[{"name":"Treasury.Deposit","args":{"value":"1"},"extrinsic":3}]}`],
    ['f.jsonl:1: the first line must be the header', `{"number":5}`],
    ['f.jsonl:2: not JSON', `${header}\nnot json`],
  ])('%s', (message, text) => {
    expect(() => ReplayChain.fromText(text, 'f.jsonl')).toThrow(message)
  })

  it('a metadata file of another spec than its key', () => {
    const h = JSON.stringify({ replay: 1, chain: 'relay', specs: { 'polkadot/2000006': POLKADOT_2000007 } })
    expect(() => ReplayChain.fromText(`${h}\n{"number":1}`, 'f.jsonl')).toThrow(`header.specs["polkadot/2000006"]: ${POLKADOT_2000007} holds the metadata of polkadot/2000007`)
    expect(ReplayFormatError.name).toBe('ReplayFormatError')
  })
})

describe('replay timeline: relay, Asset Hub and Coretime on one relay-block timeline', () => {
  let dir: string
  let server: ReplayServer
  let timeline: ReplayTimeline
  const R0 = 28_490_000

  beforeAll(async () => {
    dir = workDir('timeline')
    const write = (chain: string, spec: string, file: string, from: number, relayOf: (i: number) => number, blocks: number, event: (i: number) => EventJson) => {
      const w = new ReplayWriter(path.join(dir, `${chain}.jsonl`), { chain, specs: { [spec]: file } })
      for (let i = 0; i < blocks; i++) w.block({ number: from + i, timestamp: Date.UTC(2025, 10, 4) + relayOf(i) * 6000, relayBlock: R0 + relayOf(i) }, (b) => b.events.push(event(i)))
      w.close()
      return ReplayChain.fromFileSync(path.join(dir, `${chain}.jsonl`))
    }
    // parachain blocks every second relay block (6 s blocks on a 12 s cadence, as before async backing)
    const relay = write('relay', 'polkadot/2000006', POLKADOT_2000006, R0, (i) => i, 10, (i) => ({ name: 'Treasury.Deposit', args: { value: i + 1 } }))
    const hub = write('asset-hub', 'statemint/2000006', 'asset-hub-polkadot/statemint-2000006.snowbridge-34af5e3f.v14.scale', 10_300_000, (i) => 2 * i, 5, (i) => ({ name: 'Treasury.Deposit', args: { value: 100 + i } }))
    const coretime = write('coretime', 'coretime-polkadot/2000000', 'coretime-polkadot/coretime-polkadot-2000000.opengov-cli-f5749517.v14.scale', 2_900_000, (i) => 2 * i + 1, 4, (i) => ({ name: 'Balances.Deposit', args: { who: ALICE, amount: 7 + i } }))
    timeline = new ReplayTimeline([relay, hub, coretime])
    timeline.advanceTo(R0 + 4)
    server = await startReplayServer([relay, hub, coretime])
  })
  afterAll(async () => {
    await server?.close()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('each chain at its own path shows the blocks placed up to the timeline\'s relay block', async () => {
    const heads = async () => Promise.all(['relay', 'asset-hub', 'coretime'].map(async (c) => Number.parseInt((await rpc(server.httpUrl(c), 'chain_getHeader')).result.number, 16)))
    expect(await heads()).toEqual([R0 + 4, 10_300_002, 2_900_001])
    timeline.advanceTo(R0 + 7)
    expect(await heads()).toEqual([R0 + 7, 10_300_003, 2_900_003])
    expect((await rpc(server.httpUrl('coretime'), 'system_chain')).result).toBe('coretime')
    expect((await rpc(server.httpUrl('nope'), 'system_chain')).error.message).toContain('no replay chain at /nope')
  })

  it('each chain decodes with its own runtime: Asset Hub statemint 2000006, Coretime 2000000', async () => {
    const [hub] = await archiveBlocksFromRpc(server.wsUrl('asset-hub'), 10_300_001, 10_300_001)
    expect(hub.header).toMatchObject({ specName: 'statemint', specVersion: 2000006, timestamp: Date.UTC(2025, 10, 4) + 2 * 6000 })
    expect(hub.events[0]).toMatchObject({ name: 'Treasury.Deposit', args: { value: '101' } })
    const client = new RpcClient({ url: server.wsUrl('coretime') })
    try {
      const v = await client.call('state_getRuntimeVersion', [])
      expect(v).toMatchObject({ specName: 'coretime-polkadot', specVersion: 2000000 })
    } finally {
      client.close()
    }
  })
})
