/**
 * A scripted run on the local chains (chains.ts): real signed extrinsics, so that the Paseo runtimes themselves
 * emit the fee and treasury events the indexer maps, and a JSON record of what the blocks really contain, read
 * back from System.Events, for integration tests to assert exact values against.
 *
 * Where the scenario steps outside plain extrinsics, and why (every override is listed in the record):
 * - Relay block numbers jump once, at the first block built, to SpendPeriod + 1 (dev_newBlock unsafeBlockHeight).
 *   The treasury closes a spend period when `now.saturating_sub(LastSpendPeriod) >= SpendPeriod`, so below block
 *   SpendPeriod (345,600) no LastSpendPeriod value can make a period close, and building that many blocks is out
 *   of reach. Jumping at the very first block keeps every built block contiguous; chopsticks answers
 *   chain_getBlockHash for the skipped heights with the genesis hash, so an indexer must start at
 *   `chains.relay.firstBuiltBlock`. Later, LastSpendPeriod is set so that the next block closes a period.
 * - Para 1000 (Asset Hub) is not in the relay genesis: DMP refuses a para without Paras.Heads, so its head and
 *   lifecycle are written. XCM versions are marked known on both sides, as on a live network, so no version
 *   discovery traffic is mixed into the blocks.
 * - The relay treasury's payout message is carried by hand: the relay's downward queue goes to Asset Hub with
 *   dev_newBlock `dmp`, Asset Hub really executes it and answers with a QueryResponse, and that upward message is
 *   written into the relay's MessageQueue the way chopsticks' own `ump` option does (that option cannot be passed
 *   over JSON-RPC: its schema wants numeric object keys). So Paid, ResponseReady, SpendProcessed and PaymentFailed
 *   all come from the runtimes' own XCM handling.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { ApiPromise, WsProvider } from '@polkadot/api'
import type { SubmittableExtrinsic } from '@polkadot/api/types'
import { Keyring } from '@polkadot/keyring'
import type { KeyringPair } from '@polkadot/keyring/types'
import { BN, u8aConcat, u8aToHex } from '@polkadot/util'
import { cryptoWaitReady, decodeAddress, encodeAddress } from '@polkadot/util-crypto'
import { DEFAULT_PORTS, rpc, startLocalChains, type LocalChains } from './chains'
import type { DevChain } from './specs'

export type Json = string | boolean | null | Json[] | { [key: string]: Json }

export interface RecordedEvent {
  blockNumber: number
  /** index in the block's System.Events */
  eventIndex: number
  extrinsicIndex: number | null
  phase: 'Initialization' | 'ApplyExtrinsic' | 'Finalization'
  /** pallet name as in the metadata, e.g. Treasury */
  section: string
  method: string
  /** `${section}.${method}`, as Subsquid names events */
  name: string
  /** fields by their camelCase names; integers as decimal strings, accounts as SS58 of the chain, bytes as hex,
   * enums as the variant name (unit variants) or { Variant: value } */
  data: Record<string, Json>
}

export interface BlockRecord {
  number: number
  hash: string
  parentHash: string
  /** Timestamp.Now, ms */
  timestamp: string
  totalIssuance: string
  extrinsics: { index: number; hash: string; call: string; signer: string | null }[]
  events: RecordedEvent[]
}

export interface TxRecord {
  chain: DevChain
  label: string
  blockNumber: number
  blockHash: string
  extrinsicIndex: number
  extrinsicHash: string
  /** SS58 in the chain's own format */
  signer: string
  /** Pallet.call_name as in the metadata */
  call: string
  success: boolean
  /** the runtime's fee event for this extrinsic, if any */
  fee: { event: string; who: string; actualFee: string; tip: string } | null
  events: RecordedEvent[]
}

/** Where a fee went, read from the Balances.Deposit events right before the fee event. */
export interface FeeSplit {
  /** Balances.Withdraw from the payer: estimated fee + tip */
  withdrawn: string
  /** Balances.Deposit back to the payer */
  refunded: string
  actualFee: string
  tip: string
  /** Balances.Deposit to the treasury account */
  toTreasury: string
  /** Balances.Deposit to anyone else (block author, collator pot) */
  toOthers: { who: string; amount: string }[]
  /** actualFee - toTreasury - toOthers: dropped credit, which lowers total issuance without an event */
  burned: string
  /** totalIssuance(block) - totalIssuance(parent): equals -sum(burned) of the block when only fees moved issuance */
  blockIssuanceDelta: string
}

export interface FeeTxRecord extends TxRecord {
  transfer: { from: string; to: string; amount: string }
  split: FeeSplit
}

export interface ChainRecord {
  chain: DevChain
  wsUrl: string
  specName: string
  specVersion: number
  genesisHash: string
  ss58Format: number
  tokenDecimals: number
  tokenSymbol: string
  existentialDeposit: string
  /** head when the scenario began */
  startHead: number
  /** blocks firstBuiltBlock..headBlock were built by the scenario and are contiguous */
  firstBuiltBlock: number
  headBlock: number
  headHash: string
  blocksBuilt: number
  /** heights skipped by the relay's block-number jump; chain_getBlockHash answers them with `getBlockHashAnswer` */
  gap: { from: number; to: number; getBlockHashAnswer: string | null } | null
}

export interface StorageOverride {
  chain: DevChain
  /** the first block built after the write, i.e. the first whose execution saw it */
  beforeBlock: number
  item: string
  key: string
  value: string
  why: string
}

export interface AssetSpendRecord {
  role: 'paid' | 'failed' | 'voided'
  index: number
  /** VersionedLocatableAsset as the runtime reported it in AssetSpendApproved */
  assetKind: Json
  amount: string
  beneficiary: Json
  validFrom: number
  expireAt: number
  approval: TxRecord
  payout: { tx: TxRecord; paymentId: string; expireAtAfterPayout: number } | null
  /** the XCM the payout queued for para 1000, and what Asset Hub did with it */
  downwardMessage: { sentAt: number; hex: string; messageId: string | null; xcm: Json } | null
  assetHubExecution: { blockNumber: number; blockHash: string; success: boolean; events: RecordedEvent[] } | null
  upwardMessage: { hex: string; xcm: Json } | null
  response: RecordedEvent | null
  checkStatus: TxRecord | null
  void: TxRecord | null
  /** the event that left the spend in its final state for this scenario */
  outcome: RecordedEvent
}

export interface ScenarioRecord {
  version: 1
  generatedAt: string
  wallTimeMs: number
  chains: Record<DevChain, ChainRecord>
  storageOverrides: StorageOverride[]
  treasury: {
    account: string
    accountHex: string
    spendPeriod: number
    payoutPeriod: number
    /** Permill, parts per million */
    burn: string
    freeAtStart: string
    freeAtEnd: string
    /** the relay treasury's account on Asset Hub (location ../PalletInstance(19)), which pays asset spends */
    assetHubAccount: { account: string; accountHex: string; freeAtEnd: string }
  }
  /** transfers with fees, on all three chains */
  fees: FeeTxRecord[]
  /** transfers that fund the treasury pot (relay) and its Asset Hub account */
  funding: { relay: TxRecord; assetHub: TxRecord }
  assetRates: { tx: TxRecord; rates: { assetKind: Json; rate: string }[] }
  localSpend: { proposalIndex: number; amount: string; beneficiary: string; approval: TxRecord; awarded: RecordedEvent | null }
  assetSpends: AssetSpendRecord[]
  spendPeriod: {
    blockNumber: number
    blockHash: string
    lastSpendPeriodSetTo: number
    potBefore: string
    potAfter: string
    budgetRemaining: string
    awarded: { proposalIndex: number; award: string; account: string }[]
    burntFunds: string | null
    rolloverBalance: string | null
    /** every event of the block's on_initialize */
    events: RecordedEvent[]
  } | null
  /** step 9: an OpenGov referendum on the relay, its votes and a delegation, and the tally the runtime keeps */
  governance: GovernanceRecord | null
  /** step 10: bulk coretime on the Coretime chain (null when its broker was configured before this run) */
  coretimeSales: CoretimeSalesRecord | null
  blocks: Record<DevChain, BlockRecord[]>
}

