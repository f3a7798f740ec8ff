/**
 * XCM values of any version (v2–v5) as one plain shape, so that mappings never look at XCM versions.
 *
 * The typegen'd decoders give each version's own sts JSON. They differ in where the data sits, not in meaning:
 * - a v2/v3 MultiLocation's X1 holds one junction, a v4/v5 Location's X1 an array of one;
 * - a v3 AssetId wraps the location in Concrete (or is Abstract bytes), a v4/v5 AssetId is the location itself;
 * - Versioned* enums wrap the payload: tuple variants as {__kind: 'V4', value}, struct variants inline the
 *   fields ({__kind: 'V4', location, assetId}).
 * Junctions keep their sts form ({__kind: 'Parachain', value: 1000}, {__kind: 'AccountId32', network, id},
 * {__kind: 'GeneralIndex', value: 1984n}); their variant names are the same in every version.
 */

/** A junction in sts form: {__kind, value} for tuple variants, {__kind, ...fields} for struct variants. */
/** A location or asset kind as the runtime encodes it (sts JSON: {__kind, value}). Kept for display and hashing. */
export type Json = unknown

export interface Junction {
  __kind: string
  value?: unknown
  [field: string]: unknown
}

/** Interior of a location: Here, or X1…X8 with the junctions always as an array. */
export type Junctions = { __kind: 'Here' } | { __kind: `X${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`; value: Junction[] }

export interface Location {
  parents: number
  interior: Junctions
}

/** A v3 AssetId that is not a location (Abstract): its 32 bytes as hex. */
export interface AbstractAssetId {
  abstract: string
}

/** VersionedLocatableAsset: an asset (assetId) as seen from the chain that holds it (location). */
export interface LocatableAsset {
  location: Location
  assetId: Location | AbstractAssetId
}

/** VersionedLocatableAccount (Asset Hub's treasury beneficiary): an account (accountId) on a chain (location). */
export interface LocatableAccount {
  location: Location
  accountId: Location
}

/** Thrown for a value that is no XCM location of a known layout (a decoder bug or a new XCM version). */
export class XcmShapeError extends Error {
  name = 'XcmShapeError'
  constructor(what: string, value: unknown) {
    super(`not a ${what} of a known XCM version: ${JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}`)
  }
}

const VERSION = /^V\d+$/

type Sts = { __kind: string; value?: unknown; [k: string]: unknown }

function isSts(x: unknown): x is Sts {
  return !!x && typeof x === 'object' && typeof (x as Sts).__kind === 'string'
}

/** The payload of a Versioned* enum value; throws on anything else. */
function unversion(x: unknown, what: string): Record<string, unknown> {
  if (!isSts(x) || !VERSION.test(x.__kind)) throw new XcmShapeError(what, x)
  if ('value' in x) return x.value as Record<string, unknown>
  const { __kind, ...fields } = x
  return fields
}

function junctions(interior: unknown): Junctions {
  if (!isSts(interior)) throw new XcmShapeError('location interior', interior)
  if (interior.__kind === 'Here') return { __kind: 'Here' }
  const m = /^X([1-8])$/.exec(interior.__kind)
  if (!m) throw new XcmShapeError('location interior', interior)
  const list = Array.isArray(interior.value) ? interior.value : [interior.value]
  if (list.length !== Number(m[1]) || !list.every(isSts)) throw new XcmShapeError('location interior', interior)
  return { __kind: interior.__kind as `X${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`, value: list as Junction[] }
}

/** A (Multi)Location of any version, unversioned. */
export function location(x: unknown): Location {
  const v = x as { parents?: unknown; interior?: unknown } | undefined
  if (!v || typeof v.parents !== 'number') throw new XcmShapeError('location', x)
  return { parents: v.parents, interior: junctions(v.interior) }
}

/** A VersionedLocation (VersionedMultiLocation) value. */
export function versionedLocation(x: unknown): Location {
  return location(unversion(x, 'VersionedLocation'))
}

function assetId(x: unknown): Location | AbstractAssetId {
  if (isSts(x) && x.__kind === 'Concrete') return location(x.value)
  if (isSts(x) && x.__kind === 'Abstract') return { abstract: String(x.value) }
  return location(x)
}

/** A VersionedLocatableAsset value (treasury asset spends). */
export function versionedLocatableAsset(x: unknown): LocatableAsset {
  const v = unversion(x, 'VersionedLocatableAsset')
  return { location: location(v.location), assetId: assetId(v.assetId) }
}

/** A VersionedLocatableAccount value (Asset Hub's treasury beneficiaries). */
export function versionedLocatableAccount(x: unknown): LocatableAccount {
  const v = unversion(x, 'VersionedLocatableAccount')
  return { location: location(v.location), accountId: location(v.accountId) }
}
