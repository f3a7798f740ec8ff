/**
 * The indexed chains: which the API knows (from the indexer's list, validate.ts API_CHAINS), how far each
 * processor has synced, and the assets amounts are counted in.
 */
import type { ChainSync } from '../../model/generated'
import { readSdl, type ApiModule } from '../module'
import type { AssetCols, Row } from '../row'
import { ASSET_OWN_COLS, asset } from '../sql'
import { API_CHAINS } from '../validate'

/** A chain id as a GraphQL enum value, which allows no "-": asset-hub is asset_hub. */
export const chainKey = (id: string) => id.replace(/-/g, '_')

const ENUM_START = '# ChainId: written from the API\'s chains by `npm run codegen:web` (chains.ts withChainEnum); do not edit.'
const ENUM_END = '# end of ChainId'

/**
 * The SDL fragment with its enum ChainId written from `chains`. The server serves the fragment so, whatever the
 * file says; `npm run codegen:web` writes it into chains.graphql, for the web's codegen, and a test checks that copy.
 */
export function withChainEnum(sdl: string, chains: readonly string[] = API_CHAINS): string {
  const start = sdl.indexOf(ENUM_START)
  const end = sdl.indexOf(ENUM_END)
  if (start < 0 || end < start) throw new Error(`chains.graphql must hold the lines "${ENUM_START}" and "${ENUM_END}" around enum ChainId`)
  const block = [
    ENUM_START,
    '"""',
    'The chains the API indexes, in the order it lists them: a value is a chain\'s id with "-" written "_" (GraphQL',
    'names allow no "-"), so asset_hub is the chain "asset-hub" that `chain` arguments take.',
    '"""',
    `enum ChainId { ${chains.map(chainKey).join(' ')} }`,
    '',
  ].join('\n')
  return sdl.slice(0, start) + block + sdl.slice(end)
}

export const chains: ApiModule = {
  name: 'chains',
  typeDefs: withChainEnum(readSdl(__dirname, 'chains.graphql')),
  resolvers: ({ q }) => ({
    Query: {
      chains() {
        return API_CHAINS.map((id) => ({ id, key: chainKey(id) }))
      },

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

      async databaseReplication() {
        // Functions and a walreceiver pid any role may read: the read-only API role sees no more of pg_stat_*.
        const [r] = await q<{ replica: boolean; streaming: boolean; backlog: string | null; replayed_at: Date | null; lag: number | null }>(
          `SELECT pg_is_in_recovery() AS replica,
                  EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE pid IS NOT NULL) AS streaming,
                  pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()) AS backlog,
                  pg_last_xact_replay_timestamp() AS replayed_at,
                  extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS lag`,
        )
        if (!r.replica) return { role: 'PRIMARY', streaming: null, replayBacklogBytes: null, lastReplayedAt: null, lagSeconds: null }
        return { role: 'REPLICA', streaming: r.streaming, replayBacklogBytes: r.backlog == null ? null : Number(r.backlog), lastReplayedAt: r.replayed_at, lagSeconds: r.lag == null ? null : Math.max(0, r.lag) }
      },

      async assets() {
        return (await q<AssetCols>(`SELECT ${ASSET_OWN_COLS} FROM asset ORDER BY id`)).map(asset)
      },
    },
  }),
}
