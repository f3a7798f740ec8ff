/**
 * The Asset Hub migration of Polkadot (November 2025): its block windows are chain facts of the profiles
 * (chains/relay.ts, chains/assetHub.ts); the indexer, the API and the page take them from here.
 */
import { PROFILES, type BlockWindow, type ChainId } from '../chains'

export type { BlockWindow }

function polkadotWindow(chain: ChainId): BlockWindow {
  const w = PROFILES[chain].presets.polkadot.migrationWindow
  if (!w) throw new Error(`the ${chain} profile has no migration window on Polkadot`)
  return w
}

/** The window of each chain the migration touched, on Polkadot: the relay (from) and Asset Hub (to). */
export const MIGRATION_WINDOW: Readonly<Record<'relay' | 'asset-hub', BlockWindow>> = { relay: polkadotWindow('relay'), 'asset-hub': polkadotWindow('asset-hub') }

/** The migration window of `chain` on `network`, if the migration touched that chain there. */
export function migrationWindow(chain: ChainId, network: string): BlockWindow | undefined {
  return network === 'polkadot' || network === 'devnet' ? PROFILES[chain]?.presets[network].migrationWindow : undefined
}

export function inWindow(w: BlockWindow | undefined, block: number): boolean {
  return !!w && block >= w.from && block <= w.to
}
