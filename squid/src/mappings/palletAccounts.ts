/**
 * The accounts that money flows to, computed from their PalletIds in this one place (FRAME's
 * `PalletId::into_account_truncating` / `into_sub_account_truncating`: "modl" ++ id ++ SCALE(sub), zero-padded
 * to 32 bytes), and the recipient a deposit to an account is (modules/balances reads deposits with it). Ids from polkadot-fellows/runtimes 2.3.2
 * (see docs/money-flows.md): py/trsry (Treasury), PotStake (CollatorSelection on Asset Hub and Coretime),
 * dap/buff (pallet-dap's buffer) and its sub-account b"staging" (DapStagingAccount, a `&[u8]`, so SCALE adds
 * its compact length).
 */
import { compactAddLength, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util'
import type { MoneyRecipient } from '../model/generated/_moneyRecipient'

/** The account of PalletId `id` (8 bytes), or of its sub-account `sub` (SCALE-encoded bytes), as 0x-hex. */
export function palletAccount(id: string, sub?: Uint8Array): string {
  const idBytes = stringToU8a(id)
  if (idBytes.length !== 8) throw new Error(`a PalletId has 8 bytes; "${id}" has ${idBytes.length}`)
  const raw = u8aConcat(stringToU8a('modl'), idBytes, sub ?? new Uint8Array())
  const out = new Uint8Array(32)
  out.set(raw.subarray(0, 32))
  return u8aToHex(out)
}

/** A `&[u8]` sub-account seed as SCALE encodes it (compact length, then the bytes). */
const bytesSeed = (s: string) => compactAddLength(stringToU8a(s))

export const TREASURY_POT = palletAccount('py/trsry')
export const COLLATOR_POT = palletAccount('PotStake')
export const DAP_BUFFER = palletAccount('dap/buff')
export const DAP_STAGING = palletAccount('dap/buff', bytesSeed('staging'))
/** Polkadot Coretime's OnRevenue stash (CoretimeBurnAccount): sales revenue lands here and is burned at the relay about daily (RFC-010) */
export const CORETIME_BURN = palletAccount('py/ctbrn')

/** The recipient each known pallet account is. Any other account credited by a fee handler is the block author. */
export const PALLET_RECIPIENTS: ReadonlyMap<string, `${MoneyRecipient}`> = new Map([
  [TREASURY_POT, 'Treasury'],
  [COLLATOR_POT, 'CollatorPot'],
  [DAP_STAGING, 'DapStaging'],
  [DAP_BUFFER, 'DapBuffer'],
])

/** The recipient a pallet account is, or undefined for any other account. */
export function palletRecipient(account: string): `${MoneyRecipient}` | undefined {
  return PALLET_RECIPIENTS.get(account.toLowerCase())
}
