/**
 * Where a treasury day opens and closes, and the treasury's balance there, read from storage.
 *
 * A day's closing balance is the balance at that UTC day's last block. The processor fetches only blocks with
 * events the modules asked for, so the day's last block is often one it never saw. It is found honestly: when two
 * consecutive known blocks (the previous batch's last block, then the blocks of this batch) straddle one or more UTC
 * midnights, a binary search over the heights between them reads each probed block's Timestamp.Now (chain_getBlockHash,
 * then state_getStorage at that hash) until it finds the last block before the midnight: about log2(gap) probes.
 * That block closes the day, and the same balance opens the next one. The day still in progress gets a provisional
 * closing at the batch's last block (`closed` false), replaced once the day ends.
 *
 * Between any two balances read (the previous batch's last block, the days' closes, the batch's last block), the
 * change must equal the native flows of the blocks in between. Where it does not, a binary search over the heights
 * (each probe one System.Account read) finds the first block whose balance is off: the block the drift appeared in.
 *
 * A balance is a Ledger's: by default storage System.Account of each treasury account of the chain, read at the
 * block's hash (AccountInfo starts with four u32, nonce, consumers, providers, sufficients, then the u128 free balance
 * in every runtime the decoders cover: relay 1002005+, Asset Hub 1006000+); on Asset Hub also Assets.Account(id,
 * account) of USDT and USDC (AssetAccount starts with its u128 balance). Each ledger reconciles on its own, through
 * the same day search, sharing the block hashes and times already read.
 */
import { blake2AsU8a, xxhashAsU8a } from '@polkadot/util-crypto'
import { u8aConcat, u8aToHex, hexToU8a } from '@polkadot/util'
import { utcDay } from '../../mappings/facts'

export class DayBoundaryError extends Error {
  name = 'DayBoundaryError'
}

const TIMESTAMP_NOW = u8aToHex(u8aConcat(xxhashAsU8a('Timestamp', 128), xxhashAsU8a('Now', 128)))
const SYSTEM_ACCOUNT = u8aConcat(xxhashAsU8a('System', 128), xxhashAsU8a('Account', 128))
const ASSETS_ACCOUNT = u8aConcat(xxhashAsU8a('Assets', 128), xxhashAsU8a('Account', 128))

export function accountKey(account: string): string {
  const id = hexToU8a(account)
  return u8aToHex(u8aConcat(SYSTEM_ACCOUNT, blake2AsU8a(id, 128), id))
}

/** Storage key of Assets.Account(assetId, account): Blake2_128Concat(u32 asset id), Blake2_128Concat(AccountId32). */
export function assetAccountKey(assetId: number, account: string): string {
  const id = hexToU8a(account)
  const asset = new Uint8Array(4)
  new DataView(asset.buffer).setUint32(0, assetId, true)
  return u8aToHex(u8aConcat(ASSETS_ACCOUNT, blake2AsU8a(asset, 128), asset, blake2AsU8a(id, 128), id))
}

/** Where one balance of an account is stored: a storage item, and the u128 at an offset of its value. */
export interface Ledger {
  /** the storage item, for errors: System.Account, Assets.Account(1984) */
  what: string
  key(account: string): string
  /** byte offset of the u128 balance in the stored value */
  offset: number
  /** the typegen'd decoder, for blocks the processor fetched */
  typed?: AccountFree
}

export const nativeLedger = (typed?: AccountFree): Ledger => ({ what: 'System.Account', key: accountKey, offset: 16, typed })

export const assetLedger = (assetId: number, typed?: AccountFree): Ledger => ({ what: `Assets.Account(${assetId})`, key: (a) => assetAccountKey(assetId, a), offset: 0, typed })

export type Rpc = (method: string, params: unknown[]) => Promise<any>

export interface KnownBlock {
  height: number
  hash?: string
  /** the parent's hash: where the balance before this block is read */
  parentHash?: string
  timestamp: number
  /** the treasury's balance there, when read */
  balance?: bigint
}

/** The first block whose balance change no indexed flow explains. */
export interface DriftBlock {
  date: string
  block: number
  /** the unexplained part of the change at that block */
  unexplained: bigint
}

/** One balance the day rollup needs: a day's close (at its last block) or the opening of the first indexed day. */
export interface DayBalance {
  date: string
  block: number
  balance: bigint
  /** close: the day's last block; provisional: the last indexed block of a day still open; open: before the first indexed block */
  role: 'close' | 'provisional' | 'open'
}

