/**
 * The Asset Hub migration of Polkadot (November 2025), as data: the one place the indexer, the API and the page take
 * it from. Sources: polkadot-fellows/runtimes v2.3.2 asset-hub-polkadot lib.rs (MigrationStartBlock 10_254_470,
 * MigrationEndBlock 10_259_208); CHANGELOG 2.0.0 (relay start 28_490_502). The relay's end block is stored on chain
 * only (rc-migrator MigrationEndBlock); 28_495_696 is the value the issue gives.
 */
import type { ChainId } from '../config'

export interface BlockWindow {
  from: number
  to: number
}

export const MIGRATION_WINDOW: Readonly<Record<'relay' | 'asset-hub', BlockWindow>> = {
  relay: { from: 28_490_502, to: 28_495_696 },
  'asset-hub': { from: 10_254_470, to: 10_259_208 },
}

/** The migration window of `chain` on Polkadot, if the migration touched that chain. */
export function migrationWindow(chain: ChainId | string, network: string): BlockWindow | undefined {
  if (network !== 'polkadot') return undefined
  return (MIGRATION_WINDOW as Record<string, BlockWindow>)[chain]
}

export function inWindow(w: BlockWindow | undefined, block: number): boolean {
  return !!w && block >= w.from && block <= w.to
}