/** Step 10: the broker configured and its sales started under Sudo, a core bought and assigned, the next sale, a renewal. */
export interface CoretimeSalesRecord {
  start: TxRecord
  /** the first sale's and the next one's SaleInitialized */
  sales: RecordedEvent[]
  purchase: TxRecord
  assign: TxRecord
  renew: TxRecord
  /** the relay parent number each block after the purchase was built on, to reach the next sale */
  relayParents: number[]
}

export interface GovernanceRecord {
  index: number
  track: number
  trackName: string
  /** the proposal: System.remark of these bytes, inline */
  remark: string
  submission: TxRecord
  decisionDeposit: TxRecord
  delegation: { tx: TxRecord; from: string; to: string; conviction: number; balance: string }
  /** every vote cast or removed, in block order: the account, and the vote as the call had it */
  votes: { tx: TxRecord; voter: string; vote: Json; removed: boolean }[]
  /** Referenda.ReferendumInfoFor(index) at the last block: still Ongoing, with the runtime's tally */
  tally: { blockNumber: number; ayes: string; nays: string; support: string }
}

export interface ScenarioOptions {
  log?: (msg: string) => void
  /** false: no block-number jump and no spend period (the local spend stays approved). Default true. */
  spendPeriod?: boolean
  /** awaited before each step (0 = the relay's jump, 1 = fees, …, 8 = spend period, 9 = governance), e.g. to start or kill an indexer */
  onStep?: (step: number, label: string) => Promise<void>
}

const ASSET_HUB_PARA = 1000

// ---------- chain handles ----------

interface Chain {
  name: DevChain
  api: ApiPromise
  ws: string
  http: string
  ss58: number
  pallets: Map<number, string>
  nonces: Map<string, number>
  blocks: BlockRecord[]
  startHead: number
  /** overrides waiting for the block they take effect in */
  unbuiltOverrides: StorageOverride[]
}

interface Pending {
  chain: DevChain
  label: string
  hash: string
  signer: string
}

async function connect(name: DevChain, ws: string): Promise<Chain> {
  // Block building can outlast the default 60 s request timeout; dev_* calls go over http anyway.
  const api = await ApiPromise.create({ provider: new WsProvider(ws, 2500, {}, 300_000), noInitWarn: true, throwOnConnect: true })
  const props = await rpc<Record<string, unknown>>(httpOf(ws), 'system_properties')
  const pallets = new Map<number, string>()
  for (const p of api.runtimeMetadata.asLatest.pallets) pallets.set(p.index.toNumber(), p.name.toString())
  const head = await api.rpc.chain.getHeader()
  return {
    name,
    api,
    ws,
    http: httpOf(ws),
    ss58: Number(first(props.ss58Format) ?? 42),
    pallets,
    nonces: new Map(),
    blocks: [],
    startHead: head.number.toNumber(),
    unbuiltOverrides: [],
  }
}

/** SCALE bytes of a codec, as storage holds them (an integer's toHex() is big-endian, not SCALE). */
function scale(c: { toU8a(): Uint8Array }): string {
  return u8aToHex(c.toU8a())
}

function httpOf(ws: string): string {
  return ws.replace(/^ws(s?):/, 'http$1:')
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v
}

async function nextNonce(c: Chain, who: KeyringPair): Promise<number> {
  // Several transactions of one account go into one block, so nonces are counted here, not asked of the pool.
  let n = c.nonces.get(who.address)
  if (n === undefined) n = (await c.api.rpc.system.accountNextIndex(who.address)).toNumber()
  c.nonces.set(who.address, n + 1)
  return n
}

async function submit(c: Chain, who: KeyringPair, tx: SubmittableExtrinsic<'promise'>, label: string, tip = 0n): Promise<Pending> {
  const nonce = await nextNonce(c, who)
  // Immortal: a mortal era is anchored at the head, and while the head is the genesis block chopsticks' genesis
  // hash differs from the runtime's BlockHash(0), so the signature fails (badProof). Whether chopsticks built a
  // block #1 at start-up varies from run to run.
  const hash = await tx.signAndSend(who, { nonce, tip, era: 0 })
  return { chain: c.name, label, hash: hash.toHex(), signer: encodeAddress(who.publicKey, c.ss58) }
}

async function setStorage(c: Chain, overrides: StorageOverride[], entries: { item: string; key: string; value: string; why: string }[]) {
  await rpc(c.http, 'dev_setStorage', [entries.map((e) => [e.key, e.value])])
  for (const e of entries) {
    const o = { chain: c.name, beforeBlock: -1, ...e }
    overrides.push(o)
    c.unbuiltOverrides.push(o)
  }
}

async function buildBlock(c: Chain, params: Record<string, unknown> = {}): Promise<BlockRecord> {
  const hash = await rpc<string>(c.http, 'dev_newBlock', [params])
  const block = await readBlock(c, hash)
  const prev = c.blocks.at(-1)
  if (prev && (block.number !== prev.number + 1 || block.parentHash !== prev.hash)) {
    throw new Error(`${c.name}: block ${block.number} (${block.hash}) does not follow ${prev.number} (${prev.hash})`)
  }
  c.blocks.push(block)
  for (const o of c.unbuiltOverrides.splice(0)) o.beforeBlock = block.number
  return block
}

async function readBlock(c: Chain, hash: string): Promise<BlockRecord> {
  const [signed, at] = await Promise.all([c.api.rpc.chain.getBlock(hash), c.api.at(hash)])
  const [records, issuance, now] = await Promise.all([at.query.system.events(), at.query.balances.totalIssuance(), at.query.timestamp.now()])
  const events = records as unknown as any[]
  const number = signed.block.header.number.toNumber()
  return {
    number,
    hash,
    parentHash: signed.block.header.parentHash.toHex(),
    timestamp: now.toString(),
    totalIssuance: issuance.toString(),
    extrinsics: signed.block.extrinsics.map((x, index) => ({
      index,
      hash: x.hash.toHex(),
      call: callName(c, x.method.callIndex),
      signer: x.isSigned ? encodeAddress(decodeAddress(x.signer.toString()), c.ss58) : null,
    })),
    events: events.map((r, i: number) => {
      const ev = r.event
      const section = c.pallets.get(ev.index[0]) ?? ev.section
      const names = ev.data.names
      const data: Record<string, Json> = {}
      ev.data.forEach((v: unknown, j: number) => (data[names?.[j] ?? String(j)] = plain(v)))
      const phase = r.phase.isApplyExtrinsic ? 'ApplyExtrinsic' : r.phase.isInitialization ? 'Initialization' : 'Finalization'
      return {
        blockNumber: number,
        eventIndex: i,
        extrinsicIndex: r.phase.isApplyExtrinsic ? r.phase.asApplyExtrinsic.toNumber() : null,
        phase,
        section,
        method: ev.method,
        name: `${section}.${ev.method}`,
        data,
      } satisfies RecordedEvent
    }),
  }
}

function callName(c: Chain, callIndex: Uint8Array): string {
  const meta = c.api.registry.findMetaCall(callIndex)
  return `${c.pallets.get(callIndex[0]) ?? meta.section}.${meta.meta.name.toString()}`
}

/**
 * A codec as plain JSON: integers as decimal strings (no precision lost, no hex), accounts in the chain's SS58,
 * enums by their Rust variant names. Duck-typed because @polkadot/types wraps every class as `Type`.
 */
function plain(v: any): Json {
  if (v === null || v === undefined) return null
  const raw: string | undefined = typeof v.toRawType === 'function' ? v.toRawType() : undefined
  if (raw === 'Null') return null
  if (raw === 'AccountId' || raw === 'AccountId32') return v.toString()
  if (BN.isBN(v)) return v.toString(10)
  if (v instanceof Uint8Array) return u8aToHex(v)
  if (typeof v.isSome === 'boolean' && typeof v.unwrap === 'function') return v.isSome ? plain(v.unwrap()) : null
  if (typeof v.isBasic === 'boolean' && typeof v.type === 'string' && 'index' in v) {
    if (v.isBasic) return v.type
    const inner = v.inner ?? v.value
    return inner?.toRawType?.() === 'Null' ? v.type : { [v.type]: plain(inner) }
  }
  if (typeof v.unwrap === 'function' && typeof v.toBn === 'function') return v.toBn().toString(10)
  if (Array.isArray(v)) return v.map(plain)
  if (v instanceof Map) {
    const out: Record<string, Json> = {}
    for (const [k, x] of v.entries()) out[typeof k === 'string' ? k : String(plain(k))] = plain(x)
    return out
  }
  if (v instanceof Boolean) return v.valueOf()
  if (v instanceof String) return v.toString()
  if (typeof v === 'number' || typeof v === 'bigint') return v.toString()
  if (typeof v === 'string' || typeof v === 'boolean') return v
  return v.toJSON?.() ?? String(v)
}

