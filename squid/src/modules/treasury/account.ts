/** The treasury's accounts, as 0x-hex public keys (PalletId accounts from mappings/palletAccounts.ts), and its chain options. */
import { compactAddLength, stringToU8a, u8aConcat } from '@polkadot/util'
import type { ChainId } from '../../chains'
import { palletAccount, TREASURY_POT } from '../../mappings/palletAccounts'

/** What a chain's profile sets for the treasury module (chains/<chain>.ts). */
export interface TreasuryOptions {
  /** the chain pays asset spends synchronously (LocalPay): Paid is final, a failed payout is a failed extrinsic */
  localPay: boolean
  /** the Assets-pallet ids whose treasury balance reconciles per day */
  reconciledAssets: number[]
  /** the relay treasury's account on this chain: a treasury account (before the migration), payer of relay asset spends */
  relayTreasuryAccount?: string
  /** its asset spends are paid by another chain, so SpendPaid does not move this chain's balance */
  assetSpendsPaidElsewhere?: boolean
  /** the chain whose spends open at the migration's end continue here */
  continuesSpendsOf?: ChainId
  /** the chain has only sub-treasuries (Collectives): their pallet events, no main-treasury account or days */
  subTreasuriesOnly?: boolean
  /** the chain holds the Collectives sub-treasuries' money (Asset Hub): reconcile their accounts here (subLedger.ts) */
  subTreasuryLedgers?: boolean
}

declare module '../../chains/profile' {
  interface ModuleOptions {
    treasury: TreasuryOptions
  }
}

export const NO_TREASURY_OPTIONS: TreasuryOptions = { localPay: false, reconciledAssets: [] }

/** PalletId "py/trsry": the relay's treasury before and after the migration, and the unified treasury on Asset Hub (13UVJyLnbVp9…). */
export const TREASURY_ACCOUNT = TREASURY_POT

/** The treasury accounts whose balance a chain's TreasuryDay reads and reconciles. */
export function treasuryAccountsOf(options: TreasuryOptions): string[] {
  return options.relayTreasuryAccount ? [TREASURY_ACCOUNT, options.relayTreasuryAccount] : [TREASURY_ACCOUNT]
}

/** Classic Bounties' account of bounty `index`: py/trsry sub-account ("bt", index); "bt" as &str SCALE (compact length 8). */
export function bountyAccount(index: number): string {
  const idx = new Uint8Array(4)
  new DataView(idx.buffer).setUint32(0, index, true)
  return palletAccount('py/trsry', u8aConcat(compactAddLength(stringToU8a('bt')), idx))
}

const BOUNTY_PREFIX = bountyAccount(0).slice(0, 2 + (4 + 8 + 3) * 2)

/** Whether `account` is a classic bounty's account (any index). */
export function isBountyAccount(account: string): boolean {
  return account.startsWith(BOUNTY_PREFIX) && account.endsWith('00'.repeat(32 - 4 - 8 - 3 - 4))
}

/** The index of the classic bounty whose account this is, or undefined. */
export function bountyIndexOfAccount(account: string): number | undefined {
  if (!isBountyAccount(account)) return undefined
  const at = 2 + (4 + 8 + 3) * 2
  return Buffer.from(account.slice(at, at + 8), 'hex').readUInt32LE(0)
}
