/**
 * A fork replayed through the real processor, shared by the fork tests. The chain file has "main" from..mainLast
 * and (withFork) a branch "b" forking off forkAfter up to bLast, best and unfinalized. The run: the processor
 * follows "b" (hot blocks), then "main" wins (at mainWinsAt, finalized, then the rest revealed); then a second
 * processor that only ever saw "main" indexes it into a second database of the same Postgres, to compare with.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter, type BlockBuilder } from '../../devnet/replay/generator'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { POLKADOT_2000006, replayEnv, secondDatabase, startReplayStack, waitForHeight, waitForIndexed, workDir, type ReplayStack } from './harness'

export type Branch = 'main' | 'b'

export interface ForkPlan {
  name: string
  from: number
  forkAfter: number
  bLast: number
  /** the head "main" shows when it wins; it is finalized before the last blocks come */
  mainWinsAt: number
  mainLast: number
  /** the starting balances */
  balances: [string, bigint][]
  /**
   * an empty block from - 1 with the starting balances: the state the first day opens with. Without it the chain
   * below `from` is filler blocks without state, so the first day opens at 0 and its drift (and drift block, the
   * first block) is the starting balance.
   */
  openingBlock?: boolean
  timestamp(n: number): number
  fill(b: BlockBuilder, n: number, branch: Branch): void
}

/** The chain as a file: "main" from..mainLast (from - 1 with openingBlock), and (withFork) "b" forking off forkAfter, best and unfinalized. */
export function writeForkChain(file: string, p: ForkPlan, withFork: boolean): void {
  const w = new ReplayWriter(file, {
    chain: 'relay',
    specs: { 'polkadot/2000006': POLKADOT_2000006 },
    properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' },
    ...(withFork ? { best: 'b', finalized: p.forkAfter } : { finalized: p.mainWinsAt }),
  })
  for (const [a, v] of p.balances) w.balance(a, v)
  const block = (n: number, branch: Branch) => w.block({ number: n, timestamp: p.timestamp(n), ...(branch === 'b' ? { branch, parent: 'main' } : {}) }, (b) => p.fill(b, n, branch))
  if (p.openingBlock) w.block({ number: p.from - 1, timestamp: p.timestamp(p.from - 1) })
  let atFork: Map<string, bigint> | undefined
  for (let n = p.from; n <= p.mainLast; n++) {
    block(n, 'main')
    if (n === p.forkAfter) atFork = w.saveBalances()
  }
  if (withFork) {
    w.restoreBalances(atFork!)
    for (let n = p.forkAfter + 1; n <= p.bLast; n++) block(n, 'b')
  }
  w.close()
}

export interface ForkRun<T> {
  forked: ReplayChain
  stack: ReplayStack
  canonDbUrl: string
  /** what `onBranchB` returned while the processor was on "b" */
  onBranchB: T
  close(): Promise<void>
}

export async function runFork<T>(p: ForkPlan, onBranchB: (dbUrl: string) => Promise<T>): Promise<ForkRun<T>> {
  const dir = workDir(p.name)
  const servers: ReplayServer[] = []
  let stack: ReplayStack | undefined
  const close = async () => {
    await stack?.stop()
    for (const s of servers) await s.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    writeForkChain(path.join(dir, 'forked.jsonl'), p, true)
    writeForkChain(path.join(dir, 'canonical.jsonl'), p, false)
    const forked = await ReplayChain.fromFile(path.join(dir, 'forked.jsonl'))
    const canonical = await ReplayChain.fromFile(path.join(dir, 'canonical.jsonl'))
    // at first "main" is only built up to mainWinsAt, "b" (best) up to bLast
    forked.reveal(p.mainWinsAt)
    const forkServer = await startReplayServer(forked)
    servers.push(forkServer)
    const canonServer = await startReplayServer(canonical)
    servers.push(canonServer)

    // 1. The processor follows branch "b" (best, unfinalized above forkAfter).
    stack = await startReplayStack(dir, 'relay', replayEnv('relay', forkServer.wsUrl(), p.from))
    await waitForIndexed(stack.db.url, p.bLast, 'the processor to index branch "b" up to its head')
    const seen = await onBranchB(stack.db.url)

    // 2. "main" wins: the processor rolls "b" back. Then, as on a live chain, finality follows with new blocks on
    // top (the processor moves its finalized position when a new head arrives).
    forked.setBest('main')
    await waitForIndexed(stack.db.url, p.mainWinsAt, 'the processor to switch to "main"')
    forked.finalize(p.mainWinsAt)
    forked.reveal(Infinity)
    await waitForHeight(stack, 'relay', p.mainWinsAt)
    await waitForIndexed(stack.db.url, p.mainLast, 'the processor to reach the head of "main"')
    await stack.stopProcessor('relay')

    // 3. A processor that only ever saw "main", into a second database of the same server.
    const canonDbUrl = await secondDatabase(stack, 'canonical')
    stack.startProcessor('relay', { ...replayEnv('relay', canonServer.wsUrl(), p.from), DB_URL: canonDbUrl })
    await waitForHeight(stack, 'relay', p.mainWinsAt, 90_000, canonDbUrl)
    await waitForIndexed(canonDbUrl, p.mainLast, 'the canonical run to reach the head')
    await stack.stopProcessor('relay')
    return { forked, stack, canonDbUrl, onBranchB: seen, close }
  } catch (e) {
    await close().catch(() => {})
    throw e
  }
}