// ---------- reading results ----------

function txRecord(c: Chain, block: BlockRecord, p: Pending, opts: { mustSucceed?: boolean } = {}): TxRecord {
  const x = block.extrinsics.find((e) => e.hash === p.hash)
  if (!x) throw new Error(`${c.name}: "${p.label}" (${p.hash}) is not in block ${block.number}; the pool dropped it (see the chopsticks log)`)
  const events = block.events.filter((e) => e.extrinsicIndex === x.index)
  const success = events.some((e) => e.name === 'System.ExtrinsicSuccess')
  if (!success && opts.mustSucceed !== false) {
    const failed = events.find((e) => e.name === 'System.ExtrinsicFailed')
    throw new Error(`${c.name}: "${p.label}" failed in block ${block.number}: ${describeError(c, failed?.data.dispatchError)}`)
  }
  const feeEv = events.find((e) => e.method === 'TransactionFeePaid' || e.method === 'AssetTxFeePaid')
  return {
    chain: c.name,
    label: p.label,
    blockNumber: block.number,
    blockHash: block.hash,
    extrinsicIndex: x.index,
    extrinsicHash: x.hash,
    signer: p.signer,
    call: x.call,
    success,
    fee: feeEv
      ? { event: feeEv.name, who: String(feeEv.data.who), actualFee: String(feeEv.data.actualFee), tip: String(feeEv.data.tip) }
      : null,
    events,
  }
}

function describeError(c: Chain, err: Json | undefined): string {
  const m = (err as any)?.Module
  if (m) {
    try {
      const index = Number(m.index)
      const error = typeof m.error === 'string' ? Number.parseInt(m.error.slice(2, 4), 16) : Number(m.error)
      const meta = c.api.registry.findMetaError({ index: new BN(index), error: new BN(error) })
      return `${meta.section}.${meta.name}`
    } catch {
      /* fall through to the raw error */
    }
  }
  return JSON.stringify(err)
}

function events(tx: TxRecord | BlockRecord, name: string): RecordedEvent[] {
  return tx.events.filter((e) => e.name === name)
}

function one(tx: TxRecord | BlockRecord, name: string, where = ''): RecordedEvent {
  const found = events(tx, name)
  if (found.length !== 1) {
    const at = 'label' in tx ? `"${tx.label}"` : `block ${tx.number}`
    throw new Error(`expected one ${name} in ${at}${where}, got ${found.length}: ${tx.events.map((e) => e.name).join(', ')}`)
  }
  return found[0]
}

function feeSplit(tx: TxRecord, treasury: string | null, parentIssuance: string, block: BlockRecord): FeeSplit {
  const k = tx.events.findIndex((e) => e.method === 'TransactionFeePaid' || e.method === 'AssetTxFeePaid')
  if (k < 0 || !tx.fee) throw new Error(`"${tx.label}" has no fee event`)
  const payer = tx.fee.who
  let refunded = 0n
  let toTreasury = 0n
  const toOthers: { who: string; amount: string }[] = []
  // The fee handler runs last; its deposits sit right before the fee event.
  for (let j = k - 1; j >= 0 && tx.events[j].name === 'Balances.Deposit'; j--) {
    const who = String(tx.events[j].data.who)
    const amount = BigInt(String(tx.events[j].data.amount))
    if (who === payer) refunded += amount
    else if (who === treasury) toTreasury += amount
    else toOthers.unshift({ who, amount: amount.toString() })
  }
  const withdraw = tx.events.find((e) => e.name === 'Balances.Withdraw' && e.data.who === payer)
  const actualFee = BigInt(tx.fee.actualFee)
  const others = toOthers.reduce((s, o) => s + BigInt(o.amount), 0n)
  return {
    withdrawn: withdraw ? String(withdraw.data.amount) : '0',
    refunded: refunded.toString(),
    actualFee: tx.fee.actualFee,
    tip: tx.fee.tip,
    toTreasury: toTreasury.toString(),
    toOthers,
    burned: (actualFee - toTreasury - others).toString(),
    blockIssuanceDelta: (BigInt(block.totalIssuance) - BigInt(parentIssuance)).toString(),
  }
}

async function issuanceAt(c: Chain, hash: string): Promise<string> {
  return (await (await c.api.at(hash)).query.balances.totalIssuance()).toString()
}

async function freeOf(c: Chain, who: string, at?: string): Promise<bigint> {
  const api = at ? await c.api.at(at) : c.api
  const acc = (await api.query.system.account(who)) as any
  return BigInt(acc.data.free.toString())
}

// ---------- the scenario ----------

export async function runScenario(
  endpoints: { relay: string; coretime: string; assetHub: string },
  opts: ScenarioOptions = {},
): Promise<ScenarioRecord> {
  const started = Date.now()
  const log = opts.log ?? (() => {})
  await cryptoWaitReady()
  const [relay, coretime, ah] = await Promise.all([
    connect('relay', endpoints.relay),
    connect('coretime', endpoints.coretime),
    connect('assetHub', endpoints.assetHub),
  ])
  try {
    return await scenario(relay, coretime, ah, opts, log, started)
  } finally {
    await Promise.all([relay.api.disconnect(), coretime.api.disconnect(), ah.api.disconnect()])
  }
}

/**
 * The scenario: setup, then steps 0–8 in order (0 and 8 only when a spend period can close), then the record.
 * Each step submits its extrinsics, builds the block(s) they go in and returns what the record needs of them.
 */
async function scenario(relay: Chain, coretime: Chain, ah: Chain, opts: ScenarioOptions, log: (m: string) => void, started: number): Promise<ScenarioRecord> {
  const run = await prepare(relay, coretime, ah, opts, log, started)
  await makeAssetHubRoutable(run)
  const relayJump = relayJumpTarget(run)
  if (relayJump !== undefined) await step(run, 0, `relay jumps from block ${relay.startHead} to ${relayJump}`, () => jumpRelay(run, relayJump))
  const fees = await step(run, 1, 'fee-paying transfers (relay, coretime, asset hub) and treasury funding', () => payFees(run))
  const local = await step(run, 2, 'asset rates, local spend', () => createRatesAndLocalSpend(run))
  const spends = await step(run, 3, 'asset spends', () => approveAssetSpends(run, local.block))
  const payouts = await step(run, 4, 'payout x2, voidSpend', () => payOutAndVoid(run, spends))
  const downward = await step(run, 5, 'downward messages executed on Asset Hub', () => executeOnAssetHub(run, payouts.block))
  const responses = await step(run, 6, 'upward messages received by the relay', () => receiveResponses(run, downward.upward))
  const checks = await step(run, 7, 'checkStatus x2', () => checkStatuses(run, spends))
  let period: SpendPeriodResult = { record: null, awarded: null }
  if (opts.spendPeriod !== false && (relayJump !== undefined || relay.startHead >= run.treasury.spendPeriod)) {
    period = await step(run, 8, 'spend period', () => closeSpendPeriod(run, checks.block, local.approvedLocal))
  }
  const governance = await step(run, 9, 'a referendum, votes and a delegation', () => referendumWithVotes(run))
  const coretimeSales = await step(run, 10, 'coretime: broker configured, sales started, a core bought, assigned and renewed in the next sale', () => sellCoretime(run))
  return record(run, relayJump, { fees, local, spends, payouts, downward, responses, checks, period, governance, coretimeSales })
}

// ---------- the scenario's steps ----------

type Accounts = Record<'alice' | 'bob' | 'charlie' | 'dave' | 'eve' | 'ferdie', KeyringPair>

/** What every step works with. */
interface Run {
  relay: Chain
  coretime: Chain
  ah: Chain
  opts: ScenarioOptions
  log: (m: string) => void
  started: number
  who: Accounts
  overrides: StorageOverride[]
  treasury: { account: string; accountHex: string; spendPeriod: number; payoutPeriod: number; freeAtStart: bigint; onAh: string; onAhHex: string }
}

