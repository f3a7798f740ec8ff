/**
 * Several replay chains on one relay-block timeline: the relay, and parachains (Asset Hub, Coretime) whose
 * blocks name the relay block they belong to (`relayBlock`). Advancing the timeline to relay block R shows, on
 * every chain, the blocks placed at or before R, as if the chains were being built together.
 */
import type { ReplayChain } from './chain'

export class ReplayTimeline {
  private at = -1

  constructor(readonly chains: ReplayChain[]) {
    if (!chains.length) throw new Error('a timeline needs at least one chain')
  }

  /** The relay block the timeline is at (-1 before the first advance). */
  get relayBlock(): number {
    return this.at
  }

  /** The first and last relay block any chain places a block at. */
  range(): { first: number; last: number } {
    let first = Infinity
    let last = -Infinity
    for (const c of this.chains) {
      for (const b of c.branchBlocks()) {
        if (b.filler) continue
        first = Math.min(first, b.relayBlock)
        last = Math.max(last, b.relayBlock)
      }
    }
    return { first, last }
  }

  /** Shows every chain's blocks placed at relay blocks up to `relayBlock`. */
  advanceTo(relayBlock: number): void {
    if (relayBlock < this.at) throw new Error(`the timeline is at relay block ${this.at}; it cannot go back to ${relayBlock}`)
    this.at = relayBlock
    for (const c of this.chains) {
      let top = -1
      for (const b of c.branchBlocks()) if (b.filler || b.relayBlock <= relayBlock) top = Math.max(top, b.number)
      c.reveal(top)
    }
  }

  /** Advances one relay block every `intervalMs` until the last one; returns a stop function. */
  play(intervalMs: number, onStep?: (relayBlock: number) => void): () => void {
    const { first, last } = this.range()
    if (this.at < first) this.advanceTo(first)
    const timer = setInterval(() => {
      if (this.at >= last) return clearInterval(timer)
      this.advanceTo(this.at + 1)
      onStep?.(this.at)
    }, intervalMs)
    return () => clearInterval(timer)
  }
}
