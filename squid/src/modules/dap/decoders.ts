/** pallet-dap's money events (Asset Hub from spec 2003000). */
import { anyOf, eventDecoder, type Decoder, type Runtime } from '../../decoders/decode'
import { events } from '../../types/assetHub'

export type DapEvent =
  /** a drip: minted and split over the budget recipients (Balances.Minted to each, before this event) */
  | { kind: 'IssuanceMinted'; totalMinted: bigint; elapsedMillis: bigint }
  /** the staging account's DOT moved to the buffer */
  | { kind: 'StagingDrained'; amount: bigint }

export interface DapDecoders {
  dap: Decoder<DapEvent>
}

export const DAP_DECODERS: Readonly<Partial<Record<Runtime, DapDecoders>>> = {
  assetHub: {
    dap: anyOf<DapEvent>(
      eventDecoder<{ totalMinted: bigint; elapsedMillis: bigint }, DapEvent>(events.dap.issuanceMinted, (m) => ({ kind: 'IssuanceMinted', totalMinted: m.totalMinted, elapsedMillis: m.elapsedMillis })),
      eventDecoder<{ amount: bigint }, DapEvent>(events.dap.stagingDrained, (d) => ({ kind: 'StagingDrained', amount: d.amount })),
    ),
  },
}

/** What a chain's profile may set for the dap module. */
export interface DapOptions {
  /** the first block of the first runtime with pallet-dap (ChainConfig.dapFromBlock; ASSET_HUB_DAP_FROM_BLOCK overrides) */
  fromBlock?: number
}

declare module '../../chains/profile' {
  interface ModuleOptions {
    dap: DapOptions
  }
}