const AH_LOCATION = { V5: { parents: 0, interior: { X1: [{ Parachain: ASSET_HUB_PARA }] } } }
const NATIVE_ON_AH = { V5: { location: AH_LOCATION.V5, assetId: { parents: 1, interior: 'Here' } } }
const USDT_ON_AH = { V5: { location: AH_LOCATION.V5, assetId: { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: 1984 }] } } } }

/** Logs a step, awaits the caller's hook, then runs it. */
async function step<T>(run: Run, n: number, label: string, body: () => Promise<T>): Promise<T> {
  run.log(`step ${n}: ${label}`)
  await run.opts.onStep?.(n, label)
  return body()
}

function unit(c: Chain): bigint {
  return 10n ** BigInt(c.api.registry.chainDecimals[0] ?? 10)
}

/** The dev accounts, and the relay treasury's facts: its pot, periods, and its account on Asset Hub. */
async function prepare(relay: Chain, coretime: Chain, ah: Chain, opts: ScenarioOptions, log: (m: string) => void, started: number): Promise<Run> {
  const keyring = new Keyring({ type: 'sr25519' })
  const [alice, bob, charlie, dave, eve, ferdie] = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((n) => keyring.addFromUri(`//${n}`, { name: n }))
  const r = relay.api
  const account = r.consts.treasury.potAccount.toString()
  const accountHex = u8aToHex(r.consts.treasury.potAccount.toU8a())
  const spendPeriod = Number(r.consts.treasury.spendPeriod.toString())
  const payoutPeriod = Number(r.consts.treasury.payoutPeriod.toString())
  const freeAtStart = await freeOf(relay, account)
  // The relay treasury pays asset spends from its account on Asset Hub; the runtime says which account that is.
  // Its XCM origin there is the relay's treasury pallet instance (Paseo's TreasuryInteriorLocation).
  const treasuryOrigin = { parents: 1, interior: { X1: [{ PalletInstance: treasuryPalletIndex(relay) }] } }
  const conv = (await (ah.api.call as any).locationToAccountApi.convertLocation({ V5: treasuryOrigin })) as any
  if (!conv.isOk) throw new Error(`Asset Hub cannot convert the relay treasury location: ${JSON.stringify(conv.toJSON())}`)
  const onAh = encodeAddress(conv.asOk.toU8a(), ah.ss58)
  const onAhHex = u8aToHex(conv.asOk.toU8a())
  const who = { alice, bob, charlie, dave, eve, ferdie }
  return { relay, coretime, ah, opts, log, started, who, overrides: [], treasury: { account, accountHex, spendPeriod, payoutPeriod, freeAtStart, onAh, onAhHex } }
}

/** Setup: para 1000 known to the relay; XCM versions known on both ends. */
async function makeAssetHubRoutable({ relay, ah, overrides }: Run): Promise<void> {
  const r = relay.api
  const ahHead = await ah.api.rpc.chain.getHeader()
  await setStorage(relay, overrides, [
    {
      item: 'Paras.Heads(1000)',
      key: r.query.paras.heads.key(ASSET_HUB_PARA),
      value: scale(r.createType('Bytes', ahHead.toHex())),
      why: 'DMP refuses paras without a head (Unroutable); the Asset Hub head makes para 1000 routable',
    },
    {
      item: 'Paras.ParaLifecycles(1000)',
      key: r.query.paras.paraLifecycles.key(ASSET_HUB_PARA),
      value: scale(r.createType('PolkadotRuntimeParachainsParasParaLifecycle', 'Parachain')),
      why: 'para 1000 registered as a parachain, as on a live relay',
    },
    {
      item: 'XcmPallet.SupportedVersion(5, Parachain(1000))',
      key: r.query.xcmPallet.supportedVersion.key(5, AH_LOCATION),
      value: scale(r.createType('u32', 5)),
      why: 'XCM version of Asset Hub already negotiated, so no version-discovery messages join the payout',
    },
  ])
  await setStorage(ah, overrides, [
    {
      item: 'PolkadotXcm.SupportedVersion(5, Parent)',
      key: ah.api.query.polkadotXcm.supportedVersion.key(5, { V5: { parents: 1, interior: 'Here' } }),
      value: scale(ah.api.createType('u32', 5)),
      why: 'XCM version of the relay already negotiated, so the query response is the only upward message',
    },
  ])
}

/** The height the relay jumps to at its first block, if a spend period is to close (see the file comment). */
function relayJumpTarget({ relay, opts, treasury: { spendPeriod } }: Run): number | undefined {
  return opts.spendPeriod !== false && relay.startHead < spendPeriod ? spendPeriod + 1 : undefined
}

/**
 * Step 0: the relay's block-number jump, in a block of its own. Only a jump at the very first block keeps the
 * relay's built blocks contiguous (see the file comment). It gets an empty block, so that the first block an
 * indexer sees holds no scenario transaction.
 */
async function jumpRelay({ relay, overrides, treasury: { spendPeriod } }: Run, relayJump: number): Promise<void> {
  const r = relay.api
  const jumpOverrides: { item: string; key: string; value: string; why: string }[] = []
  if (((await r.query.scheduler.incompleteSince()) as any).isSome) {
    // Set once a block was built (chopsticks sometimes builds #1 at start-up).
    jumpOverrides.push({
      item: 'Scheduler.IncompleteSince',
      key: r.query.scheduler.incompleteSince.key(),
      value: scale(r.createType('u32', relayJump)),
      why: 'the scheduler would otherwise walk the agendas of every skipped block, 50 a block, and emit Scheduler.AgendaIncomplete in each',
    })
  }
  if (((await r.query.treasury.lastSpendPeriod()) as any).isSome) {
    // A chain that already counted periods from a low block would close one right at the jump.
    jumpOverrides.push({
      item: 'Treasury.LastSpendPeriod',
      key: r.query.treasury.lastSpendPeriod.key(),
      value: scale(r.createType('u32', relayJump - (relayJump % spendPeriod))),
      why: 'no spend period may close at the block-number jump',
    })
  }
  if (jumpOverrides.length) await setStorage(relay, overrides, jumpOverrides)
  await buildBlock(relay, { unsafeBlockHeight: relayJump })
}

interface FeesResult {
  fees: FeeTxRecord[]
  funding: ScenarioRecord['funding']
}

/** Step 1: transfers with fees and tips on all three chains; the treasury pot and its Asset Hub account funded. */
async function payFees({ relay, coretime, ah, who, treasury }: Run): Promise<FeesResult> {
  const { alice, bob, charlie, dave, eve, ferdie } = who
  const r = relay.api
  const relayFeeTxs = [
    await submit(relay, alice, r.tx.balances.transferKeepAlive(dave.address, 12n * unit(relay)), 'relay: Alice pays Dave 12 with a tip of 0.1', unit(relay) / 10n),
    await submit(relay, bob, r.tx.balances.transferKeepAlive(dave.address, 3n * unit(relay)), 'relay: Bob pays Dave 3, no tip'),
    await submit(relay, charlie, r.tx.balances.transferKeepAlive(eve.address, 7n * unit(relay)), 'relay: Charlie pays Eve 7 with a tip of 0.025', unit(relay) / 40n),
  ]
  const relayFunding = await submit(relay, ferdie, r.tx.balances.transferKeepAlive(treasury.account, 1000n * unit(relay)), 'relay: Ferdie funds the treasury pot with 1000')
  const coretimeFeeTx = await submit(coretime, alice, coretime.api.tx.balances.transferKeepAlive(bob.address, 5n * unit(coretime)), 'coretime: Alice pays Bob 5 with a tip of 0.01', unit(coretime) / 100n)
  const ahFeeTx = await submit(ah, alice, ah.api.tx.balances.transferKeepAlive(bob.address, 4n * unit(ah)), 'asset hub: Alice pays Bob 4 with a tip of 0.02', unit(ah) / 50n)
  const ahFunding = await submit(ah, ferdie, ah.api.tx.balances.transferKeepAlive(treasury.onAh, 1000n * unit(ah)), "asset hub: Ferdie funds the relay treasury's account with 1000")

  const [relayParentIssuance, ctParentIssuance, ahParentIssuance] = await Promise.all(
    [relay, coretime, ah].map(async (c) => issuanceAt(c, (await c.api.rpc.chain.getBlockHash()).toHex())),
  )
  const [r1, c1, a1] = await Promise.all([buildBlock(relay), buildBlock(coretime), buildBlock(ah)])
  const fees: FeeTxRecord[] = []
  for (const [c, block, p, pot, parentIssuance] of [
    ...relayFeeTxs.map((p) => [relay, r1, p, treasury.account, relayParentIssuance] as const),
    [coretime, c1, coretimeFeeTx, null, ctParentIssuance] as const,
    [ah, a1, ahFeeTx, null, ahParentIssuance] as const,
  ]) {
    const tx = txRecord(c, block, p)
    fees.push({ ...tx, transfer: transferOf(tx), split: feeSplit(tx, pot, parentIssuance, block) })
  }
  return { fees, funding: { relay: txRecord(relay, r1, relayFunding), assetHub: txRecord(ah, a1, ahFunding) } }
}

