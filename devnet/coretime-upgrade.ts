/**
 * A devnet run of the Coretime chain across its runtime upgrade, and on-demand orders on the relay, with real signed
 * extrinsics on the real Paseo runtimes under chopsticks:
 * - the Coretime chain starts on coretime-paseo 1009003 (CORETIME_BEFORE_UPGRADE); Sudo configures the broker and
 *   starts sales, Bob buys a core after the lead-in and assigns it to para 2001 for good (Renewable);
 * - Sudo upgrades it to 2000006 with system.setCode (ParachainSystem.ValidationFunctionStored, then
 *   System.CodeUpdated once chopsticks' mocked relay gives the go-ahead);
 * - on 2000006 the next sale opens (SaleInitialized), Bob renews his core and Charlie buys one;
 * - on the relay (paseo 1009003) para 2004 is made a parathread with dev_setStorage (Paras.ParaLifecycles: a para
 *   can only be registered on-demand by the registrar's deposit-and-onboard flow over sessions, which chopsticks
 *   does not run), its clock is moved past the Coretime chain's last block (dev_timeTravel), and Dave places two
 *   on-demand orders (placeOrderAllowDeath and placeOrderKeepAlive), which fall in the second sale's time.
 * Every event is read back from System.Events; the record is what an indexer must have found.
 */
import { ApiPromise, Keyring, WsProvider } from '@polkadot/api'
import type { SubmittableExtrinsic } from '@polkadot/api/types'
import type { KeyringPair } from '@polkadot/keyring/types'
import { cryptoWaitReady } from '@polkadot/util-crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { rpc } from './chains'
import { defaultSpecsDir, SPEC_FILES } from './specs'

export interface UpgradeEvent {
  name: string
  data: any
  extrinsicIndex: number | null
}

export interface UpgradeBlock {
  number: number
  hash: string
  specVersion: number
  events: UpgradeEvent[]
}

export interface CoretimeUpgradeRecord {
  coretime: { blocks: UpgradeBlock[]; firstBuiltBlock: number; upgradedAt: number; storedAt: number }
  relay: { blocks: UpgradeBlock[]; firstBuiltBlock: number; orders: { blockNumber: number; call: string; para: number; who: string; spotPrice: string }[]; onDemandPara: number }
  accounts: Record<'alice' | 'bob' | 'charlie' | 'dave', string>
}

interface Chain {
  api: ApiPromise
  http: string
  blocks: UpgradeBlock[]
  nonces: Map<string, number>
}

async function connect(ws: string): Promise<Chain> {
  const api = await ApiPromise.create({ provider: new WsProvider(ws, 2500, {}, 300_000), noInitWarn: true, throwOnConnect: true })
  return { api, http: ws.replace(/^ws/, 'http'), blocks: [], nonces: new Map() }
}

async function submit(c: Chain, who: KeyringPair, tx: SubmittableExtrinsic<'promise'>): Promise<string> {
  const known = c.nonces.get(who.address)
  const nonce = known ?? Number((await c.api.rpc.system.accountNextIndex(who.address)).toString())
  c.nonces.set(who.address, nonce + 1)
  return (await tx.signAndSend(who, { nonce, era: 0 })).toHex()
}

async function build(c: Chain, params: Record<string, unknown> = {}): Promise<UpgradeBlock> {
  const hash = await rpc<string>(c.http, 'dev_newBlock', [params])
  const header = await c.api.rpc.chain.getHeader(hash)
  // a fresh decoration at each block: after the upgrade the events are of the new runtime
  const at = await c.api.at(hash)
  const raw = (await at.query.system.events()) as any
  const version = await c.api.rpc.state.getRuntimeVersion(hash)
  const block: UpgradeBlock = {
    number: header.number.toNumber(),
    hash,
    specVersion: version.specVersion.toNumber(),
    events: raw.map((r: any) => ({ name: `${r.event.section[0].toUpperCase()}${r.event.section.slice(1)}.${r.event.method}`, data: fields(r.event.data), extrinsicIndex: r.phase.isApplyExtrinsic ? r.phase.asApplyExtrinsic.toNumber() : null })),
  }
  c.blocks.push(block)
  return block
}

