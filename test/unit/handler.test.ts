/**
 * The decode phase of the relay's modules (fees, then treasury, which reads the fees' records) on processor blocks
 * whose events were encoded with real runtime metadata: which treasury deposits are fee shares, which are plain
 * deposits, and twin reports counted once.
 */
import { describe, expect, it } from 'vitest'
import { decodeAll, type ChainEnv } from '../../squid/src/handler'
import { chainConfig } from '../../squid/src/config'
import { UnknownEventShapeError } from '../../squid/src/decoders/errors'
import { applyTreasuryEvents } from '../../squid/src/modules/treasury/mapping'
import { TreasuryFlowKind } from '../../squid/src/model'
import { TREASURY_ACCOUNT as TREASURY, treasuryModule, type TreasuryRecords } from '../../squid/src/modules/treasury'
import { feesModule, type FeeRecords } from '../../squid/src/modules/fees'
import { modulesOn } from '../../squid/src/modules/registry'
import type { Block } from '../../squid/src/block'
import { extrinsicHash, processorBlock, testRuntime, type EventSpec } from '../support/chain'
import { bundledMetadata, typegenRuntime } from '../support/metadata'
import { ALICE, BOB, CHARLIE, DAVE } from '../support/fixtures'

const polkadot = testRuntime(bundledMetadata('polkadot'))
const paseo = testRuntime(typegenRuntime('relay', 'paseo', 1009003))
const DOT = { id: 'native', symbol: 'DOT', decimals: 10, chain: 'relay' }

const env: ChainEnv = {
  cfg: chainConfig('relay', {}),
  ss58Prefix: 0,
  native: DOT,
  chainHeight: async () => 0,
}

/** What the handler's decode phase hands each module's apply, in the shape the old single loop returned. */
function decodeBatch(e: ChainEnv, blocks: Block[]) {
  const records = decodeAll(e, modulesOn(e), blocks)
  const t = records.get(treasuryModule) as TreasuryRecords
  return { treasury: t.items, fees: (records.get(feesModule) as FeeRecords).fees, moneyFlows: t.moneyFlows }
}

const dep = (who: string, amount: bigint, extrinsic?: number): EventSpec => ({ name: 'Balances.Deposit', args: { who, amount }, extrinsic })
const tdep = (value: bigint, extrinsic?: number): EventSpec => ({ name: 'Treasury.Deposit', args: { value }, extrinsic })
const feePaid = (who: string, actualFee: bigint, tip: bigint, extrinsic: number): EventSpec => ({ name: 'TransactionPayment.TransactionFeePaid', args: { who, actualFee, tip }, extrinsic })

