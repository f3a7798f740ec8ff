/**
 * What one vote adds to a referendum's tally, as pallet-conviction-voting counts it (Tally::add): a standard vote
 * weighs its balance by its conviction (None: a tenth, Locked1x–6x: one to six times) and an aye adds its balance,
 * unweighted, to the support; split votes count at conviction None, and abstentions add to the support only.
 * Removing a vote subtracts the same. The tally the runtime reports also holds delegated votes: what it has beyond
 * the direct votes came through delegation.
 */
import type { AccountVote, Tally } from './decoders'

/** A vote's weight and the capital behind it, by side. */
export interface VoteWeight {
  ayes: bigint
  nays: bigint
  support: bigint
  ayeCapital: bigint
  nayCapital: bigint
  abstainCapital: bigint
}

export const NO_WEIGHT: VoteWeight = { ayes: 0n, nays: 0n, support: 0n, ayeCapital: 0n, nayCapital: 0n, abstainCapital: 0n }

/** Conviction::votes: None counts a tenth of the balance, LockedNx N times it. */
export function convictionVotes(conviction: number, balance: bigint): bigint {
  if (!Number.isInteger(conviction) || conviction < 0 || conviction > 6) throw new RangeError(`conviction ${conviction} is not one of 0 (None) … 6 (Locked6x)`)
  return conviction === 0 ? balance / 10n : balance * BigInt(conviction)
}

export function weightOf(v: AccountVote): VoteWeight {
  switch (v.kind) {
    case 'Standard': {
      const votes = convictionVotes(v.conviction, v.balance)
      return v.aye
        ? { ...NO_WEIGHT, ayes: votes, support: v.balance, ayeCapital: v.balance }
        : { ...NO_WEIGHT, nays: votes, nayCapital: v.balance }
    }
    case 'Split':
      return { ...NO_WEIGHT, ayes: v.aye / 10n, nays: v.nay / 10n, support: v.aye, ayeCapital: v.aye, nayCapital: v.nay }
    case 'SplitAbstain':
      return { ayes: v.aye / 10n, nays: v.nay / 10n, support: v.aye + v.abstain, ayeCapital: v.aye, nayCapital: v.nay, abstainCapital: v.abstain }
  }
}

export function addWeight(a: VoteWeight, b: VoteWeight, sign: 1n | -1n = 1n): VoteWeight {
  return {
    ayes: a.ayes + sign * b.ayes,
    nays: a.nays + sign * b.nays,
    support: a.support + sign * b.support,
    ayeCapital: a.ayeCapital + sign * b.ayeCapital,
    nayCapital: a.nayCapital + sign * b.nayCapital,
    abstainCapital: a.abstainCapital + sign * b.abstainCapital,
  }
}

/** The part of a reported tally that direct votes do not explain: the delegated votes (never below zero). */
export function delegatedPart(tally: Tally, direct: VoteWeight): Tally {
  const rest = (x: bigint, y: bigint) => (x > y ? x - y : 0n)
  return { ayes: rest(tally.ayes, direct.ayes), nays: rest(tally.nays, direct.nays), support: rest(tally.support, direct.support) }
}

/** Turnout as the runtime measures support: the support over the active issuance (total minus inactive), in parts per billion. */
export function turnoutPerBillion(support: bigint, activeIssuance: bigint): number | null {
  return activeIssuance > 0n ? Number((support * 1_000_000_000n) / activeIssuance) : null
}
