/**
 * Classic bounties, on the relay before the migration and on Asset Hub after it (a bounty whose life would cross
 * the window is not started): one proposed every 5th day (a signed Bounties.propose_bounty, its value in
 * Bounties.Bounties storage), approved the next day, funded the day after at the spend period (SpendFunds: the
 * treasury's DOT deposited to the bounty's account, then BountyBecameActive), a curator proposed that day and
 * accepting the next, then awarded (its fee written to storage) and claimed the day after: the payout is the
 * value less the curator's fee, 5 %.
 * Multi-asset bounties (Asset Hub from 2003001, the first runtime with the pallet): one in USDT every 6th day,
 * created and funded through the treasury's paymaster (Paid, then BountyFundingProcessed the next day), its curator
 * active the day after, awarded and paid (Paid) a day later and its payout processed the next (the value, whole:
 * the curator takes no fee here). Value, asset and status are in MultiAssetBounties.Bounties storage.
 */
import { compactAddLength, stringToU8a, u8aConcat } from '@polkadot/util'
import type { BlockBuilder } from '../generator'
import type { BlockAt, YearChain } from './clock'
import { between, DOT, palletAccount, prng, str, TREASURY, USERS, type YearContributor } from './contributor'
import type { TreasuryContributor } from './treasury'

/** the bounty's account: py/trsry sub-account ("bt", index) */
export function bountyAccount(index: number): string {
  const idx = new Uint8Array(4)
  new DataView(idx.buffer).setUint32(0, index, true)
  return palletAccount('py/trsry', u8aConcat(compactAddLength(stringToU8a('bt')), idx))
}

interface Bounty {
  index: number
  chain: YearChain
  day: number
  value: bigint
  fee: bigint
  proposer: string
  curator: string
  beneficiary: string
}

const USD = 10n ** 6n
const HERE = { parents: 0, interior: 'Here' }
const USDT_KIND = { V5: { location: HERE, assetId: { parents: 0, interior: { X2: [{ PalletInstance: 50 }, { GeneralIndex: 1984 }] } } } }
const toAccount = (who: string) => ({ V5: { location: HERE, accountId: { parents: 0, interior: { X1: [{ AccountId32: { network: null, id: who } }] } } } })
const METADATA = '0x' + '00'.repeat(32)

interface MultiBounty {
  index: number
  day: number
  value: bigint
  curator: string
  beneficiary: string
  payments: bigint[]
}

export class BountiesContributor implements YearContributor {
  readonly domain = 'bounties'
  private readonly r = prng(97)
  private next = 40
  private readonly open: Bounty[] = []
  private readonly all: Bounty[] = []
  private readonly claimed = new Set<Bounty>()
  private readonly funded = new Set<Bounty>()
  private readonly lastDay = new Map<string, number>()
  private readonly multi: MultiBounty[] = []
  private readonly multiOpen: MultiBounty[] = []
  private multiPaid = { count: 0, value: 0n }
  private paymentId = 100n

  constructor(
    private readonly treasury: TreasuryContributor,
    private readonly o: { migrationDay: number },
  ) {}

  block(b: BlockBuilder, at: BlockAt): void {
    if (at.chain === 'coretime' || at.inWindow || this.lastDay.get(at.chain) === at.day) return
    this.lastDay.set(at.chain, at.day)
    if (at.chain === 'relay' ? !at.beforeMigration : at.beforeMigration) return
    for (const x of this.open.filter((y) => y.chain === at.chain)) this.step(b, at, x)
    if (at.spec === 'statemint/2003001') this.multiAsset(b, at)
    const startsHere = at.chain === 'relay' ? at.day + 5 < this.o.migrationDay : at.day > this.o.migrationDay
    if (at.day % 5 === 0 && startsHere) {
      const value = BigInt(between(this.r, 5_000, 60_000)) * DOT
      const x: Bounty = { index: this.next++, chain: at.chain, day: at.day, value, fee: value / 20n, proposer: USERS[between(this.r, 0, 15)], curator: USERS[between(this.r, 16, 31)], beneficiary: USERS[between(this.r, 32, 47)] }
      const call = b.signed({ signer: x.proposer, call: 'Bounties.propose_bounty', args: { value, description: '0x626f756e7479' } })
      b.event('Bounties.BountyProposed', { index: x.index }, call)
      this.store(b, x, 0n, 'Proposed')
      this.open.push(x)
      this.all.push(x)
    }
  }