function transferOf(tx: TxRecord): FeeTxRecord['transfer'] {
  const t = one(tx, 'Balances.Transfer')
  return { from: String(t.data.from), to: String(t.data.to), amount: String(t.data.amount) }
}

interface LocalSpendResult {
  block: BlockRecord
  ratesTx: TxRecord
  rateEvents: RecordedEvent[]
  localTx: TxRecord
  approvedLocal: RecordedEvent
}

/** Step 2: asset rates and a local spend. */
async function createRatesAndLocalSpend({ relay, who: { alice, eve } }: Run): Promise<LocalSpendResult> {
  const r = relay.api
  const FIXED_ONE = 10n ** 18n
  // FixedU128 native per asset unit: 1 PAS on Asset Hub = 1 PAS; 1 USDT unit (10^-6) = 2500 planck (1 USDT = 0.25 PAS).
  const rates = [
    { kind: NATIVE_ON_AH, rate: FIXED_ONE },
    { kind: USDT_ON_AH, rate: 2500n * FIXED_ONE },
  ]
  const ratesP = await submit(relay, alice, r.tx.sudo.sudo(r.tx.utility.batchAll(rates.map((x) => r.tx.assetRate.create(x.kind, x.rate)))), 'relay: sudo assetRate.create for native PAS and USDT on Asset Hub')
  const localAmount = 100n * unit(relay)
  const localP = await submit(relay, alice, r.tx.sudo.sudo(r.tx.treasury.spendLocal(localAmount, eve.address)), 'relay: sudo treasury.spendLocal 100 to Eve')
  const block = await buildBlock(relay)
  const ratesTx = txRecord(relay, block, ratesP)
  const rateEvents = events(ratesTx, 'AssetRate.AssetRateCreated')
  if (rateEvents.length !== 2) throw new Error(`expected two AssetRate.AssetRateCreated, got ${rateEvents.length}`)
  const localTx = txRecord(relay, block, localP)
  return { block, ratesTx, rateEvents, localTx, approvedLocal: one(localTx, 'Treasury.SpendApproved') }
}

interface AssetSpendsResult {
  approvals: { tx: TxRecord; ev: RecordedEvent }[]
  paid: number
  failing: number
  voided: number
}

/** Step 3: asset spends: one to be paid, one whose XCM will fail on Asset Hub, one to be voided. */
async function approveAssetSpends({ relay, ah, who: { alice, bob, charlie } }: Run, previous: BlockRecord): Promise<AssetSpendsResult> {
  const r = relay.api
  const onAh = (who: KeyringPair) => ({ V5: { parents: 0, interior: { X1: [{ AccountId32: { network: null, id: u8aToHex(who.publicKey) } }] } } })
  const voidValidFrom = previous.number + 1 + 50
  const spendPs = [
    await submit(relay, alice, r.tx.sudo.sudo(r.tx.treasury.spend(NATIVE_ON_AH, 50n * unit(ah), onAh(bob), null)), 'relay: sudo treasury.spend 50 PAS on Asset Hub to Bob'),
    await submit(relay, alice, r.tx.sudo.sudo(r.tx.treasury.spend(USDT_ON_AH, 3_000_000n, onAh(bob), null)), 'relay: sudo treasury.spend 3 USDT on Asset Hub to Bob'),
    await submit(relay, alice, r.tx.sudo.sudo(r.tx.treasury.spend(NATIVE_ON_AH, 7n * unit(ah), onAh(charlie), voidValidFrom)), 'relay: sudo treasury.spend 7 PAS on Asset Hub to Charlie, valid later'),
  ]
  const block = await buildBlock(relay)
  const approvals = spendPs.map((p) => {
    const tx = txRecord(relay, block, p)
    return { tx, ev: one(tx, 'Treasury.AssetSpendApproved') }
  })
  const [paid, failing, voided] = approvals.map((a) => Number(a.ev.data.index))
  return { approvals, paid, failing, voided }
}

interface PayoutsResult {
  block: BlockRecord
  payouts: { tx: TxRecord; ev: RecordedEvent }[]
  voidTx: TxRecord
  voidedEv: RecordedEvent
  expireAfterPayout: Map<number, number>
}

/** Step 4: payouts over XCM, and a void. */
async function payOutAndVoid({ relay, who: { alice, bob } }: Run, { paid, failing, voided }: AssetSpendsResult): Promise<PayoutsResult> {
  const r = relay.api
  const payoutPs = [
    await submit(relay, bob, r.tx.treasury.payout(paid), `relay: Bob calls treasury.payout(${paid})`),
    await submit(relay, bob, r.tx.treasury.payout(failing), `relay: Bob calls treasury.payout(${failing})`),
  ]
  const voidP = await submit(relay, alice, r.tx.sudo.sudo(r.tx.treasury.voidSpend(voided)), `relay: sudo treasury.voidSpend(${voided})`)
  const block = await buildBlock(relay)
  const payouts = payoutPs.map((p) => {
    const tx = txRecord(relay, block, p)
    return { tx, ev: one(tx, 'Treasury.Paid') }
  })
  const voidTx = txRecord(relay, block, voidP)
  const voidedEv = one(voidTx, 'Treasury.AssetSpendVoided')
  const expireAfterPayout = new Map<number, number>()
  for (const i of [paid, failing]) {
    const s = (await r.query.treasury.spends(i)) as any
    expireAfterPayout.set(i, s.unwrap().expireAt.toNumber())
  }
  return { block, payouts, voidTx, voidedEv, expireAfterPayout }
}

type DownwardRecord = NonNullable<AssetSpendRecord['downwardMessage']>

interface AssetHubResult {
  /** the Asset Hub block that executed the downward messages */
  block: BlockRecord
  downward: DownwardRecord[]
  upward: string[]
  upwardByQuery: Map<string, { hex: string; xcm: Json }>
}

/** Step 5: Asset Hub executes the downward messages; its answers go back up. */
async function executeOnAssetHub({ relay, ah }: Run, payoutBlock: BlockRecord): Promise<AssetHubResult> {
  const queue = (await (await relay.api.at(payoutBlock.hash)).query.dmp.downwardMessageQueues(ASSET_HUB_PARA)) as any
  const dmp = (queue as any[]).filter((m) => m.sentAt.toNumber() === payoutBlock.number).map((m) => ({ sentAt: m.sentAt.toNumber() as number, msg: m.msg.toHex() as string }))
  if (dmp.length !== 2) throw new Error(`expected two downward messages from block ${payoutBlock.number}, found ${dmp.length}`)
  const block = await buildBlock(ah, { dmp })
  const upward = ((await (await ah.api.at(block.hash)).query.parachainSystem.upwardMessages()) as any).map((m: any) => m.toHex() as string) as string[]
  if (upward.length !== 2) throw new Error(`expected two upward messages from Asset Hub block ${block.number}, found ${upward.length}`)
  const downward = dmp.map((m) => {
    const xcm = decodeXcm(relay, m.msg)
    return { sentAt: m.sentAt, hex: m.msg, messageId: topicOf(xcm), xcm }
  })
  const upwardByQuery = new Map<string, { hex: string; xcm: Json }>()
  for (const hex of upward) {
    const xcm = decodeXcm(relay, hex) as any
    const qr = Object.values(xcm)[0] as any[]
    const q = qr.find((x) => x && typeof x === 'object' && 'QueryResponse' in x)
    if (q) upwardByQuery.set(String(q.QueryResponse.queryId), { hex, xcm })
  }
  return { block, downward, upward, upwardByQuery }
}

function decodeXcm(c: Chain, hex: string): Json {
  return plain(c.api.createType('XcmVersionedXcm', hex))
}

