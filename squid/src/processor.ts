/** What each chain's processor fetches: the requests of its modules (modules/registry.ts); decoders in decoders/. */
import { SubstrateBatchProcessor } from '@subsquid/substrate-processor'
import { FIELDS } from './block'
import type { ChainConfig } from './config'
import type { ChainDecoders } from './decoders/chain'
import type { ChainEnv, PalletModule } from './modules/module'
import { relayDecoders } from './decoders/relay'
import { coretimeDecoders } from './decoders/coretime'
import { assetHubDecoders } from './decoders/assetHub'

export const DECODERS: Record<ChainConfig['decoders'], ChainDecoders> = {
  relay: relayDecoders,
  coretime: coretimeDecoders,
  assetHub: assetHubDecoders,
}

/** The processor of `env`'s chain fetching what `modules` request, from `range.from` (cfg.fromBlock) to `range.to` (open). */
export function makeProcessor(env: ChainEnv, modules: PalletModule<any>[], range: { from?: number; to?: number } = {}) {
  const { cfg } = env
  const p = new SubstrateBatchProcessor()
    .setRpcEndpoint({ url: cfg.rpcUrl, rateLimit: cfg.rpcRateLimit, requestTimeout: 60_000 })
    .setBlockRange({ from: range.from ?? cfg.fromBlock, to: range.to })
    .setFields(FIELDS)
  for (const m of modules) {
    const { events = [], calls = [] } = m.requests(env)
    for (const r of events) if (r.names.length) p.addEvent({ name: r.names, extrinsic: r.extrinsic, call: r.call, range: r.range })
    for (const r of calls) if (r.names.length) p.addCall({ name: r.names, events: r.events, extrinsic: r.extrinsic })
  }
  if (cfg.gatewayUrl) p.setGateway(cfg.gatewayUrl)
  if (cfg.network === 'devnet') {
    // Local chains build blocks on request only; poll often so tests see them quickly.
    p.setRpcDataIngestionSettings({ headPollInterval: 250, newHeadTimeout: 5_000 })
    // Every block, so sync status shows each one; on Polkadot a batch's last block suffices.
    p.includeAllBlocks({ from: range.from ?? cfg.fromBlock, to: range.to })
  }
  return p
}
