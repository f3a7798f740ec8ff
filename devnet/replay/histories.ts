/**
 * Generated histories (descriptions for the generator), for benchmarks and demos.
 *
 * relayHistory: months of Polkadot relay blocks on the real 2000006 runtime (upgraded to 2000007 half-way), one
 * block every 6 s from a height near the Asset Hub migration: a fee-paying transfer with the 80/20 split every
 * `feeEvery` blocks, a treasury deposit every `depositEvery`, a spend approved and, half a cycle later, awarded
 * every `spendEvery` (at least 4); the treasury's System.Account follows every flow.
 */
import { ReplayWriter } from './generator'

export const TREASURY_ACCOUNT = '0x' + Buffer.concat([Buffer.from('modlpy/trsry'), Buffer.alloc(20)]).toString('hex')
export const POLKADOT_SPECS = {
  'polkadot/2000006': 'polkadot/polkadot-2000006.snowbridge-34af5e3f.v14.scale',
  'polkadot/2000007': 'polkadot/polkadot-2000007.npm-polkadot-api-sdk-staking-0.5.0.v14.scale',
}

export interface RelayHistoryOptions {
  from?: number
  blocks: number
  /** ms since the epoch of the first block */
  start?: number
  feeEvery?: number
  /** fee-paying transfers in every block (replaces feeEvery's one every `feeEvery` blocks): a dense history */
  transfersPerBlock?: number
  depositEvery?: number
  spendEvery?: number
  eventsAs?: 'hex' | 'json'
}

export interface RelayHistorySummary {
  from: number
  to: number
  fees: number
  deposits: number
  spends: number
  treasuryClosing: bigint
}

export function writeRelayHistory(file: string, o: RelayHistoryOptions): RelayHistorySummary {
  const from = o.from ?? 28_490_000
  const start = o.start ?? Date.UTC(2025, 10, 1)
  const feeEvery = o.feeEvery ?? 2
  const depositEvery = o.depositEvery ?? 7
  const spendEvery = o.spendEvery ?? 1000
  const payers = Array.from({ length: 16 }, (_, i) => '0x' + (i + 16).toString(16).repeat(32))
  const author = '0x' + 'c3'.repeat(32)
  const bob = '0x' + 'b0'.repeat(32)
  const upgradeAt = from + Math.floor(o.blocks / 2)
  const w = new ReplayWriter(file, { chain: 'relay', specs: POLKADOT_SPECS, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' }, eventsAs: o.eventsAs })
  w.balance(TREASURY_ACCOUNT, 10n ** 17n)
  for (const p of payers) w.balance(p, 10n ** 16n)
  const sum: RelayHistorySummary = { from, to: from + o.blocks - 1, fees: 0, deposits: 0, spends: 0, treasuryClosing: 0n }
  for (let i = 0; i < o.blocks; i++) {
    const n = from + i
    w.block({ number: n, timestamp: start + i * 6000, spec: n >= upgradeAt ? 'polkadot/2000007' : 'polkadot/2000006' }, (b) => {
      const transfers = o.transfersPerBlock ?? (i % feeEvery === 0 ? 1 : 0)
      for (let t = 0; t < transfers; t++) {
        const k = sum.fees
        const payer = payers[k % payers.length]
        const value = 10n ** 10n + BigInt(i)
        const x = b.signed({ signer: payer, call: 'Balances.transfer_keep_alive', args: { dest: { Id: bob }, value }, nonce: Math.floor(k / payers.length) })
        b.event('Balances.Transfer', { from: payer, to: bob, amount: value }, x).debit(payer, value).credit(bob, value)
        b.fee(x, { payer, fee: 150_000_000n + BigInt(i % 1000), tip: k % 10 === 0 ? 1_000_000n : 0n, author, treasury: TREASURY_ACCOUNT })
        sum.fees++
      }
      if (i % depositEvery === 3) {
        b.event('Treasury.Deposit', { value: 5n * 10n ** 10n }).credit(TREASURY_ACCOUNT, 5n * 10n ** 10n)
        sum.deposits++
      }
      if (i % spendEvery === 1) b.event('Treasury.SpendApproved', { proposalIndex: Math.floor(i / spendEvery), amount: 10n ** 12n, beneficiary: bob })
      if (i % spendEvery === Math.floor(spendEvery / 2)) {
        const index = Math.floor(i / spendEvery)
        b.event('Treasury.Awarded', { proposalIndex: index, award: 10n ** 12n, account: bob }).debit(TREASURY_ACCOUNT, 10n ** 12n).credit(bob, 10n ** 12n)
        sum.spends++
      }
    })
  }
  w.close()
  sum.treasuryClosing = w.balanceOf(TREASURY_ACCOUNT)
  return sum
}
