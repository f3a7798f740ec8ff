/** Polkadot's People chain: on-chain identities (the Identity pallet moved here from the relay in 2024), fees. */
import type { ChainProfile } from './profile'

export const people: ChainProfile = {
  id: 'people',
  name: 'People',
  runtime: 'people',
  presets: {
    // from block 1: the decoders cover People 2000000+ (the only People metadata found offline); an older event of
    // another shape halts with its block, like the Coretime chain's (README, People)
    polkadot: { rpcUrl: 'wss://polkadot-people-rpc.polkadot.io', fromBlock: 1, rpcRateLimit: 50 },
    // the devnet runs no People chain (no Paseo People chain spec offline): a replayed one serves this port (scripts/demo.ts)
    devnet: { rpcUrl: 'http://127.0.0.1:9947', fromBlock: 0 },
  },
  modules: {},
}
