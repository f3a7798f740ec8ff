/** The decoders of one runtime as tests call them: each from the module that owns it (squid/src/modules/<module>/decoders.ts). */
import type { Runtime } from '../../squid/src/decoders/decode'
import { BALANCES } from '../../squid/src/modules/balances'
import { FEE_DECODERS } from '../../squid/src/modules/fees/decoders'
import { TREASURY_DECODERS } from '../../squid/src/modules/treasury/decoders'

export function decodersOf(runtime: Runtime) {
  const b = BALANCES[runtime]
  return { treasury: TREASURY_DECODERS[runtime]?.treasury, feePaid: FEE_DECODERS[runtime].feePaid, deposit: b.deposit, transfer: b.transfer }
}

export const relayDecoders = decodersOf('relay')
export const assetHubDecoders = decodersOf('assetHub')
