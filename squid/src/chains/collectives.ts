/**
 * Polkadot's Collectives chain (para 1001): the Fellowship's and the Ambassadors' own treasuries (instances of
 * pallet-treasury, paying over XCM on Asset Hub) and their salary pallets, which pay USDT on Asset Hub.
 */
import type { ChainProfile } from './profile'

export const collectives: ChainProfile = {
  id: 'collectives',
  name: 'Collectives',
  runtime: 'collectives',
  presets: {
    // from block 1: the decoders cover Collectives 2000000+ (the only Collectives metadata found offline); an older
    // event of another shape halts with its block, like the People chain's (README, Collectives)
    polkadot: { rpcUrl: 'wss://polkadot-collectives-rpc.polkadot.io', fromBlock: 1, rpcRateLimit: 50 },
    // the devnet runs no Collectives chain (no Paseo Collectives chain spec offline): indexed only where an endpoint is given
    devnet: { rpcUrl: 'http://127.0.0.1:9948', fromBlock: 0 },
  },
  modules: {
    // the sub-treasuries pay over XCM (PayOverXcm): Paid is an attempt, SpendProcessed confirms it
    treasury: { localPay: false, reconciledAssets: [], subTreasuriesOnly: true },
  },
}
