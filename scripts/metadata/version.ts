import { Metadata, TypeRegistry } from '@polkadot/types'
import { toHex } from './inputs'

/** spec name and version from the metadata's own System.Version constant (v14 bytes). */
export function runtimeVersionOf(v14: Uint8Array): { specName: string; specVersion: number } {
  const registry = new TypeRegistry()
  registry.setMetadata(new Metadata(registry, toHex(v14) as `0x${string}`))
  const system = registry.metadata.pallets.find((p) => p.name.toString() === 'System')
  const c = system?.constants.find((x) => x.name.toString() === 'Version')
  if (!c) throw new Error('metadata has no System.Version constant')
  const v = registry.createType(registry.createLookupType(c.type), c.value).toJSON() as { specName: string; specVersion: number }
  return { specName: String(v.specName), specVersion: Number(v.specVersion) }
}
