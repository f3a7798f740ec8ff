/**
 * Decoders every chain needs (fees, deposits, transfers, withdrawals, System.Account), built over that chain's
 * typegen'd types: the pallets are the same, the runtime versions and shapes are the chain's own.
 */
import { decodeVersioned, type DecodableEvent } from './decode'
import type { BalanceDeposit, BalanceTransfer, BalanceWithdraw, EraPaid, FeePaid, Slash } from './records'

interface Versions {
  name: string
}

export interface CommonEventTypes {
  transactionPayment: { transactionFeePaid: Versions }
  balances: { deposit: Versions; transfer: Versions; withdraw: Versions }
}

/** One decoder over the versions typegen generated for one event: undefined for events of other names. */
export function eventDecoder<T>(types: Versions) {
  return (chain: string, e: DecodableEvent): T | undefined => (e.name === types.name ? decodeVersioned<T>(chain, e, types as unknown as Record<string, unknown>) : undefined)
}

export function commonDecoders(events: CommonEventTypes) {
  return {
    feePaid: eventDecoder<FeePaid>(events.transactionPayment.transactionFeePaid),
    deposit: eventDecoder<BalanceDeposit>(events.balances.deposit),
    transfer: eventDecoder<BalanceTransfer>(events.balances.transfer),
    withdraw: eventDecoder<BalanceWithdraw>(events.balances.withdraw),
    eventNames: [
      events.transactionPayment.transactionFeePaid.name,
      events.balances.deposit.name,
      events.balances.transfer.name,
      // Withdraw (the fee's pre-charge) opens each fee-paying extrinsic: the fee walk stops there.
      events.balances.withdraw.name,
    ],
  }
}

/** Staking.EraPaid of any version (relay pallet-staking and Asset Hub's staking-async have the same fields). */
export function eraPaidDecoder(types: Versions) {
  const decode = eventDecoder<{ eraIndex: number; validatorPayout: bigint; remainder: bigint }>(types)
  return (chain: string, e: DecodableEvent): EraPaid | undefined => {
    const p = decode(chain, e)
    return p && { era: p.eraIndex, validatorPayout: p.validatorPayout, remainder: p.remainder }
  }
}

export interface SlashEventTypes {
  staking: { slashed: Versions }
  referenda: { depositSlashed: Versions }
  bounties: { bountyRejected: Versions }
}

/** The slash events of a chain with staking and governance (the relay, Asset Hub): the same pallets on both. */
export function slashDecoder(events: SlashEventTypes) {
  const staking = eventDecoder<{ amount: bigint }>(events.staking.slashed)
  const deposit = eventDecoder<{ amount: bigint }>(events.referenda.depositSlashed)
  const bond = eventDecoder<{ bond: bigint }>(events.bounties.bountyRejected)
  return {
    decode(chain: string, e: DecodableEvent): Slash | undefined {
      const s = staking(chain, e)
      if (s) return { kind: 'Staking', amount: s.amount }
      const d = deposit(chain, e)
      if (d) return { kind: 'ReferendumDeposit', amount: d.amount }
      const b = bond(chain, e)
      return b && { kind: 'BountyBond', amount: b.bond }
    },
    eventNames: [events.staking.slashed.name, events.referenda.depositSlashed.name, events.bounties.bountyRejected.name],
  }
}

interface VersionedStorage<K, V> {
  is(block: any): boolean
  get(block: any, key: K): Promise<V | undefined>
}

/** Storage System.Account of every runtime version typegen knows: an account's free balance at a block. */
export function accountFreeReader(chain: string, versions: Record<string, VersionedStorage<string, { data: { free: bigint } }>>) {
  return async (block: any, account: string): Promise<bigint | undefined> => {
    for (const v of Object.values(versions)) if (v.is(block)) return (await v.get(block, account))?.data.free
    throw new Error(`no decoder for storage System.Account on ${chain} at block ${block.height} (spec ${block.specVersion}): regenerate the decoders with this runtime's metadata (npm run typegen:add)`)
  }
}
