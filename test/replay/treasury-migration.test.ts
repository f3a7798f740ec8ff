/**
 * Replay: one Polkadot treasury across the Asset Hub migration. The relay's blocks up to and inside the migration
 * window (real relay runtime 2000000) and Asset Hub's blocks at the end of the window and after it (real statemint
 * 2000006, upgraded to 2003001), encoded with their metadata, served by one replay server (a path per chain) and
 * indexed by the real compiled processors of both chains into one Postgres, read through the real API.
 *
 * What happens (every expected figure below is computed from this description, never typed in):
 * - relay, 2025-11-04: a deposit; a DOT spend awarded at the spend period, where a classic bounty is funded (the
 *   deposit to its account) and 1 % burnt; a bounty closes and returns its money; a USDT spend paid over XCM whose
 *   payment then fails (PaymentFailed); a USDT spend approved and still open at the migration. The day ends in
 *   blocks without events: its last block is found by searching Timestamp.Now.
 * - relay, 2025-11-05: at the window's first block the relay treasury's DOT is burned (the account migration), a
 *   fee share arrives after it, and one change of the balance no event explains (the drift case).
 * - Asset Hub, 2025-11-05, the end of the window: the treasury's DOT is minted to the unified account, the old Asset
 *   Hub treasury (14xmwin…) is drained into it, and the relay's open spend appears in Treasury.Spends under the same
 *   index. Then USDT, DED and DOT spends are approved and paid (LocalPay: payment id u64::MAX), the continued spend
 *   is paid, and a payout extrinsic fails. The USDT payouts transfer out of the treasury's USDT (Assets.Transferred,
 *   storage Assets.Account), which reconciles per day like DOT; its USDC stays untouched.
 * - Asset Hub, 2025-11-06, after the upgrade to 2003001: a multi-asset bounty funded through the paymaster, its
 *   refund paid back, and a classic bounty's money returned.
 * - Asset Hub fees: one before the upgrade (to the collators' pot), one after it (to DAP's staging account).
 * The same stack serves the built web app; the treasury page is read in real Chromium.
 */
import fs from 'node:fs'
import path from 'node:path'
import { encodeAddress } from '@polkadot/util-crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { ReplayWriter } from '../../devnet/replay/generator'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { MIGRATION_WINDOW } from '../../squid/src/mappings/migration'
import { bountyAccount } from '../../squid/src/modules/treasury/account'
import { OLD_ASSET_HUB_TREASURY } from '../../squid/src/chains/assetHub'
import { COLLATOR_POT, DAP_STAGING } from '../../squid/src/mappings/palletAccounts'
import { gql } from '../support/api'
import { replayEnv, startReplayStack, TREASURY, waitForHeight, workDir, type ReplayStack, useChromium } from './harness'

const RELAY_2000000 = 'polkadot/polkadot-2000000.opengov-cli-f5749517.v14.scale'
const AH_2000006 = 'asset-hub-polkadot/statemint-2000006.snowbridge-34af5e3f.v14.scale'
const AH_2003001 = 'asset-hub-polkadot/statemint-2003001.npm-galacticcouncil-descriptors-2.6.0.v14.scale'

const DOT = 10n ** 10n
const U64_MAX = 2n ** 64n - 1n
const BOB = '0x' + 'b0'.repeat(32)
const CURATOR = '0x' + 'c5'.repeat(32)
const MULTI_BOUNTY_POT = '0x' + 'd7'.repeat(32)

// relay: R0 at 23:59:00 UTC on 2025-11-04, 6 s blocks; R0+10 is the first block of 2025-11-05
const R0 = MIGRATION_WINDOW.relay.from - 12
const RELAY_T0 = Date.UTC(2025, 10, 4, 23, 59, 0)
const relayTime = (n: number) => RELAY_T0 + (n - R0) * 6000
const RELAY_LAST = R0 + 16
const R = {
  opening: 100_000n * DOT,
  deposit: { at: R0, value: 1_234n * DOT },
  openSpend: { index: 7, amount: 25_000_000n, at: R0 + 2 },
  failedSpend: { index: 8, amount: 9_000_000n, at: R0 + 3, paidAt: R0 + 4, failedAt: R0 + 6, paymentId: 4242n },
  local: { index: 41, amount: 300n * DOT, at: R0 + 3 },
  period: R0 + 5,
  bountyFunded: { index: 3, value: 700n * DOT },
  burnt: 12n * DOT,
  bountyReturned: { index: 2, value: 45n * DOT, at: R0 + 7 },
  migratedAt: MIGRATION_WINDOW.relay.from,
  unexplained: { at: R0 + 15, value: 5n * DOT },
  feeShare: { at: R0 + 16, value: 3n * DOT },
}

// Asset Hub: A0-1 at 23:58:00 UTC on 2025-11-05, 6 s blocks; A0+19 is 2025-11-06's first block
const A0 = MIGRATION_WINDOW['asset-hub'].to - 3
const AH_T0 = Date.UTC(2025, 10, 5, 23, 58, 6)
const ahTime = (n: number) => AH_T0 + (n - A0) * 6000
const UPGRADE_AT = A0 + 21
const AH_LAST = A0 + 22
const USDT = { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: 1984 }] } }
const DED = { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: 30 }] } }
const HERE = { parents: 0, interior: { Here: null } }
const onAssetHub = (assetId: unknown) => ({ V5: { location: HERE, assetId } })
const toBob = { V5: { location: HERE, accountId: { parents: 0, interior: { X1: [{ AccountId32: { network: null, id: BOB } }] } } } }
/** a referendum ongoing across the migration: submitted and deciding on the relay, moved to Asset Hub with no event */
const MOVED_REFERENDUM = {
  index: 1780,
  track: 34,
  proposal: { hash: '0x' + '7e'.repeat(32), len: 120 },
  submittedAt: R0 + 1,
  decidingAt: R0 + 2,
  relayTally: { ayes: 10n * DOT, nays: 0n, support: 5n * DOT },
  // what the migrator wrote on Asset Hub: its status at the relay's last block, in relay-chain block numbers
  ahTally: { ayes: 4_000n * DOT, nays: 1_500n * DOT, support: 2_500n * DOT },
  deposit: 2_000n * DOT,
}

