/**
 * A devnet run of the Hub's adoption on the real Asset Hub runtime (asset-hub-paseo 1005001) under chopsticks, with
 * real signed extrinsics from funded dev accounts:
 * - Alice creates asset 1984 (the id the indexer prices DOT with, as USDT), names it "USDT" with 6 decimals and
 *   mints to Bob and herself; she creates 1985 ("NOPL", 3 decimals: a symbol no table of the indexer knows) and
 *   mints it to Dave; Bob transfers 1984 to Charlie and Dave;
 * - Alice creates the native/1984 AssetConversion pool (XCM locations) and adds liquidity;
 * - Charlie swaps native → 1984 and 1984 → native (swapExactTokensForTokens);
 * - Charlie pays a transaction's fee in asset 1984 (ChargeAssetTxPayment's asset id, a location on 1005001);
 * - Alice takes a tenth of her liquidity out; Dave tries to pay a fee in asset 1985, which has no pool.
 * Every block's events and timestamp are read back from System.Events / Timestamp.Now; the record is what an
 * indexer must have found. Whatever the runtime refuses is recorded (dispatch error or rejected transaction), not
 * papered over.
 */
import { ApiPromise, Keyring, WsProvider } from '@polkadot/api'
import type { SubmittableExtrinsic } from '@polkadot/api/types'
import type { KeyringPair } from '@polkadot/keyring/types'
import { cryptoWaitReady } from '@polkadot/util-crypto'
import { rpc } from './chains'

export interface AdoptionEvent {
  name: string
  data: any
  extrinsicIndex: number | null
}

export interface AdoptionBlock {
  number: number
  hash: string
  specVersion: number
  /** Timestamp.Now of the block (ms): the indexer's day of the block */
  timestamp: number
  events: AdoptionEvent[]
  /** Assets.Asset of 1984 and 1985 after the block: the supply and the `accounts` counter; absent before it exists */
  assets: Record<number, { supply: string; accounts: number }>
  /** Balances.TotalIssuance after the block: what fees with no recipient took out of the supply */
  totalIssuance: string
  /** the native/1984 pool's reserves after the block (System.Account free and Assets.Account of its account); null before it exists */
  reserves: { native: string; asset: string } | null
}

/** One signed extrinsic of the scenario: the block it landed in and what the runtime did with it */
export interface AdoptionTx {
  label: string
  signer: string
  nonce: number
  /** the asset location the fee was to be paid in; null: native */
  feeAsset: unknown | null
  blockNumber: number | null
  extrinsicIndex: number | null
  /** System.ExtrinsicSuccess, or the dispatch error of System.ExtrinsicFailed */
  success: boolean
  error: string | null
  /** the transaction pool's refusal (the transaction never made it into a block) */
  rejected: string | null
}

export interface AdoptionRecord {
  blocks: AdoptionBlock[]
  firstBuiltBlock: number
  txs: AdoptionTx[]
  assetId: number
  /** the pool's two sides as createPool was given them */
  pool: { native: unknown; asset: unknown; account: string }
  accounts: Record<'alice' | 'bob' | 'charlie' | 'dave', string>
  /** the runtime's ChargeAssetTxPayment signed extension as its metadata types it: what an asset id for fees is */
  feeExtension: { identifier: string; type: string } | null
}

interface Chain {
  api: ApiPromise
  http: string
  blocks: AdoptionBlock[]
  nonces: Map<string, number>
  /** the pool's account, once PoolCreated named it */
  poolAccount?: string
}

async function connect(ws: string): Promise<Chain> {
  const api = await ApiPromise.create({ provider: new WsProvider(ws, 2500, {}, 300_000), noInitWarn: true, throwOnConnect: true })
  return { api, http: ws.replace(/^ws/, 'http'), blocks: [], nonces: new Map() }
}

interface Pending {
  tx: AdoptionTx
  hash: string
}

