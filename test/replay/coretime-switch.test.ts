/**
 * Replay: bulk coretime sales on both sides of the broker's switch to relay-block sale times (pallet_broker
 * MigrateV3ToV4, Polkadot Coretime spec 1,005,001), through the real compiled processor, Postgres and the real API.
 *
 * No metadata of a Polkadot Coretime runtime before 1,005,001 exists offline (../shared/metadata holds 2,000,000
 * only; no release artefact or descriptor package of an older one was found). The blocks before the switch are
 * therefore encoded with the real 2,000,000 metadata whose System.Version constant alone is rewritten to spec
 * 1,004,000 (written into the test's folder, never into ../shared): the Broker events keep the field layout of the
 * versions that exist (`end_price`, as since the stable2409 rename), and what the processor gates on — the spec
 * version its blocks report — is that of a runtime before the switch. The chain then upgrades to the untouched
 * 2,000,000 metadata at block 6.
 *
 * Sale A opens on 1,004,000: sale start and lead-in count Coretime blocks (start block 3,000,002, lead-in 8 blocks,
 * end price 10 DOT, 1 ideal core of 3). A core is bought at a quarter of the lead-in (55 × 10 = 550 DOT,
 * CenterTargetPrice's factor at t = ¼) and core 0 is renewed for 30 DOT. After the upgrade, at Coretime block
 * 3,000,007 (5 of 8 lead-in blocks: factor 19 − 18 × 5/8 = 7.75), a second core is bought in A for 77.5 DOT. Sale B
 * opens on 2,000,000 in relay blocks (start R + 20, lead-in 100) at the end price the 2,000,000 rule gives A's
 * outcome (MinimumPrice(10 DOT) over CenterTargetPrice: sellout 550 DOT → 55 DOT); a core is bought at a quarter of
 * its lead-in (55 × 55 = 3,025 DOT) and core 0 is renewed again for 31 DOT. Each payment is deposited to py/ctbrn.
 */
import fs from 'node:fs'
import path from 'node:path'
import { Metadata, TypeRegistry } from '@polkadot/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter, type BlockBuilder } from '../../devnet/replay/generator'
import { defaultMetadataDir } from '../../devnet/replay/runtime'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { encodeAccount } from '../../squid/src/mappings/locations'
import { palletAccount } from '../../squid/src/mappings/palletAccounts'
import { gql } from '../support/api'
import { replayEnv, startReplayStack, waitForHeight, workDir, type ReplayStack } from './harness'

const CORETIME_2000000 = 'coretime-polkadot/coretime-polkadot-2000000.opengov-cli-f5749517.v14.scale'
const BEFORE_SWITCH = 1_004_000
const FROM = 3_000_000
const R0 = 29_000_000
const T0 = Date.UTC(2025, 3, 7, 0, 0, 0)
const DOT = 10n ** 10n
const at = (k: number) => FROM + k
const LAST = at(10)
const UPGRADE = at(6)

const acct = (b: string) => '0x' + b.repeat(32)
const [BUYER1, BUYER2, BUYER3, RENEWER] = ['a1', 'b2', 'e5', 'c3'].map(acct)
const BURN = palletAccount('py/ctbrn')
const ss58 = (a: string) => encodeAccount(a, 0)
const FULL = '0x' + 'ff'.repeat(10)

// sale A: times in Coretime blocks; sale B: in relay blocks
const A = { saleStart: at(2), leadin: 8, regionBegin: 362_500, regionEnd: 363_760, endPrice: 10n * DOT, ideal: 1, offered: 3 }
// the relay block each Coretime block saw: 2 a Coretime block (12 s), then B's lead-in
const RELAY = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((k) => R0 + 2 * k)
const B = { saleStart: RELAY[8] + 20, leadin: 100, regionBegin: 363_760, regionEnd: 365_020, ideal: 1, offered: 2 }
RELAY.push(B.saleStart + 25, B.saleStart + 60)
const ts = (k: number) => T0 + (RELAY[k] - R0) * 6_000
const PRICE = { a1: 550n * DOT, aRenewal: 30n * DOT, a2: 775n * DOT / 10n, bEnd: 55n * DOT, b1: 3_025n * DOT, bRenewal: 31n * DOT }

let dir: string
let server: ReplayServer
let stack: ReplayStack
const api = (q: string) => gql(stack.apiUrl, q)