/** The message id an XCM names in its closing SetTopic. */
function topicOf(xcm: Json): string | null {
  const instrs = xcm && typeof xcm === 'object' && !Array.isArray(xcm) ? Object.values(xcm)[0] : null
  const last = Array.isArray(instrs) ? instrs[instrs.length - 1] : null
  return last && typeof last === 'object' && !Array.isArray(last) && typeof last.SetTopic === 'string' ? last.SetTopic : null
}

/** What Asset Hub's block did with one downward message. */
function executionOf(block: BlockRecord, messageId: string | null): NonNullable<AssetSpendRecord['assetHubExecution']> {
  const processed = block.events.filter((e) => e.name === 'MessageQueue.Processed')
  const i = processed.findIndex((e) => e.data.id === messageId)
  if (i < 0) throw new Error(`Asset Hub block ${block.number} did not process message ${messageId}`)
  // A message's own events are those of the same phase between the previous Processed and its own.
  const from = i === 0 ? 0 : processed[i - 1].eventIndex + 1
  const evs = block.events.filter((e) => e.eventIndex >= from && e.eventIndex <= processed[i].eventIndex && e.phase === processed[i].phase)
  return { blockNumber: block.number, blockHash: block.hash, success: processed[i].data.success === true, events: evs }
}

/** Step 6: the relay receives the query responses. */
async function receiveResponses({ relay, overrides }: Run, upward: string[]): Promise<RecordedEvent[]> {
  await injectUpward(relay, overrides, ASSET_HUB_PARA, upward)
  const block = await buildBlock(relay)
  const responses = events(block, 'XcmPallet.ResponseReady')
  if (responses.length !== 2) throw new Error(`expected two XcmPallet.ResponseReady in relay block ${block.number}, got ${block.events.map((e) => e.name).join(', ')}`)
  return responses
}

interface ChecksResult {
  block: BlockRecord
  checks: TxRecord[]
  processedEv: RecordedEvent
  failedEv: RecordedEvent
}

/** Step 7: check_status settles both payouts. */
async function checkStatuses({ relay, who: { charlie } }: Run, { paid, failing }: AssetSpendsResult): Promise<ChecksResult> {
  const r = relay.api
  const checkPs = [
    await submit(relay, charlie, r.tx.treasury.checkStatus(paid), `relay: Charlie calls treasury.checkStatus(${paid})`),
    await submit(relay, charlie, r.tx.treasury.checkStatus(failing), `relay: Charlie calls treasury.checkStatus(${failing})`),
  ]
  const block = await buildBlock(relay)
  const checks = checkPs.map((p) => txRecord(relay, block, p))
  return { block, checks, processedEv: one(checks[0], 'Treasury.SpendProcessed'), failedEv: one(checks[1], 'Treasury.PaymentFailed') }
}

interface SpendPeriodResult {
  record: ScenarioRecord['spendPeriod']
  awarded: RecordedEvent | null
}

/** Step 8: a spend period closes in the next block, and awards the local spend. */
async function closeSpendPeriod({ relay, overrides, treasury }: Run, previous: BlockRecord, approvedLocal: RecordedEvent): Promise<SpendPeriodResult> {
  const r = relay.api
  const target = previous.number + 1
  const lastSpendPeriod = target - treasury.spendPeriod
  await setStorage(relay, overrides, [
    {
      item: 'Treasury.LastSpendPeriod',
      key: r.query.treasury.lastSpendPeriod.key(),
      value: scale(r.createType('u32', lastSpendPeriod)),
      why: `the next block (${target}) is exactly one SpendPeriod after it, so its on_initialize closes a spend period`,
    },
  ])
  const potBefore = await freeOf(relay, treasury.account)
  const block = await buildBlock(relay)
  const init = block.events.filter((e) => e.phase === 'Initialization')
  const spending = one(block, 'Treasury.Spending')
  const awards = events(block, 'Treasury.Awarded')
  const awarded = awards.find((e) => Number(e.data.proposalIndex) === Number(approvedLocal.data.proposalIndex)) ?? null
  if (!awarded) throw new Error(`spend period at ${block.number} did not award proposal ${approvedLocal.data.proposalIndex}: ${init.map((e) => e.name).join(', ')}`)
  const potAfter = (await freeOf(relay, treasury.account, block.hash)).toString()
  return { record: spendPeriodRecord(block, spending, lastSpendPeriod, potBefore, potAfter), awarded }
}

function spendPeriodRecord(block: BlockRecord, spending: RecordedEvent, lastSpendPeriod: number, potBefore: bigint, potAfter: string): NonNullable<ScenarioRecord['spendPeriod']> {
  const burnt = events(block, 'Treasury.Burnt')[0]
  const rollover = events(block, 'Treasury.Rollover')[0]
  return {
    blockNumber: block.number,
    blockHash: block.hash,
    lastSpendPeriodSetTo: lastSpendPeriod,
    potBefore: potBefore.toString(),
    potAfter,
    budgetRemaining: String(spending.data.budgetRemaining),
    awarded: events(block, 'Treasury.Awarded').map((e) => ({ proposalIndex: Number(e.data.proposalIndex), award: String(e.data.award), account: String(e.data.account) })),
    burntFunds: burnt ? String(burnt.data.burntFunds) : null,
    rolloverBalance: rollover ? String(rollover.data.rolloverBalance) : null,
    events: block.events.filter((e) => e.phase === 'Initialization'),
  }
}

/**
 * Step 9: a referendum on the small tipper track, with its decision deposit, a delegation, votes of every kind
 * and a removal; the runtime's own tally is read back. Charlie delegates to Dave before Dave votes, so Dave's vote
 * carries Charlie's conviction-weighted balance: the part of the tally no vote event itemises.
 */
/**
 * Step 10, on the Coretime chain (the real coretime-paseo runtime): Sudo configures the broker (a lead-in of 20 relay
 * blocks, regions of 3 timeslices), leases a core to para 2000, reserves one for para 1000 and starts sales; once
 * the lead-in is over Bob buys a core at the end price and assigns it to para 2001 for good, which makes it
 * renewable; the mocked relay parent then moves on until the next sale opens, and Bob renews. Skipped on a chain
 * whose broker was configured before (a resumed devnet).
 */
async function sellCoretime({ coretime, who: { alice, bob }, log }: Run): Promise<CoretimeSalesRecord | null> {
  const c = coretime.api
  if ((await c.query.broker.status()).toJSON() !== null) {
    log('coretime: the broker was configured before this run; no new sales')
    return null
  }
  const u = unit(coretime)
  const b = c.tx.broker
  const config = { advanceNotice: 2, interludeLength: 1, leadinLength: 20, regionLength: 3, idealBulkProportion: 1_000_000_000, limitCoresOffered: null, renewalBump: 30_000_000, contributionTimeout: 5 }
  const full = '0x' + 'ff'.repeat(10)
  const startP = await submit(coretime, alice, c.tx.sudo.sudo(c.tx.utility.batchAll([b.configure(config), b.setLease(2000, 1000), b.reserve([{ mask: full, assignment: { Task: 1000 } }]), b.startSales(100n * u, 4)])), 'coretime: sudo broker.configure, setLease(2000), reserve(1000), startSales')
  const startBlock = await buildBlock(coretime)
  const start = txRecord(coretime, startBlock, startP)
  const first = one(start, 'Broker.SaleInitialized')
  const relayParents: number[] = []
  const relayNow = async () => Number((await c.query.parachainSystem.lastRelayChainBlockNumber()).toString())
  // past the lead-in: the price is the end price, whatever the block
  const afterLeadin = Number(first.data.saleStart) + Number(first.data.leadinLength) + 2
  const purchaseP = await submit(coretime, bob, b.purchase(2n * BigInt(String(first.data.endPrice))), 'coretime: Bob buys a core after the lead-in')
  relayParents.push(afterLeadin)
  const purchase = txRecord(coretime, await buildBlock(coretime, { relayParentNumber: afterLeadin }), purchaseP)
  const bought = one(purchase, 'Broker.Purchased').data.regionId as Record<string, unknown>
  const assignP = await submit(coretime, bob, b.assign({ begin: Number(bought.begin), core: Number(bought.core), mask: String(bought.mask) }, 2001, 'Final'), 'coretime: Bob assigns his region to para 2001 for good')
  const assign = txRecord(coretime, await buildBlock(coretime), assignP)
  one(assign, 'Broker.Renewable')
  // the next sale opens once the timeslice its regions begin at is committed, one timeslice a block
  const regionBegin = Number(first.data.regionBegin)
  let next: RecordedEvent | undefined
  for (let k = 0; k < 12 && !next; k++) {
    const parent = Math.max(await relayNow(), regionBegin * 80 - 2) + 80
    relayParents.push(parent)
    next = (await buildBlock(coretime, { relayParentNumber: parent })).events.find((e) => e.name === 'Broker.SaleInitialized')
  }
  if (!next) throw new Error(`coretime: no second SaleInitialized after ${relayParents.length} blocks (relay parents ${relayParents.join(', ')})`)
  const renewP = await submit(coretime, bob, b.renew(Number(bought.core)), 'coretime: Bob renews his core in the next sale')
  const parent = (await relayNow()) + 2
  relayParents.push(parent)
  const renew = txRecord(coretime, await buildBlock(coretime, { relayParentNumber: parent }), renewP)
  one(renew, 'Broker.Renewed')
  return { start, sales: [first, next], purchase, assign, renew, relayParents }
}

