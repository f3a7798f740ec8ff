/**
 * Classification of where a fee went: deposits by account (pallet accounts from their PalletIds, any other
 * account the block author, the payer included when it authored the block), and the native equivalent of a fee
 * paid in another asset, netted from its swaps.
 */
import { encodeAddress } from '@polkadot/util-crypto'
import { describe, expect, it } from 'vitest'
import type { FeePaid, SwapCredit } from '../../squid/src/modules/fees'
import type { EventCtx } from '../../squid/src/mappings/facts'
import { COLLATOR_POT, DAP_BUFFER, DAP_STAGING, palletRecipient, TREASURY_POT } from '../../squid/src/mappings/palletAccounts'
import { nativeEquivalent, splitFee, type FeeRunEvent } from '../../squid/src/modules/fees/split'
import { TREASURY_ACCOUNT } from '../../squid/src/modules/treasury'

const ALICE = '0x' + 'a1'.repeat(32)
const AUTHOR = '0x' + 'c3'.repeat(32)
const DOT = { parents: 1, interior: { __kind: 'Here' } }
const USDT = { parents: 0, interior: { __kind: 'X2', value: [{ __kind: 'PalletInstance', value: 50 }, { __kind: 'GeneralIndex', value: 1984n }] } }
const USDC = { parents: 0, interior: { __kind: 'X2', value: [{ __kind: 'PalletInstance', value: 50 }, { __kind: 'GeneralIndex', value: 1337n }] } }

let index = 0
const ctx = (): EventCtx => ({ chain: 'asset-hub', blockNumber: 1, timestamp: new Date(0), eventIndex: index++, extrinsicIndex: 1 })
const dep = (who: string, amount: bigint): FeeRunEvent => ({ ctx: ctx(), kind: 'balances-deposit', deposit: { who, amount } })
const swap = (from: unknown, to: unknown, amountIn: bigint, amountOut: bigint): FeeRunEvent => ({ ctx: ctx(), kind: 'swap', swap: { amountIn, amountOut, path: [from, to] } as SwapCredit })
const other = (): FeeRunEvent => ({ ctx: ctx(), kind: 'other' })
const native = (actualFee: bigint, tip = 0n, who = ALICE): FeePaid => ({ who, actualFee, tip })
const inAsset = (actualFee: bigint, assetId: unknown = USDT): FeePaid => ({ who: ALICE, actualFee, tip: 0n, assetId })

describe('pallet accounts', () => {
  it('are the accounts of their PalletIds, as the runtimes document their addresses', () => {
    expect(encodeAddress(TREASURY_POT, 0)).toBe('13UVJyLnbVp9RBZYFwFGyDvVd1y27Tt8tkntv6Q7JVPhFsTB')
    expect(encodeAddress(COLLATOR_POT, 0)).toBe('13UVJyLgBASGhE2ok3TvxUfaQBGUt88JCcdYjHvUhvQkFTTx')
    expect(encodeAddress(DAP_BUFFER, 0)).toBe('13UVJyLkAxdQn6zM3GrLGvrFgN9jWneRX2NGvf3u92iunZq1')
    // sub-account b"staging" as a &[u8]: its compact length 0x1c comes first
    expect(DAP_STAGING.slice(0, 2 + 2 * 20)).toBe('0x' + Buffer.from('modldap/buff\x1cstaging').toString('hex'))
    expect(encodeAddress(DAP_STAGING, 0)).toBe('13UVJyLkAxdQn6zM3Gz49SmCLi8SZW3bdtm7DTY29ScavqW2')
    expect(TREASURY_POT).toBe(TREASURY_ACCOUNT)
  })

  it('classify by account; any other account is no pallet account', () => {
    expect([TREASURY_POT, COLLATOR_POT, DAP_STAGING, DAP_BUFFER, AUTHOR].map(palletRecipient)).toEqual(['Treasury', 'CollatorPot', 'DapStaging', 'DapBuffer', undefined])
    expect(palletRecipient(COLLATOR_POT.toUpperCase().replace('0X', '0x'))).toBe('CollatorPot')
  })
})