/** The 2,000,000 metadata with only its System.Version's spec_version rewritten (see the file comment). */
function writeBeforeSwitchMetadata(target: string): void {
  const bytes = fs.readFileSync(path.join(defaultMetadataDir(), CORETIME_2000000))
  const registry = new TypeRegistry()
  const metadata = new Metadata(registry, bytes)
  const system = metadata.asLatest.pallets.find((p) => p.name.toString() === 'System')!
  const value = Buffer.from(system.constants.find((k) => k.name.toString() === 'Version')!.value.toU8a(true))
  const offset = bytes.indexOf(value)
  if (offset < 0 || bytes.indexOf(value, offset + 1) >= 0) throw new Error('System.Version is not once in the metadata')
  // RuntimeVersion: spec_name and impl_name (compact-length strings), authoring_version u32, then spec_version u32
  let o = 0
  for (let s = 0; s < 2; s++) {
    const len = value[o] >> 2 // both names are shorter than 64 bytes: a one-byte compact
    o += 1 + len
  }
  o += 4
  const patched = Buffer.from(bytes)
  if (patched.readUInt32LE(offset + o) !== 2_000_000) throw new Error(`spec_version at ${offset + o} is ${patched.readUInt32LE(offset + o)}`)
  patched.writeUInt32LE(BEFORE_SWITCH, offset + o)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.writeFileSync(target, patched)
}