async function submit(c: Chain, who: KeyringPair, label: string, tx: SubmittableExtrinsic<'promise'>, feeAsset: unknown | null = null): Promise<Pending> {
  const known = c.nonces.get(who.address)
  const nonce = known ?? Number((await c.api.rpc.system.accountNextIndex(who.address)).toString())
  const rec: AdoptionTx = { label, signer: who.address, nonce, feeAsset, blockNumber: null, extrinsicIndex: null, success: false, error: null, rejected: null }
  try {
    const hash = (await tx.signAndSend(who, feeAsset == null ? { nonce, era: 0 } : { nonce, era: 0, assetId: feeAsset as any })).toHex()
    c.nonces.set(who.address, nonce + 1)
    return { tx: rec, hash }
  } catch (e) {
    // refused by the pool (e.g. the signed extension's validate): the nonce was not used
    rec.rejected = (e as Error).message
    return { tx: rec, hash: '' }
  }
}

async function build(c: Chain, pending: Pending[] = [], params: Record<string, unknown> = {}): Promise<AdoptionBlock> {
  const hash = await rpc<string>(c.http, 'dev_newBlock', [params])
  const signed = await c.api.rpc.chain.getBlock(hash)
  const at = await c.api.at(hash)
  const raw = (await at.query.system.events()) as any
  const version = await c.api.rpc.state.getRuntimeVersion(hash)
  const block: AdoptionBlock = {
    number: signed.block.header.number.toNumber(),
    hash,
    specVersion: version.specVersion.toNumber(),
    timestamp: Number((await at.query.timestamp.now()).toString()),
    events: raw.map((r: any) => ({ name: `${r.event.section[0].toUpperCase()}${r.event.section.slice(1)}.${r.event.method}`, data: fields(r.event.data), extrinsicIndex: r.phase.isApplyExtrinsic ? r.phase.asApplyExtrinsic.toNumber() : null })),
    assets: {},
    totalIssuance: ((await at.query.balances.totalIssuance()) as any).toString(),
    reserves: null,
  }
  for (const id of [USDT_ID, NO_POOL_ID]) {
    const details = (await at.query.assets.asset(id)) as any
    if (details.isSome) block.assets[id] = { supply: details.unwrap().supply.toString(), accounts: details.unwrap().accounts.toNumber() }
  }
  c.poolAccount ??= block.events.find((e) => e.name === 'AssetConversion.PoolCreated')?.data.poolAccount
  if (c.poolAccount) {
    const held = (await at.query.assets.account(USDT_ID, c.poolAccount)) as any
    const sys = (await at.query.system.account(c.poolAccount)) as any
    block.reserves = { native: sys.data.free.toString(), asset: held.isSome ? held.unwrap().balance.toString() : '0' }
  }
  c.blocks.push(block)
  const hashes: string[] = signed.block.extrinsics.map((x) => x.hash.toHex())
  for (const p of pending) {
    if (p.tx.rejected) continue
    const i = hashes.indexOf(p.hash)
    if (i < 0) {
      p.tx.rejected = `not included in block ${block.number}`
      continue
    }
    p.tx.blockNumber = block.number
    p.tx.extrinsicIndex = i
    const failed = block.events.find((e) => e.extrinsicIndex === i && e.name === 'System.ExtrinsicFailed')
    p.tx.success = !failed && block.events.some((e) => e.extrinsicIndex === i && e.name === 'System.ExtrinsicSuccess')
    if (failed) p.tx.error = dispatchError(c.api, failed.data.dispatchError)
  }
  return block
}

/** "AssetConversion.PoolExists" for a module error, else the error as JSON */
function dispatchError(api: ApiPromise, e: any): string {
  if (e?.module) {
    try {
      const meta = api.registry.findMetaError({ index: api.createType('u8', e.module.index), error: api.createType('u8', api.createType('[u8;4]', e.module.error)[0]) })
      return `${meta.section}.${meta.name}`
    } catch {
      // fall through to the raw form
    }
  }
  return JSON.stringify(e)
}

/** an event's fields by name (camelCase, as @polkadot/api names them), integers above 2^53 as decimal strings */
function fields(data: any): Record<string, any> {
  const out: Record<string, any> = {}
  data.forEach((v: any, j: number) => (out[data.names?.[j] ?? String(j)] = JSON.parse(JSON.stringify(v.toJSON(), (_k, x) => (typeof x === 'number' && !Number.isSafeInteger(x) ? BigInt(v.toString()).toString() : x)))))
  return out
}