/** Free balance of an account at a fetched block, through the chain's typegen'd System.Account decoder. */
export type AccountFree = (header: unknown, account: string) => Promise<bigint | undefined>

export class ChainProbe {
  private readonly balances = new Map<number, bigint>()

  /**
   * `rpc` reads blocks the processor did not fetch; without it (the handler driven alone, as in benchmarks) days
   * close at their last fetched block and the first day opens at its first.
   */
  constructor(
    private readonly rpc: Rpc | undefined,
    readonly chain: string,
    accountFree?: AccountFree,
    private readonly ledger: Ledger = nativeLedger(accountFree),
    private readonly hashes = new Map<number, string>(),
    private readonly times = new Map<number, number>(),
    private readonly headers = new Map<number, unknown>(),
  ) {}

  /** A probe of another balance of the same chain, sharing the hashes, times and headers already known. */
  of(ledger: Ledger): ChainProbe {
    return new ChainProbe(this.rpc, this.chain, undefined, ledger, this.hashes, this.times, this.headers)
  }

  get canProbe(): boolean {
    return this.rpc !== undefined
  }

  know(b: KnownBlock, header?: unknown): void {
    if (b.hash) this.hashes.set(b.height, b.hash)
    if (!Number.isNaN(b.timestamp)) this.times.set(b.height, b.timestamp)
    if (header) this.headers.set(b.height, header)
    if (b.balance !== undefined) this.balances.set(b.height, b.balance)
  }

  async hashAt(height: number): Promise<string> {
    const h = await this.maybeHashAt(height)
    if (!h) throw new DayBoundaryError(`${this.chain}: the endpoint has no block ${height} (chain_getBlockHash answered null), which the treasury's day-closing search needs`)
    return h
  }

  /** undefined where the chain has no block of that height (a dev chain whose head was moved ahead) */
  private async maybeHashAt(height: number): Promise<string | undefined> {
    let h = this.hashes.get(height)
    if (!h && this.rpc) {
      h = ((await this.rpc('chain_getBlockHash', [height])) as string | null) ?? undefined
      if (h) this.hashes.set(height, h)
    }
    return h
  }

  async exists(height: number): Promise<boolean> {
    return (await this.maybeHashAt(height)) !== undefined
  }

  async timestampAt(height: number): Promise<number> {
    const known = this.times.get(height)
    if (known !== undefined) return known
    if (!this.rpc) throw new DayBoundaryError(`${this.chain}: the time of block ${height} is unknown without an RPC endpoint`)
    const v = (await this.rpc('state_getStorageAt', [TIMESTAMP_NOW, await this.hashAt(height)])) as string | null
    if (!v || v.length !== 18) throw new DayBoundaryError(`${this.chain}: storage Timestamp.Now at block ${height} is ${JSON.stringify(v)}, not a u64`)
    const t = Number(Buffer.from(v.slice(2), 'hex').readBigUInt64LE())
    this.times.set(height, t)
    return t
  }

  /** Sum of the free balances of `accounts` at `height`. */
  async balanceAt(height: number, accounts: string[]): Promise<bigint> {
    const known = this.balances.get(height)
    if (known !== undefined) return known
    let sum = 0n
    const header = this.headers.get(height)
    if (header && this.ledger.typed) {
      // a fetched block: the typegen'd decoder, which checks the runtime's type
      for (const a of accounts) sum += (await this.ledger.typed(header, a)) ?? 0n
      this.balances.set(height, sum)
      return sum
    }
    if (!this.rpc) throw new DayBoundaryError(`${this.chain}: the balance at block ${height} is unknown without an RPC endpoint`)
    const hash = await this.hashAt(height)
    for (const a of accounts) {
      const v = (await this.rpc('state_getStorageAt', [this.ledger.key(a), hash])) as string | null
      if (!v) continue
      const bytes = Buffer.from(v.slice(2), 'hex')
      const at = this.ledger.offset
      if (bytes.length < at + 16) throw new DayBoundaryError(`${this.chain}: storage ${this.ledger.what} of ${a} at block ${height} is ${bytes.length} bytes, too short for its u128 balance at byte ${at}`)
      sum += bytes.readBigUInt64LE(at) + (bytes.readBigUInt64LE(at + 8) << 64n)
    }
    this.balances.set(height, sum)
    return sum
  }

