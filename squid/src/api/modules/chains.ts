/** The indexed chains: how far each processor has synced, and the assets amounts are counted in. */
import type { ChainSync } from '../../model/generated'
import { readSdl, type ApiModule } from '../module'
import type { AssetCols, Row } from '../row'
import { ASSET_OWN_COLS, asset } from '../sql'

export const chains: ApiModule = {
  name: 'chains',
  typeDefs: readSdl(__dirname, 'chains.graphql'),
  resolvers: ({ q }) => ({
    Query: {
      async syncStatus() {
        const rows = await q<Row<ChainSync>>(`SELECT * FROM chain_sync ORDER BY id`)
        return rows.map((r) => ({
          chain: r.id,
          network: r.network,
          specName: r.spec_name,
          specVersion: r.spec_version,
          indexedHeight: r.indexed_height,
          chainHeight: r.chain_height,
          progress: r.chain_height > 0 ? Math.min(1, r.indexed_height / r.chain_height) : 0,
          synced: r.chain_height - r.indexed_height <= 2,
          indexedAt: r.indexed_at,
          updatedAt: r.updated_at,
        }))
      },

      async assets() {
        return (await q<AssetCols>(`SELECT ${ASSET_OWN_COLS} FROM asset ORDER BY id`)).map(asset)
      },
    },
  }),
}