const names = (b: AdoptionBlock) => b.events.map((e) => e.name)
function expectSuccess(p: Pending, b: AdoptionBlock): void {
  if (p.tx.rejected || !p.tx.success) throw new Error(`${p.tx.label}: ${p.tx.rejected ?? p.tx.error ?? 'no ExtrinsicSuccess'} (block ${b.number}: ${names(b).join(', ')})`)
}

export const USDT_ID = 1984
/** the pool's sides on 1005001 (XCM v4 locations): the relay's native token, and asset 1984 of the Assets pallet (instance 50) */
export const NATIVE_LOCATION = { parents: 1, interior: 'Here' }
export const USDT_LOCATION = { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: USDT_ID }] } }
export const NO_POOL_ID = 1985

const PAS = 10n ** 10n
const USDT = 10n ** 6n
/** what the scenario asks for, in planck and in the assets' units: the events must carry these */
export const AMOUNTS = {
  mintBob: 50_000n * USDT,
  mintAlice: 100_000n * USDT,
  mintNoPool: 7_000_000n,
  bobToCharlie: 1_250_500_000n,
  bobToDave: 300n * USDT,
  liquidityNative: 10_000n * PAS,
  liquidityAsset: 50_000n * USDT,
  swapNativeIn: 20n * PAS,
  swapAssetIn: 200n * USDT,
  charlieToDave: 10n * USDT,
  daveNoPool: 1_000n,
}
const NO_POOL_LOCATION = { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: NO_POOL_ID }] } }

