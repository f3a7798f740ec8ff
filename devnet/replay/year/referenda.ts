/**
 * OpenGov: a referendum submitted every 2nd day, on the relay before the migration and on Asset Hub after it
 * (referenda whose life would cross the window are not started: the migrator moves those without events). Each
 * one's life, at its days' first blocks: submitted (day 0), decision deposit placed and deciding (day 1), 3 to 6
 * conviction votes a day (days 1–3, each a signed ConvictionVoting.vote), confirming (day 4), then approved or,
 * one in four, rejected (day 5) with the tally its direct votes made.
 * Balances.TotalIssuance and InactiveIssuance are written at each chain's genesis block (turnout reads them).
 */
import { blake2AsHex } from '@polkadot/util-crypto'
import type { BlockBuilder } from '../generator'
import type { BlockAt, YearChain } from './clock'
import { between, DOT, prng, str, USERS, type YearContributor } from './contributor'

/** Polkadot tracks: 34 big spender, 33 medium spender, 32 small spender, 30 small tipper, 0 root, 1 whitelisted caller */
const TRACKS = [34, 33, 32, 30, 0, 1]
const CONVICTIONS = ['None', 'Locked1x', 'Locked2x', 'Locked3x', 'Locked4x', 'Locked5x', 'Locked6x']
/** pallet-conviction-voting's votes(): None counts a tenth, LockedNx N times */
const weigh = (balance: bigint, c: number) => (c === 0 ? balance / 10n : balance * BigInt(c))

interface Referendum {
  index: number
  chain: YearChain
  track: number
  day: number
  approve: boolean
  ayes: bigint
  nays: bigint
  support: bigint
  votes: number
}

interface ChainReferenda {
  submitted: number
  votes: number
  byStatus: Record<string, number>
}

export class ReferendaContributor implements YearContributor {
  readonly domain = 'referenda'
  private readonly r = prng(53)
  private next = 1_700
  private readonly open: Referendum[] = []
  private readonly all: Referendum[] = []
  private readonly lastDay = new Map<string, number>()

  constructor(private readonly o: { migrationDay: number }) {}

  setup(b: BlockBuilder, at: BlockAt): void {
    if (at.chain === 'coretime') return
    b.write(b.spec.storageKey('Balances.TotalIssuance'), b.spec.storageValue('Balances.TotalIssuance', 1_600_000_000n * DOT))
    b.write(b.spec.storageKey('Balances.InactiveIssuance'), b.spec.storageValue('Balances.InactiveIssuance', 20_000_000n * DOT))
  }

  block(b: BlockBuilder, at: BlockAt): void {
    if (at.chain === 'coretime') return
    if (at.inWindow || this.lastDay.get(at.chain) === at.day) return
    this.lastDay.set(at.chain, at.day)
    const live = at.chain === 'relay' ? at.beforeMigration : !at.beforeMigration
    if (!live) return
    for (const ref of this.open.filter((x) => x.chain === at.chain)) this.step(b, at, ref)
    const startsHere = at.chain === 'relay' ? at.day + 5 < this.o.migrationDay : at.day > this.o.migrationDay
    if (at.day % 2 === 0 && startsHere) {
      const ref: Referendum = { index: this.next++, chain: at.chain, track: TRACKS[between(this.r, 0, TRACKS.length - 1)], day: at.day, approve: this.r() >= 0.25, ayes: 0n, nays: 0n, support: 0n, votes: 0 }
      b.event('Referenda.Submitted', { index: ref.index, track: ref.track, proposal: this.proposal(ref) })
      this.open.push(ref)
      this.all.push(ref)
    }
  }

  private proposal(ref: Referendum) {
    return { Lookup: { hash: blake2AsHex(`year referendum ${ref.index}`), len: 120 } }
  }

  private step(b: BlockBuilder, at: BlockAt, ref: Referendum): void {
    const age = at.day - ref.day
    const tally = () => ({ ayes: ref.ayes, nays: ref.nays, support: ref.support })
    if (age === 1) {
      const who = USERS[ref.index % USERS.length]
      b.event('Referenda.DecisionDepositPlaced', { index: ref.index, who, amount: 1_000n * DOT })
    }
    // in Initialization, before the day's votes: the tally so far
    if (age === 1) b.event('Referenda.DecisionStarted', { index: ref.index, track: ref.track, proposal: this.proposal(ref), tally: tally() })
    if (age >= 1 && age <= 3) {
      const n = between(this.r, 3, 6)
      for (let i = 0; i < n; i++) this.vote(b, at, ref)
    }
    if (age === 4) b.event('Referenda.ConfirmStarted', { index: ref.index })
    if (age === 5) {
      if (ref.approve) {
        b.event('Referenda.Confirmed', { index: ref.index, tally: tally() })
        b.event('Referenda.Approved', { index: ref.index })
      } else b.event('Referenda.Rejected', { index: ref.index, tally: tally() })
      this.open.splice(this.open.indexOf(ref), 1)
    }
  }

  private vote(b: BlockBuilder, at: BlockAt, ref: Referendum): void {
    const who = USERS[between(this.r, 0, USERS.length - 1)]
    // an approved referendum's voters lean aye, a rejected one's nay
    const aye = this.r() < (ref.approve ? 0.8 : 0.2)
    const c = between(this.r, 0, CONVICTIONS.length - 1)
    const balance = BigInt(between(this.r, 10, 50_000)) * DOT
    const vote = { Standard: { vote: { aye, conviction: CONVICTIONS[c] }, balance } }
    const x = b.signed({ signer: who, call: 'ConvictionVoting.vote', args: { pollIndex: ref.index, vote } })
    // Voted names its poll from 2003001 on; before, only the call does
    b.event('ConvictionVoting.Voted', at.spec === 'statemint/2003001' ? { who, vote, pollIndex: ref.index } : { who, vote }, x)
    if (aye) {
      ref.ayes += weigh(balance, c)
      ref.support += balance
    } else ref.nays += weigh(balance, c)
    ref.votes++
  }

  totals() {
    const out = (chain: YearChain): ChainReferenda => {
      const refs = this.all.filter((x) => x.chain === chain)
      const byStatus: Record<string, number> = {}
      for (const ref of refs) {
        const status = this.open.includes(ref) ? 'open' : ref.approve ? 'Approved' : 'Rejected'
        byStatus[status] = (byStatus[status] ?? 0) + 1
      }
      return { submitted: refs.length, votes: refs.reduce((s, x) => s + x.votes, 0), byStatus }
    }
    return str({ relay: out('relay'), 'asset-hub': out('asset-hub'), approvedTallies: this.all.filter((x) => !this.open.includes(x)).map((x) => ({ chain: x.chain, index: x.index, ayes: x.ayes, nays: x.nays, support: x.support })) })
  }
}