describe('splitFee by recipient', () => {
  it("Asset Hub before 2003000 and Coretime: the whole fee to the collators' pot, none to the author", () => {
    expect(splitFee(native(1_000n, 10n), [other(), dep(ALICE, 300n), dep(COLLATOR_POT, 1_000n)])).toMatchObject({ nativeFee: 1_000n, toCollatorPot: 1_000n, toAuthor: 0n, toTreasury: 0n, toDap: 0n, burned: 0n })
  })

  it("Asset Hub from 2003000: the whole fee to DAP's staging account", () => {
    expect(splitFee(native(7_777n), [other(), dep(DAP_STAGING, 7_777n)])).toMatchObject({ toDap: 7_777n, toCollatorPot: 0n, toAuthor: 0n, burned: 0n })
  })

  it("relay: 80 % to the treasury, 20 % and the tip to the author, whose account is kept", () => {
    expect(splitFee(native(1_050n, 50n), [other(), dep(TREASURY_POT, 800n), dep(AUTHOR, 250n)])).toMatchObject({ toTreasury: 800n, toAuthor: 250n, author: AUTHOR, burned: 0n })
  })

  it("a payer who authored the block: its share is the fee handler's last deposit, a share, not a refund", () => {
    const run = [other(), dep(ALICE, 5_000n), dep(TREASURY_POT, 800n), dep(ALICE, 200n)]
    expect(splitFee(native(1_000n), run)).toMatchObject({ toTreasury: 800n, toAuthor: 200n, author: ALICE, burned: 0n })
  })

  it('a refund to the payer before the shares is never a share, even when part of the fee is burned', () => {
    expect(splitFee(native(1_500n), [other(), dep(ALICE, 5_000n), dep(TREASURY_POT, 800n), dep(AUTHOR, 200n)])).toMatchObject({ toTreasury: 800n, toAuthor: 200n, author: AUTHOR, burned: 500n })
    expect(splitFee(native(1_000n), [other(), dep(ALICE, 300n), dep(TREASURY_POT, 800n)])).toMatchObject({ toTreasury: 800n, toAuthor: 0n, author: undefined, burned: 200n })
    // a fee deposited nowhere (a chain without an author, e.g. under chopsticks) whose overcharge was refunded
    expect(splitFee(native(1_000n), [other(), dep(ALICE, 300n)])).toMatchObject({ toAuthor: 0n, author: undefined, burned: 1_000n })
  })
})

describe('native equivalent of a fee paid in another asset', () => {
  it('both swaps: asset → DOT before dispatch, the refund DOT → asset after; netted', () => {
    const run = [other(), swap(USDT, DOT, 2_000_000n, 30_000_000n), other(), swap(DOT, USDT, 6_000_000n, 390_000n), dep(COLLATOR_POT, 24_000_000n)]
    // AssetTxFeePaid.actual_fee = 2,000,000 − 390,000 USDT units
    expect(nativeEquivalent(inAsset(1_610_000n), run)).toEqual({ nativeFee: 24_000_000n, feeSwaps: 2 })
    expect(splitFee(inAsset(1_610_000n), run)).toMatchObject({ nativeFee: 24_000_000n, feeSwaps: 2, toCollatorPot: 24_000_000n, burned: 0n })
  })

  it('only the first swap (nothing refunded): the whole swap', () => {
    const run = [other(), swap(USDT, DOT, 2_000_000n, 30_000_000n), other(), dep(DAP_STAGING, 30_000_000n)]
    expect(splitFee(inAsset(2_000_000n), run)).toMatchObject({ nativeFee: 30_000_000n, feeSwaps: 1, toDap: 30_000_000n, burned: 0n })
  })

  it("a later swap of the call that does not net to the fee is not its refund", () => {
    const run = [other(), swap(USDT, DOT, 2_000_000n, 30_000_000n), swap(DOT, USDT, 1_000n, 77n), other()]
    expect(nativeEquivalent(inAsset(2_000_000n), run)).toEqual({ nativeFee: 30_000_000n, feeSwaps: 1 })
  })

  it('swaps of another asset, or none, give no native equivalent; a fee in DOT through AssetTxPayment is its own', () => {
    expect(nativeEquivalent(inAsset(2_000_000n, USDC), [swap(USDT, DOT, 2_000_000n, 30_000_000n)])).toEqual({ nativeFee: undefined, feeSwaps: 0 })
    expect(nativeEquivalent(inAsset(2_000_000n), [other()])).toEqual({ nativeFee: undefined, feeSwaps: 0 })
    expect(nativeEquivalent(inAsset(123n, DOT), [])).toEqual({ nativeFee: 123n, feeSwaps: 0 })
  })
})