beforeAll(async () => {
  dir = workDir('coretime-switch')
  const metaDir = path.join(dir, 'metadata')
  fs.mkdirSync(path.join(metaDir, 'coretime-polkadot'), { recursive: true })
  fs.copyFileSync(path.join(defaultMetadataDir(), CORETIME_2000000), path.join(metaDir, CORETIME_2000000))
  writeBeforeSwitchMetadata(path.join(metaDir, 'coretime-polkadot', `coretime-polkadot-${BEFORE_SWITCH}.derived-from-2000000.v14.scale`))
  const file = path.join(dir, 'coretime.jsonl')
  const w = new ReplayWriter(file, {
    chain: 'coretime',
    metadataDir: metaDir,
    specs: { [`coretime-polkadot/${BEFORE_SWITCH}`]: `coretime-polkadot/coretime-polkadot-${BEFORE_SWITCH}.derived-from-2000000.v14.scale`, 'coretime-polkadot/2000000': CORETIME_2000000 },
    properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' },
    eventsAs: 'json',
  })
  const block = (k: number, fill?: (b: BlockBuilder) => void) =>
    w.block({ number: at(k), timestamp: ts(k), spec: k >= 6 ? 'coretime-polkadot/2000000' : `coretime-polkadot/${BEFORE_SWITCH}` }, (b) => {
      b.write(b.spec.storageKey('ParachainSystem.LastRelayChainBlockNumber'), b.spec.storageValue('ParachainSystem.LastRelayChainBlockNumber', RELAY[k]))
      fill?.(b)
    })
  const paid = (b: BlockBuilder, who: string, call: string, args: Record<string, unknown>, price: bigint) => {
    const x = b.signed({ signer: who, call, args })
    b.event('Balances.Withdraw', { who, amount: price }, x)
    b.event('Balances.Deposit', { who: BURN, amount: price }, x)
    return x
  }
  const task = (t: number) => [{ mask: FULL, assignment: { Task: t } }]
  const sale = (b: BlockBuilder, s: { saleStart: number; leadin: number; regionBegin: number; regionEnd: number; ideal: number; offered: number }, endPrice: bigint) =>
    b.event('Broker.SaleInitialized', { saleStart: s.saleStart, leadinLength: s.leadin, startPrice: 100n * endPrice, endPrice, regionBegin: s.regionBegin, regionEnd: s.regionEnd, idealCoresSold: s.ideal, coresOffered: s.offered })
  const buy = (b: BlockBuilder, who: string, begin: number, core: number, price: bigint) => {
    const x = paid(b, who, 'Broker.purchase', { priceLimit: price }, price)
    b.event('Broker.Purchased', { who, regionId: { begin, core, mask: FULL }, price, duration: 1_260 }, x)
  }
  const renew = (b: BlockBuilder, begin: number, next: number, price: bigint, nextPrice: bigint) => {
    const x = paid(b, RENEWER, 'Broker.renew', { core: 0 }, price)
    b.event('Broker.Renewed', { who: RENEWER, price, oldCore: 0, core: 0, begin, duration: 1_260, workload: task(2000) }, x)
    b.event('Broker.Renewable', { core: 0, price: nextPrice, begin: next, workload: task(2000) }, x)
  }

  block(0)
  block(1, (b) => {
    b.event('Broker.Renewable', { core: 0, price: PRICE.aRenewal, begin: A.regionBegin, workload: task(2000) })
    sale(b, A, A.endPrice)
  })
  block(2)
  block(3)
  block(4, (b) => buy(b, BUYER1, A.regionBegin, 1, PRICE.a1))
  block(5, (b) => renew(b, A.regionBegin, A.regionEnd, PRICE.aRenewal, PRICE.bRenewal))
  block(6) // the runtime upgrade to 2,000,000 (the broker's v4 migration ran in it)
  block(7, (b) => buy(b, BUYER2, A.regionBegin, 2, PRICE.a2))
  block(8, (b) => sale(b, B, PRICE.bEnd))
  block(9, (b) => buy(b, BUYER3, B.regionBegin, 1, PRICE.b1))
  block(10, (b) => renew(b, B.regionBegin, B.regionEnd, PRICE.bRenewal, 32n * DOT))
  w.close()

  server = await startReplayServer([await ReplayChain.fromFile(file)])
  stack = await startReplayStack(dir, ['coretime'], replayEnv('coretime', server.wsUrl('coretime'), FROM))
  await waitForHeight(stack, 'coretime', LAST)
}, 180_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const SALE = `regionBegin regionEnd saleStart leadinLength timeUnit saleStartAt leadinEndAt regionBeginAt startPrice endPrice idealCoresSold coresOffered coresSold
  coresPurchased coresRenewed coresLeft selloutPrice priceRule nextEndPrice nextTargetPrice specVersion
  revenue { bulk renewal credits onDemand total burned toTreasury unattributed }
  purchases { kind core who price saleTime leadinProgress revenueTo event { blockNumber } }
  priceCurve { saleTime price } event { blockNumber }`

describe('replay: coretime sales before and after the switch to relay-block times (1,004,000 → 2,000,000 at block 3,000,006)', () => {
  it('the processor indexed both sides: the sales carry the spec of their blocks', async () => {
    const { coretimeSales } = await api(`{ coretimeSales(chain: "coretime") { totalCount items { regionBegin specVersion timeUnit event { blockNumber } } } }`)
    expect(coretimeSales).toEqual({
      totalCount: 2,
      items: [
        { regionBegin: B.regionBegin, specVersion: 2_000_000, timeUnit: 'RelayBlock', event: { blockNumber: at(8) } },
        { regionBegin: A.regionBegin, specVersion: BEFORE_SWITCH, timeUnit: 'ParachainBlock', event: { blockNumber: at(1) } },
      ],
    })
  })

  it('sale A (before): start and lead-in in Coretime blocks dated at 12 s; purchases on its curve before and after the upgrade; renewal; forecast by the rule of the runtime that rotates it', async () => {
    const { coretimeSale: s } = await api(`{ coretimeSale(chain: "coretime", regionBegin: ${A.regionBegin}) { ${SALE} } }`)
    expect(s).toMatchObject({
      regionBegin: A.regionBegin,
      regionEnd: A.regionEnd,
      saleStart: A.saleStart,
      leadinLength: A.leadin,
      timeUnit: 'ParachainBlock',
      // dated from the announcing block (3,000,001): one Coretime block (12 s) later, and 9 blocks later
      saleStartAt: new Date(ts(1) + 12_000).toISOString(),
      leadinEndAt: new Date(ts(1) + 9 * 12_000).toISOString(),
      // regions are timeslices of 80 relay blocks, dated from the relay block the Coretime chain had seen
      regionBeginAt: new Date(ts(1) + (A.regionBegin * 80 - RELAY[1]) * 6_000).toISOString(),
      startPrice: String(1_000n * DOT),
      endPrice: String(A.endPrice),
      coresOffered: 3,
      coresSold: 3,
      coresPurchased: 2,
      coresRenewed: 1,
      coresLeft: 0,
      // the first purchase was within the ideal count (1): its price is the sellout
      selloutPrice: String(PRICE.a1),
      // A's last change was on 2,000,000: its rule (MinimumPrice of 10 DOT over CenterTargetPrice) gives B's prices
      priceRule: 'MinimumPrice(100000000000) over CenterTargetPrice',
      nextEndPrice: String(PRICE.bEnd),
      nextTargetPrice: String(PRICE.a1),
      specVersion: BEFORE_SWITCH,
      revenue: { bulk: String(PRICE.a1 + PRICE.a2), renewal: String(PRICE.aRenewal), credits: '0', onDemand: '0', total: String(PRICE.a1 + PRICE.a2 + PRICE.aRenewal), burned: String(PRICE.a1 + PRICE.a2 + PRICE.aRenewal), toTreasury: '0', unattributed: '0' },
      event: { blockNumber: at(1) },
    })
    expect(s.purchases.map((p: any) => [p.kind, p.core, p.who, p.price, p.saleTime, p.leadinProgress, p.revenueTo, p.event.blockNumber])).toEqual([
      ['Bulk', 1, ss58(BUYER1), String(PRICE.a1), at(4), 0.25, 'Burned', at(4)],
      ['Renewal', 0, ss58(RENEWER), String(PRICE.aRenewal), at(5), null, 'Burned', at(5)],
      // after the upgrade: still timed by its Coretime block, on A's own clock
      ['Bulk', 2, ss58(BUYER2), String(PRICE.a2), at(7), 0.625, 'Burned', at(7)],
    ])
    const curve = new Map(s.priceCurve.map((p: any) => [p.saleTime, p.price]))
    for (const p of s.purchases.filter((x: any) => x.kind === 'Bulk')) expect(curve.get(p.saleTime)).toBe(p.price)
  })

  it('sale B (after): times in relay blocks dated at 6 s; opened at the forecast end price; a purchase at a quarter of its lead-in; the renewal', async () => {
    const { coretimeSale: s } = await api(`{ coretimeSale(chain: "coretime", regionBegin: ${B.regionBegin}) { ${SALE} } }`)
    expect(s).toMatchObject({
      saleStart: B.saleStart,
      leadinLength: B.leadin,
      timeUnit: 'RelayBlock',
      saleStartAt: new Date(ts(8) + 20 * 6_000).toISOString(),
      leadinEndAt: new Date(ts(8) + 120 * 6_000).toISOString(),
      startPrice: String(100n * PRICE.bEnd),
      endPrice: String(PRICE.bEnd),
      coresSold: 2,
      coresPurchased: 1,
      coresRenewed: 1,
      coresLeft: 0,
      selloutPrice: String(PRICE.b1),
      nextEndPrice: String(PRICE.b1 / 10n),
      specVersion: 2_000_000,
      revenue: { bulk: String(PRICE.b1), renewal: String(PRICE.bRenewal), credits: '0', onDemand: '0', total: String(PRICE.b1 + PRICE.bRenewal), burned: String(PRICE.b1 + PRICE.bRenewal), toTreasury: '0', unattributed: '0' },
    })
    expect(s.purchases.map((p: any) => [p.kind, p.price, p.saleTime, p.leadinProgress, p.event.blockNumber])).toEqual([
      ['Bulk', String(PRICE.b1), RELAY[9], 0.25, at(9)],
      ['Renewal', String(PRICE.bRenewal), RELAY[10], null, at(10)],
    ])
    const curve = new Map(s.priceCurve.map((p: any) => [p.saleTime, p.price]))
    expect(curve.get(RELAY[9])).toBe(String(PRICE.b1))
  })

  it('renewals of core 0 across the switch: renewed in A (before) and in B (after), offered for the region after B', async () => {
    const { coreRenewals } = await api(`{ coreRenewals(chain: "coretime") { totalCount items { core begin price status renewedBy renewedPrice event { blockNumber } renewedEvent { blockNumber } } } }`)
    expect(coreRenewals.items.map((r: any) => [r.core, r.begin, r.price, r.status, r.renewedBy, r.renewedPrice, r.event.blockNumber, r.renewedEvent?.blockNumber ?? null])).toEqual([
      [0, A.regionBegin, String(PRICE.aRenewal), 'Renewed', ss58(RENEWER), String(PRICE.aRenewal), at(1), at(5)],
      [0, B.regionBegin, String(PRICE.bRenewal), 'Renewed', ss58(RENEWER), String(PRICE.bRenewal), at(5), at(10)],
      [0, B.regionEnd, String(32n * DOT), 'Renewable', null, null, at(10), null],
    ])
  })

  it('money flows: both sides burned, none to the treasury', async () => {
    const { moneyFlowDaily } = await api(`{ moneyFlowDaily(chain: "coretime") { source recipient amount count } }`)
    const coretime = moneyFlowDaily.filter((f: any) => f.source.startsWith('Coretime'))
    const sum = (src: string) => coretime.filter((f: any) => f.source === src).reduce((a: bigint, f: any) => a + BigInt(f.amount), 0n)
    expect([sum('CoretimeBulk'), sum('CoretimeRenewal')]).toEqual([PRICE.a1 + PRICE.a2 + PRICE.b1, PRICE.aRenewal + PRICE.bRenewal])
    expect(coretime.every((f: any) => f.recipient === 'Burned')).toBe(true)
    expect(moneyFlowDaily.filter((f: any) => f.recipient === 'Treasury')).toEqual([])
  })
})
