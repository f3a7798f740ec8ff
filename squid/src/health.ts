/**
 * A processor's health is how long ago it last committed a batch, not whether its process runs.
 *
 * The processor keeps a status file (JSON, replaced atomically): when it started, the height and time of its last
 * committed batch, the last time it found itself at the chain's head with nothing to commit, and, when it stopped,
 * why. `node squid/lib/health.js [chain]` reads it and exits non-zero when the processor stopped or halted, or when
 * its last progress is older than PROCESSOR_HEALTH_MAX_AGE seconds (default 300). docker-compose uses it as the
 * processors' health check.
 *
 * Environment:
 *   CHAIN                        chain of the processor (when not given as argument)
 *   PROCESSOR_STATUS_FILE        where the status lives (default `<repo>/.data/processor-<chain>.status.json`)
 *   PROCESSOR_HEALTH_MAX_AGE     seconds without progress before the processor counts as stalled (default 300)
 */
import fs from 'node:fs'
import path from 'node:path'
import type { TypeormDatabase } from '@subsquid/typeorm-store'
import { UnknownEventShapeError } from './decoders/errors'

export const DEFAULT_MAX_AGE_SECONDS = 300
/** How often a processor with nothing to commit asks whether it is at the chain's head. */
export const HEAD_CHECK_INTERVAL_MS = 30_000

/** Where the processor's status times and the health check's "now" come from (tests pass one they control). */
export interface Clock {
  /** milliseconds since the epoch, as Date.now() */
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

export interface ProcessorStatus {
  chain: string
  pid: number
  /** running: indexing or waiting for blocks; halted: stopped on purpose and kept up (see halt); stopped: exited */
  state: 'running' | 'halted' | 'stopped'
  startedAt: string
  /** height and time of the last batch whose transaction committed */
  height?: number
  committedAt?: string
  /** last time the chain's head was at or below the committed height (an idle processor at the head) */
  atHeadAt?: string
  chainHeight?: number
  stoppedAt?: string
  exitCode?: number
  error?: { name: string; message: string; chain?: string; blockHeight?: number; eventId?: string; eventName?: string }
}

export function statusFileOf(chain: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.PROCESSOR_STATUS_FILE || path.join(__dirname, '..', '..', '.data', `processor-${chain}.status.json`))
}

type TxDatabase = Pick<TypeormDatabase, 'supportsHotBlocks' | 'connect' | 'transact' | 'transactHot' | 'transactHot2'>

export class ProcessorHealth {
  private status: ProcessorStatus
  private headTimer?: NodeJS.Timeout
  private keepAlive?: NodeJS.Timeout
  private lastError?: unknown

  constructor(
    readonly chain: string,
    readonly file: string = statusFileOf(chain),
    private readonly log: (line: string) => void = (l) => process.stderr.write(l + '\n'),
    private readonly clock: Clock = systemClock,
  ) {
    this.status = { chain, pid: process.pid, state: 'running', startedAt: this.timestamp() }
    this.write()
  }

  get current(): Readonly<ProcessorStatus> {
    return this.status
  }

  committed(height: number): void {
    if (this.status.state !== 'running') return
    this.status.height = height
    this.status.committedAt = this.timestamp()
    this.write()
  }

  /** Records an idle processor at the head as alive; a head above the committed height is not progress. */
  async checkHead(chainHeight: () => Promise<number>): Promise<void> {
    if (this.status.state !== 'running' || this.status.height === undefined) return
    const head = await chainHeight()
    this.status.chainHeight = head
    if (head <= this.status.height) this.status.atHeadAt = this.timestamp()
    this.write()
  }

  watchHead(chainHeight: () => Promise<number>, intervalMs = HEAD_CHECK_INTERVAL_MS): void {
    // An unreachable chain records nothing: the status then ages into "stalled", which is the truth.
    this.headTimer = setInterval(() => void this.checkHead(chainHeight).catch(() => {}), intervalMs)
    this.headTimer.unref()
  }

  /**
   * Wraps the database handed to processor.run: its transact* calls resolve only after the transaction committed,
   * so that is where a batch counts as done (the batch handler itself runs inside the transaction). A batch that
   * meets an unknown event shape has been rolled back when its error arrives here; the processor halts.
   */
  database(db: TxDatabase): TxDatabase {
    const guard = async (run: () => Promise<void>, height: number): Promise<void> => {
      try {
        await run()
      } catch (e) {
        if (isUnknownEventShape(e)) return this.halt(e)
        this.lastError = e
        throw e
      }
      this.committed(height)
    }
    return {
      supportsHotBlocks: db.supportsHotBlocks,
      connect: () => db.connect(),
      transact: (info, cb) => guard(() => db.transact(info, cb), info.nextHead.height),
      transactHot: (info, cb) => guard(() => db.transactHot(info, cb), topOf(info)),
      transactHot2: (info, cb) => guard(() => db.transactHot2(info, cb), topOf(info)),
    }
  }

  /**
   * Stops indexing for good but keeps the process up. Restarting cannot help - the same block would fail the same
   * way until the decoders know the runtime - and a process that exits gets restarted by the container's policy
   * (a loop) while a stopped container has no health at all. A halted one reports unhealthy, with the chain, block
   * and event, until someone deploys new decoders and restarts it. Never resolves.
   */
  halt(e: UnknownEventShapeError): Promise<never> {
    this.stopHeadWatch()
    this.status.state = 'halted'
    this.status.stoppedAt = this.timestamp()
    this.status.error = { name: e.name, message: e.message, chain: e.chain, blockHeight: e.blockHeight, eventId: e.eventId, eventName: e.eventName }
    this.write()
    this.log(`processor ${this.chain} halted: ${e.message}. Nothing after block ${this.status.height ?? '(none)'} is committed; the process stays up and unhealthy until it is restarted with decoders for this runtime.`)
    this.keepAlive = setInterval(() => {}, 2 ** 30) // keeps the event loop, hence the process, alive
    return new Promise<never>(() => {})
  }

