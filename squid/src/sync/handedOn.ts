/**
 * The states modules hand from one batch to the next (PalletModule.handOn), kept by the hash of the block each batch
 * ended with. A batch looks up the block it builds on (database.ts baseOf): after a fork's rollback that is the
 * common ancestor, whose state is still here, so nothing of the losing branch leaks into the winning one; each hot
 * slice finds the state of the slice before it, though every slice's reads run before any slice applies.
 */
import type { AnyModule, PalletModule } from '../modules/module'

type States = Map<AnyModule, Promise<unknown>>

export class HandedOn {
  private readonly byHash = new Map<string, States>()
  private latest: string | undefined

  /** `keep`: how many batch ends to remember; more than the deepest fork the chain can have below its finalized head */
  constructor(private readonly keep = 2000) {}

  /**
   * The state `module` was handed at block `base`; undefined when none was (a restart, a first batch). Without a
   * base (a store from outside LazyTransactionDatabase, in tests), the state of the batch handled last.
   */
  at<S>(module: PalletModule<any, any, S, any>, base: string | undefined): Promise<S | undefined> {
    const states = this.byHash.get(base ?? this.latest ?? '')
    return (states?.get(module) as Promise<S | undefined> | undefined) ?? Promise.resolve(undefined)
  }

  /** Records what each module hands on at `hash` (promises: the next slice may start before this one's reads end). */
  set(hash: string, states: States): void {
    for (const p of states.values()) p.catch(() => {}) // a failed read fails its own batch; the next one reports it too
    this.byHash.delete(hash)
    this.byHash.set(hash, states)
    this.latest = hash
    while (this.byHash.size > this.keep) this.byHash.delete(this.byHash.keys().next().value!)
  }
}
