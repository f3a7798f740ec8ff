/** The treasury's accounts, as 0x-hex public keys (PalletId accounts from mappings/palletAccounts.ts). */
import { compactAddLength, stringToU8a, u8aConcat } from '@polkadot/util'
import { palletAccount, TREASURY_POT } from '../../mappings/palletAccounts'

/** PalletId "py/trsry": the relay's treasury before and after the migration, and the unified treasury on Asset Hub (13UVJyLnbVp9…). */
export const TREASURY_ACCOUNT = TREASURY_POT

/**
 * Asset Hub's treasury before the migration: the relay treasury's location (1, PalletInstance(19)) converted to an
 * account on Asset Hub, 14xmwinmCEz6oRrFdczHKqHgWNMiCysE2KrA4jXXAAM1Eogk (xcm_config PreMigrationRelayTreasuryPalletAccount).
 * The migration drained it into TREASURY_ACCOUNT with plain transfers.
 */
export const OLD_ASSET_HUB_TREASURY = '0xaf3e7da28608e13e4399cc7d14a57bdb154dde5f3d546f5f293994ef36ef7f11'

/** The treasury accounts whose balance a chain's TreasuryDay reads and reconciles. */
export function treasuryAccountsOf(chain: string): string[] {
  return chain === 'asset-hub' ? [TREASURY_ACCOUNT, OLD_ASSET_HUB_TREASURY] : [TREASURY_ACCOUNT]
}

/** Classic Bounties' account of bounty `index`: py/trsry sub-account ("bt", index); "bt" as &str SCALE (compact length 8). */
export function bountyAccount(index: number): string {
  const idx = new Uint8Array(4)
  new DataView(idx.buffer).setUint32(0, index, true)
  return palletAccount('py/trsry', u8aConcat(compactAddLength(stringToU8a('bt')), idx))
}

const BOUNTY_PREFIX = bountyAccount(0).slice(0, 2 + (4 + 8 + 3) * 2)

/** Whether `account` is a classic bounty's account (any index). */
export function isBountyAccount(account: string): boolean {
  return account.startsWith(BOUNTY_PREFIX) && account.endsWith('00'.repeat(32 - 4 - 8 - 3 - 4))
}
