/**
 * Metadata of the devnet's runtimes, read from the runtime wasm in their chain specs by running the runtime API
 * Metadata_metadata in chopsticks' executor (no chain is started, so no ports and no lock are needed).
 */
import { destroyWorker, emptyTaskHandler, getRuntimeVersion, runTask } from '@acala-network/chopsticks-core'
import { compactStripLength, hexToU8a } from '@polkadot/util'
import { loadSpec, type DevChain } from '../../devnet/specs'

export interface WasmMetadata {
  specName: string
  specVersion: number
  /** v14 metadata bytes ("meta" + 14 + …) */
  metadata: Uint8Array
}

const CODE_KEY = '0x3a636f6465'

export async function devnetMetadata(chain: DevChain): Promise<WasmMetadata> {
  const loaded = await loadSpec(chain)
  const top = loaded.json.genesis.raw.top as Record<string, `0x${string}`>
  const code = top[CODE_KEY]
  const version = await getRuntimeVersion(code)
  // the runtime reads a few genesis keys (e.g. :heappages) while building its metadata
  const handler = { ...emptyTaskHandler, getStorage: async (key: string) => top[key], getNextKey: async () => undefined }
  const res = await runTask({ wasm: code, calls: [['Metadata_metadata', []]], mockSignatureHost: false, allowUnresolvedImports: false, runtimeLogLevel: 0 }, handler as any)
  if ('Error' in res) throw new Error(`Metadata_metadata of ${loaded.spec.file} failed: ${res.Error}`)
  const [, metadata] = compactStripLength(hexToU8a(res.Call.result))
  if (Buffer.from(metadata.subarray(0, 4)).toString() !== 'meta' || metadata[4] !== 14) {
    throw new Error(`Metadata_metadata of ${loaded.spec.file} is not metadata v14 (starts ${Buffer.from(metadata.subarray(0, 5)).toString('hex')})`)
  }
  return { specName: version.specName, specVersion: version.specVersion, metadata }
}

export const stopExecutor = destroyWorker
