/** Polkadot Asset Hub: the Hub, and since the November 2025 migration the treasury and staking. */
import type { ChainProfile } from './profile'

/**
 * The relay treasury's location (1, PalletInstance(19)) as an account on Asset Hub,
 * 14xmwinmCEz6oRrFdczHKqHgWNMiCysE2KrA4jXXAAM1Eogk (xcm_config PreMigrationRelayTreasuryPalletAccount): Asset Hub's
 * treasury before the migration, which drained it into the unified one with plain transfers; it still pays the
 * relay's asset spends.
 */
export const OLD_ASSET_HUB_TREASURY = '0xaf3e7da28608e13e4399cc7d14a57bdb154dde5f3d546f5f293994ef36ef7f11'

export const assetHub: ChainProfile = {
  id: 'asset-hub',
  name: 'Asset Hub',
  runtime: 'assetHub',
  presets: {
    // from 7,000,000 (decoders 1006000+); its Treasury arrives with the 2025 migration, the old Asset Hub treasury
    // account before it
    polkadot: {
      rpcUrl: 'wss://polkadot-asset-hub-rpc.polkadot.io',
      gatewayUrl: 'https://v2.archive.subsquid.io/network/asset-hub-polkadot',
      fromBlock: 7_000_000,
      rpcRateLimit: 50,
      // polkadot-fellows/runtimes v2.3.2 asset-hub-polkadot lib.rs: MigrationStartBlock, MigrationEndBlock
      migrationWindow: { from: 10_254_470, to: 10_259_208 },
    },
    devnet: { rpcUrl: 'http://127.0.0.1:9946', fromBlock: 0 },
  },
  modules: {
    treasury: {
      // pays asset spends synchronously: Paid is final, a failed payout is a failed extrinsic
      localPay: true,
      // the treasury's stablecoins: USDT, USDC
      reconciledAssets: [1984, 1337],
      relayTreasuryAccount: OLD_ASSET_HUB_TREASURY,
      // the spends open on the relay at the migration continue here
      continuesSpendsOf: 'relay',
      // the Fellowship's and the Ambassadors' treasuries pay from their pallets' accounts here
      subTreasuryLedgers: true,
    },
    // the first block with pallet-dap (spec 2003000) is not known here: set ASSET_HUB_DAP_FROM_BLOCK
    dap: {},
    // the referenda ongoing on the relay at the migration continue here under the same index, with no event
    referenda: { continuesReferendaOf: 'relay' },
  },
}