  /** The error that is about to end the process (recorded by the exit hook, see onExit). */
  failed(e: unknown): void {
    this.lastError = e
  }

  /** Records a process exit as `stopped`, with the last error seen. Synchronous: it runs in the 'exit' event. */
  onExit(): void {
    process.once('exit', (code) => {
      if (this.status.state === 'halted') return
      this.status.state = 'stopped'
      this.status.stoppedAt = this.timestamp()
      this.status.exitCode = code
      const e = this.lastError
      if (e !== undefined) this.status.error = { name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) }
      this.write()
    })
  }

  /** Lets a process that embeds this (a test) end: stops the head checks and a halted processor's keep-alive. */
  close(): void {
    this.stopHeadWatch()
    if (this.keepAlive) clearInterval(this.keepAlive)
  }

  private stopHeadWatch(): void {
    if (this.headTimer) clearInterval(this.headTimer)
    this.headTimer = undefined
  }

  private timestamp(): string {
    return new Date(this.clock.now()).toISOString()
  }

  private write(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    // Replaced by rename, so the health command never reads half a file.
    const tmp = `${this.file}.${process.pid}.tmp`
    fs.writeFileSync(tmp, JSON.stringify(this.status, null, 2) + '\n')
    fs.renameSync(tmp, this.file)
  }
}

function topOf(info: { baseHead: { height: number }; newBlocks: { height: number }[] }): number {
  return info.newBlocks.length ? info.newBlocks[info.newBlocks.length - 1].height : info.baseHead.height
}

function isUnknownEventShape(e: unknown): e is UnknownEventShapeError {
  return e instanceof UnknownEventShapeError
}

export interface HealthVerdict {
  healthy: boolean
  message: string
}

/**
 * Stalled when the last progress (start, commit or being at the head) is more than maxAgeSeconds older than the
 * clock's now (`now`, a fixed time, wins over `clock`; default the system clock).
 */
export function judge(
  status: ProcessorStatus | undefined,
  opts: { file: string; maxAgeSeconds: number; now?: number; clock?: Clock; alive?: (pid: number) => boolean },
): HealthVerdict {
  const now = opts.now ?? (opts.clock ?? systemClock).now()
  if (!status) return { healthy: false, message: `no status in ${opts.file}: the processor has not started (or writes PROCESSOR_STATUS_FILE elsewhere)` }
  const who = `processor ${status.chain}`
  const at = status.height === undefined ? 'before its first batch' : `after block ${status.height}`
  if (status.state === 'halted') return { healthy: false, message: `${who} HALTED ${at}: ${status.error?.message ?? 'no reason recorded'}` }
  if (status.state === 'stopped') {
    return { healthy: false, message: `${who} STOPPED ${at} (exit code ${status.exitCode ?? '?'}${status.error ? `: ${status.error.message}` : ''})` }
  }
  if (!(opts.alive ?? isAlive)(status.pid)) return { healthy: false, message: `${who} is not running (pid ${status.pid} is gone) ${at}` }
  const times = [status.startedAt, status.committedAt, status.atHeadAt].filter((t): t is string => !!t).map(Date.parse)
  const ageSeconds = (now - Math.max(...times)) / 1000
  const last = status.committedAt
    ? `last commit: block ${status.height}, ${secondsAgo(now, status.committedAt)}` + (status.atHeadAt ? `; at the chain head ${secondsAgo(now, status.atHeadAt)}` : '')
    : `no batch committed since its start ${secondsAgo(now, status.startedAt)}`
  if (ageSeconds > opts.maxAgeSeconds) return { healthy: false, message: `${who} STALLED: ${last} (limit ${opts.maxAgeSeconds} s)` }
  return { healthy: true, message: `${who} healthy: ${last}` }
}

function secondsAgo(now: number, iso: string): string {
  return `${Math.max(0, Math.round((now - Date.parse(iso)) / 1000))} s ago`
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e: any) {
    return e?.code === 'EPERM'
  }
}

export function readStatus(file: string): ProcessorStatus | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as ProcessorStatus
  } catch (e: any) {
    if (e?.code === 'ENOENT') return undefined
    throw new Error(`cannot read the processor status ${file}: ${e?.message ?? e}`)
  }
}

function maxAgeFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.PROCESSOR_HEALTH_MAX_AGE
  if (raw === undefined || raw === '') return DEFAULT_MAX_AGE_SECONDS
  const n = Number(raw)
  if (!Number.isFinite(n) || n < 0) throw new Error(`PROCESSOR_HEALTH_MAX_AGE=${raw} is not a number of seconds`)
  return n
}

if (require.main === module) {
  try {
    const chain = process.argv[2] ?? process.env.CHAIN
    if (!chain) throw new Error('usage: node squid/lib/health.js <relay|coretime|asset-hub|people|collectives> (or set CHAIN)')
    const file = statusFileOf(chain)
    const verdict = judge(readStatus(file), { file, maxAgeSeconds: maxAgeFrom(process.env) })
    console.log(verdict.message)
    process.exitCode = verdict.healthy ? 0 : 1
  } catch (e) {
    console.log((e as Error).message)
    process.exitCode = 1 // docker reserves 2; anything that is not healthy is 1
  }
}
