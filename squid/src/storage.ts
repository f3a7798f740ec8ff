/**
 * The modules' storage reads of a batch, run before the database transaction opens (database.ts): grouped per
 * block, every key of a block and every block in parallel (each read is one state_getStorageAt at its block hash).
 *
 * Storage at old blocks needs an archive node: a pruned node keeps the state of its last few hundred blocks only
 * and answers older reads with "State already discarded for <hash>". That stops the processor with ArchiveStateError.
 */
import { envVar } from './config'
import type { AnyModule, ChainEnv, StorageRead } from './modules/module'

export class ArchiveStateError extends Error {
  name = 'ArchiveStateError'
}

/** How Substrate nodes (and RPC proxies in front of them) say that the state of a block is gone. */
const PRUNED = /state already discarded|state (?:is |has been )?pruned|pruned state|state not available|state.*unavailable/i

export function isPrunedStateError(e: unknown): boolean {
  const err = e as { message?: string; data?: unknown }
  return PRUNED.test(String(err?.message ?? e)) || PRUNED.test(typeof err?.data === 'string' ? err.data : '')
}

export type StorageValues = Map<AnyModule, Map<string, unknown>>

export async function runStorageReads(env: ChainEnv, requests: [AnyModule, Record<string, StorageRead | undefined>][]): Promise<StorageValues> {
  const values: StorageValues = new Map()
  const perBlock = new Map<string, { module: AnyModule; key: string; read: StorageRead }[]>()
  for (const [module, reads] of requests) {
    values.set(module, new Map())
    for (const [key, read] of Object.entries(reads)) {
      if (!read) continue
      const list = perBlock.get(read.block.hash) ?? perBlock.set(read.block.hash, []).get(read.block.hash)!
      list.push({ module, key, read })
    }
  }
  await Promise.all(
    [...perBlock.values()].map((reads) =>
      Promise.all(
        reads.map(async ({ module, key, read }) => {
          try {
            values.get(module)!.set(key, await read.read(read.block))
          } catch (e) {
            if (!isPrunedStateError(e)) throw e
            const { chain, rpcUrl } = env.cfg
            throw new ArchiveStateError(
              `${chain}: the RPC endpoint ${rpcUrl} no longer has the state of block ${read.block.height} (${read.block.hash}), ` +
                `which the ${module.name} module reads (${read.what}); the node prunes old state. ` +
                `Point ${envVar(chain, 'RPC_URL')} to an archive node (one started with --state-pruning archive). ` +
                `The node said: ${(e as Error).message ?? e}`,
            )
          }
        }),
      ),
    ),
  )
  return values
}
