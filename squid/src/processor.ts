/** What each chain's processor fetches: the requests of its modules (modules/registry.ts), each from its decoders. */
import { SubstrateBatchProcessor } from '@subsquid/substrate-processor'
import { coalescing } from './batches'
import { FIELDS } from './block'
import { requestsOf, type AnyModule, type ChainEnv } from './modules/module'

/** The processor of `env`'s chain fetching what `modules` request, from `range.from` (cfg.fromBlock) to `range.to` (open). */
export function makeProcessor(env: ChainEnv, modules: AnyModule[], range: { from?: number; to?: number } = {}) {
  const { cfg } = env
  const p = new SubstrateBatchProcessor()
    .setRpcEndpoint({ url: cfg.rpcUrl, rateLimit: cfg.rpcRateLimit, requestTimeout: 60_000 })
    .setBlockRange({ from: range.from ?? cfg.fromBlock, to: range.to })
    .setFields(FIELDS)
  for (const m of modules) {
    const { events = [], calls = [] } = requestsOf(m, env)
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
  coalesceBatches(p)
  return p
}

/**
 * Both data sources of `p` (RPC and gateway) hand the runner coalesced batches (batches.ts). The SDK builds them in
 * private memoized methods; an own property of the instance shadows the prototype's.
 */
function coalesceBatches(p: SubstrateBatchProcessor<any>): void {
  const inner = p as unknown as Record<'getRpcDataSource' | 'getArchiveDataSource', () => any>
  for (const method of ['getRpcDataSource', 'getArchiveDataSource'] as const) {
    const make = inner[method].bind(p)
    let made: any
    inner[method] = () => (made ??= coalescing(make()))
  }
}
