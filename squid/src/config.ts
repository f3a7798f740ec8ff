/**
 * Networks the indexer can follow. `NETWORK` picks a preset; every endpoint and start block is overridable by env,
 * e.g. RELAY_RPC_URL, RELAY_GATEWAY_URL (empty string disables a gateway), RELAY_FROM_BLOCK; likewise CORETIME_*
 * and ASSET_HUB_* (and ASSET_HUB_DAP_FROM_BLOCK, see ChainConfig.dapFromBlock).
 */

import type { Runtime } from './decoders/decode'
import { CHAIN_IDS, PROFILES, type ChainId, type NetworkName } from './chains'

export { CHAIN_IDS, type ChainId, type NetworkName }

export interface ChainConfig {
  network: NetworkName
  chain: ChainId
  /** Postgres schema where the processor keeps its position; one per processor */
  stateSchema: string
  rpcUrl: string
  /** SQD network gateway; RPC alone is used when absent */
  gatewayUrl?: string
  fromBlock: number
  /** RPC requests per second; undefined means no limit (local chains) */
  rpcRateLimit?: number
  /** typegen module of the chain's decoders */
  decoders: Runtime
  /**
   * The first block of the first runtime with pallet-dap (Asset Hub spec 2003000), or any block before it: the dap
   * module requests Dap events and Balances.Minted (its drips' mints) only from here. Undefined: from fromBlock.
   * A value past the upgrade loses drips, so it is data to set from the chain (the block whose runtime version
   * first reports 2003000), never a guess. Only on a chain whose profile has dap options.
   */
  dapFromBlock?: number
}

export class ConfigError extends Error {
  name = 'ConfigError'
}

/** The name of a chain's setting in the environment: envVar('asset-hub', 'RPC_URL') is ASSET_HUB_RPC_URL. */
export function envVar(chain: ChainId, setting: string): string {
  return `${chain.toUpperCase().replace('-', '_')}_${setting}`
}

export function networkName(env: NodeJS.ProcessEnv = process.env): NetworkName {
  const n = env.NETWORK ?? 'polkadot'
  if (n !== 'polkadot' && n !== 'devnet') throw new ConfigError(`NETWORK=${n} is not a known network; use "polkadot" or "devnet"`)
  return n
}

export function chainConfig(chain: ChainId, env: NodeJS.ProcessEnv = process.env): ChainConfig {
  if (!CHAIN_IDS.includes(chain)) throw new ConfigError(`unknown chain "${chain}"; expected one of ${CHAIN_IDS.join(', ')}`)
  const network = networkName(env)
  const profile = PROFILES[chain]
  const preset = profile.presets[network]
  const v = (setting: string) => envVar(chain, setting)
  const fromEnv = env[v('FROM_BLOCK')]
  const fromBlock = fromEnv === undefined ? preset.fromBlock : Number(fromEnv)
  if (!Number.isInteger(fromBlock) || fromBlock < 0) throw new ConfigError(`${v('FROM_BLOCK')}=${fromEnv} is not a block number`)
  const dapEnv = env[v('DAP_FROM_BLOCK')]
  const dapFromBlock = dapEnv === undefined || dapEnv === '' ? profile.modules.dap?.fromBlock : Number(dapEnv)
  if (dapFromBlock !== undefined && (!Number.isInteger(dapFromBlock) || dapFromBlock < 0)) throw new ConfigError(`${v('DAP_FROM_BLOCK')}=${dapEnv} is not a block number`)
  const gateway = env[v('GATEWAY_URL')] ?? preset.gatewayUrl
  const rate = env[v('RPC_RATE_LIMIT')]
  return {
    network,
    chain,
    stateSchema: `${chain.replace('-', '_')}_processor`,
    rpcUrl: env[v('RPC_URL')] ?? preset.rpcUrl,
    gatewayUrl: gateway ? gateway : undefined,
    fromBlock,
    rpcRateLimit: rate ? Number(rate) : preset.rpcRateLimit,
    decoders: profile.runtime,
    dapFromBlock,
  }
}
