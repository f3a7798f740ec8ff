/**
 * XCM locations as treasury spends name assets and beneficiaries (VersionedLocatableAsset, VersionedLocation),
 * reduced to what a reader needs: which asset (an Asset id) and which account (SS58).
 */
import * as ss58 from '@subsquid/ss58'

type Sts = { __kind: string; value?: any }

/** Known assets of Asset Hub's Assets pallet; others get a generic label until the assets issue indexes metadata. */
const KNOWN_ASSET_HUB_ASSETS: Record<string, { symbol: string; decimals: number }> = {
  '1984': { symbol: 'USDT', decimals: 6 },
  '1337': { symbol: 'USDC', decimals: 6 },
}

export interface AssetInfo {
  id: string
  symbol: string
  decimals: number
  chain: string
}

export const ASSET_HUB_PARA_ID = 1000

/** Junctions of an interior in any XCM version: V3 X1(j) is a junction, V4+ X1([j]) an array. */
export function junctions(interior: Sts | undefined): Sts[] {
  if (!interior || interior.__kind === 'Here') return []
  const v = interior.value
  if (Array.isArray(v)) return v
  return v === undefined ? [] : [v]
}

function unversion(x: any): any {
  if (!(x && typeof x === 'object' && typeof x.__kind === 'string' && /^V\d+$/.test(x.__kind))) return x
  // Versioned* enums: a tuple variant wraps the payload as {__kind: 'V3' | 'V4' | 'V5', value} (VersionedLocation);
  // a struct variant inlines its fields, {__kind: 'V4', location, assetId} (VersionedLocatableAsset).
  if ('value' in x) return x.value
  const { __kind, ...fields } = x
  return fields
}

export function toJson(x: unknown): string {
  return JSON.stringify(x, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))
}

/**
 * The Asset a VersionedLocatableAsset denotes, seen from the relay chain:
 * - the relay token held on Asset Hub ({parents:1, Here} at Parachain(1000)) or here ({parents:0, Here}) → native;
 * - Assets pallet instance 50, GeneralIndex(n) on Asset Hub → assethub-assets:n;
 * - anything else keeps its location as id.
 */
export function assetFromLocatable(assetKind: unknown, native: AssetInfo): AssetInfo {
  const v = unversion(assetKind)
  const location = v?.location
  const assetId = v?.assetId?.__kind === 'Concrete' ? v.assetId.value : v?.assetId // V3 wraps ids in Concrete
  const at = junctions(location?.interior)
  const onAssetHub = location?.parents === 0 && at.length === 1 && at[0].__kind === 'Parachain' && Number(at[0].value) === ASSET_HUB_PARA_ID
  const here = location?.parents === 0 && at.length === 0
  const inner = junctions(assetId?.interior)
  if ((onAssetHub && assetId?.parents === 1 && inner.length === 0) || (here && assetId?.parents === 0 && inner.length === 0)) return native
  if (onAssetHub && assetId?.parents === 0 && inner.length === 2 && inner[0].__kind === 'PalletInstance' && Number(inner[0].value) === 50 && inner[1].__kind === 'GeneralIndex') {
    const n = String(inner[1].value)
    const known = KNOWN_ASSET_HUB_ASSETS[n]
    return { id: `assethub-assets:${n}`, symbol: known?.symbol ?? `#${n}`, decimals: known?.decimals ?? 0, chain: 'asset-hub' }
  }
  return { id: `location:${toJson(v)}`, symbol: '?', decimals: 0, chain: 'unknown' }
}

/** The beneficiary as SS58 when the location is a plain account here, else the location as JSON. */
export function beneficiaryFromLocation(beneficiary: unknown, prefix: number): string {
  const v = unversion(beneficiary)
  const at = junctions(v?.interior)
  // AccountId32 is a struct variant: its fields sit beside __kind, {__kind: 'AccountId32', network, id}
  if (v?.parents === 0 && at.length === 1 && at[0].__kind === 'AccountId32') return ss58.codec(prefix).encode((at[0] as any).id)
  return toJson(v)
}

export function encodeAccount(publicKey: string, prefix: number): string {
  return ss58.codec(prefix).encode(publicKey)
}

/** An asset named by its location as seen from Asset Hub (e.g. the asset a fee was paid in). */
export function assetFromAssetHubLocation(location: unknown, native: AssetInfo): AssetInfo {
  const assetHub = { parents: 0, interior: { __kind: 'X1', value: [{ __kind: 'Parachain', value: ASSET_HUB_PARA_ID }] } }
  return assetFromLocatable({ location: assetHub, assetId: location }, native)
}
