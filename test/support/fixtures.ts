/** Accounts and XCM values in @polkadot/types input form, for encoding events (test/support/chain.ts). */
export const ALICE = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d'
export const ALICE_SS58_POLKADOT = '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5'
export const BOB = '0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48'
export const CHARLIE = '0x90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22'
export const DAVE = '0x306721211d5404bd9da88e0204360a1a9ab8b87c66c1bc2fcdd37f3c2222cc20'

/** An asset of Asset Hub's Assets pallet (instance 50) as a VersionedLocatableAsset seen from the relay. */
export function assetHubAsset(version: 'V3' | 'V4' | 'V5', generalIndex: number | bigint) {
  const inner = [{ PalletInstance: 50 }, { GeneralIndex: generalIndex }]
  if (version === 'V3') {
    return { V3: { location: { parents: 0, interior: { X1: { Parachain: 1000 } } }, assetId: { Concrete: { parents: 0, interior: { X2: inner } } } } }
  }
  return { [version]: { location: { parents: 0, interior: { X1: [{ Parachain: 1000 }] } }, assetId: { parents: 0, interior: { X2: inner } } } }
}

/** The relay token held on Asset Hub: location Parachain(1000), asset {parents: 1, Here}. */
export const NATIVE_ON_ASSET_HUB_V4 = { V4: { location: { parents: 0, interior: { X1: [{ Parachain: 1000 }] } }, assetId: { parents: 1, interior: { Here: null } } } }

/** A plain account as a VersionedLocation. */
export function accountLocation(version: 'V3' | 'V4' | 'V5', id: string) {
  const j = { AccountId32: { network: null, id } }
  return { [version]: { parents: 0, interior: { X1: version === 'V3' ? j : [j] } } }
}