const A = {
  oldTreasury: 900n * DOT,
  deliveryFee: { at: A0, value: 2n * DOT },
  minted: { at: A0 + 1 },
  drained: { at: MIGRATION_WINDOW['asset-hub'].to },
  usdt: { index: 9, amount: 250_000_000n, at: A0 + 5, paidAt: A0 + 7 },
  ded: { index: 12, amount: 3n * 10n ** 10n, at: A0 + 5, paidAt: A0 + 7 },
  dot: { index: 10, amount: 40n * DOT, at: A0 + 5, paidAt: A0 + 7 },
  failing: { index: 11, amount: 5n * DOT, at: A0 + 5, failedAt: A0 + 9 },
  continuedPaidAt: A0 + 8,
  processedAt: A0 + 10,
  multiBounty: { index: 0, value: 50n * DOT, at: UPGRADE_AT },
  multiRefund: { index: 0, value: 20n * DOT, at: AH_LAST },
  bountyReturned: { index: 5, value: 12n * DOT, at: AH_LAST },
  feeToPot: { at: A0 + 4, fee: 21_000_000n },
  feeToDap: { at: AH_LAST, fee: 34_000_000n },
  usdtHeld: 1_000_000_000_000n,
  usdcHeld: 70_000_000_000n,
  // someone sends USDT to the treasury: income in its own asset
  usdtIn: { at: A0 + 20, value: 40_000_000n },
}

let dir: string
let server: ReplayServer
let stack: ReplayStack
const api = (q: string) => gql(stack.apiUrl, q)
/** balances as each side's writer tracked them: what System.Account holds */
const relayBalanceAt = new Map<number, bigint>()
const ahBalanceAt = new Map<number, bigint>()
/** the treasury's USDT as Assets.Account(1984, treasury) holds it */
const ahUsdtAt = new Map<number, bigint>()
let relayMoved: bigint