async function referendumWithVotes({ relay, who: { alice, bob, charlie, dave, eve, ferdie } }: Run): Promise<GovernanceRecord> {
  const r = relay.api
  const u = unit(relay)
  const tracks = r.consts.referenda.tracks as unknown as [{ toNumber(): number }, { name: { toU8a(bare: boolean): Uint8Array } }][]
  const named = (t: (typeof tracks)[number]) => Buffer.from(t[1].name.toU8a(true)).toString('utf8').replace(/\0+$/, '')
  const tipper = tracks.find((t) => named(t) === 'small_tipper')
  if (!tipper) throw new Error(`relay: no small_tipper track in Referenda.Tracks (${tracks.map(named).join(', ')})`)
  const track = tipper[0].toNumber()
  const index = Number((await r.query.referenda.referendumCount()).toString())
  const remarkBytes = u8aToHex(new TextEncoder().encode('cloudhub devnet referendum'))
  const remark = r.tx.system.remark(remarkBytes).method.toHex()
  const delegation = { conviction: 2, balance: 50n * u }

  const submitP = await submit(relay, alice, r.tx.referenda.submit({ Origins: 'SmallTipper' }, { Inline: remark }, { After: 10 }), `relay: Alice submits referendum ${index} on small_tipper`)
  const delegateP = await submit(relay, charlie, r.tx.convictionVoting.delegate(track, dave.address, 'Locked2x', delegation.balance), 'relay: Charlie delegates 50 at Locked2x to Dave on small_tipper')
  const first = await buildBlock(relay)
  const submission = txRecord(relay, first, submitP)
  one(submission, 'Referenda.Submitted')
  const delegationTx = txRecord(relay, first, delegateP)

  const standard = (aye: boolean, conviction: number, balance: bigint) => ({ Standard: { vote: { aye, conviction }, balance } })
  const cast: [KeyringPair, Record<string, unknown>][] = [
    [alice, standard(true, 1, 100n * u)],
    [bob, { Split: { aye: 30n * u, nay: 20n * u } }],
    [dave, standard(true, 3, 10n * u)],
    [eve, { SplitAbstain: { aye: 1n * u, nay: 2n * u, abstain: 3n * u } }],
  ]
  const depositP = await submit(relay, bob, r.tx.referenda.placeDecisionDeposit(index), `relay: Bob places the decision deposit of referendum ${index}`)
  const votePs = []
  for (const [who, vote] of cast) votePs.push({ who, vote, p: await submit(relay, who, r.tx.convictionVoting.vote(index, vote as never), `relay: ${who.meta.name ?? who.address} votes on referendum ${index}`) })
  const second = await buildBlock(relay)
  const decisionDeposit = txRecord(relay, second, depositP)
  one(decisionDeposit, 'Referenda.DecisionDepositPlaced')

  const nay = standard(false, 0, 40n * u)
  const removeP = await submit(relay, eve, r.tx.convictionVoting.removeVote(track, index), `relay: Eve removes her vote on referendum ${index}`)
  const ferdieP = await submit(relay, ferdie, r.tx.convictionVoting.vote(index, nay as never), `relay: Ferdie votes nay on referendum ${index}`)
  const third = await buildBlock(relay)

  const votes: GovernanceRecord['votes'] = [
    ...votePs.map(({ who, vote, p }) => ({ tx: txRecord(relay, second, p), voter: who.address, vote: argJson(vote), removed: false })),
    { tx: txRecord(relay, third, removeP), voter: eve.address, vote: argJson(cast[3][1]), removed: true },
    { tx: txRecord(relay, third, ferdieP), voter: ferdie.address, vote: argJson(nay), removed: false },
  ]
  for (const v of votes) one(v.tx, v.removed ? 'ConvictionVoting.VoteRemoved' : 'ConvictionVoting.Voted')

  const info = (await r.query.referenda.referendumInfoFor.at(third.hash, index)) as any
  if (!info.isSome || !info.unwrap().isOngoing) throw new Error(`relay: referendum ${index} is not ongoing at block ${third.number}: ${info.toString()}`)
  const tally = info.unwrap().asOngoing.tally
  return {
    index,
    track,
    trackName: 'small_tipper',
    remark: remarkBytes,
    submission,
    decisionDeposit,
    delegation: { tx: delegationTx, from: charlie.address, to: dave.address, conviction: delegation.conviction, balance: delegation.balance.toString() },
    votes,
    tally: { blockNumber: third.number, ayes: tally.ayes.toString(), nays: tally.nays.toString(), support: tally.support.toString() },
  }
}

/** A call argument as the scenario passed it, as JSON (balances as decimal strings). */
const argJson = (v: unknown): Json => JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)))

// ---------- the record ----------

interface StepResults {
  fees: FeesResult
  local: LocalSpendResult
  spends: AssetSpendsResult
  payouts: PayoutsResult
  downward: AssetHubResult
  responses: RecordedEvent[]
  checks: ChecksResult
  period: SpendPeriodResult
  governance: GovernanceRecord
  coretimeSales: CoretimeSalesRecord | null
}

async function record(run: Run, relayJump: number | undefined, s: StepResults): Promise<ScenarioRecord> {
  const { relay, coretime, ah } = run
  const assetSpends = assetSpendRecords(s)
  run.log('verifying block hashes')
  const chains = {} as Record<DevChain, ChainRecord>
  for (const c of [relay, coretime, ah]) chains[c.name] = await chainRecord(c, c === relay ? relayJump : undefined)
  return {
    version: 1,
    generatedAt: new Date().toISOString(),
    wallTimeMs: Date.now() - run.started,
    chains,
    storageOverrides: run.overrides,
    treasury: await treasuryRecord(run),
    ...s.fees,
    assetRates: { tx: s.local.ratesTx, rates: s.local.rateEvents.map((e) => ({ assetKind: e.data.assetKind, rate: String(e.data.rate) })) },
    localSpend: {
      proposalIndex: Number(s.local.approvedLocal.data.proposalIndex),
      amount: String(s.local.approvedLocal.data.amount),
      beneficiary: String(s.local.approvedLocal.data.beneficiary),
      approval: s.local.localTx,
      awarded: s.period.awarded,
    },
    assetSpends,
    spendPeriod: s.period.record,
    governance: s.governance,
    coretimeSales: s.coretimeSales,
    blocks: { relay: relay.blocks, coretime: coretime.blocks, assetHub: ah.blocks },
  }
}

async function treasuryRecord({ relay, ah, treasury: t }: Run): Promise<ScenarioRecord['treasury']> {
  return {
    account: t.account,
    accountHex: t.accountHex,
    spendPeriod: t.spendPeriod,
    payoutPeriod: t.payoutPeriod,
    burn: relay.api.consts.treasury.burn.toString(),
    freeAtStart: t.freeAtStart.toString(),
    freeAtEnd: (await freeOf(relay, t.account)).toString(),
    assetHubAccount: { account: t.onAh, accountHex: t.onAhHex, freeAtEnd: (await freeOf(ah, t.onAh)).toString() },
  }
}

function assetSpendRecords(s: StepResults): AssetSpendRecord[] {
  const { approvals } = s.spends
  return [
    assetSpendRecord('paid', approvals[0], { ...paidLeg(s, 0), outcome: s.checks.processedEv }),
    assetSpendRecord('failed', approvals[1], { ...paidLeg(s, 1), outcome: s.checks.failedEv }),
    assetSpendRecord('voided', approvals[2], { void: s.payouts.voidTx, outcome: s.payouts.voidedEv }),
  ]
}

