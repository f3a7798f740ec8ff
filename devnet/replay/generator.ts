/**
 * Writes replay files from a short TypeScript description: a callback per block adds extrinsics and decoded
 * events; balances moved with credit/debit (and by the fee helper) are tracked, and each block writes the
 * System.Account value of every account it changed, encoded with the block's own runtime. Events are encoded
 * here with the real metadata (hex in the file, fast to serve) or left as JSON (readable; the server encodes).
 *
 *   const w = new ReplayWriter(file, { chain: 'relay', specs: { 'polkadot/2000006': 'polkadot/polkadot-2000006…v14.scale' } })
 *   w.balance(TREASURY, 10n ** 16n)
 *   for (let n = 28_490_000; n < 28_590_000; n++)
 *     w.block({ number: n, timestamp: t0 + (n - 28_490_000) * 6000 }, (b) => {
 *       const x = b.signed({ signer: ALICE, call: 'Balances.transfer_keep_alive', args: { dest: { Id: BOB }, value: 10n ** 10n } })
 *       b.fee(x, { payer: ALICE, fee: 15_000_000n, author: AUTHOR, treasury: TREASURY })
 *     })
 *   w.close()
 *
 * Speed: events go through SpecRuntime's cached field encoders; an extrinsic or storage value seen before is
 * taken from a cache keyed by its JSON.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import path from 'node:path'
import { completeEvents, ReplayChainError } from './chain'
import type { ReplayBlock, ReplayHeader } from './format'
import { defaultMetadataDir, loadSpecRuntime, type EventJson, type ExtrinsicJson, type SpecRuntime } from './runtime'

export interface FeeSpec {
  payer: string
  /** TransactionFeePaid.actual_fee: the whole fee, tip included */
  fee: bigint
  tip?: bigint
  /** block author: gets its share of the fee and the whole tip */
  author: string
  /** account of the treasury pot */
  treasury: string
  /** treasury's share of the fee without the tip, in percent; Polkadot relay: 80 */
  treasuryPercent?: bigint
}

export interface BlockSpec {
  number: number
  timestamp?: number
  /** runtime that executes this block; default: the previous block's */
  spec?: string
  branch?: string
  parent?: string
  relayBlock?: number
}

const json = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? x.toString() : x))
/** FRAME's ExtraFlags "new logic" bit, set on every account since the 2023 balances migration */
const NEW_LOGIC = 1n << 127n

export class BlockBuilder {
  readonly events: EventJson[] = []
  readonly extrinsics: string[] = []
  readonly storage: Record<string, string | null> = {}

  constructor(
    private readonly w: ReplayWriter,
    readonly spec: SpecRuntime,
    readonly number: number,
    hasTimestamp: boolean,
  ) {
    this.firstIndex = hasTimestamp ? 1 : 0
  }

  private readonly firstIndex: number

  /** Adds an extrinsic; returns its index in the block (the Timestamp.set inherent is 0). */
  extrinsic(x: ExtrinsicJson | string): number {
    this.extrinsics.push(typeof x === 'string' ? x : this.w.encodeExtrinsic(this.spec, x))
    return this.firstIndex + this.extrinsics.length - 1
  }

  signed(x: ExtrinsicJson & { signer: string }): number {
    return this.extrinsic(x)
  }

  event(name: string, args: Record<string, unknown>, extrinsic?: number): this {
    this.events.push(extrinsic === undefined ? { name, args } : { name, args, extrinsic })
    return this
  }

  credit(account: string, amount: bigint): this {
    this.w.balance(account, this.w.balanceOf(account) + amount)
    return this
  }

  debit(account: string, amount: bigint): this {
    const now = this.w.balanceOf(account)
    if (now < amount) throw new ReplayChainError(`block ${this.number}: ${account} has ${now}, cannot pay ${amount}`)
    this.w.balance(account, now - amount)
    return this
  }

  /**
   * A Polkadot-relay fee in extrinsic `x`: Balances.Withdraw of the fee first, then (after the call's own events,
   * so add those before) the treasury's share and the author's share as Balances.Deposit, then
   * TransactionPayment.TransactionFeePaid; balances follow.
   */
  fee(x: number, f: FeeSpec): this {
    const tip = f.tip ?? 0n
    const toTreasury = ((f.fee - tip) * (f.treasuryPercent ?? 80n)) / 100n
    const toAuthor = f.fee - toTreasury
    this.events.splice(this.firstOfExtrinsic(x), 0, { name: 'Balances.Withdraw', args: { who: f.payer, amount: f.fee }, extrinsic: x })
    this.event('Balances.Deposit', { who: f.treasury, amount: toTreasury }, x)
    this.event('Balances.Deposit', { who: f.author, amount: toAuthor }, x)
    this.event('TransactionPayment.TransactionFeePaid', { who: f.payer, actualFee: f.fee, tip }, x)
    this.debit(f.payer, f.fee).credit(f.treasury, toTreasury).credit(f.author, toAuthor)
    return this
  }

  private firstOfExtrinsic(x: number): number {
    const i = this.events.findIndex((e) => e.extrinsic === x)
    return i < 0 ? this.events.length : i
  }

  /** A raw storage write (key and value hex; null deletes). */
  write(key: string, value: string | null): this {
    this.storage[key] = value
    return this
  }
}