function writeRelay(file: string) {
  const w = new ReplayWriter(file, { chain: 'relay', specs: { 'polkadot/2000000': RELAY_2000000 }, properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' }, eventsAs: 'json' })
  w.balance(TREASURY, R.opening).balance(bountyAccount(R.bountyReturned.index), R.bountyReturned.value).balance(BOB, 10n * DOT)
  for (let n = R0 - 1; n <= RELAY_LAST; n++) {
    w.block({ number: n, timestamp: relayTime(n) }, (b) => {
      if (n === R.deposit.at) b.event('Treasury.Deposit', { value: R.deposit.value }).credit(TREASURY, R.deposit.value)
      const lookup = { Lookup: { hash: MOVED_REFERENDUM.proposal.hash, len: MOVED_REFERENDUM.proposal.len } }
      if (n === MOVED_REFERENDUM.submittedAt) b.event('Referenda.Submitted', { index: MOVED_REFERENDUM.index, track: MOVED_REFERENDUM.track, proposal: lookup })
      if (n === MOVED_REFERENDUM.decidingAt) b.event('Referenda.DecisionStarted', { index: MOVED_REFERENDUM.index, track: MOVED_REFERENDUM.track, proposal: lookup, tally: MOVED_REFERENDUM.relayTally })
      if (n === R.openSpend.at) {
        b.event('Treasury.AssetSpendApproved', {
          index: R.openSpend.index,
          assetKind: { V4: { location: { parents: 0, interior: { X1: [{ Parachain: 1000 }] } }, assetId: USDT } },
          amount: R.openSpend.amount,
          beneficiary: { V4: { parents: 0, interior: { X1: [{ AccountId32: { network: null, id: BOB } }] } } },
          validFrom: n,
          expireAt: n + 1_000_000,
        })
      }
      if (n === R.failedSpend.at) {
        b.event('Treasury.AssetSpendApproved', {
          index: R.failedSpend.index,
          assetKind: { V4: { location: { parents: 0, interior: { X1: [{ Parachain: 1000 }] } }, assetId: USDT } },
          amount: R.failedSpend.amount,
          beneficiary: { V4: { parents: 0, interior: { X1: [{ AccountId32: { network: null, id: BOB } }] } } },
          validFrom: n,
          expireAt: n + 1_000_000,
        })
        b.event('Treasury.SpendApproved', { proposalIndex: R.local.index, amount: R.local.amount, beneficiary: BOB })
      }
      if (n === R.failedSpend.paidAt) {
        const x = b.signed({ signer: BOB, call: 'Treasury.payout', args: { index: R.failedSpend.index } })
        b.event('Treasury.Paid', { index: R.failedSpend.index, paymentId: R.failedSpend.paymentId }, x)
      }
      if (n === R.failedSpend.failedAt) {
        const x = b.signed({ signer: BOB, call: 'Treasury.check_status', args: { index: R.failedSpend.index } })
        b.event('Treasury.PaymentFailed', { index: R.failedSpend.index, paymentId: R.failedSpend.paymentId }, x)
      }
      if (n === R.period) {
        b.event('Treasury.Spending', { budgetRemaining: 10_000n * DOT })
        b.event('Treasury.Awarded', { proposalIndex: R.local.index, award: R.local.amount, account: BOB }).debit(TREASURY, R.local.amount).credit(BOB, R.local.amount)
        // SpendFunds (Bounties): deposit_creating on the bounty's account, then BountyBecameActive
        const pot = bountyAccount(R.bountyFunded.index)
        b.event('Balances.Deposit', { who: pot, amount: R.bountyFunded.value }).credit(pot, R.bountyFunded.value).debit(TREASURY, R.bountyFunded.value)
        b.event('Bounties.BountyBecameActive', { index: R.bountyFunded.index })
        b.event('Treasury.Burnt', { burntFunds: R.burnt }).debit(TREASURY, R.burnt)
        b.event('Treasury.Rollover', { rolloverBalance: w.balanceOf(TREASURY) })
      }
      if (n === R.bountyReturned.at) {
        const x = b.signed({ signer: CURATOR, call: 'Bounties.close_bounty', args: { bountyId: R.bountyReturned.index } })
        const pot = bountyAccount(R.bountyReturned.index)
        b.event('Balances.Transfer', { from: pot, to: TREASURY, amount: R.bountyReturned.value }, x).debit(pot, R.bountyReturned.value).credit(TREASURY, R.bountyReturned.value)
        b.event('Bounties.BountyCanceled', { index: R.bountyReturned.index }, x)
      }
      if (n === R.migratedAt) {
        // the account migration burns the relay treasury's balance; Asset Hub mints it
        relayMoved = w.balanceOf(TREASURY)
        b.event('Balances.Burned', { who: TREASURY, amount: relayMoved }).debit(TREASURY, relayMoved)
      }
      // no event explains this one
      if (n === R.unexplained.at) b.credit(TREASURY, R.unexplained.value)
      if (n === R.feeShare.at) b.event('Treasury.Deposit', { value: R.feeShare.value }).credit(TREASURY, R.feeShare.value)
    })
    relayBalanceAt.set(n, w.balanceOf(TREASURY))
  }
  w.close()
}

function writeAssetHub(file: string) {
  const w = new ReplayWriter(file, {
    chain: 'asset-hub',
    specs: { 'statemint/2000006': AH_2000006, 'statemint/2003001': AH_2003001 },
    properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' },
    eventsAs: 'json',
  })
  w.balance(OLD_ASSET_HUB_TREASURY, A.oldTreasury).balance(TREASURY, DOT).balance(BOB, 10n * DOT).balance(bountyAccount(A.bountyReturned.index), A.bountyReturned.value)
  const approve = (b: any, index: number, assetId: unknown, amount: bigint, n: number) =>
    b.event('Treasury.AssetSpendApproved', { index, assetKind: onAssetHub(assetId), amount, beneficiary: toBob, validFrom: MIGRATION_WINDOW.relay.to + n - A0, expireAt: MIGRATION_WINDOW.relay.to + 1_000_000 })
  const metadata = (b: any, id: number, symbol: string, decimals: number) =>
    b.write(b.spec.storageKey('Assets.Metadata', [id]), b.spec.storageValue('Assets.Metadata', { deposit: 1n, name: '0x' + Buffer.from(symbol).toString('hex'), symbol: '0x' + Buffer.from(symbol).toString('hex'), decimals, isFrozen: false }))
  let usdt = A.usdtHeld
  const assetAccount = (b: any, id: number, balance: bigint) =>
    b.write(b.spec.storageKey('Assets.Account', [id, TREASURY]), b.spec.storageValue('Assets.Account', { balance, status: 'Liquid', reason: 'Sufficient', extra: null }))
  const payUsdt = (b: any, x: unknown, amount: bigint) => {
    b.event('Assets.Transferred', { assetId: 1984, from: TREASURY, to: BOB, amount }, x)
    usdt -= amount
    assetAccount(b, 1984, usdt)
  }
  for (let n = A0 - 1; n <= AH_LAST; n++) {
    w.block({ number: n, timestamp: ahTime(n), spec: n >= UPGRADE_AT ? 'statemint/2003001' : 'statemint/2000006', relayBlock: MIGRATION_WINDOW.relay.to + n - A0 }, (b) => {
      if (n === A0 - 1) {
        metadata(b, 1984, 'USDT', 6)
        metadata(b, 30, 'DED', 10)
        assetAccount(b, 1984, usdt)
        assetAccount(b, 1337, A.usdcHeld)
      }
      // an XCM delivery fee to the old treasury, before the migration finished
      if (n === A.deliveryFee.at) b.event('Balances.Deposit', { who: OLD_ASSET_HUB_TREASURY, amount: A.deliveryFee.value }).credit(OLD_ASSET_HUB_TREASURY, A.deliveryFee.value)
      if (n === A.minted.at) b.event('Balances.Minted', { who: TREASURY, amount: relayMoved }).credit(TREASURY, relayMoved)
      if (n === A.drained.at) {
        const all = w.balanceOf(OLD_ASSET_HUB_TREASURY)
        b.event('Balances.Transfer', { from: OLD_ASSET_HUB_TREASURY, to: TREASURY, amount: all }).debit(OLD_ASSET_HUB_TREASURY, all).credit(TREASURY, all)
        // the migrator moves the relay's ongoing referendum under the same index (no event)
        const m = MOVED_REFERENDUM
        b.write(
          b.spec.storageKey('Referenda.ReferendumInfoFor', [m.index]),
          b.spec.storageValue('Referenda.ReferendumInfoFor', {
            Ongoing: {
              track: m.track,
              origin: { system: { Root: null } },
              proposal: { Lookup: { hash: m.proposal.hash, len: m.proposal.len } },
              enactment: { After: 14_400 },
              submitted: m.submittedAt,
              submissionDeposit: { who: BOB, amount: DOT },
              decisionDeposit: { who: BOB, amount: m.deposit },
              deciding: { since: m.decidingAt, confirming: null },
              tally: m.ahTally,
              inQueue: false,
              alarm: null,
            },
          }),
        )
        // the migrator inserts the relay's open spend under the same index, re-anchored to Asset Hub (no event)
        b.write(
          b.spec.storageKey('Treasury.Spends', [R.openSpend.index]),
          b.spec.storageValue('Treasury.Spends', { assetKind: onAssetHub(USDT), amount: R.openSpend.amount, beneficiary: toBob, validFrom: R.openSpend.at, expireAt: R.openSpend.at + 1_000_000, status: { Pending: null } }),
        )
      }
      // a native fee: Asset Hub sends it whole to the collators' pot, from 2003000 to DAP's staging account
      for (const [f, to] of [[A.feeToPot, COLLATOR_POT], [A.feeToDap, DAP_STAGING]] as const) {
        if (n !== f.at) continue
        const x = b.signed({ signer: BOB, call: 'System.remark', args: { remark: '0x02' } })
        b.event('Balances.Withdraw', { who: BOB, amount: f.fee }, x).debit(BOB, f.fee)
        b.event('Balances.Deposit', { who: to, amount: f.fee }, x).credit(to, f.fee)
        b.event('TransactionPayment.TransactionFeePaid', { who: BOB, actualFee: f.fee, tip: 0n }, x)
      }
      if (n === A.usdt.at) {
        approve(b, A.usdt.index, USDT, A.usdt.amount, n)
        approve(b, A.ded.index, DED, A.ded.amount, n)
        approve(b, A.dot.index, { parents: 1, interior: { Here: null } }, A.dot.amount, n)
        approve(b, A.failing.index, { parents: 1, interior: { Here: null } }, A.failing.amount, n)
      }
      if (n === A.usdt.paidAt) {
        for (const s of [A.usdt, A.ded]) {
          const x = b.signed({ signer: BOB, call: 'Treasury.payout', args: { index: s.index } })
          if (s === A.usdt) payUsdt(b, x, s.amount)
          b.event('Treasury.Paid', { index: s.index, paymentId: U64_MAX }, x)
        }
        const x = b.signed({ signer: BOB, call: 'Treasury.payout', args: { index: A.dot.index } })
        b.event('Balances.Transfer', { from: TREASURY, to: BOB, amount: A.dot.amount }, x).debit(TREASURY, A.dot.amount).credit(BOB, A.dot.amount)
        b.event('Treasury.Paid', { index: A.dot.index, paymentId: U64_MAX }, x)
      }
      if (n === A.continuedPaidAt) {
        const x = b.signed({ signer: BOB, call: 'Treasury.payout', args: { index: R.openSpend.index } })
        payUsdt(b, x, R.openSpend.amount)
        b.event('Treasury.Paid', { index: R.openSpend.index, paymentId: U64_MAX }, x)
      }
      if (n === A.failing.failedAt) {
        // LocalPay's transfer failed: the payout extrinsic fails, with no Treasury event
        const x = b.signed({ signer: BOB, call: 'Treasury.payout', args: { index: A.failing.index } })
        b.event('System.ExtrinsicFailed', { dispatchError: { Token: 'FundsUnavailable' }, dispatchInfo: { weight: { refTime: 0, proofSize: 0 }, class: 'Normal', paysFee: 'Yes' } }, x)
      }
      if (n === A.usdtIn.at) {
        const x = b.signed({ signer: BOB, call: 'System.remark', args: { remark: '0x03' } })
        b.event('Assets.Transferred', { assetId: 1984, from: BOB, to: TREASURY, amount: A.usdtIn.value }, x)
        usdt += A.usdtIn.value
        assetAccount(b, 1984, usdt)
      }
      if (n === A.processedAt) for (const i of [A.usdt.index, A.ded.index, A.dot.index, R.openSpend.index]) b.event('Treasury.SpendProcessed', { index: i })
      if (n === A.multiBounty.at) {
        // the paymaster (LocalPay) pays the bounty's funding from the treasury in the same extrinsic
        const x = b.signed({ signer: CURATOR, call: 'System.remark', args: { remark: '0x' } })
        b.event('Balances.Transfer', { from: TREASURY, to: MULTI_BOUNTY_POT, amount: A.multiBounty.value }, x).debit(TREASURY, A.multiBounty.value).credit(MULTI_BOUNTY_POT, A.multiBounty.value)
        b.event('MultiAssetBounties.Paid', { index: A.multiBounty.index, childIndex: null, paymentId: U64_MAX }, x)
      }
      if (n === A.multiRefund.at) {
        // a closed multi-asset bounty's refund, paid back to the treasury (its funding source)
        const x = b.signed({ signer: CURATOR, call: 'System.remark', args: { remark: '0x01' } })
        b.event('Balances.Transfer', { from: MULTI_BOUNTY_POT, to: TREASURY, amount: A.multiRefund.value }, x).debit(MULTI_BOUNTY_POT, A.multiRefund.value).credit(TREASURY, A.multiRefund.value)
        b.event('MultiAssetBounties.BountyRefundProcessed', { index: A.multiRefund.index, childIndex: null }, x)
      }
      if (n === A.bountyReturned.at) {
        const x = b.signed({ signer: CURATOR, call: 'System.remark', args: { remark: '0x' } })
        const pot = bountyAccount(A.bountyReturned.index)
        b.event('Balances.Transfer', { from: pot, to: TREASURY, amount: A.bountyReturned.value }, x).debit(pot, A.bountyReturned.value).credit(TREASURY, A.bountyReturned.value)
        b.event('Bounties.BountyCanceled', { index: A.bountyReturned.index }, x)
      }
    })
    ahBalanceAt.set(n, w.balanceOf(TREASURY) + w.balanceOf(OLD_ASSET_HUB_TREASURY))
    ahUsdtAt.set(n, usdt)
  }
  w.close()
}

beforeAll(async () => {
  dir = workDir('treasury-migration')
  writeRelay(path.join(dir, 'relay.jsonl'))
  writeAssetHub(path.join(dir, 'asset-hub.jsonl'))
  server = await startReplayServer([await ReplayChain.fromFile(path.join(dir, 'relay.jsonl')), await ReplayChain.fromFile(path.join(dir, 'asset-hub.jsonl'))])
  stack = await startReplayStack(dir, ['relay', 'asset-hub'], { ...replayEnv('relay', server.wsUrl('relay'), R0), ...replayEnv('asset-hub', server.wsUrl('asset-hub'), A0) }, { web: true })
  await waitForHeight(stack, 'relay', RELAY_LAST, 120_000)
  await waitForHeight(stack, 'asset-hub', AH_LAST, 120_000)
}, 240_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const DAY1 = '2025-11-04'
const DAY2 = '2025-11-05'
const DAY3 = '2025-11-06'
const s = (x: bigint) => String(x)

describe('replay: one Polkadot treasury across the Asset Hub migration (relay 2000000, Asset Hub 2000006 → 2003001)', () => {
  it('a referendum ongoing at the migration continues on Asset Hub under the same index, read from storage at its last block, linked both ways', async () => {
    const m = MOVED_REFERENDUM
    const q = (chain: string) =>
      api(`{ referendum(chain: "${chain}", index: ${m.index}) { status track trackName proposal { kind hash length } submitted { blockNumber } decisionDeposit decisionDepositBy tally { ayes nays support } tallyBlock tallySource continues continuedBy } }`)
    const { referendum: onAh } = await q('asset-hub')
    expect(onAh).toEqual({
      status: 'Deciding',
      track: m.track,
      trackName: 'big_spender',
      proposal: { kind: 'Lookup', hash: m.proposal.hash, length: m.proposal.len },
      // no Submitted event here: its submission is the relay's
      submitted: null,
      decisionDeposit: String(m.deposit),
      decisionDepositBy: encodeAddress(BOB, 0),
      tally: { ayes: String(m.ahTally.ayes), nays: String(m.ahTally.nays), support: String(m.ahTally.support) },
      tallyBlock: MIGRATION_WINDOW['asset-hub'].to,
      tallySource: 'Storage',
      continues: `relay-${m.index}`,
      continuedBy: null,
    })
    const { referendum: onRelay } = await q('relay')
    expect(onRelay).toMatchObject({ status: 'Deciding', submitted: { blockNumber: m.submittedAt }, tallySource: 'Event', tallyBlock: m.decidingAt, continues: null, continuedBy: `asset-hub-${m.index}` })
  })

  it('indexes both chains to their last block, Asset Hub on the upgraded runtime', async () => {
    const { syncStatus } = await api('{ syncStatus { chain specVersion indexedHeight } }')
    expect([...syncStatus].sort((a: any, b: any) => a.chain.localeCompare(b.chain))).toEqual([
      { chain: 'asset-hub', specVersion: 2003001, indexedHeight: AH_LAST },
      { chain: 'relay', specVersion: 2000000, indexedHeight: RELAY_LAST },
    ])
  })

  it('relay days: flows by kind, closing at the day\'s last block found between fetched blocks, drift 0 then the unexplained change', async () => {
    const { treasuryDaily } = await api(`{ treasuryDaily(chain: "relay") { date inDeposits inBountyReturned outAwarded outBurnt outBountyFunded movedOut movedIn inflow outflow openingBalance openingBlock closingBalance closingBlock closed drift driftBlock } }`)
    const day1Last = R0 + 9 // 23:59:54, a block without any event the processor fetched
    expect(treasuryDaily).toEqual([
      {
        date: DAY1,
        inDeposits: s(R.deposit.value),
        inBountyReturned: s(R.bountyReturned.value),
        outAwarded: s(R.local.amount),
        outBurnt: s(R.burnt),
        outBountyFunded: s(R.bountyFunded.value),
        movedOut: '0',
        movedIn: '0',
        inflow: s(R.deposit.value + R.bountyReturned.value),
        outflow: s(R.local.amount + R.burnt + R.bountyFunded.value),
        openingBalance: s(R.opening),
        openingBlock: R0 - 1,
        closingBalance: s(relayBalanceAt.get(day1Last)!),
        closingBlock: day1Last,
        closed: true,
        drift: '0',
        driftBlock: null,
      },
      {
        date: DAY2,
        inDeposits: s(R.feeShare.value),
        inBountyReturned: '0',
        outAwarded: '0',
        outBurnt: '0',
        outBountyFunded: '0',
        movedOut: s(relayMoved),
        movedIn: '0',
        inflow: s(R.feeShare.value),
        // the migration's move is neither income nor spending
        outflow: '0',
        openingBalance: s(relayBalanceAt.get(day1Last)!),
        openingBlock: day1Last,
        closingBalance: s(relayBalanceAt.get(RELAY_LAST)!),
        closingBlock: RELAY_LAST,
        closed: false,
        drift: s(R.unexplained.value),
        // bisected: the block without any event where the balance changed
        driftBlock: R.unexplained.at,
      },
    ])
    // the balances the chain holds agree with the flows: day 1 reconciles exactly
    expect(relayBalanceAt.get(day1Last)).toBe(R.opening + R.deposit.value + R.bountyReturned.value - R.local.amount - R.burnt - R.bountyFunded.value)
  })

  it('Asset Hub days: the migration mint and the old treasury drained (moves), LocalPay payouts, bounty funding and return; drift 0', async () => {
    const { treasuryDaily } = await api(`{ treasuryDaily(chain: "asset-hub") { date inDeposits inBountyReturned outSpendPaid outBountyFunded movedIn movedOut inflow outflow openingBalance openingBlock closingBalance closingBlock closed drift driftBlock flowCount } }`)
    const day2Last = A0 + 18 // 23:59:54
    expect(treasuryDaily).toEqual([
      {
        date: DAY2,
        inDeposits: s(A.deliveryFee.value),
        inBountyReturned: '0',
        outSpendPaid: s(A.dot.amount),
        outBountyFunded: '0',
        movedIn: s(relayMoved),
        movedOut: '0',
        inflow: s(A.deliveryFee.value),
        outflow: s(A.dot.amount),
        openingBalance: s(A.oldTreasury + DOT),
        openingBlock: A0 - 1,
        closingBalance: s(ahBalanceAt.get(day2Last)!),
        closingBlock: day2Last,
        closed: true,
        drift: '0',
        driftBlock: null,
        // deposit, mint, drain (Consolidated), the DOT, USDT, DED and continued payouts
        flowCount: 7,
      },
      {
        date: DAY3,
        inDeposits: '0',
        inBountyReturned: s(A.bountyReturned.value + A.multiRefund.value),
        outSpendPaid: '0',
        outBountyFunded: s(A.multiBounty.value),
        movedIn: '0',
        movedOut: '0',
        inflow: s(A.bountyReturned.value + A.multiRefund.value),
        outflow: s(A.multiBounty.value),
        openingBalance: s(ahBalanceAt.get(day2Last)!),
        openingBlock: day2Last,
        closingBalance: s(ahBalanceAt.get(AH_LAST)!),
        closingBlock: AH_LAST,
        closed: false,
        drift: '0',
        driftBlock: null,
        // the two bounty returns, the multi-asset bounty's funding, and the USDT transfer in (not in the native sums)
        flowCount: 4,
      },
    ])
    expect(ahBalanceAt.get(day2Last)).toBe(A.oldTreasury + DOT + A.deliveryFee.value + relayMoved - A.dot.amount)
  })

  it('bounties: what the treasury paid into each and what came back, the treasury module\'s own flows linked to the bounty', async () => {
    const q = (chain: string, index: number, pallet = 'Bounties') => api(`{ bounty(chain: "${chain}", index: ${index}, pallet: ${pallet}) { status fundedByTreasury fundingFlow returnedToTreasury returnFlow } }`).then((r) => r.bounty)
    const funded = await q('relay', R.bountyFunded.index)
    expect(funded).toMatchObject({ status: 'Funded', fundedByTreasury: String(R.bountyFunded.value), returnedToTreasury: null, returnFlow: null })
    const returned = await q('relay', R.bountyReturned.index)
    expect(returned).toMatchObject({ status: 'Cancelled', fundedByTreasury: null, returnedToTreasury: String(R.bountyReturned.value) })
    const ahReturned = await q('asset-hub', A.bountyReturned.index)
    expect(ahReturned).toMatchObject({ returnedToTreasury: String(A.bountyReturned.value) })
    const multi = await q('asset-hub', A.multiBounty.index, 'MultiAssetBounties')
    expect(multi).toMatchObject({ fundedByTreasury: String(A.multiBounty.value), returnedToTreasury: String(A.multiRefund.value) })
    // each link is the treasury's flow of that kind and amount, on its event
    for (const [id, kind, amount] of [
      [funded.fundingFlow, 'BountyFunded', R.bountyFunded.value],
      [returned.returnFlow, 'BountyReturned', R.bountyReturned.value],
      [multi.fundingFlow, 'BountyFunded', A.multiBounty.value],
      [multi.returnFlow, 'BountyReturned', A.multiRefund.value],
    ] as const) {
      const { event } = await api(`{ event(id: "${id}") { flows { kind amount } } }`)
      expect(event.flows).toEqual([{ kind, amount: String(amount) }])
    }
  })

  it('one timeline: both chains joined by date, moves apart from income and spending, the migration windows as data', async () => {
    const { treasuryTimeline, treasuryMigration } = await api(`{ treasuryTimeline { date inflow outflow movedIn movedOut closingBalance drift chains { chain } } treasuryMigration { chain fromBlock toBlock } }`)
    expect(treasuryTimeline).toEqual([
      { date: DAY1, inflow: s(R.deposit.value + R.bountyReturned.value), outflow: s(R.local.amount + R.burnt + R.bountyFunded.value), movedIn: '0', movedOut: '0', closingBalance: s(relayBalanceAt.get(R0 + 9)!), drift: '0', chains: [{ chain: 'relay' }] },
      {
        date: DAY2,
        inflow: s(R.feeShare.value + A.deliveryFee.value),
        outflow: s(A.dot.amount),
        movedIn: s(relayMoved),
        movedOut: s(relayMoved),
        closingBalance: s(relayBalanceAt.get(RELAY_LAST)! + ahBalanceAt.get(A0 + 18)!),
        drift: s(R.unexplained.value),
        chains: [{ chain: 'asset-hub' }, { chain: 'relay' }],
      },
      { date: DAY3, inflow: s(A.bountyReturned.value + A.multiRefund.value), outflow: s(A.multiBounty.value), movedIn: '0', movedOut: '0', closingBalance: s(ahBalanceAt.get(AH_LAST)!), drift: '0', chains: [{ chain: 'asset-hub' }] },
    ])
    expect(treasuryMigration).toEqual([
      { chain: 'relay', fromBlock: 28_490_502, toBlock: 28_495_696 },
      { chain: 'asset-hub', fromBlock: 10_254_470, toBlock: 10_259_208 },
    ])
  })

  it('flows of both chains sort by time, not by block number', async () => {
    const { treasuryFlows } = await api(`{ treasuryFlows(limit: 100) { items { direction kind amount asset { symbol } event { chain blockNumber timestamp } } } }`)
    const items = treasuryFlows.items
    const times = items.map((f: any) => Date.parse(f.event.timestamp))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    // Asset Hub's blocks (10 M) come after the relay's (28 M) in time
    expect(items[0].event).toMatchObject({ chain: 'asset-hub', blockNumber: AH_LAST })
    expect(items.at(-1).event).toMatchObject({ chain: 'relay', blockNumber: R0 })
    const moves = items.filter((f: any) => f.direction === 'Move').map((f: any) => [f.kind, f.event.chain, f.event.blockNumber, f.amount])
    expect(moves.sort()).toEqual(
      [
        ['Consolidated', 'asset-hub', A.drained.at, s(A.oldTreasury + A.deliveryFee.value)],
        ['MigratedIn', 'asset-hub', A.minted.at, s(relayMoved)],
        ['MigratedOut', 'relay', R.migratedAt, s(relayMoved)],
      ].sort(),
    )
    const bounties = items.filter((f: any) => f.kind.startsWith('Bounty')).map((f: any) => [f.kind, f.event.chain, f.event.blockNumber, f.amount])
    expect(bounties.sort()).toEqual(
      [
        ['BountyFunded', 'relay', R.period, s(R.bountyFunded.value)],
        ['BountyReturned', 'relay', R.bountyReturned.at, s(R.bountyReturned.value)],
        ['BountyFunded', 'asset-hub', A.multiBounty.at, s(A.multiBounty.value)],
        ['BountyReturned', 'asset-hub', A.bountyReturned.at, s(A.bountyReturned.value)],
        ['BountyReturned', 'asset-hub', A.multiRefund.at, s(A.multiRefund.value)],
      ].sort(),
    )
  })

  it('spends: USDT and DOT paid on both sides, a failed payout on each, the open spend continued on Asset Hub, metadata from storage', async () => {
    const { spends } = await api(`{ spends(orderBy: INDEX_ASC, limit: 100) { items { id chain index status amount beneficiary asset { id symbol decimals } paymentId validFrom continues continuedBy fromStorageBlock events { kind event { blockNumber } } } } }`)
    const byId = Object.fromEntries(spends.items.map((x: any) => [x.id, x]))
    const bob = encodeAddress(BOB, 0)
    expect(byId['relay-asset-7']).toMatchObject({ status: 'Approved', continuedBy: 'asset-hub-asset-7', continues: null, asset: { symbol: 'USDT', decimals: 6 } })
    expect(byId['asset-hub-asset-7']).toMatchObject({
      status: 'Completed',
      amount: s(R.openSpend.amount),
      beneficiary: bob,
      continues: 'relay-asset-7',
      fromStorageBlock: MIGRATION_WINDOW['asset-hub'].to,
      validFrom: R.openSpend.at,
      paymentId: s(U64_MAX),
      asset: { id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6 },
      events: [{ kind: 'Paid', event: { blockNumber: A.continuedPaidAt } }, { kind: 'Processed', event: { blockNumber: A.processedAt } }],
    })
    // the relay's payout over XCM failed after it was sent
    expect(byId['relay-asset-8']).toMatchObject({ status: 'Failed', paymentId: s(R.failedSpend.paymentId), events: [{ kind: 'Approved' }, { kind: 'Paid', event: { blockNumber: R.failedSpend.paidAt } }, { kind: 'PaymentFailed', event: { blockNumber: R.failedSpend.failedAt } }] })
    expect(byId['relay-local-41']).toMatchObject({ status: 'Completed', amount: s(R.local.amount), asset: { symbol: 'DOT' } })
    // Asset Hub: LocalPay, so every payment id is u64::MAX; the failed payout is a failed extrinsic
    expect(byId['asset-hub-asset-9']).toMatchObject({ status: 'Completed', beneficiary: bob, paymentId: s(U64_MAX), asset: { symbol: 'USDT', decimals: 6 } })
    expect(byId['asset-hub-asset-12']).toMatchObject({ status: 'Completed', asset: { id: 'assethub-assets:30', symbol: 'DED', decimals: 10 } })
    expect(byId['asset-hub-asset-10']).toMatchObject({ status: 'Completed', amount: s(A.dot.amount), asset: { id: 'native', symbol: 'DOT' } })
    expect(byId['asset-hub-asset-11']).toMatchObject({ status: 'PayoutFailed', paymentId: null, events: [{ kind: 'Approved', event: { blockNumber: A.failing.at } }, { kind: 'PayoutFailed', event: { blockNumber: A.failing.failedAt } }] })
  })

  it("Asset Hub USDT and USDC days: opening + the USDT transfer in - the USDT payouts = closing, read from Assets.Account; drift 0", async () => {
    const { treasuryAssetDaily } = await api(`{ treasuryAssetDaily(chain: "asset-hub") { chain date asset { id symbol decimals } inflow outflow openingBalance openingBlock closingBalance closingBlock closed drift driftBlock } }`)
    const day2Last = A0 + 18
    const usdtPaid = A.usdt.amount + R.openSpend.amount
    const USDT_ASSET = { id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6 }
    const USDC_ASSET = { id: 'assethub-assets:1337', symbol: 'USDC', decimals: 6 }
    const day = (date: string, asset: object, outflow: bigint, opening: bigint, openingBlock: number, closing: bigint, closingBlock: number, closed: boolean, inflow = 0n) => ({
      chain: 'asset-hub', date, asset, inflow: s(inflow), outflow: s(outflow), openingBalance: s(opening), openingBlock, closingBalance: s(closing), closingBlock, closed, drift: '0', driftBlock: null,
    })
    expect(treasuryAssetDaily).toEqual([
      day(DAY2, USDC_ASSET, 0n, A.usdcHeld, A0 - 1, A.usdcHeld, day2Last, true),
      day(DAY2, USDT_ASSET, usdtPaid, A.usdtHeld, A0 - 1, A.usdtHeld - usdtPaid, day2Last, true),
      day(DAY3, USDC_ASSET, 0n, A.usdcHeld, day2Last, A.usdcHeld, AH_LAST, false),
      day(DAY3, USDT_ASSET, 0n, A.usdtHeld - usdtPaid, day2Last, A.usdtHeld - usdtPaid + A.usdtIn.value, AH_LAST, false, A.usdtIn.value),
    ])
    // the transfer in is a flow of its own asset, traceable to its event
    const { treasuryFlows } = await api(`{ treasuryFlows(chain: "asset-hub", kind: Transfer) { items { direction kind amount asset { id } event { blockNumber } } } }`)
    expect(treasuryFlows.items).toEqual([{ direction: 'In', kind: 'Transfer', amount: s(A.usdtIn.value), asset: { id: USDT_ASSET.id }, event: { blockNumber: A.usdtIn.at } }])
    expect(ahUsdtAt.get(day2Last)).toBe(A.usdtHeld - usdtPaid)
  })

  it('the processors read storage through the RPC the replay server serves (Timestamp.Now, System.Account, Treasury.Spends, Assets.Metadata)', () => {
    expect(server.stats.unknown).toEqual(new Map())
    console.log(`RPC methods the processors called: ${[...server.stats.calls].map(([m, n]) => `${m} ×${n}`).join(', ')}`)
    for (const m of ['chain_getBlockHash', 'state_getStorageAt', 'state_getKeysPaged']) expect(server.stats.calls.get(m) ?? 0).toBeGreaterThan(0)
  })
})

describe('replay: the treasury page in Chromium over the migration stack (the built web app, the real API)', () => {
  const chromium = useChromium()

  it('shows the migration window on the charts, both chains joined, the drift with its block, and the fees\' recipients as the API gives them', async () => {
    const { page, errors } = await chromium.open(`${stack.webUrl}treasury`)

    // the migration window: both chains' windows fall on 2025-11-05, shaded on the balance chart
    const { treasuryMigration } = await api('{ treasuryMigration { chain from to } }')
    expect(treasuryMigration.map((w: any) => [w.chain, w.from.slice(0, 10), w.to.slice(0, 10)]).sort()).toEqual([['asset-hub', DAY2, DAY2], ['relay', DAY2, DAY2]])
    const bands = await page.$$eval('[aria-labelledby=balance-heading] [data-testid=day-band]', (gs) => gs.map((g) => [g.getAttribute('data-from'), g.getAttribute('data-to'), g.querySelector('text')!.textContent!.trim()]))
    expect(bands).toEqual([[DAY2, DAY2, 'Asset Hub migration']])

    // one timeline: the relay's days and Asset Hub's in one balance chart
    const desc = await page.$eval('[aria-labelledby=balance-heading] svg desc', (d) => d.textContent!.trim())
    expect(desc).toMatch(new RegExp(`^Relay chain: .+ on ${DAY1}, .+ on ${DAY2}\\. Asset Hub: .+ on ${DAY2}, .+ on ${DAY3}$`))

    // the relay's unexplained change: its amount and the block bisecting found
    const drift = await page.$$eval('[data-testid=drift-table] tbody tr', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-chain'), tr.getAttribute('data-date'), tr.querySelector('[data-testid=drift-amount] data')!.getAttribute('value'), tr.querySelector('[data-testid=drift-block]')!.textContent!.trim()]),
    )
    expect(drift).toEqual([['relay', DAY2, s(R.unexplained.value), `#${R.unexplained.at.toLocaleString('en-US')}`]])

    // the fees' recipients: what feeTotals says, the pot's fee before the upgrade and DAP's after it
    const { feeTotals } = await api('{ feeTotals { toTreasury toAuthor toCollatorPot toDap burned extrinsics } }')
    expect(feeTotals).toEqual({ toTreasury: '0', toAuthor: '0', toCollatorPot: s(A.feeToPot.fee), toDap: s(A.feeToDap.fee), burned: '0', extrinsics: 2 })
    const shown = await page.$$eval('[data-testid=fee-recipients] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-testid'), tr.querySelector('data')!.getAttribute('value')]))
    expect(shown).toEqual([
      ['fee-recipient-treasury', feeTotals.toTreasury],
      ['fee-recipient-author', feeTotals.toAuthor],
      ['fee-recipient-collator-pot', feeTotals.toCollatorPot],
      ['fee-recipient-dap', feeTotals.toDap],
      ['fee-recipient-burned', feeTotals.burned],
    ])
    expect(await page.getAttribute('[data-testid=fees-link]', 'href')).toBe('/fees')
    expect(errors).toEqual([])
    await page.close()
  })
})
