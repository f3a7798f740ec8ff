/** The Polkadot relay chain: its treasury until the Asset Hub migration, staking until then, fees. */
import type { ChainProfile } from './profile'

export const relay: ChainProfile = {
  id: 'relay',
  name: 'Relay chain',
  runtime: 'relay',
  presets: {
    // the treasury's readable history: from the block where Treasury.AssetSpendApproved was already in its current
    // form (runtime 1.2, early 2024; the decoders cover relay 1002005+)
    polkadot: {
      rpcUrl: 'wss://rpc.polkadot.io',
      gatewayUrl: 'https://v2.archive.subsquid.io/network/polkadot',
      fromBlock: 20_000_000,
      rpcRateLimit: 50,
      // CHANGELOG 2.0.0 (start); the end is stored on chain only (rc-migrator MigrationEndBlock), the value
      migrationWindow: { from: 28_490_502, to: 28_495_696 },
    },
    devnet: { rpcUrl: 'http://127.0.0.1:9944', fromBlock: 0 },
  },
  modules: {
    // the relay's asset spends are paid from its treasury's account on Asset Hub (over XCM): SpendPaid does not
    // move the relay's balance
    treasury: { localPay: false, reconciledAssets: [], assetSpendsPaidElsewhere: true },
  },
}
