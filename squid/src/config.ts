/**
 * Networks the indexer can follow. `NETWORK` picks a preset; every endpoint and start block is overridable by env,
 * e.g. RELAY_RPC_URL, RELAY_GATEWAY_URL (empty string disables a gateway), RELAY_FROM_BLOCK; likewise CORETIME_*
 * and ASSET_HUB_* (and ASSET_HUB_DAP_FROM_BLOCK, see ChainConfig.dapFromBlock).
 */

export type ChainId = 'relay' | 'coretime' | 'asset-hub'

export const CHAIN_IDS: ChainId[] = ['relay', 'coretime', 'asset-hub']

export type NetworkName = 'polkadot' | 'devnet'

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
  decoders: 'relay' | 'coretime' | 'assetHub'
  /**
   * The first block of the first runtime with pallet-dap (Asset Hub spec 2003000), or any block before it: the dap
   * module requests Dap events and Balances.Minted (its drips' mints) only from here. Undefined: from fromBlock.
   * A value past the upgrade loses drips, so it is data to set from the chain (the block whose runtime version
   * first reports 2003000), never a guess.
   */
  dapFromBlock?: number
}

interface Preset {
  rpcUrl: string
  gatewayUrl?: string
  fromBlock: number
  rpcRateLimit?: number
  dapFromBlock?: number
}

/**
 * Polkadot presets: the treasury's readable history on both chains (README, "The treasury"). The relay from the
 * block where Treasury.AssetSpendApproved was already in its current form (runtime 1.2, early 2024; the decoders
 * cover relay 1002005+), Asset Hub from 7,000,000 (decoders 1006000+; its Treasury arrives with the 2025 migration,
 * the old Asset Hub treasury account before it), Coretime from genesis. An event of a shape no decoder has (an older
 * or missing spec) stops the processor with chain, block and event. Override with <CHAIN>_FROM_BLOCK.
 */
const POLKADOT: Record<ChainId, Preset> = {
  relay: {
    rpcUrl: 'wss://rpc.polkadot.io',
    gatewayUrl: 'https://v2.archive.subsquid.io/network/polkadot',
    fromBlock: 20_000_000,
    rpcRateLimit: 50,
  },
  'asset-hub': {
    rpcUrl: 'wss://polkadot-asset-hub-rpc.polkadot.io',
    gatewayUrl: 'https://v2.archive.subsquid.io/network/asset-hub-polkadot',
    fromBlock: 7_000_000,
    rpcRateLimit: 50,
  },
  coretime: {
    rpcUrl: 'wss://polkadot-coretime-rpc.polkadot.io',
    fromBlock: 1,
    rpcRateLimit: 50,
  },
}

/**
 * The local chains of `npm run demo` / tests (devnet/chains.ts DEFAULT_PORTS). Over HTTP: the processor then polls
 * for new heads; its websocket subscription resets every few seconds on chains that build blocks only on request,
 * and the reset trips an assertion in the RPC data source ("concurrent takes are not allowed").
 */
const DEVNET: Record<ChainId, Preset> = {
  relay: { rpcUrl: 'http://127.0.0.1:9944', fromBlock: 0 },
  coretime: { rpcUrl: 'http://127.0.0.1:9945', fromBlock: 0 },
  'asset-hub': { rpcUrl: 'http://127.0.0.1:9946', fromBlock: 0 },
}

const DECODERS: Record<ChainId, ChainConfig['decoders']> = { relay: 'relay', coretime: 'coretime', 'asset-hub': 'assetHub' }

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
  const preset = (network === 'polkadot' ? POLKADOT : DEVNET)[chain]
  const v = (setting: string) => envVar(chain, setting)
  const fromEnv = env[v('FROM_BLOCK')]
  const fromBlock = fromEnv === undefined ? preset.fromBlock : Number(fromEnv)
  if (!Number.isInteger(fromBlock) || fromBlock < 0) throw new ConfigError(`${v('FROM_BLOCK')}=${fromEnv} is not a block number`)
  const dapEnv = env[v('DAP_FROM_BLOCK')]
  const dapFromBlock = dapEnv === undefined || dapEnv === '' ? preset.dapFromBlock : Number(dapEnv)
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
    decoders: DECODERS[chain],
    dapFromBlock,
  }
}