function assetSpendRecord(
  role: AssetSpendRecord['role'],
  a: AssetSpendsResult['approvals'][number],
  rest: Partial<AssetSpendRecord> & { outcome: RecordedEvent },
): AssetSpendRecord {
  return {
    role,
    index: Number(a.ev.data.index),
    assetKind: a.ev.data.assetKind,
    amount: String(a.ev.data.amount),
    beneficiary: a.ev.data.beneficiary,
    validFrom: Number(a.ev.data.validFrom),
    expireAt: Number(a.ev.data.expireAt),
    approval: a.tx,
    payout: null,
    downwardMessage: null,
    assetHubExecution: null,
    upwardMessage: null,
    response: null,
    checkStatus: null,
    void: null,
    ...rest,
  }
}

/** The path of a paid-out spend (0: paid, 1: failed): payout, its XCM both ways, the response, check_status. */
function paidLeg(s: StepResults, k: 0 | 1): Partial<AssetSpendRecord> {
  const index = [s.spends.paid, s.spends.failing][k]
  const payout = s.payouts.payouts[k]
  const paymentId = String(payout.ev.data.paymentId)
  const { downward, upwardByQuery } = s.downward
  const down = downward.find((d) => JSON.stringify(d.xcm).includes(`"queryId":"${paymentId}"`)) ?? downward[k]
  return {
    payout: { tx: payout.tx, paymentId, expireAtAfterPayout: s.payouts.expireAfterPayout.get(index)! },
    downwardMessage: down,
    assetHubExecution: executionOf(s.downward.block, down.messageId),
    upwardMessage: upwardByQuery.get(paymentId) ?? null,
    response: s.responses.find((e) => String(e.data.queryId) === paymentId) ?? null,
    checkStatus: s.checks.checks[k],
  }
}

function treasuryPalletIndex(c: Chain): number {
  for (const [index, name] of c.pallets) if (name === 'Treasury') return index
  throw new Error('the relay runtime has no Treasury pallet')
}

/**
 * Queues upward messages from a para in the relay's MessageQueue, as chopsticks' dev_newBlock `ump` option does
 * internally (one page, the para's queue alone in the ready ring); the next block's on_initialize processes them.
 */
async function injectUpward(c: Chain, overrides: StorageOverride[], para: number, messages: string[]) {
  const api = c.api
  const origin = { Ump: { Para: para } }
  const book = (await api.query.messageQueue.bookStateFor(origin)) as any
  if (book.messageCount.toNumber() > 0) throw new Error(`the relay still holds ${book.messageCount} unprocessed upward messages from para ${para}`)
  const bodies = messages.map((m) => api.createType('Bytes', m).toU8a(true))
  let heap: Uint8Array = new Uint8Array(0)
  let last = 0
  for (const body of bodies) {
    last = heap.length
    heap = u8aConcat(heap, api.createType('(u32, bool)', [body.length, false]).toU8a(), body)
  }
  const size = bodies.reduce((s, b) => s + b.length, 0)
  const why = `upward messages of para ${para} delivered to the relay (chopsticks' ump mechanism)`
  await setStorage(c, overrides, [
    {
      item: `MessageQueue.BookStateFor(Ump(Para(${para})))`,
      key: api.query.messageQueue.bookStateFor.key(origin),
      value: scale(
        api.createType('PalletMessageQueueBookState', { begin: 0, end: 1, count: 1, readyNeighbours: { prev: origin, next: origin }, messageCount: bodies.length, size_: size }),
      ),
      why,
    },
    {
      item: 'MessageQueue.ServiceHead',
      key: api.query.messageQueue.serviceHead.key(),
      value: scale(api.createType('PolkadotRuntimeParachainsInclusionAggregateMessageOrigin', origin)),
      why,
    },
    {
      item: `MessageQueue.Pages(Ump(Para(${para})), 0)`,
      key: api.query.messageQueue.pages.key(origin, 0),
      value: scale(api.createType('PalletMessageQueuePage', { remaining: bodies.length, remainingSize: size, firstIndex: 0, first: 0, last, heap: u8aToHex(heap) })),
      why,
    },
  ])
}

async function chainRecord(c: Chain, jumpTo: number | undefined): Promise<ChainRecord> {
  const props = await rpc<Record<string, unknown>>(c.http, 'system_properties')
  const head = c.blocks.at(-1)!
  // What an indexer walking heights will see: every built height must answer with the block recorded for it.
  const answers = await Promise.all(c.blocks.map((b) => rpc<string | null>(c.http, 'chain_getBlockHash', [b.number])))
  c.blocks.forEach((b, i) => {
    if (answers[i] !== b.hash) throw new Error(`${c.name}: chain_getBlockHash(${b.number}) is ${answers[i]}, not the built block ${b.hash}`)
  })
  let gap: ChainRecord['gap'] = null
  if (jumpTo !== undefined && jumpTo > c.startHead + 1) {
    gap = { from: c.startHead + 1, to: jumpTo - 1, getBlockHashAnswer: await rpc<string | null>(c.http, 'chain_getBlockHash', [c.startHead + 1]) }
  }
  const version = await c.api.rpc.state.getRuntimeVersion()
  return {
    chain: c.name,
    wsUrl: c.ws,
    specName: version.specName.toString(),
    specVersion: version.specVersion.toNumber(),
    genesisHash: c.api.genesisHash.toHex(),
    ss58Format: c.ss58,
    tokenDecimals: Number(first(props.tokenDecimals)),
    tokenSymbol: String(first(props.tokenSymbol)),
    existentialDeposit: c.api.consts.balances.existentialDeposit.toString(),
    startHead: c.startHead,
    firstBuiltBlock: c.blocks[0].number,
    headBlock: head.number,
    headHash: head.hash,
    blocksBuilt: c.blocks.length,
    gap,
  }
}

// ---------- CLI ----------

const USAGE = `usage: tsx devnet/scenario.ts --out record.json [--relay ws://… --coretime ws://… --asset-hub ws://…] [--base-port N] [--no-spend-period]
  Without endpoints it starts its own chains (relay on --base-port, default ${DEFAULT_PORTS.relay}; coretime +1; asset hub +2) and stops them after.`

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      relay: { type: 'string' },
      coretime: { type: 'string' },
      'asset-hub': { type: 'string' },
      'base-port': { type: 'string' },
      'no-spend-period': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  })
  if (values.help || !values.out) {
    console.error(USAGE)
    return values.help ? 0 : 2
  }
  const given = [values.relay, values.coretime, values['asset-hub']].filter(Boolean).length
  if (given !== 0 && given !== 3) {
    console.error('give all three of --relay, --coretime, --asset-hub, or none\n' + USAGE)
    return 2
  }
  const t0 = Date.now()
  const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`)
  let lc: LocalChains | undefined
  const stop = async () => {
    const l = lc
    lc = undefined
    await l?.stop()
  }
  const onSignal = () => void stop().then(() => process.exit(130))
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    let endpoints: { relay: string; coretime: string; assetHub: string }
    if (given === 3) {
      endpoints = { relay: values.relay!, coretime: values.coretime!, assetHub: values['asset-hub']! }
    } else {
      const base = values['base-port'] ? Number(values['base-port']) : undefined
      const ports = base ? { relay: base, coretime: base + 1, assetHub: base + 2 } : DEFAULT_PORTS
      log(`starting chains on ports ${ports.relay}, ${ports.coretime}, ${ports.assetHub}`)
      lc = await startLocalChains({ ports })
      endpoints = { relay: lc.chains.relay.wsUrl, coretime: lc.chains.coretime.wsUrl, assetHub: lc.chains.assetHub.wsUrl }
      log('chains up')
    }
    const record = await runScenario(endpoints, { log, spendPeriod: !values['no-spend-period'] })
    writeFileSync(values.out, JSON.stringify(record, null, 2) + '\n')
    const heads = Object.values(record.chains).map((c) => `${c.chain} ${c.firstBuiltBlock}..${c.headBlock}`)
    log(`wrote ${values.out} (${heads.join(', ')}); total ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    return 0
  } finally {
    await stop()
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : e)
      process.exit(1)
    },
  )
}
