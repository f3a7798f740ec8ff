/**
 * Balances: the pallet every chain has, as a library the modules share (not a registered module: it writes
 * nothing). Its events in plain records, one decoder set per runtime; the free balance of an account at a block
 * (storage System.Account); and what a deposit is: the sinks where fees, slashes and era remainders land.
 */
import type { MoneyRecipient } from '../../model'
import { anyOf, eventDecoder, storageAt, type DecodableEvent, type Decoder, type EventVersions, type Runtime } from '../../decoders/decode'
import { palletRecipient, TREASURY_POT } from '../../mappings/palletAccounts'
import * as relay from '../../types/relay'
import * as assetHub from '../../types/assetHub'
import * as coretime from '../../types/coretime'
import * as people from '../../types/people'
import * as collectives from '../../types/collectives'

export interface BalanceDeposit {
  who: string
  amount: bigint
}

export interface BalanceWithdraw {
  who: string
  amount: bigint
}

export interface BalanceTransfer {
  from: string
  to: string
  amount: bigint
}

/** Balances.Minted / Balances.Burned: issuance created or destroyed at an account (the migration, pallet-dap's drips). */
export interface BalanceIssuance {
  kind: 'Minted' | 'Burned'
  who: string
  amount: bigint
}

/** A credit to an account: Balances.Deposit, or Treasury.Deposit (the treasury's own, on chains with a Treasury). */
export interface Deposit {
  /** the pallet account credited (undefined: another account) */
  recipient?: `${MoneyRecipient}`
  account: string
  amount: bigint
}

export type AccountFree = (block: any, account: string) => Promise<bigint | undefined>

export interface BalancesDecoders {
  deposit: Decoder<BalanceDeposit>
  transfer: Decoder<BalanceTransfer>
  /** the fee's pre-charge: the fee walk stops there */
  withdraw: Decoder<BalanceWithdraw>
  minted: Decoder<BalanceIssuance>
  burned: Decoder<BalanceIssuance>
  /** minted or burned */
  issuance: Decoder<BalanceIssuance>
  /** Balances.Rescinded: issuance destroyed with no account named, as when a withdrawn imbalance is dropped */
  rescinded: Decoder<{ amount: bigint }>
  /** Treasury.Deposit: the treasury's own credit to its account, where the chain has a Treasury */
  treasuryDeposit?: Decoder<{ value: bigint }>
  /** Balances.Deposit and, where the chain has a Treasury, Treasury.Deposit: the deposits that are sinks */
  deposits: Decoder<Deposit>
  accountFree: AccountFree
}

interface BalancesTypes {
  events: {
    balances: { deposit: EventVersions; transfer: EventVersions; withdraw: EventVersions; minted: EventVersions; burned: EventVersions; rescinded: EventVersions }
    treasury?: { deposit: EventVersions }
  }
  storage: { system: { account: Record<string, { is(block: any): boolean; get(block: any, key: string): Promise<{ data: { free: bigint } } | undefined> }> } }
}

/** `chain` names the chain in errors. */
function balancesOf(chain: string, { events, storage }: BalancesTypes): BalancesDecoders {
  const deposit = eventDecoder<BalanceDeposit>(events.balances.deposit)
  const treasuryDeposit = events.treasury && eventDecoder<{ value: bigint }>(events.treasury.deposit)
  const minted = eventDecoder<{ who: string; amount: bigint }, BalanceIssuance>(events.balances.minted, (v) => ({ kind: 'Minted', ...v }))
  const burned = eventDecoder<{ who: string; amount: bigint }, BalanceIssuance>(events.balances.burned, (v) => ({ kind: 'Burned', ...v }))
  return {
    deposit,
    transfer: eventDecoder<BalanceTransfer>(events.balances.transfer),
    withdraw: eventDecoder<BalanceWithdraw>(events.balances.withdraw),
    minted,
    burned,
    issuance: anyOf(minted, burned),
    rescinded: eventDecoder<{ amount: bigint }>(events.balances.rescinded),
    treasuryDeposit,
    deposits: anyOf<Deposit>(
      treasuryDeposit && eventDecoder<{ value: bigint }, Deposit>(events.treasury!.deposit, (v) => ({ recipient: 'Treasury', account: TREASURY_POT, amount: v.value })),
      eventDecoder<BalanceDeposit, Deposit>(events.balances.deposit, (d) => ({ recipient: palletRecipient(d.who), account: d.who, amount: d.amount })),
    ),
    accountFree: async (block, account) => (await storageAt(chain, 'System.Account', storage.system.account, block).get(block, account))?.data.free,
  }
}

/** Every runtime's Balances (and System.Account): the pallets are the same, the versions and shapes each runtime's. */
export const BALANCES: Readonly<Record<Runtime, BalancesDecoders>> = {
  relay: balancesOf('relay', relay),
  assetHub: balancesOf('asset-hub', assetHub),
  coretime: balancesOf('coretime', coretime),
  people: balancesOf('people', people),
  collectives: balancesOf('collectives', collectives),
}

/** A deposit into an account, with the pallet account it is (see Deposit), or undefined for any other event. */
export function depositOf(runtime: Runtime, chain: string, e: DecodableEvent): Deposit | undefined {
  return BALANCES[runtime].deposits(chain, e)
}