export async function runAssetHubAdoption(endpoint: string, log: (m: string) => void = () => {}): Promise<AdoptionRecord> {
  await cryptoWaitReady()
  const keyring = new Keyring({ type: 'sr25519' })
  const [alice, bob, charlie, dave] = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((u) => keyring.addFromUri(u))
  const ah = await connect(endpoint)
  const txs: AdoptionTx[] = []
  const run = async (steps: [KeyringPair, string, SubmittableExtrinsic<'promise'>, unknown?][]): Promise<{ block: AdoptionBlock; pending: Pending[] }> => {
    const pending: Pending[] = []
    for (const [who, label, tx, feeAsset] of steps) pending.push(await submit(ah, who, label, tx, feeAsset ?? null))
    const block = await build(ah, pending)
    for (const p of pending) {
      txs.push(p.tx)
      log(`block ${block.number}: ${p.tx.label}: ${p.tx.rejected ? `rejected (${p.tx.rejected})` : p.tx.success ? 'ok' : `failed (${p.tx.error})`}`)
    }
    return { block, pending }
  }
  try {
    const a = ah.api
    const unit = PAS
    const A = AMOUNTS
    await rpc(ah.http, 'dev_setStorage', [{ System: { Account: [alice, bob, charlie, dave].map((k) => [[k.address], { providers: 1, data: { free: (1_000_000n * unit).toString() } }]) } }])
    // metadata v14/v15 call them signed extensions, v16 transaction extensions
    const meta = a.registry.metadata.extrinsic as any
    const ext = (meta.transactionExtensions ?? meta.signedExtensions).find((x: any) => x.identifier.toString() === 'ChargeAssetTxPayment')
    const feeExtension = ext ? { identifier: 'ChargeAssetTxPayment', type: a.registry.lookup.getTypeDef(ext.type).type } : null
    const first = await build(ah)
    log(`asset hub: block ${first.number} on spec ${first.specVersion}`)

    // --- the asset: create, name, mint ---
    const created = await run([
      [alice, 'Alice creates asset 1984 (min balance 0.001)', a.tx.assets.create(USDT_ID, alice.address, 1_000n)],
      [alice, 'Alice creates asset 1985, which gets no pool', a.tx.assets.create(NO_POOL_ID, alice.address, 1n)],
    ])
    for (const p of created.pending) expectSuccess(p, created.block)
    const named = await run([
      [alice, 'Alice names it USDT, 6 decimals', a.tx.assets.setMetadata(USDT_ID, 'Tether USD', 'USDT', 6)],
      [alice, 'Alice mints 50,000 USDT to Bob', a.tx.assets.mint(USDT_ID, bob.address, A.mintBob)],
      [alice, 'Alice mints 100,000 USDT to herself', a.tx.assets.mint(USDT_ID, alice.address, A.mintAlice)],
      [alice, 'Alice mints 7,000,000 units of 1985 to Dave', a.tx.assets.mint(NO_POOL_ID, dave.address, A.mintNoPool)],
      [alice, 'Alice names 1985 NOPL, 3 decimals', a.tx.assets.setMetadata(NO_POOL_ID, 'No pool', 'NOPL', 3)],
    ])
    for (const p of named.pending) expectSuccess(p, named.block)
    const moved = await run([
      [bob, 'Bob transfers 1,250.5 USDT to Charlie', a.tx.assets.transferKeepAlive(USDT_ID, charlie.address, A.bobToCharlie)],
      [bob, 'Bob transfers 300 USDT to Dave', a.tx.assets.transfer(USDT_ID, dave.address, A.bobToDave)],
    ])
    for (const p of moved.pending) expectSuccess(p, moved.block)

    // --- the pool: native/1984, liquidity at 5 USDT per PAS ---
    const pool = await run([[alice, 'Alice creates the native/1984 pool', a.tx.assetConversion.createPool(NATIVE_LOCATION as any, USDT_LOCATION as any)]])
    expectSuccess(pool.pending[0], pool.block)
    const liq = await run([
      [alice, 'Alice adds 10,000 PAS and 50,000 USDT of liquidity', a.tx.assetConversion.addLiquidity(NATIVE_LOCATION as any, USDT_LOCATION as any, A.liquidityNative, A.liquidityAsset, 1n, 1n, alice.address)],
    ])
    expectSuccess(liq.pending[0], liq.block)

    // --- swaps, both ways ---
    const s1 = await run([[charlie, 'Charlie swaps 20 PAS for USDT', a.tx.assetConversion.swapExactTokensForTokens([NATIVE_LOCATION, USDT_LOCATION] as any, A.swapNativeIn, 1n, charlie.address, true)]])
    expectSuccess(s1.pending[0], s1.block)
    const s2 = await run([[charlie, 'Charlie swaps 200 USDT for PAS', a.tx.assetConversion.swapExactTokensForTokens([USDT_LOCATION, NATIVE_LOCATION] as any, A.swapAssetIn, 1n, charlie.address, true)]])
    expectSuccess(s2.pending[0], s2.block)

    // --- a fee paid in asset 1984: the signed extension's asset id is a location on 1005001 ---
    const feeTx = await run([[charlie, 'Charlie transfers 10 USDT to Dave, the fee paid in USDT', a.tx.assets.transferKeepAlive(USDT_ID, dave.address, A.charlieToDave), USDT_LOCATION]])
    log(`fee in asset: block ${feeTx.block.number}: ${names(feeTx.block).join(', ')}`)
    // a tenth of Alice's LP tokens back: LiquidityRemoved, after the day's price-making swaps
    const minted = BigInt(liq.block.events.find((e) => e.name === 'AssetConversion.LiquidityAdded')!.data.lpTokenMinted)
    const removed = await run([[alice, 'Alice removes a tenth of her liquidity', a.tx.assetConversion.removeLiquidity(NATIVE_LOCATION as any, USDT_LOCATION as any, minted / 10n, 1n, 1n, alice.address)]])
    expectSuccess(removed.pending[0], removed.block)
    // the fee is swapped to native through the asset's pool: an asset without one cannot pay (the pool refuses the transaction)
    await run([[dave, 'Dave transfers 1,000 units of 1985 to Bob, the fee paid in 1985', a.tx.assets.transfer(NO_POOL_ID, bob.address, A.daveNoPool), NO_POOL_LOCATION]])
    // an empty block after, so that the last scenario block is not the chain's head while indexing starts
    await build(ah)

    return {
      blocks: ah.blocks,
      firstBuiltBlock: first.number,
      txs,
      assetId: USDT_ID,
      pool: { native: NATIVE_LOCATION, asset: USDT_LOCATION, account: ah.poolAccount! },
      accounts: { alice: alice.address, bob: bob.address, charlie: charlie.address, dave: dave.address },
      feeExtension,
    }
  } finally {
    await ah.api.disconnect()
  }
}