/** an event's fields by name (camelCase, as @polkadot/api names them), integers above 2^53 as decimal strings */
function fields(data: any): Record<string, any> {
  const out: Record<string, any> = {}
  data.forEach((v: any, j: number) => (out[data.names?.[j] ?? String(j)] = JSON.parse(JSON.stringify(v.toJSON(), (_k, x) => (typeof x === 'number' && !Number.isSafeInteger(x) ? BigInt(v.toString()).toString() : x)))))
  return out
}

const names = (b: UpgradeBlock) => b.events.map((e) => e.name)
function expectEvent(b: UpgradeBlock, name: string, what: string): UpgradeEvent {
  const e = b.events.find((x) => x.name === name)
  if (!e) throw new Error(`${what}: no ${name} in block ${b.number} (events: ${names(b).join(', ')})`)
  return e
}

export async function runCoretimeUpgrade(endpoints: { relay: string; coretime: string }, log: (m: string) => void = () => {}): Promise<CoretimeUpgradeRecord> {
  await cryptoWaitReady()
  const keyring = new Keyring({ type: 'sr25519' })
  const [alice, bob, charlie, dave] = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((u) => keyring.addFromUri(u))
  const [ct, relay] = await Promise.all([connect(endpoints.coretime), connect(endpoints.relay)])
  try {
    const c = ct.api
    const unit = 10n ** 10n
    // funds for the buyers (dev accounts are funded on the Paseo local specs, but not all with enough)
    const fund = async (ch: Chain, accounts: KeyringPair[]) =>
      rpc(ch.http, 'dev_setStorage', [{ System: { Account: accounts.map((a) => [[a.address], { providers: 1, data: { free: (1_000_000n * unit).toString() } }]) } }])
    await fund(ct, [bob, charlie])
    const first = await build(ct)
    log(`coretime: block ${first.number} on spec ${first.specVersion}`)
    const relayNow = async () => Number((await c.query.parachainSystem.lastRelayChainBlockNumber()).toString())

    // --- before the upgrade (1009003): configure, start sales, purchase, assign ---
    const b = c.tx.broker
    const config = { advanceNotice: 2, interludeLength: 1, leadinLength: 20, regionLength: 3, idealBulkProportion: 1_000_000_000, limitCoresOffered: null, renewalBump: 30_000_000, contributionTimeout: 5 }
    await submit(ct, alice, c.tx.sudo.sudo(c.tx.utility.batchAll([b.configure(config), b.setLease(2000, 1000), b.startSales(100n * unit, 2)])))
    const start = await build(ct)
    const sale1 = expectEvent(start, 'Broker.SaleInitialized', 'coretime: start sales')
    log(`coretime: SaleInitialized on ${start.specVersion}: ${JSON.stringify(sale1.data)}`)
    const afterLeadin = Number(sale1.data.saleStart) + Number(sale1.data.leadinLength) + 2
    await submit(ct, bob, b.purchase(2n * BigInt(String(sale1.data.endPrice ?? sale1.data.regularPrice))))
    const bought = expectEvent(await build(ct, { relayParentNumber: afterLeadin }), 'Broker.Purchased', 'coretime: Bob buys').data.regionId
    await submit(ct, bob, b.assign({ begin: Number(bought.begin), core: Number(bought.core), mask: String(bought.mask) }, 2001, 'Final'))
    expectEvent(await build(ct), 'Broker.Renewable', 'coretime: Bob assigns')

    // --- the upgrade: sudo(system.setCode(2000006)) ---
    const wasm = JSON.parse(readFileSync(path.join(defaultSpecsDir(), SPEC_FILES.coretime.file), 'utf8')).genesis.raw.top['0x3a636f6465'] as string
    await submit(ct, alice, c.tx.sudo.sudoUncheckedWeight(c.tx.system.setCode(wasm), { refTime: 0, proofSize: 0 }))
    const stored = await build(ct)
    log(`coretime: setCode in block ${stored.number}: ${names(stored).join(', ')}`)
    let upgraded: UpgradeBlock | undefined
    for (let k = 0; k < 6 && !upgraded; k++) {
      const blk = await build(ct)
      if (blk.events.some((e) => e.name === 'System.CodeUpdated')) upgraded = blk
    }
    if (!upgraded) throw new Error(`coretime: no System.CodeUpdated within 6 blocks of the setCode block ${stored.number}`)
    await ct.api.disconnect()
    const ct2 = await connect(endpoints.coretime)
    ct2.blocks = ct.blocks
    const after = await build(ct2)
    log(`coretime: upgraded in block ${upgraded.number}; block ${after.number} on spec ${after.specVersion}`)
    if (after.specVersion !== SPEC_FILES.coretime.specVersion) throw new Error(`coretime: spec ${after.specVersion} after the upgrade`)

    // --- after the upgrade (2000006): the next sale, a renewal, a purchase ---
    const c2 = ct2.api
    const regionBegin = Number(sale1.data.regionBegin)
    let sale2: UpgradeEvent | undefined
    for (let k = 0; k < 12 && !sale2; k++) {
      const now = Number((await c2.query.parachainSystem.lastRelayChainBlockNumber()).toString())
      const parent = Math.max(now, regionBegin * 80 - 2) + 80
      sale2 = (await build(ct2, { relayParentNumber: parent })).events.find((e) => e.name === 'Broker.SaleInitialized')
    }
    if (!sale2) throw new Error('coretime: no second SaleInitialized after the upgrade')
    const now = Number((await c2.query.parachainSystem.lastRelayChainBlockNumber()).toString())
    await submit(ct2, bob, c2.tx.broker.renew(Number(bought.core)))
    expectEvent(await build(ct2, { relayParentNumber: now + 2 }), 'Broker.Renewed', 'coretime: Bob renews')
    await submit(ct2, charlie, c2.tx.broker.purchase(2n * BigInt(String(sale2.data.startPrice))))
    expectEvent(await build(ct2, { relayParentNumber: now + 4 }), 'Broker.Purchased', 'coretime: Charlie buys')
    const coretimeAt = Number((await c2.query.timestamp.now()).toString())
    await ct2.api.disconnect()
    void relayNow

    // --- the relay: para 2004 on-demand, two orders ---
    const r = relay.api
    const PARA = 2004
    await rpc(relay.http, 'dev_setStorage', [[[r.query.paras.paraLifecycles.key(PARA), r.createType('Option<PolkadotRuntimeParachainsParasParaLifecycle>', 'Parathread').toHex()]]])
    await fund(relay, [dave])
    // a sale's revenue takes the orders placed while it ran, by time: each chain's clock runs from its own blocks,
    // so the relay's is moved past the Coretime chain's last block, into the second sale
    await rpc(relay.http, 'dev_timeTravel', [coretimeAt + 60_000])
    const r0 = await build(relay)
    const orders: CoretimeUpgradeRecord['relay']['orders'] = []
    const od = r.tx.onDemand ?? (r.tx as any).onDemandAssignmentProvider
    for (const [call, tx] of [
      ['placeOrderAllowDeath', od.placeOrderAllowDeath(1_000n * unit, PARA)],
      ['placeOrderKeepAlive', od.placeOrderKeepAlive(1_000n * unit, PARA)],
    ] as const) {
      await submit(relay, dave, tx)
      const blk = await build(relay)
      const e = expectEvent(blk, 'OnDemand.OnDemandOrderPlaced', `relay: Dave's ${call}`)
      orders.push({ blockNumber: blk.number, call, para: Number(e.data.paraId), who: String(e.data.orderedBy), spotPrice: BigInt(e.data.spotPrice).toString() })
    }
    return {
      coretime: { blocks: ct.blocks, firstBuiltBlock: first.number, upgradedAt: upgraded.number, storedAt: stored.number },
      relay: { blocks: relay.blocks, firstBuiltBlock: r0.number, orders, onDemandPara: PARA },
      accounts: { alice: alice.address, bob: bob.address, charlie: charlie.address, dave: dave.address },
    }
  } finally {
    await Promise.allSettled([ct.api.disconnect(), relay.api.disconnect()])
  }
}