  /**
   * The last block before `midnight` (ms) among heights lo..hi-1, given ts(lo) < midnight <= ts(hi). Heights the
   * chain skipped (no block; only dev chains do that) count as before midnight, and the answer is the highest
   * existing block found before it.
   */
  async lastBlockBefore(midnight: number, lo: number, hi: number): Promise<number> {
    let found = lo
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2)
      if (!(await this.exists(mid))) lo = mid
      else if ((await this.timestampAt(mid)) < midnight) lo = found = mid
      else hi = mid
    }
    return found
  }
}

const DAY_MS = 86_400_000
const nextMidnight = (t: number) => (Math.floor(t / DAY_MS) + 1) * DAY_MS

/**
 * The balances that close and open days over `blocks` (this batch, in height order), after `prev` (the last block
 * of the previous batch; undefined at a cold start, when the block before the first one opens its day).
 */
export async function dayBalances(probe: ChainProbe, accounts: string[], prev: KnownBlock | undefined, blocks: KnownBlock[]): Promise<DayBalance[]> {
  if (!blocks.length) return []
  return (await reconcile(probe, accounts, prev, blocks, new Map())).balances
}

/**
 * The day balances of `blocks` (see dayBalances), and the blocks where a balance change departs from `deltas` (the
 * native flows' effect on the balance per height).
 */
export async function reconcile(
  probe: ChainProbe,
  accounts: string[],
  prev: KnownBlock | undefined,
  blocks: KnownBlock[],
  deltas: Map<number, bigint>,
  headers: unknown[] = [],
): Promise<{ balances: DayBalance[]; driftBlocks: DriftBlock[] }> {
  if (!blocks.length) return { balances: [], driftBlocks: [] }
  blocks.forEach((b, i) => probe.know(b, headers[i]))
  const out: DayBalance[] = []
  const first = blocks[0]
  let chainOfBlocks = blocks
  if (prev) {
    probe.know(prev)
    chainOfBlocks = [prev, ...blocks]
  } else if (probe.canProbe) {
    // Cold start: the day of the first block opens at the block before it, its parent (genesis opens at itself).
    const openAt = Math.max(0, first.height - 1)
    if (first.height > 0 && first.parentHash) probe.know({ height: openAt, hash: first.parentHash, timestamp: NaN })
    out.push({ date: utcDay(new Date(first.timestamp)), block: openAt, balance: await probe.balanceAt(openAt, accounts), role: 'open' })
  }
  for (let i = 1; i < chainOfBlocks.length; i++) {
    const a = chainOfBlocks[i - 1]
    const b = chainOfBlocks[i]
    let lo = a.height
    for (let m = nextMidnight(a.timestamp); m <= b.timestamp; m += DAY_MS) {
      const last = probe.canProbe ? await probe.lastBlockBefore(m, lo, b.height) : a.height
      out.push({ date: utcDay(new Date(m - 1)), block: last, balance: await probe.balanceAt(last, accounts), role: 'close' })
      lo = last
    }
  }
  const end = blocks[blocks.length - 1]
  out.push({ date: utcDay(new Date(end.timestamp)), block: end.height, balance: await probe.balanceAt(end.height, accounts), role: 'provisional' })

  const points = [...(prev?.balance !== undefined ? [{ block: prev.height, balance: prev.balance }] : []), ...out].sort((a, b) => a.block - b.block)
  const expected = (from: number, to: number) => {
    let sum = 0n
    for (const [h, d] of deltas) if (h > from && h <= to) sum += d
    return sum
  }
  const driftBlocks: DriftBlock[] = []
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]
    const b = points[i]
    if (b.block <= a.block || b.balance - a.balance === expected(a.block, b.block) || !probe.canProbe) continue
    // lo explains its balance, hi does not; a height without a block (dev chains only) changes nothing
    let lo = a.block
    let before = a.balance
    let hi = b.block
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2)
      if (!(await probe.exists(mid))) {
        lo = mid
        continue
      }
      const balance = await probe.balanceAt(mid, accounts)
      if (balance - a.balance === expected(a.block, mid)) [lo, before] = [mid, balance]
      else hi = mid
    }
    const at = hi === b.block ? b.balance : await probe.balanceAt(hi, accounts)
    driftBlocks.push({ date: utcDay(new Date(await probe.timestampAt(hi))), block: hi, unexplained: at - before - (deltas.get(hi) ?? 0n) })
  }
  return { balances: out, driftBlocks }
}
