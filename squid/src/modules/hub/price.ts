/**
 * DOT/USD from Asset Hub's own pools. Stablecoins count at 1 USD, so their units (6 decimals) are micro-USD and a
 * price is kept as an integer: micro-USD per DOT. Integers until the edge, as every amount here.
 */
import { blake2AsHex } from '@polkadot/util-crypto'
import { compactToU8a, u8aConcat } from '@polkadot/util'

const PLANCK_PER_DOT = 10n ** 10n

/** micro-USD per DOT for `usd` micro-USD against `dot` planck, rounded down; undefined when no DOT moved. */
export function microUsdPerDot(dot: bigint, usd: bigint): bigint | undefined {
  return dot > 0n ? (usd * PLANCK_PER_DOT) / dot : undefined
}

/** "4.123456" for 4_123_456 micro-USD. */
export function formatMicroUsd(micro: bigint): string {
  const neg = micro < 0n
  const m = neg ? -micro : micro
  return `${neg ? '-' : ''}${m / 1_000_000n}.${String(m % 1_000_000n).padStart(6, '0')}`
}

/** micro-USD of a decimal USD amount ("4.1234567" → 4_123_456, rounded down); undefined when it is not one. */
export function parseUsd(s: string): bigint | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s.trim())
  if (!m) return undefined
  return BigInt(m[1]) * 1_000_000n + BigInt((m[2] ?? '').slice(0, 6).padEnd(6, '0'))
}

/**
 * The account of the AssetConversion pool of DOT and Assets-pallet asset `assetId` on Asset Hub:
 * pallet_asset_conversion::AccountIdConverter<AssetConversionPalletId = "py/ascon", (Location, Location)>, i.e.
 * blake2_256 of the SCALE encoding of ("py/ascon", (DOT, asset)) with DOT = {parents: 1, Here} and the asset
 * {parents: 0, X2(PalletInstance(50), GeneralIndex(id))} (the same bytes in XCM v4 and v5).
 */
export function nativePoolAccount(assetId: number): string {
  const palletId = new TextEncoder().encode('py/ascon')
  const dot = Uint8Array.of(1, 0)
  const asset = u8aConcat(Uint8Array.of(0, 2, 4, 50, 5), compactToU8a(assetId))
  return blake2AsHex(u8aConcat(palletId, dot, asset), 256)
}

/** The stablecoins whose pools with DOT price it, in order of preference for reserves: USDT, then USDC. */
export const PRICE_POOLS = [
  { assetId: 1984, symbol: 'USDT' },
  { assetId: 1337, symbol: 'USDC' },
] as const
