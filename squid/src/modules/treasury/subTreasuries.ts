/**
 * The Collectives chain's sub-treasuries: the Fellowship's and the Ambassadors' instances of pallet-treasury, and the
 * accounts that hold their money on Asset Hub.
 *
 * Their money is not on Collectives: they pay over XCM (PayOverXcm), so what they hold sits on Asset Hub in the
 * account Asset Hub's LocationToAccountId gives their pallet's location, {parents: 1, X2(Parachain 1001,
 * PalletInstance i)}. Asset Hub converts a sibling's pallet location with xcm-builder's
 * HashedDescription<AccountId32, DescribeFamily<DescribeAllTerminal>>:
 *
 *   account = blake2_256(SCALE(("SiblingChain": [u8; 12], Compact<u32>(1001), Vec<u8>(("Pallet": [u8; 6], Compact<u32>(i))))))
 *
 * The tuple's first element is a fixed array (no length), the described interior a Vec<u8> (compact length first).
 * For the Fellowship treasury (pallet 65) this is 16VcQSRcMFy6ZHVjBvosKmo7FKqTb8ZATChDYo8ibutzLnos, the address the
 * Fellowship publishes for its treasury on Asset Hub.
 */
import { compactAddLength, compactToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util'
import { blake2AsU8a } from '@polkadot/util-crypto'
import { junctions } from '../../mappings/locations'

export const COLLECTIVES_PARA_ID = 1001

/** The treasury a Spend or TreasuryFlow row belongs to: the main (relay / Asset Hub) treasury or a sub-treasury. */
export type TreasuryName = 'main' | SubTreasuryName
export type SubTreasuryName = 'fellowship' | 'ambassador'

export interface SubTreasury {
  name: SubTreasuryName
  /** what pages call it */
  label: string
  /** its pallet-treasury instance on Collectives */
  pallet: string
  palletIndex: number
  /** the salary pallet of the same collective (modules/salary) */
  salaryPallet: string
  salaryPalletIndex: number
}

// pallet indices: collectives-polkadot 2000000 metadata (../shared/metadata README)
export const SUB_TREASURIES: readonly SubTreasury[] = [
  { name: 'fellowship', label: 'Fellowship treasury', pallet: 'FellowshipTreasury', palletIndex: 65, salaryPallet: 'FellowshipSalary', salaryPalletIndex: 64 },
  { name: 'ambassador', label: 'Ambassador treasury', pallet: 'AmbassadorTreasury', palletIndex: 75, salaryPallet: 'AmbassadorSalary', salaryPalletIndex: 74 },
]

export const SUB_TREASURY_NAMES: readonly SubTreasuryName[] = SUB_TREASURIES.map((t) => t.name)

/** Asset Hub's account of the location {parents: 1, X2(Parachain para, PalletInstance pallet)} (see above), 0x-hex. */
export function siblingPalletAccount(para: number, pallet: number): string {
  const interior = u8aConcat(stringToU8a('Pallet'), compactToU8a(pallet))
  return u8aToHex(blake2AsU8a(u8aConcat(stringToU8a('SiblingChain'), compactToU8a(para), compactAddLength(interior)), 256))
}

/** A sub-treasury's account on Asset Hub, where its money is. */
export const subTreasuryAccount = (t: SubTreasury): string => siblingPalletAccount(COLLECTIVES_PARA_ID, t.palletIndex)

/** The sub-treasury whose pallet emitted an event ("FellowshipTreasury.Paid" → fellowship), else undefined. */
export function subTreasuryOfEvent(eventName: string): SubTreasury | undefined {
  const pallet = eventName.slice(0, eventName.indexOf('.'))
  return SUB_TREASURIES.find((t) => t.pallet === pallet)
}

const BY_ACCOUNT = new Map(SUB_TREASURIES.map((t) => [subTreasuryAccount(t), t]))

/** The sub-treasury whose Asset Hub account this is (0x-hex public key). */
export const subTreasuryOfAccount = (account: string): SubTreasury | undefined => BY_ACCOUNT.get(account.toLowerCase())

/**
 * The sub-treasury a main-treasury spend pays, from its beneficiary: its Asset Hub account as an AccountId32, or its
 * pallet's location on Collectives, {parents: 1, X2(Parachain 1001, PalletInstance i)} as Asset Hub sees it (from the
 * relay {parents: 0, …}). A local spend's beneficiary is an account (0x-hex); an asset spend's a location.
 */
export function subTreasuryOfBeneficiary(beneficiary: unknown): SubTreasury | undefined {
  if (typeof beneficiary === 'string') return subTreasuryOfAccount(beneficiary)
  const v = unversioned(beneficiary)
  const at = junctions(v?.interior)
  // an account on the paying chain: {parents: 0, X1(AccountId32)}
  if (v?.parents === 0 && at.length === 1 && at[0].__kind === 'AccountId32') return subTreasuryOfAccount(String((at[0] as any).id))
  if (!(v && (v.parents === 0 || v.parents === 1) && at.length === 2)) return undefined
  const [para, pallet] = at
  if (!(para.__kind === 'Parachain' && Number(para.value) === COLLECTIVES_PARA_ID && pallet.__kind === 'PalletInstance')) return undefined
  return SUB_TREASURIES.find((t) => t.palletIndex === Number(pallet.value))
}

function unversioned(x: any): any {
  if (x && typeof x === 'object' && typeof x.__kind === 'string' && /^V\d+$/.test(x.__kind)) x = 'value' in x ? x.value : x
  // a VersionedLocatableAccount {location, accountId} located on the paying chain (Here): its account part
  if (x && typeof x === 'object' && 'accountId' in x) return junctions(x.location?.interior).length === 0 && x.location?.parents === 0 ? x.accountId : undefined
  return x
}
