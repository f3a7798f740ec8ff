/** Polkadot's Coretime chain: Broker sales and renewals (the coretime issue), fees. */
import type { ChainProfile } from './profile'

export const coretime: ChainProfile = {
  id: 'coretime',
  name: 'Coretime',
  runtime: 'coretime',
  presets: {
    // from block 1: no Coretime metadata before 2000000 was found offline; an older event of another shape halts with its block (README, Coretime)
    polkadot: { rpcUrl: 'wss://polkadot-coretime-rpc.polkadot.io', fromBlock: 1, rpcRateLimit: 50 },
    devnet: { rpcUrl: 'http://127.0.0.1:9945', fromBlock: 0 },
  },
  modules: {},
}