export interface WriterOptions extends Omit<ReplayHeader, 'replay'> {
  /** write events as hex (default; fast to serve) or as decoded JSON (readable; the server encodes them) */
  eventsAs?: 'hex' | 'json'
}

export class ReplayWriter {
  private readonly fd: number
  private buf: string[] = []
  private bufLen = 0
  private readonly specs = new Map<string, SpecRuntime>()
  private readonly balances = new Map<string, bigint>()
  private readonly changed = new Set<string>()
  private readonly accountKeys = new Map<string, string>()
  private readonly extrinsicCache = new Map<string, string>()
  private lastSpec: string
  private readonly eventsAs: 'hex' | 'json'
  blocks = 0

  constructor(
    readonly file: string,
    opts: WriterOptions,
  ) {
    const { eventsAs, ...header } = opts
    this.eventsAs = eventsAs ?? 'hex'
    const dir = header.metadataDir ? path.resolve(path.dirname(file), header.metadataDir) : defaultMetadataDir()
    for (const [key, f] of Object.entries(header.specs)) {
      const rt = loadSpecRuntime(path.resolve(dir, f))
      if (rt.key !== key) throw new ReplayChainError(`specs["${key}"]: ${f} holds the metadata of ${rt.key}`)
      this.specs.set(key, rt)
    }
    this.lastSpec = Object.keys(header.specs)[0]
    this.fd = openSync(file, 'w')
    this.push(json({ replay: 1, ...header }))
  }

  balanceOf(account: string): bigint {
    return this.balances.get(account) ?? 0n
  }

  /** The tracked balances, to come back to when writing a second branch from its fork point. */
  saveBalances(): Map<string, bigint> {
    return new Map(this.balances)
  }

  restoreBalances(saved: Map<string, bigint>): this {
    for (const a of new Set([...this.balances.keys(), ...saved.keys()])) {
      if (this.balances.get(a) !== saved.get(a)) this.changed.add(a)
    }
    this.balances.clear()
    for (const [a, v] of saved) this.balances.set(a, v)
    return this
  }

  /** Sets an account's free balance; the next block writes its System.Account value. */
  balance(account: string, free: bigint): this {
    this.balances.set(account, free)
    this.changed.add(account)
    return this
  }

  encodeExtrinsic(spec: SpecRuntime, x: ExtrinsicJson): string {
    const k = spec.key + json(x)
    let hex = this.extrinsicCache.get(k)
    if (!hex) {
      hex = spec.encodeExtrinsic(x)
      if (this.extrinsicCache.size > 10_000) this.extrinsicCache.clear()
      this.extrinsicCache.set(k, hex)
    }
    return hex
  }

  /** Writes one block; `fill` adds its content. Returns the line written. */
  block(spec: BlockSpec, fill?: (b: BlockBuilder) => void): ReplayBlock {
    const key = spec.spec ?? this.lastSpec
    const rt = this.specs.get(key)
    if (!rt) throw new ReplayChainError(`block ${spec.number}: spec ${key} is not in the writer's specs`)
    const b = new BlockBuilder(this, rt, spec.number, spec.timestamp !== undefined)
    fill?.(b)
    // as a node does: Timestamp.set writes Timestamp.Now (readers find a block's time in storage without its body)
    if (spec.timestamp !== undefined && rt.hasStorage('Timestamp.Now')) b.storage[rt.storageKey('Timestamp.Now')] ??= rt.storageValue('Timestamp.Now', spec.timestamp)
    for (const account of this.changed) {
      let k = this.accountKeys.get(rt.key + account)
      if (!k) this.accountKeys.set(rt.key + account, (k = rt.storageKey('System.Account', [account])))
      b.storage[k] = rt.storageValue('System.Account', {
        nonce: 0,
        consumers: 0,
        providers: 1,
        sufficients: 0,
        data: { free: this.balanceOf(account), reserved: 0, frozen: 0, flags: NEW_LOGIC },
      })
    }
    this.changed.clear()
    const where = `block ${spec.number}`
    const line: ReplayBlock = { number: spec.number }
    if (spec.branch) line.branch = spec.branch
    if (spec.parent) line.parent = spec.parent
    if (spec.timestamp !== undefined) line.timestamp = spec.timestamp
    if (key !== this.lastSpec || this.blocks === 0) line.spec = key
    if (spec.relayBlock !== undefined) line.relayBlock = spec.relayBlock
    if (b.extrinsics.length) line.extrinsics = b.extrinsics
    const count = b.extrinsics.length + (spec.timestamp !== undefined ? 1 : 0)
    line.events = this.eventsAs === 'hex' ? rt.encodeSystemEvents(completeEvents(b.events, count, where)) : b.events
    if (Object.keys(b.storage).length) line.storage = b.storage
    this.lastSpec = key
    this.blocks++
    this.push(json(line))
    return line
  }

  private push(line: string): void {
    this.buf.push(line)
    this.bufLen += line.length
    if (this.bufLen > 1 << 20) this.flush()
  }

  private flush(): void {
    if (!this.buf.length) return
    writeSync(this.fd, this.buf.join('\n') + '\n')
    this.buf = []
    this.bufLen = 0
  }

  close(): void {
    this.flush()
    closeSync(this.fd)
  }
}
