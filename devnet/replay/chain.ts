/**
 * A replay chain in memory: blocks from a replay file (format.ts), with the header fields the file leaves out
 * filled in, block hashes as a node computes them (blake2-256 of the SCALE header), branches (forks), a best
 * head, a finalized head, and storage at every block.
 *
 * Filled in, when a block does not give them:
 * - parentHash: the hash of the block it follows on its branch;
 * - stateRoot: blake2-256 over the parent's state root, the block's System.Events and its storage writes (so two
 *   branches differ); extrinsicsRoot: blake2-256 of the extrinsics concatenated (not a trie root; no client
 *   here checks it);
 * - two empty blocks before the first one (when its number allows), on the first block's runtime: the processor
 *   reads the runtime at the parent of a block's parent.
 *
 * Runtime version at a block: a node answers state_getRuntimeVersion(N) with the code in N's state, which is what
 * executes N + 1. A block's `spec` in the file is the runtime that executed it, so the version at N is the spec
 * of N's child when it has one, else N's own. A runtime upgrade is then simply a block on a new spec.
 */
import { createReadStream, readFileSync } from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { compactToU8a, hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util'
import { blake2AsU8a } from '@polkadot/util-crypto'
import { ReplayFormatError, validateBlock, validateHeader, type ReplayBlock, type ReplayHeader } from './format'
import { defaultMetadataDir, loadSpecRuntime, type EventJson, type SpecRuntime } from './runtime'

/** twox128("System") ++ twox128("Events") */
export const SYSTEM_EVENTS_KEY = '0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7'
const ZERO_HASH = '0x' + '00'.repeat(32)

export interface HeaderJson {
  parentHash: string
  number: string
  stateRoot: string
  extrinsicsRoot: string
  digest: { logs: string[] }
}

export interface ChainBlock {
  number: number
  hash: string
  branch: string
  parent?: ChainBlock
  /** the runtime that executed this block */
  spec: SpecRuntime
  /** the runtime in this block's state (state_getRuntimeVersion / state_getMetadata at it) */
  stateSpec: SpecRuntime
  header: HeaderJson
  extrinsics: string[]
  eventsHex: string
  storage?: Record<string, string | null>
  timestamp?: number
  relayBlock: number
  /** added by the server, not read from the file */
  filler?: boolean
}

export class ReplayChainError extends Error {
  name = 'ReplayChainError'
}

export interface ChainOptions {
  /** folder relative paths in the header resolve against (the replay file's folder) */
  baseDir?: string
}

interface StorageVersion {
  number: number
  block: ChainBlock
  value: string | null
}

/** blake2-256 of the SCALE header: parentHash, Compact<u32> number, stateRoot, extrinsicsRoot, Vec<DigestItem>. */
export function headerHash(h: HeaderJson, number: number): string {
  const bytes = u8aConcat(
    hexToU8a(h.parentHash),
    compactToU8a(number),
    hexToU8a(h.stateRoot),
    hexToU8a(h.extrinsicsRoot),
    compactToU8a(h.digest.logs.length),
    ...h.digest.logs.map((l) => hexToU8a(l)),
  )
  return u8aToHex(blake2AsU8a(bytes, 256))
}

const PHASE_RANK = { Initialization: 0, ApplyExtrinsic: 1, Finalization: 2 } as const

/**
 * Decoded events in the order a runtime deposits them (Initialization, extrinsic by extrinsic, Finalization),
 * each extrinsic's run closed by System.ExtrinsicSuccess unless it already ends with ExtrinsicSuccess or
 * ExtrinsicFailed (the processor's call parser needs one per extrinsic).
 */
export function completeEvents(events: EventJson[], extrinsicCount: number, where: string): EventJson[] {
  const rank = (e: EventJson) => (e.extrinsic !== undefined ? PHASE_RANK.ApplyExtrinsic : PHASE_RANK[e.phase ?? 'Initialization'])
  const init = events.filter((e) => rank(e) === 0)
  const final = events.filter((e) => rank(e) === 2)
  const byExtrinsic: EventJson[][] = Array.from({ length: extrinsicCount }, () => [])
  for (const e of events) {
    if (e.extrinsic === undefined) continue
    if (e.extrinsic >= extrinsicCount) throw new ReplayChainError(`${where}: event ${e.name} names extrinsic ${e.extrinsic}, but the block has ${extrinsicCount}`)
    byExtrinsic[e.extrinsic].push(e)
  }
  const out = [...init]
  byExtrinsic.forEach((run, i) => {
    out.push(...run)
    const last = run[run.length - 1]?.name
    if (last !== 'System.ExtrinsicSuccess' && last !== 'System.ExtrinsicFailed') {
      out.push({ name: 'System.ExtrinsicSuccess', args: { dispatchInfo: { weight: { refTime: 0, proofSize: 0 }, class: i === 0 ? 'Mandatory' : 'Normal', paysFee: i === 0 ? 'No' : 'Yes' } }, extrinsic: i })
    }
  })
  return [...out, ...final]
}

export class ReplayChain {
  readonly header: ReplayHeader
  readonly id: string
  private readonly specs = new Map<string, SpecRuntime>()
  private readonly byHash = new Map<string, ChainBlock>()
  /** blocks of each branch by number */
  private readonly branches = new Map<string, Map<number, ChainBlock>>()
  private readonly storage = new Map<string, StorageVersion[]>()
  private readonly listeners = new Set<(what: 'best' | 'finalized') => void>()
  private bestBranch: string
  private finalizedHeight?: number
  private revealed = Infinity
  private lastSpec?: SpecRuntime
  private finalizedBlock?: ChainBlock
  private bestMemo?: ChainBlock
  /** first and last block added to each branch (a branch's blocks come in height order) */
  private readonly branchEnds = new Map<string, { first: ChainBlock; last: ChainBlock }>()

  constructor(header: ReplayHeader, opts: ChainOptions = {}) {
    this.header = validateHeader(header, 'header')
    this.id = header.chain
    const dir = header.metadataDir ? path.resolve(opts.baseDir ?? '.', header.metadataDir) : defaultMetadataDir()
    for (const [key, file] of Object.entries(header.specs)) {
      const rt = loadSpecRuntime(path.resolve(dir, file))
      if (rt.key !== key) throw new ReplayChainError(`header.specs["${key}"]: ${file} holds the metadata of ${rt.key}`)
      this.specs.set(key, rt)
    }
    this.bestBranch = header.best ?? 'main'
    this.finalizedHeight = header.finalized
  }

  /** Reads a replay file (JSONL). Errors name the file and line. */
  static async fromFile(file: string): Promise<ReplayChain> {
    const rl = readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity })
    let chain: ReplayChain | undefined
    let n = 0
    for await (const line of rl) {
      n++
      if (!line.trim()) continue
      chain = ReplayChain.addLine(chain, line, `${file}:${n}`, path.dirname(file))
    }
    if (!chain) throw new ReplayFormatError(`${file} is empty; the first line must be the header`)
    chain.checkComplete(file)
    return chain
  }

  /** The same, from the text of a file (tests, small files). */
  static fromText(text: string, where = 'replay', baseDir?: string): ReplayChain {
    let chain: ReplayChain | undefined
    text.split('\n').forEach((line, i) => {
      if (line.trim()) chain = ReplayChain.addLine(chain, line, `${where}:${i + 1}`, baseDir)
    })
    if (!chain) throw new ReplayFormatError(`${where} is empty; the first line must be the header`)
    chain.checkComplete(where)
    return chain
  }

  static fromFileSync(file: string): ReplayChain {
    return ReplayChain.fromText(readFileSync(file, 'utf8'), file, path.dirname(file))
  }

  private static addLine(chain: ReplayChain | undefined, line: string, where: string, baseDir?: string): ReplayChain {
    let v: unknown
    try {
      v = JSON.parse(line)
    } catch (e) {
      throw new ReplayFormatError(`${where}: not JSON (${(e as Error).message})`)
    }
    if (!chain) return new ReplayChain(validateHeader(v, where), { baseDir })
    chain.addBlock(v as ReplayBlock, where)
    return chain
  }

  private checkComplete(where: string): void {
    if (!this.branches.get('main')?.size) throw new ReplayFormatError(`${where} has no block on branch "main"`)
    if (!this.branches.has(this.bestBranch)) throw new ReplayFormatError(`${where}: header.best names branch "${this.bestBranch}", which has no block`)
    if (this.finalizedHeight !== undefined) this.finalize(this.finalizedHeight)
  }

  spec(key: string): SpecRuntime {
    const rt = this.specs.get(key)
    if (!rt) throw new ReplayChainError(`${this.id}: spec ${key} is not in the header`)
    return rt
  }

  /** Adds one block line (validated); `where` names it in errors. */
  addBlock(line: ReplayBlock, where = `${this.id} block ${line?.number}`): ChainBlock {
    const b = validateBlock(line, where, this.header.specs)
    const branch = b.branch ?? 'main'
    let blocks = this.branches.get(branch)
    const parentBranch = blocks?.size ? branch : b.parent ?? 'main'
    const parent = b.number > 0 ? this.branches.get(parentBranch)?.get(b.number - 1) : undefined
    if (blocks?.has(b.number)) throw new ReplayChainError(`${where}: branch "${branch}" already has block ${b.number}`)
    if (blocks?.size && !parent) throw new ReplayChainError(`${where}: branch "${branch}" has no block ${b.number - 1} to build on; blocks of a branch come in order`)
    if (!parent && branch !== 'main') throw new ReplayChainError(`${where}: branch "${branch}" forks off block ${b.number - 1} of "${parentBranch}", which does not exist`)
    const spec = b.spec ? this.spec(b.spec) : parent?.spec ?? this.lastSpec ?? this.specs.values().next().value!
    if (!blocks) this.branches.set(branch, (blocks = new Map()))
    if (!parent && !this.byHash.size && b.number > 0 && b.parentHash === undefined) this.addFillers(b, spec)
    const filledParent = parent ?? (branch === 'main' ? this.branches.get('main')!.get(b.number - 1) : undefined)
    if (!filledParent && b.number > 0 && b.parentHash === undefined && this.byHash.size) {
      throw new ReplayChainError(`${where}: block ${b.number - 1} of branch "main" is missing; blocks follow each other with no gap`)
    }
    const block = this.makeBlock(b, branch, spec, filledParent, where)
    blocks.set(b.number, block)
    const ends = this.branchEnds.get(branch)
    if (ends) ends.last = block
    else this.branchEnds.set(branch, { first: block, last: block })
    this.lastSpec = spec
    this.bestMemo = undefined
    return block
  }

  private addFillers(first: ReplayBlock, spec: SpecRuntime): void {
    const main = this.branches.get('main')!
    let parent: ChainBlock | undefined
    for (let n = Math.max(0, first.number - 2); n < first.number; n++) {
      const ts = first.timestamp === undefined ? undefined : first.timestamp - (first.number - n) * 6000
      const fill = this.makeBlock({ number: n, timestamp: ts, parentHash: parent ? undefined : ZERO_HASH }, 'main', spec, parent, `filler block ${n}`)
      fill.filler = true
      main.set(n, fill)
      const ends = this.branchEnds.get('main')
      if (ends) ends.last = fill
      else this.branchEnds.set('main', { first: fill, last: fill })
      parent = fill
    }
  }

  private makeBlock(b: ReplayBlock, branch: string, spec: SpecRuntime, parent: ChainBlock | undefined, where: string): ChainBlock {
    const extrinsics: string[] = []
    try {
      if (b.timestamp !== undefined) extrinsics.push(spec.timestampExtrinsic(b.timestamp))
      for (const x of b.extrinsics ?? []) extrinsics.push(typeof x === 'string' ? x : spec.encodeExtrinsic(x))
    } catch (e) {
      throw new ReplayChainError(`${where}: ${(e as Error).message}`)
    }
    let eventsHex: string
    try {
      eventsHex = typeof b.events === 'string' ? b.events : spec.encodeSystemEvents(completeEvents(b.events ?? [], extrinsics.length, where))
    } catch (e) {
      throw e instanceof ReplayChainError ? e : new ReplayChainError(`${where}: ${(e as Error).message}`)
    }
    const parentHash = b.parentHash ?? parent?.hash ?? ZERO_HASH
    const storageBytes = b.storage ? Object.entries(b.storage).map(([k, v]) => u8aConcat(hexToU8a(k), v === null ? new Uint8Array() : hexToU8a(v))) : []
    const header: HeaderJson = {
      parentHash,
      number: '0x' + b.number.toString(16),
      stateRoot: b.stateRoot ?? u8aToHex(blake2AsU8a(u8aConcat(hexToU8a(parent?.header.stateRoot ?? ZERO_HASH), blake2AsU8a(hexToU8a(eventsHex), 256), ...storageBytes), 256)),
      extrinsicsRoot: b.extrinsicsRoot ?? u8aToHex(blake2AsU8a(u8aConcat(...extrinsics.map((x) => hexToU8a(x))), 256)),
      digest: { logs: b.digest ?? [] },
    }
    const block: ChainBlock = {
      number: b.number,
      hash: headerHash(header, b.number),
      branch,
      parent,
      spec,
      stateSpec: spec,
      header,
      extrinsics,
      eventsHex,
      storage: b.storage,
      timestamp: b.timestamp,
      relayBlock: b.relayBlock ?? b.number,
    }
    if (this.byHash.has(block.hash)) throw new ReplayChainError(`${where}: same hash ${block.hash} as another block; give the blocks of a fork different content`)
    // The parent's state holds the code that executed this block.
    if (parent && parent.stateSpec === parent.spec && spec !== parent.spec) parent.stateSpec = spec
    this.byHash.set(block.hash, block)
    for (const [key, value] of Object.entries(b.storage ?? {})) {
      let versions = this.storage.get(key)
      if (!versions) this.storage.set(key, (versions = []))
      const v = { number: b.number, block, value }
      // blocks mostly come in height order; forks may insert earlier heights
      let i = versions.length
      while (i > 0 && versions[i - 1].number > b.number) i--
      versions.splice(i, 0, v)
    }
    return block
  }

  // -------------------------------------------------------------------------------------------------------------
  // Reading

  private visible(b: ChainBlock | undefined): ChainBlock | undefined {
    return b && b.number <= this.revealed ? b : undefined
  }

  block(hash: string): ChainBlock | undefined {
    return this.visible(this.byHash.get(hash.toLowerCase()))
  }

  /** The best head: the top revealed block of the best branch (or its fork point, while none is revealed). Memoized. */
  get best(): ChainBlock {
    if (this.bestMemo) return this.bestMemo
    const blocks = this.branches.get(this.bestBranch)!
    const { first, last } = this.branchEnds.get(this.bestBranch)!
    let top = blocks.get(Math.min(this.revealed, last.number))
    if (!top && first.parent) top = this.ancestorAt(first.parent, Math.min(this.revealed, first.parent.number))
    if (!top) throw new ReplayChainError(`${this.id}: no block revealed yet`)
    return (this.bestMemo = top)
  }

  get finalized(): ChainBlock {
    const best = this.best
    if (this.finalizedBlock && this.finalizedBlock.number <= best.number) return this.finalizedBlock
    return best
  }

  /** The block at `height` among `from` and its ancestors. */
  ancestorAt(from: ChainBlock, height: number): ChainBlock | undefined {
    if (height > from.number) return undefined
    let b: ChainBlock | undefined = from
    while (b && b.branch !== 'main' && b.number > height) b = b.parent
    if (!b) return undefined
    if (b.branch === 'main') return this.branches.get('main')!.get(height)
    return b.number === height ? b : undefined
  }

  /** The block at `height` on the best chain, if revealed. */
  blockAt(height: number): ChainBlock | undefined {
    return this.ancestorAt(this.best, height)
  }

  /** Storage value at a block (System.Events: that block's own events). */
  storageAt(key: string, at: ChainBlock): string | null {
    const k = key.toLowerCase()
    if (k === SYSTEM_EVENTS_KEY) return at.eventsHex
    const versions = this.storage.get(k)
    if (!versions) return null
    let lo = 0
    let hi = versions.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (versions[mid].number <= at.number) lo = mid + 1
      else hi = mid
    }
    for (let i = lo - 1; i >= 0; i--) {
      const v = versions[i]
      if (this.ancestorAt(at, v.number) === v.block) return v.value
    }
    return null
  }

  /** Keys with a value at this block that start with `prefix`, sorted (state_getKeys / state_getKeysPaged). */
  keysAt(prefix: string, at: ChainBlock): string[] {
    const p = prefix.toLowerCase()
    const out: string[] = []
    if (SYSTEM_EVENTS_KEY.startsWith(p)) out.push(SYSTEM_EVENTS_KEY)
    for (const k of this.storage.keys()) if (k.startsWith(p) && this.storageAt(k, at) !== null) out.push(k)
    return out.sort()
  }

  get heights(): { first: number; last: number } {
    const main = this.branches.get('main')!
    let first = Infinity
    let last = -1
    for (const n of main.keys()) {
      if (n < first) first = n
      if (n > last) last = n
    }
    return { first, last }
  }

  branchNames(): string[] {
    return [...this.branches.keys()]
  }

  /** Every block of a branch, in height order (the gateway export, tests). */
  branchBlocks(branch = 'main'): ChainBlock[] {
    return [...(this.branches.get(branch)?.values() ?? [])].sort((a, b) => a.number - b.number)
  }

  // -------------------------------------------------------------------------------------------------------------
  // Moving the heads

  onChange(cb: (what: 'best' | 'finalized') => void): () => void {
    this.listeners.add(cb)
    return () => this.listeners.delete(cb)
  }

  private emit(before: { best: string; finalized: string }): void {
    // a node announces a head before it finalizes it
    if (this.best.hash !== before.best) for (const cb of [...this.listeners]) cb('best')
    if (this.finalized.hash !== before.finalized) for (const cb of [...this.listeners]) cb('finalized')
  }

  private snapshot() {
    return { best: this.best.hash, finalized: this.finalized.hash }
  }

  /** Makes a branch the best chain (a fork wins or loses). */
  setBest(branch: string): void {
    if (!this.branches.has(branch)) throw new ReplayChainError(`${this.id} has no branch "${branch}" (has ${this.branchNames().join(', ')})`)
    const before = this.snapshot()
    const prev = this.bestBranch
    this.bestBranch = branch
    this.bestMemo = undefined
    if (this.finalizedBlock && this.ancestorAt(this.best, this.finalizedBlock.number) !== this.finalizedBlock) {
      this.bestBranch = prev
      this.bestMemo = undefined
      throw new ReplayChainError(`${this.id}: branch "${branch}" does not contain the finalized block ${this.finalizedBlock.number}; finality cannot be reverted`)
    }
    this.emit(before)
  }

  /** Finalizes the best chain up to `height`. */
  finalize(height: number): void {
    const target = this.ancestorAt(this.best, Math.min(height, this.best.number))
    if (!target) throw new ReplayChainError(`${this.id}: no block ${height} on the best chain to finalize`)
    if (this.finalizedBlock && this.ancestorAt(target, this.finalizedBlock.number) !== this.finalizedBlock) {
      throw new ReplayChainError(`${this.id}: block ${height} is not a descendant of the finalized block ${this.finalizedBlock.number}`)
    }
    const before = this.snapshot()
    this.finalizedBlock = target
    this.emit(before)
  }

  /**
   * Shows blocks up to `height` only (a chain still being built); Infinity shows all. Finality then follows the
   * new head `finalityLag` blocks behind (header.finalityLag, default 2), as GRANDPA does: the Subsquid processor
   * never indexes a new head that arrives already finalized.
   */
  reveal(height: number): void {
    const first = this.revealed === Infinity
    const before = first ? undefined : this.snapshot()
    // what is shown when finality is first frozen is final, unless the file says otherwise
    if (!first && !this.finalizedBlock) this.finalizedBlock = this.finalized
    this.revealed = height
    this.bestMemo = undefined
    if (first && (!this.finalizedBlock || this.finalizedBlock.number > this.best.number)) this.finalizedBlock = this.best
    // the first call sets the initial view, whose finality is the file's; later ones build the chain on
    const lag = this.header.finalityLag ?? 2
    const target = first ? undefined : this.ancestorAt(this.best, Math.max(0, this.best.number - lag))
    if (target && this.finalizedBlock && target.number > this.finalizedBlock.number && this.ancestorAt(target, this.finalizedBlock.number) === this.finalizedBlock) {
      this.finalizedBlock = target
    }
    if (before) this.emit(before)
  }

  get revealedHeight(): number {
    return this.revealed
  }
}
