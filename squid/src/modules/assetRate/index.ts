/**
 * AssetRate at approval: for each Treasury.AssetSpendApproved, the AssetRate pallet's conversion rate of the spend's
 * asset, read from storage at the approval's block (SpendAssetRate). The API values a spend of an asset that is
 * neither DOT nor a stablecoin through it (modules/hub/usd.ts). The relay's spends before the Asset Hub migration
 * are read on the relay, the later ones on Asset Hub.
 */
import { SpendAssetRate } from '../../model'
import type { BlockHeader } from '../../block'
import { namesOf } from '../../decoders/decode'
import { ctxId, type EventCtx } from '../../mappings/facts'
import { toJson } from '../../mappings/locations'
import { defineModule, eventCtx, type StorageReads } from '../module'
import { ASSET_RATE_DECODERS, type AssetRateDecoders, type AssetSpendApproval } from './decoders'

export interface AssetRateRecords {
  approvals: (AssetSpendApproval & { ctx: EventCtx; block: BlockHeader })[]
}

/** the rate of each approval's asset, by the approval event's id (undefined: no rate then) */
type AssetRateReads = Record<string, bigint | undefined>

export const assetRateModule = defineModule<AssetRateRecords, AssetRateReads, unknown, AssetRateDecoders>({
  name: 'asset-rate',
  version: 1,
  entities: [SpendAssetRate],
  decoders: ASSET_RATE_DECODERS,
  empty: () => ({ approvals: [] }),
  requests: (_env, d) => ({ events: [{ names: namesOf(d.assetSpendApproved) }] }),

  decode(env, blocks, _recordsOf, d) {
    const approvals: AssetRateRecords['approvals'] = []
    for (const block of blocks) {
      for (const e of block.events) {
        const a = d.assetSpendApproved(env.cfg.chain, e)
        if (a) approvals.push({ ...a, ctx: eventCtx(env.cfg.chain, block, e), block: block.header })
      }
    }
    return { approvals }
  },

  load: () => [],

  reads(env, { approvals }) {
    const d = ASSET_RATE_DECODERS[env.cfg.decoders]
    const out: StorageReads<AssetRateReads> = {}
    if (!d) return out
    for (const a of approvals) out[ctxId(a.ctx)] = { block: a.block, what: `AssetRate.ConversionRateToNative of spend ${a.index}'s asset`, read: (b) => d.rate(b, a.assetKind) }
    return out
  },

  apply(env, { approvals }, ctx) {
    const chain = env.cfg.chain
    ctx.write(
      SpendAssetRate,
      approvals.map(
        (a) =>
          new SpendAssetRate({
            // the spend's own id (treasury module: <chain>-asset-<index>), so that the API joins it to the spend
            id: `${chain}-asset-${a.index}`,
            chain,
            spendIndex: a.index,
            assetKindJson: toJson(a.assetKind),
            rateToNative: ctx.read(ctxId(a.ctx)) ?? null,
            block: a.ctx.blockNumber,
            timestamp: a.ctx.timestamp,
            source: `storage:AssetRate.ConversionRateToNative@${a.ctx.blockNumber}`,
          }),
      ),
    )
  },
})
