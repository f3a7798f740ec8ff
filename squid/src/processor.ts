/** What each chain's processor fetches. Mapping lives in handler.ts; decoders in decoders/. */
import { SubstrateBatchProcessor, type DataHandlerContext, type Block as SBlock, type Event as SEvent } from '@subsquid/substrate-processor'
import type { ChainConfig } from './config'
import type { ChainDecoders } from './decoders/chain'
import { relayDecoders } from './decoders/relay'
import { coretimeDecoders } from './decoders/coretime'
import { assetHubDecoders } from './decoders/assetHub'

export const DECODERS: Record<ChainConfig['decoders'], ChainDecoders> = {
  relay: relayDecoders,
  coretime: coretimeDecoders,
  assetHub: assetHubDecoders,
}

export const FIELDS = {
  block: { timestamp: true, specVersion: true },
  event: { name: true, args: true, phase: true, extrinsicIndex: true },
  extrinsic: { hash: true, success: true },
} as const

export function makeProcessor(cfg: ChainConfig) {
  const decoders = DECODERS[cfg.decoders]
  const p = new SubstrateBatchProcessor()
    .setRpcEndpoint({ url: cfg.rpcUrl, rateLimit: cfg.rpcRateLimit, requestTimeout: 60_000 })
    .setBlockRange({ from: cfg.fromBlock })
    .setFields(FIELDS)
    .addEvent({ name: decoders.eventNames, extrinsic: true })
  if (cfg.gatewayUrl) p.setGateway(cfg.gatewayUrl)
  if (cfg.network === 'devnet') {
    // Local chains build blocks on request only; poll often so tests see them quickly.
    p.setRpcDataIngestionSettings({ headPollInterval: 250, newHeadTimeout: 5_000 })
    // Every block, so sync status shows each one; on Polkadot a batch's last block suffices.
    p.includeAllBlocks({ from: cfg.fromBlock })
  }
  return p
}

export type Fields = typeof FIELDS
export type ProcessorContext<Store> = DataHandlerContext<Store, Fields>
export type Block = SBlock<Fields>
export type Event = SEvent<Fields>
