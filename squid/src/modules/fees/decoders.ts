/** The fee events of every runtime: TransactionPayment everywhere, Asset Hub's fees paid in other assets and their swaps. */
import { anyOf, eventDecoder, type Decoder, type Runtime } from '../../decoders/decode'
import { location, type Json } from '../../decoders/xcm'
import * as relay from '../../types/relay'
import * as assetHub from '../../types/assetHub'
import * as coretime from '../../types/coretime'
import * as people from '../../types/people'
import * as collectives from '../../types/collectives'

export interface FeePaid {
  who: string
  actualFee: bigint
  tip: bigint
  /** undefined: the chain's native token; else an asset location (Asset Hub's "pay fees with any token") */
  assetId?: Json
}

/** AssetConversion.SwapCreditExecuted: a swap of credit (the fee swaps of AssetTxPayment); path[0] is sold, the last bought. */
export interface SwapCredit {
  amountIn: bigint
  amountOut: bigint
  /** the assets along the route, as Asset Hub locations */
  path: Json[]
}

export interface FeeDecoders {
  feePaid: Decoder<FeePaid>
  swapCredit?: Decoder<SwapCredit>
}

const transactionFeePaid = (types: { events: { transactionPayment: { transactionFeePaid: { name: string } } } }) => eventDecoder<FeePaid>(types.events.transactionPayment.transactionFeePaid)

export const FEE_DECODERS: Readonly<Record<Runtime, FeeDecoders>> = {
  relay: { feePaid: transactionFeePaid(relay) },
  assetHub: {
    feePaid: anyOf(
      transactionFeePaid(assetHub),
      // asset_id is an XCM v3, v4 or v5 Location depending on the runtime; mappings get one plain shape
      eventDecoder<{ who: string; actualFee: bigint; tip: bigint; assetId: unknown }, FeePaid>(assetHub.events.assetTxPayment.assetTxFeePaid, (p) => ({ who: p.who, actualFee: p.actualFee, tip: p.tip, assetId: location(p.assetId) })),
    ),
    swapCredit: eventDecoder<{ amountIn: bigint; amountOut: bigint; path: [unknown, bigint][] }, SwapCredit>(assetHub.events.assetConversion.swapCreditExecuted, (s) => ({
      amountIn: s.amountIn,
      amountOut: s.amountOut,
      path: s.path.map(([loc]) => location(loc)),
    })),
  },
  coretime: { feePaid: transactionFeePaid(coretime) },
  people: { feePaid: transactionFeePaid(people) },
  collectives: { feePaid: transactionFeePaid(collectives) },
}