  private store(b: BlockBuilder, x: Bounty, fee: bigint, status: unknown): void {
    b.write(b.spec.storageKey('Bounties.Bounties', [x.index]), b.spec.storageValue('Bounties.Bounties', { proposer: x.proposer, value: x.value, fee, curatorDeposit: 0n, bond: DOT, status }))
  }

  private step(b: BlockBuilder, at: BlockAt, x: Bounty): void {
    const age = at.day - x.day
    const pot = bountyAccount(x.index)
    if (age === 1) b.event('Bounties.BountyApproved', { index: x.index })
    if (age === 2) {
      b.event('Balances.Deposit', { who: pot, amount: x.value }).credit(pot, x.value).debit(TREASURY, x.value)
      b.event('Bounties.BountyBecameActive', { index: x.index })
      this.treasury.outflow(at.chain, 'BountyFunded', x.value)
      this.funded.add(x)
      b.event('Bounties.CuratorProposed', { bountyId: x.index, curator: x.curator })
    }
    if (age === 3) b.event('Bounties.CuratorAccepted', { bountyId: x.index, curator: x.curator })
    if (age === 4) {
      b.event('Bounties.BountyAwarded', { index: x.index, beneficiary: x.beneficiary })
      this.store(b, x, x.fee, { PendingPayout: { curator: x.curator, beneficiary: x.beneficiary, unlockAt: at.relayBlock + 1 } })
    }
    if (age === 5) {
      const payout = x.value - x.fee
      b.event('Bounties.BountyClaimed', { index: x.index, payout, beneficiary: x.beneficiary })
      b.debit(pot, x.value).credit(x.beneficiary, payout).credit(x.curator, x.fee)
      this.claimed.add(x)
      this.open.splice(this.open.indexOf(x), 1)
    }
  }

  private multiAsset(b: BlockBuilder, at: BlockAt): void {
    const ev = (name: string, x: MultiBounty, args: Record<string, unknown> = {}) => b.event(`MultiAssetBounties.${name}`, { index: x.index, childIndex: null, ...args })
    const store = (x: MultiBounty, status: unknown) => b.write(b.spec.storageKey('MultiAssetBounties.Bounties', [x.index]), b.spec.storageValue('MultiAssetBounties.Bounties', { assetKind: USDT_KIND, value: x.value, metadata: METADATA, status }))
    for (const x of [...this.multiOpen]) {
      const age = at.day - x.day
      if (age === 1) ev('BountyFundingProcessed', x)
      if (age === 2) ev('BountyBecameActive', x, { curator: x.curator })
      if (age === 3) {
        ev('BountyAwarded', x, { beneficiary: toAccount(x.beneficiary) })
        x.payments.push(this.paymentId++)
        ev('Paid', x, { paymentId: x.payments[1] })
      }
      if (age === 4) {
        ev('BountyPayoutProcessed', x, { assetKind: USDT_KIND, value: x.value, beneficiary: toAccount(x.beneficiary) })
        this.multiPaid.count++
        this.multiPaid.value += x.value
        this.multiOpen.splice(this.multiOpen.indexOf(x), 1)
      }
    }
    if (at.day % 6 === 0) {
      const x: MultiBounty = { index: this.multi.length, day: at.day, value: BigInt(between(this.r, 1_000, 50_000)) * USD, curator: USERS[between(this.r, 16, 31)], beneficiary: USERS[between(this.r, 32, 47)], payments: [this.paymentId++] }
      b.event('MultiAssetBounties.BountyCreated', { index: x.index })
      store(x, { FundingAttempted: { curator: x.curator, paymentStatus: { Attempted: { id: x.payments[0] } } } })
      ev('Paid', x, { paymentId: x.payments[0] })
      this.multi.push(x)
      this.multiOpen.push(x)
    }
  }

  totals() {
    const out = (chain: YearChain) => {
      const list = this.all.filter((x) => x.chain === chain)
      const claimed = list.filter((x) => this.claimed.has(x))
      const funded = list.filter((x) => this.funded.has(x))
      return { proposed: list.length, funded: funded.length, fundedValue: funded.reduce((s, x) => s + x.value, 0n), claimed: claimed.length, payouts: claimed.reduce((s, x) => s + x.value - x.fee, 0n), curatorFees: claimed.reduce((s, x) => s + x.fee, 0n) }
    }
    const multiAsset = { created: this.multi.length, createdValue: this.multi.reduce((s, x) => s + x.value, 0n), paidOut: this.multiPaid.count, paidOutValue: this.multiPaid.value }
    return str({ relay: out('relay'), 'asset-hub': out('asset-hub'), multiAssetUsdt: multiAsset })
  }
}