describe('decode phase of the relay modules', () => {
  // Paseo (fungible traits): treasury income is only a Balances.Deposit to the treasury account.
  const fungible = processorBlock(paseo, {
    height: 500,
    timestamp: Date.UTC(2025, 2, 14, 10),
    events: [
      dep(TREASURY, 42n), // 0: on_initialize, outside any extrinsic
      dep(ALICE, 3_000_000n, 1), // 1: refund to the payer
      dep(TREASURY, 159_623_667n, 1), // 2: fee share
      feePaid(ALICE, 200_529_584n, 1_000_000n, 1), // 3
      dep(TREASURY, 5_000_000_000_000n, 2), // 4: an extrinsic without fee (unsigned)
      { name: 'Balances.Transfer', args: { from: BOB, to: TREASURY, amount: 10n ** 12n }, extrinsic: 3 }, // 5
      dep(TREASURY, 800n, 3), // 6: fee share
      dep(CHARLIE, 200n, 3), // 7: author
      feePaid(BOB, 1_000n, 0n, 3), // 8
      dep(TREASURY, 7_000_000n, 4), // 9: made by the call, before the fee handler's deposits
      dep(TREASURY, 800n, 4), // 10: fee share
      dep(CHARLIE, 200n, 4), // 11
      feePaid(DAVE, 1_000n, 0n, 4), // 12
    ],
  })
  // Polkadot 1002005 (Currency trait): Balances.Deposit to the treasury account, then Treasury.Deposit, same money.
  const currency = processorBlock(polkadot, {
    height: 501,
    timestamp: Date.UTC(2025, 2, 14, 10, 0, 6),
    events: [
      dep(TREASURY, 42n), // 0: twin of 1
      tdep(42n), // 1
      dep(TREASURY, 800_000n, 1), // 2: twin of 3
      tdep(800_000n, 1), // 3: fee share
      dep(BOB, 200_000n, 1), // 4: author
      feePaid(ALICE, 1_000_000n, 0n, 1), // 5: covered before the walk reaches 2
      dep(TREASURY, 800n, 2), // 6: twin of 7
      tdep(800n, 2), // 7: fee share
      dep(BOB, 200n, 2), // 8
      feePaid(ALICE, 1_100n, 0n, 2), // 9: 100 burned, so the walk sees both twins
      dep(TREASURY, 5n), // 10: not a twin of 11 (other amount)
      tdep(6n), // 11
    ],
  })
  const out = decodeBatch(env, [fungible, currency])

  it('the treasury account is the pot of PalletId py/trsry', () => {
    expect(TREASURY).toBe('0x6d6f646c70792f7472737279' + '00'.repeat(20))
  })

  it('treasury deposits inside a fee-paying extrinsic that paid its fee are fee shares; others are deposits', () => {
    expect(out.treasury.map((t) => [t.ctx.blockNumber, t.ctx.eventIndex, t.event.kind === 'Deposit' && t.event.value, t.isFeeShare ?? false])).toEqual([
      [500, 0, 42n, false],
      [500, 2, 159_623_667n, true],
      [500, 4, 5_000_000_000_000n, false],
      [500, 6, 800n, true],
      [500, 9, 7_000_000n, false],
      [500, 10, 800n, true],
      [501, 1, 42n, false],
      [501, 3, 800_000n, true],
      [501, 7, 800n, true],
      [501, 10, 5n, false],
      [501, 11, 6n, false],
    ])
    const flows = applyTreasuryEvents({ chain: 'relay', ss58Prefix: 0, native: DOT, assets: new Map() }, out.treasury, new Map()).flows
    const sum = (k: TreasuryFlowKind) => flows.filter((f) => f.kind === k).reduce((a, f) => a + f.amount, 0n)
    expect(sum(TreasuryFlowKind.Fees)).toBe(159_623_667n + 800n + 800n + 800_000n + 800n)
    expect(sum(TreasuryFlowKind.Deposit)).toBe(42n + 5_000_000_000_000n + 7_000_000n + 42n + 5n + 6n)
  })

  it('fees: one per TransactionFeePaid, split over the deposits before it', () => {
    // native fees on the relay: nativeFee is the fee, no swaps, nothing to a collators' pot or DAP
    for (const f of out.fees) expect([f.split.nativeFee, f.split.feeSwaps, f.split.toCollatorPot, f.split.toDap]).toEqual([f.fee.actualFee, 0, 0n, 0n])
    const shares = ({ toTreasury, toAuthor, burned, treasuryDepositEvents }: (typeof out.fees)[number]['split']) => ({ toTreasury, toAuthor, burned, treasuryDepositEvents })
    expect(out.fees.map((f) => [f.ctx.blockNumber, f.ctx.eventIndex, f.ctx.extrinsicIndex, f.ctx.extrinsicHash, f.fee.who, f.fee.actualFee, f.fee.tip, shares(f.split)])).toEqual([
      [500, 3, 1, extrinsicHash(500, 1), ALICE, 200_529_584n, 1_000_000n, { toTreasury: 159_623_667n, toAuthor: 0n, burned: 40_905_917n, treasuryDepositEvents: [2] }],
      [500, 8, 3, extrinsicHash(500, 3), BOB, 1_000n, 0n, { toTreasury: 800n, toAuthor: 200n, burned: 0n, treasuryDepositEvents: [6] }],
      [500, 12, 4, extrinsicHash(500, 4), DAVE, 1_000n, 0n, { toTreasury: 800n, toAuthor: 200n, burned: 0n, treasuryDepositEvents: [10] }],
      [501, 5, 1, extrinsicHash(501, 1), ALICE, 1_000_000n, 0n, { toTreasury: 800_000n, toAuthor: 200_000n, burned: 0n, treasuryDepositEvents: [3] }],
      [501, 9, 2, extrinsicHash(501, 2), ALICE, 1_100n, 0n, { toTreasury: 800n, toAuthor: 200n, burned: 100n, treasuryDepositEvents: [7, 6] }],
    ])
    expect(out.fees[0].ctx.timestamp).toEqual(new Date(Date.UTC(2025, 2, 14, 10)))
  })

  it('transfers into the treasury account are income of their own', () => {
    expect(out.moneyFlows.map((t) => [t.ctx.blockNumber, t.ctx.eventIndex, t.kind, t.amount])).toEqual([[500, 5, 'Transfer', 10n ** 12n]])
  })

  it('an event of a shape no decoder knows stops the batch, naming chain, block and event', () => {
    const substrate = testRuntime(bundledMetadata('substrate'))
    const bad = processorBlock(substrate, { height: 502, timestamp: 0, events: [tdep(1n), { name: 'Treasury.Paid', args: { index: 3, paymentId: null }, extrinsic: 1 }] })
    const id = bad.events[1].id
    expect(id).toMatch(/^0000000502-.*-000001$/)
    expect(() => decodeBatch(env, [fungible, bad])).toThrow(UnknownEventShapeError)
    expect(() => decodeBatch(env, [fungible, bad])).toThrow(`unknown shape of Treasury.Paid on relay at block 502 (event ${id}, spec version ${substrate.runtime.specVersion})`)
  })
})
