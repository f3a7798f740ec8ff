/**
 * XCM locations as treasury spends name assets and beneficiaries (VersionedLocatableAsset, VersionedLocation),
 * reduced to what a reader needs: which asset (an Asset id) and which account (SS58).
 */
import * as ss58 from '@subsquid/ss58'

type Sts = { __kind: string; value?: any }

/**
 * Symbols and decimals of Asset Hub's two stablecoins, as their Assets.Metadata says, for readers that cannot read
 * Asset Hub's storage (the relay's processor, the fee mapping). On Asset Hub the treasury module reads
 * Assets.Metadata / ForeignAssets.Metadata and its values replace these.
 */
const KNOWN_ASSET_HUB_ASSETS: Record<string, { symbol: string; decimals: number }> = {
  '1984': { symbol: 'USDT', decimals: 6 },
  '1337': { symbol: 'USDC', decimals: 6 },
}

export interface AssetInfo {
  id: string
  symbol: string
  /** null: the asset's metadata is unknown (never guessed as 0) */
  decimals: number | null
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

const isParachain = (j: Sts | undefined, id: number) => j?.__kind === 'Parachain' && Number(j.value) === id

/**
 * The Asset a VersionedLocatableAsset denotes. Its location is relative to the chain that pays (`payer`):
 * - from the relay, Asset Hub is {parents:0, X1(Parachain 1000)} and the relay itself {parents:0, Here};
 * - from Asset Hub, Asset Hub is {parents:0, Here}.
 * Held on Asset Hub, DOT is {parents:1, Here}, Assets-pallet assets {parents:0, X2(PalletInstance 50, GeneralIndex n)}
 * (→ assethub-assets:n) and anything else a foreign asset (→ assethub-foreign:<location JSON>, metadata unknown
 * until read). DOT held on the relay is {parents:0, Here}.
 */
export function assetFromLocatable(assetKind: unknown, native: AssetInfo, payer: string = 'relay'): AssetInfo {
  const v = unversion(assetKind)
  const location = v?.location
  const assetId = v?.assetId?.__kind === 'Concrete' ? v.assetId.value : v?.assetId // V3 wraps ids in Concrete
  const at = junctions(location?.interior)
  const here = location?.parents === 0 && at.length === 0
  // a sibling parachain (Collectives' sub-treasuries) sees Asset Hub at {parents:1, X1(Parachain 1000)}, and holds no asset itself
  const sibling = payer === 'collectives'
  const onAssetHub = payer === 'asset-hub' ? here : location?.parents === (sibling ? 1 : 0) && at.length === 1 && isParachain(at[0], ASSET_HUB_PARA_ID)
  const onRelay = payer !== 'asset-hub' && !sibling && here
  const inner = junctions(assetId?.interior)
  if ((onAssetHub && assetId?.parents === 1 && inner.length === 0) || (onRelay && assetId?.parents === 0 && inner.length === 0)) return native
  if (onAssetHub && assetId?.parents === 0 && inner.length === 2 && inner[0].__kind === 'PalletInstance' && Number(inner[0].value) === 50 && inner[1].__kind === 'GeneralIndex') {
    return assetHubAsset(String(inner[1].value))
  }
  if (onAssetHub && assetId && typeof assetId.parents === 'number') {
    return { id: `assethub-foreign:${toJson({ parents: assetId.parents, interior: assetId.interior })}`, symbol: '?', decimals: null, chain: 'asset-hub' }
  }
  return { id: `location:${toJson(v)}`, symbol: '?', decimals: null, chain: 'unknown' }
}

/** Which metadata storage describes an Asset id: Assets.Metadata(n) or ForeignAssets.Metadata(location). */
/** Asset n of Asset Hub's Assets pallet (50). */
export function assetHubAsset(n: string | number): AssetInfo {
  const known = KNOWN_ASSET_HUB_ASSETS[String(n)]
  return { id: `assethub-assets:${n}`, symbol: known?.symbol ?? '?', decimals: known?.decimals ?? null, chain: 'asset-hub' }
}

export function metadataKeyOf(assetId: string): { pallet: 'Assets'; id: number } | { pallet: 'ForeignAssets'; location: unknown } | undefined {
  if (assetId.startsWith('assethub-assets:')) return { pallet: 'Assets', id: Number(assetId.slice('assethub-assets:'.length)) }
  if (assetId.startsWith('assethub-foreign:')) return { pallet: 'ForeignAssets', location: JSON.parse(assetId.slice('assethub-foreign:'.length)) }
  return undefined
}

/**
 * The beneficiary as SS58 when it is a plain account on the paying chain, else its location as JSON. Takes a
 * VersionedLocation (relay) or a VersionedLocatableAccount {location, accountId} (Asset Hub): an account at
 * location Here is the account itself.
 */
export function beneficiaryFromLocation(beneficiary: unknown, prefix: number): string {
  let v = unversion(beneficiary)
  if (v && typeof v === 'object' && 'accountId' in v && 'location' in v) {
    const at = junctions(v.location?.interior)
    if (!(v.location?.parents === 0 && at.length === 0)) return toJson(v)
    v = v.accountId
  }
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
  return assetFromLocatable({ location: { parents: 0, interior: { __kind: 'Here' } }, assetId: location }, native, 'asset-hub')
}
