/**
 * What the indexer knows of one chain before it connects: its presets per network, the runtime its decoders are
 * generated for, the Asset Hub migration's window where it touched the chain, and the options of the modules that
 * run there. Everything chain-specific is data here (one file per chain); modules read it from `env.profile` and
 * never branch on a chain's name.
 */
import type { Runtime } from '../decoders/decode'

export type ChainId = 'relay' | 'coretime' | 'asset-hub' | 'people' | 'collectives'

export type NetworkName = 'polkadot' | 'devnet'

export interface BlockWindow {
  from: number
  to: number
}

export interface Preset {
  rpcUrl: string
  /** SQD network gateway; RPC alone when absent */
  gatewayUrl?: string
  fromBlock: number
  /** RPC requests per second; undefined: no limit (local chains) */
  rpcRateLimit?: number
  /** the Asset Hub migration's blocks on this chain (Polkadot, November 2025); absent where it did not run */
  migrationWindow?: BlockWindow
}

/**
 * Per-module options of a chain, by module name. A module declares its own entry next to its code (TypeScript
 * declaration merging: `declare module '../../chains/profile' { interface ModuleOptions { dap: DapOptions } }`), so
 * a new module adds no line here; a chain sets the options of the modules that need them in its profile.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ModuleOptions {}

export interface ChainProfile {
  id: ChainId
  /** for people: "Asset Hub" */
  name: string
  /** the typegen'd runtime its decoders are (squid/src/types/<runtime>) */
  runtime: Runtime
  presets: Record<NetworkName, Preset>
  modules: Partial<ModuleOptions>
}
