/**
 * Referenda: OpenGov's referenda on the chains that run it (the relay until the Asset Hub migration, Asset Hub
 * after it): each referendum's lifecycle, the tally every event reports with the turnout the runtime measures
 * (support over the active issuance, read from storage at that block), the votes cast (ConvictionVoting.Voted /
 * VoteRemoved) and what they add up to, the tracks as the runtime's Referenda.Tracks constant has them, and the
 * enactment: the Scheduler.Dispatched whose id is the referendum's (enactment.ts), with the treasury spends its
 * call approved, read from the treasury module's records of the same block.
 *
 * Votes change a referendum's direct tally only while it is ongoing: a vote removed after the end only unlocks
 * funds. The runtime's tally also holds delegated votes, which no event itemises: what it has beyond the direct
 * votes is recorded as delegated. Lifecycle events report that tally only at a few steps, so after the last block
 * of a batch's votes on a referendum its Referenda.ReferendumInfoFor is read too (one read per referendum voted
 * on, not per vote): the tally between the steps, delegations included, at a block a reader can check.
 */
import { Referendum, ReferendaTrack, ReferendumEvent, ReferendumEventKind, ReferendumStatus, ReferendumVote, ReferendumVoter, TallySource, VoteKind } from '../../model'
import { namesOf } from '../../decoders/decode'
import { ctxId, type EventCtx } from '../../mappings/facts'
import { encodeAccount } from '../../mappings/locations'
import { migrationWindow } from '../../mappings/migration'
import type { ChainId } from '../../chains'
import { decodersOn, defineModule, eventCtx, optionsOf, type BlockHeader, type ChainEnv, type StorageReads } from '../module'
import { assetSpendId, localSpendId, treasuryModule } from '../treasury'
import { REFERENDA_DECODERS, type ActiveIssuance, decodeProposalCall, type Dispatched, type Proposal, type ProposalCall, type OngoingState, type StoredReferendum, type ReferendaDecoders, type ReferendumEvent as ReferendumChange, type Tally, type TrackInfo, type VoteEvent } from './decoders'
import { enactmentIndex } from './enactment'
import { addWeight, delegatedPart, NO_WEIGHT, turnoutPerBillion, weightOf, type VoteWeight } from './tally'

export type { ReferendumChange, VoteEvent, Tally }
export { enactmentId } from './enactment'
export { convictionVotes, weightOf } from './tally'

export interface ReferendaRecords {
  changes: { ctx: EventCtx; event: ReferendumChange }[]
  votes: { ctx: EventCtx; vote: VoteEvent & { poll: number } }[]
  enactments: { ctx: EventCtx; index: number; dispatched: Dispatched; spendIds: string[] }[]
  /** the tracks as the runtime of the batch's last block with a submission has them */
  tracks?: { block: BlockHeader; list: TrackInfo[] }
  /** the blocks of events that report a tally, and of the tallies read from storage: their active issuance is read */
  tallyBlocks: BlockHeader[]
  /** per referendum voted on in the batch, the block of its last vote: its tally is read from storage there */
  voteTallies: { index: number; block: BlockHeader }[]
  /** submissions' calls: decoded from inline bytes, or to be read from the preimage noted at the submission block */
  proposals: { index: number; call?: ProposalCall; lookup?: { block: BlockHeader; hash: string; len: number } }[]
}

export interface ReferendaReads {
  [issuance: `issuance:${number}`]: ActiveIssuance
  [ongoing: `ongoing:${number}`]: OngoingState | undefined
  /** the referenda ongoing at the migration's last block: they continue here under the same index, with no event */
  atMigrationEnd?: StoredReferendum[]
  [preimage: `preimage:${number}`]: ProposalCall | undefined
}

export interface ReferendaOptions {
  /** the chain whose ongoing referenda the Asset Hub migration moved here */
  continuesReferendaOf?: ChainId
}

declare module '../../chains/profile' {
  interface ModuleOptions {
    referenda: ReferendaOptions
  }
}

/** The migration's last block when it is in this batch and this chain continues another's referenda. */
function migrationEndIn(env: ChainEnv, blocks: { header: BlockHeader }[]): { header: BlockHeader; from: ChainId } | undefined {
  const from = optionsOf(env, 'referenda')?.continuesReferendaOf
  const window = from && migrationWindow(env.cfg.chain, env.cfg.network)
  const end = window ? blocks.find((b) => b.header.height === window.to)?.header : undefined
  return end && from ? { header: end, from } : undefined
}

const issuanceKey = (height: number) => `issuance:${height}` as const
const ongoingKey = (index: number) => `ongoing:${index}` as const
const preimageKey = (index: number) => `preimage:${index}` as const

/** A submission's call: its inline bytes decoded now, or its preimage to read at the submission block. */
function proposalOf(block: BlockHeader, index: number, p: Proposal): ReferendaRecords['proposals'][number] {
  if (p.kind === 'Inline' && p.inline) return { index, call: decodeProposalCall(block, p.inline, 'Inline') }
  if (p.kind === 'Lookup' && p.hash && p.length !== undefined) return { index, lookup: { block, hash: p.hash, len: p.length } }
  return { index }
}
const referendumId = (chain: string, index: number) => `${chain}-${index}`
const voterId = (referendum: string, voter: string) => `${referendum}-${voter}`

const ONGOING = new Set<ReferendumStatus>([ReferendumStatus.Preparing, ReferendumStatus.Deciding, ReferendumStatus.Confirming])
const ENDS: Partial<Record<ReferendumChange['kind'], ReferendumStatus>> = {
  Approved: ReferendumStatus.Approved,
  Rejected: ReferendumStatus.Rejected,
  TimedOut: ReferendumStatus.TimedOut,
  Cancelled: ReferendumStatus.Cancelled,
  Killed: ReferendumStatus.Killed,
}

function newReferendum(chain: string, index: number): Referendum {
  return new Referendum({
    id: referendumId(chain, index),
    chain,
    index,
    track: null,
    trackName: null,
    status: ReferendumStatus.Preparing,
    proposalKind: 'Unknown',
    proposalHash: null,
    proposalInline: null,
    proposalLength: null,
    proposalCall: null,
    proposalArgs: null,
    proposalCallSource: null,
    submittedBlock: null,
    submittedAt: null,
    decisionDepositBy: null,
    decisionDeposit: null,
    decidingBlock: null,
    confirmingBlock: null,
    endedBlock: null,
    endedAt: null,
    ayes: null,
    nays: null,
    support: null,
    tallyBlock: null,
    tallyAt: null,
    tallySource: null,
    activeIssuance: null,
    turnoutPpb: null,
    delegatedAyes: null,
    delegatedNays: null,
    delegatedSupport: null,
    voters: 0,
    directAyes: 0n,
    directNays: 0n,
    directSupport: 0n,
    ayeCapital: 0n,
    nayCapital: 0n,
    abstainCapital: 0n,
    enactedBlock: null,
    enactedOk: null,
    enactedError: null,
    spendIds: [],
    continues: null,
  })
}

const directOf = (r: Referendum): VoteWeight => ({ ayes: r.directAyes, nays: r.directNays, support: r.directSupport, ayeCapital: r.ayeCapital, nayCapital: r.nayCapital, abstainCapital: r.abstainCapital })
function setDirect(r: Referendum, w: VoteWeight): void {
  r.directAyes = w.ayes
  r.directNays = w.nays
  r.directSupport = w.support
  r.ayeCapital = w.ayeCapital
  r.nayCapital = w.nayCapital
  r.abstainCapital = w.abstainCapital
}
const weightOfVoter = (v: ReferendumVoter): VoteWeight => ({ ayes: v.ayes, nays: v.nays, support: v.support, ayeCapital: v.ayeCapital, nayCapital: v.nayCapital, abstainCapital: v.abstainCapital })

const hasTally = (e: ReferendumChange): e is Extract<ReferendumChange, { tally: Tally }> => 'tally' in e

export const referendaModule = defineModule<ReferendaRecords, ReferendaReads, unknown, ReferendaDecoders>({
  name: 'referenda',
  // 2: tallies read from storage after votes; 3: referenda the migration moved, continued from storage; 4: proposal calls
  version: 4,
  after: [treasuryModule],
  // parents first: written in this order (a voter points at its vote, a vote at its referendum), deleted in reverse
  entities: [ReferendaTrack, Referendum, ReferendumEvent, ReferendumVote, ReferendumVoter],
  decoders: REFERENDA_DECODERS,
  empty: () => ({ changes: [], votes: [], enactments: [], tallyBlocks: [], voteTallies: [], proposals: [] }),

  requests: (_env, d) => ({
    events: [
      { names: namesOf(d.referendum, d.dispatched) },
      // the voter's extrinsic, and the call whose arguments name the poll where the event does not
      { names: namesOf(d.vote), extrinsic: true, call: true },
    ],
  }),

  decode(env, blocks, recordsOf, d) {
    const chain = env.cfg.chain
    const out: ReferendaRecords = { changes: [], votes: [], enactments: [], tallyBlocks: [], voteTallies: [], proposals: [] }
    const lastVote = new Map<number, BlockHeader>()
    const approvals = spendApprovalsByBlock(chain, recordsOf(treasuryModule).items)
    for (const block of blocks) {
      let tallied = false
      let submitted = false
      // a scheduled task's events come before its Scheduler.Dispatched, after the previous task's
      let taskStart = -1
      for (const e of block.events) {
        const change = d.referendum(chain, e)
        if (change) {
          out.changes.push({ ctx: eventCtx(chain, block, e), event: change })
          tallied ||= hasTally(change)
          if (change.kind === 'Submitted') out.proposals.push(proposalOf(block.header, change.index, change.proposal))
          submitted ||= change.kind === 'Submitted' || change.kind === 'DecisionStarted'
          continue
        }
        const vote = d.vote(chain, e)
        if (vote) {
          if (vote.poll === undefined) throw new Error(`${chain} block ${block.header.height} event ${e.id}: ${e.name} names no referendum, and its call is not ${d.voteCalls.join(' or ')} (${e.call?.name ?? 'no call'})`)
          out.votes.push({ ctx: eventCtx(chain, block, e), vote: { ...vote, poll: vote.poll } })
          lastVote.set(vote.poll, block.header)
          continue
        }
        const dispatched = d.dispatched(chain, e)
        if (!dispatched) continue
        const index = dispatched.id === undefined ? undefined : enactmentIndex(dispatched.id)
        if (index !== undefined) {
          const spendIds = (approvals.get(block.header.height) ?? []).filter((a) => a.eventIndex > taskStart && a.eventIndex < e.index).map((a) => a.spendId)
          out.enactments.push({ ctx: eventCtx(chain, block, e), index, dispatched, spendIds })
        }
        taskStart = e.index
      }
      if (tallied) out.tallyBlocks.push(block.header)
      if (submitted) out.tracks = { block: block.header, list: d.tracks(chain, block.header) }
    }
    out.voteTallies = [...lastVote].map(([index, block]) => ({ index, block }))
    const tallied = new Set(out.tallyBlocks.map((b) => b.height))
    for (const { block } of out.voteTallies) if (!tallied.has(block.height)) (tallied.add(block.height), out.tallyBlocks.push(block))
    return out
  },

  load(env, { changes, votes, enactments }) {
    const chain = env.cfg.chain
    const ids = new Set([...changes.map((c) => c.event.index), ...votes.map((v) => v.vote.poll), ...enactments.map((x) => x.index)].map((i) => referendumId(chain, i)))
    const voters = new Set(votes.map((v) => voterId(referendumId(chain, v.vote.poll), encodeAccount(v.vote.who, env.ss58Prefix))))
    return [
      { entity: Referendum, ids },
      { entity: ReferendumVoter, ids: voters },
    ]
  },

  reads(env, { tallyBlocks, voteTallies, proposals }, blocks) {
    const out: StorageReads<ReferendaReads> = {}
    const d = decodersOn(referendaModule, env)
    if (!d) return out
    const end = migrationEndIn(env, blocks)
    if (end) out.atMigrationEnd = { block: end.header, what: 'Referenda.ReferendumInfoFor of every referendum, at the last block of the migration', read: (b) => d.allOngoing(env.cfg.chain, b) }
    // the moved referenda's tallies are measured against the active issuance at that block too
    const issuanceBlocks = end && !tallyBlocks.some((b) => b.height === end.header.height) ? [...tallyBlocks, end.header] : tallyBlocks
    for (const block of issuanceBlocks) {
      out[issuanceKey(block.height)] = { block, what: 'Balances.TotalIssuance and InactiveIssuance (the active issuance a referendum’s support is measured against)', read: (b) => d.issuance(env.cfg.chain, b) }
    }
    for (const { index, lookup } of proposals) {
      if (lookup) out[preimageKey(index)] = { block: lookup.block, what: `Preimage.PreimageFor(${lookup.hash}, ${lookup.len}) (referendum ${index}'s proposal)`, read: (b) => d.preimage(b, lookup.hash, lookup.len) }
    }
    for (const { index, block } of voteTallies) {
      out[ongoingKey(index)] = { block, what: `Referenda.ReferendumInfoFor(${index}) (its tally after the batch's last vote on it)`, read: (b) => d.ongoing(env.cfg.chain, b, index) }
    }
    return out
  },

  apply(env, records, ctx, blocks) {
    const chain = env.cfg.chain
    const account = (a: string) => encodeAccount(a, env.ss58Prefix)
    const referenda = new Map<string, Referendum>()
    const referendum = (index: number): Referendum => {
      const id = referendumId(chain, index)
      let r = referenda.get(id) ?? ctx.loaded(Referendum, id)
      if (!r) r = newReferendum(chain, index)
      referenda.set(id, r)
      return r
    }
    const voters = new Map<string, ReferendumVoter>()
    const events: ReferendumEvent[] = []
    const votes: ReferendumVote[] = []
    const tracks = new Map((records.tracks?.list ?? []).map((t) => [t.id, t]))

    // before the batch's events: the referenda the migration moved here, as storage has them at its last block
    const end = migrationEndIn(env, blocks)
    const moved = end ? ctx.read('atMigrationEnd') : undefined
    if (end && moved?.length) {
      const d = decodersOn(referendaModule, env)!
      const names = new Map(d.tracks(chain, end.header).map((t) => [t.id, t.name]))
      for (const m of moved) {
        const r = referendum(m.index)
        continueReferendum(r, m, `${end.from}-${m.index}`, names.get(m.track) ?? null, account)
        setTally(r, m.tally, { height: end.header.height, at: new Date(end.header.timestamp ?? 0) }, TallySource.Storage, ctx.read(issuanceKey(end.header.height)))
      }
    }

    // every item in block and event order: a vote counts in the tally events that follow it
    type Step = { ctx: EventCtx; run: () => void }
    const steps: Step[] = [
      ...records.changes.map(({ ctx: c, event }): Step => ({ ctx: c, run: () => events.push(applyChange(referendum(event.index), c, event, tracks, ctx.read(issuanceKey(c.blockNumber)), account)) })),
      ...records.votes.map(({ ctx: c, vote }): Step => ({
        ctx: c,
        run: () => {
          const r = referendum(vote.poll)
          const who = account(vote.who)
          const id = voterId(r.id, who)
          const voter = voters.get(id) ?? ctx.loaded(ReferendumVoter, id) ?? new ReferendumVoter({ id, chain, referendum: r, voter: who, vote: null, ...NO_WEIGHT })
          voters.set(id, voter)
          votes.push(applyVote(r, voter, c, vote))
        },
      })),
      ...records.enactments.map(({ ctx: c, index, dispatched, spendIds }): Step => ({ ctx: c, run: () => events.push(applyEnactment(referendum(index), c, dispatched, spendIds)) })),
    ]
    steps.sort((a, b) => a.ctx.blockNumber - b.ctx.blockNumber || a.ctx.eventIndex - b.ctx.eventIndex).forEach((s) => s.run())
    for (const { index, call, lookup } of records.proposals) {
      const c = call ?? (lookup ? ctx.read(preimageKey(index)) : undefined)
      if (!c) continue
      Object.assign(referendum(index), { proposalCall: c.call, proposalArgs: c.args, proposalCallSource: c.source })
    }
    for (const { index, block } of records.voteTallies) {
      const state = ctx.read(ongoingKey(index))
      const r = referendum(index)
      // an event later in the batch (its end, say) reported a newer tally, or it is over at that block
      if (!state || !ONGOING.has(r.status) || (r.tallyBlock ?? -1) > block.height) continue
      setTally(r, state.tally, { height: block.height, at: new Date(block.timestamp ?? 0) }, TallySource.Storage, ctx.read(issuanceKey(block.height)))
    }

    if (records.tracks) ctx.write(ReferendaTrack, trackRows(chain, records.tracks))
    ctx.write(Referendum, referenda.values())
    ctx.write(ReferendumEvent, events)
    ctx.write(ReferendumVote, votes)
    ctx.write(ReferendumVoter, voters.values())
  },
})

/** A vote cast or removed: its row, and what it changes of the direct tally while the referendum is ongoing. */
function applyVote(r: Referendum, voter: ReferendumVoter, c: EventCtx, vote: VoteEvent): ReferendumVote {
  const row = voteRow(r, c, vote, voter.voter)
  // after the end a removal only unlocks funds
  if (!ONGOING.has(r.status)) return row
  const standing = voter.vote ? weightOfVoter(voter) : undefined
  const next = vote.kind === 'Voted' ? weightOf(vote.vote) : undefined
  setDirect(r, addWeight(addWeight(directOf(r), standing ?? NO_WEIGHT, -1n), next ?? NO_WEIGHT))
  r.voters += (next ? 1 : 0) - (standing ? 1 : 0)
  Object.assign(voter, next ?? NO_WEIGHT, { vote: next ? row : null })
  return row
}

function applyEnactment(r: Referendum, c: EventCtx, dispatched: Dispatched, spendIds: string[]): ReferendumEvent {
  r.enactedBlock = c.blockNumber
  r.enactedOk = dispatched.ok
  r.enactedError = dispatched.error ?? null
  r.spendIds = [...r.spendIds, ...spendIds]
  return eventRow(r, c, ReferendumEventKind.Enacted, { ok: dispatched.ok, error: dispatched.error ?? null })
}

function trackRows(chain: string, tracks: NonNullable<ReferendaRecords['tracks']>): ReferendaTrack[] {
  return tracks.list.map(
    (t) =>
      new ReferendaTrack({
        id: `${chain}-${t.id}`,
        chain,
        track: t.id,
        name: t.name,
        maxDeciding: t.maxDeciding,
        decisionDeposit: t.decisionDeposit,
        preparePeriod: t.preparePeriod,
        decisionPeriod: t.decisionPeriod,
        confirmPeriod: t.confirmPeriod,
        minEnactmentPeriod: t.minEnactmentPeriod,
        specVersion: tracks.block.specVersion ?? 0,
        blockNumber: tracks.block.height,
      }),
  )
}

/**
 * A referendum that arrives with no event, as storage has it: its track, proposal, decision deposit and phase. Its
 * submission and decision blocks are the pallet's (relay-chain blocks), not this chain's: they stay on the
 * referendum it continues, so submittedBlock and decidingBlock are left unset rather than mixed.
 */
function continueReferendum(r: Referendum, m: StoredReferendum, continues: string, trackName: string | null, account: (a: string) => string): void {
  r.continues = continues
  r.track = m.track
  r.trackName = trackName ?? r.trackName
  r.proposalKind = m.proposal.kind
  r.proposalHash = m.proposal.hash ?? null
  r.proposalInline = m.proposal.inline ?? null
  r.proposalLength = m.proposal.length ?? null
  if (m.decisionDeposit) {
    r.decisionDepositBy = account(m.decisionDeposit.who)
    r.decisionDeposit = m.decisionDeposit.amount
  }
  r.status = !m.deciding ? ReferendumStatus.Preparing : m.deciding.confirming != null ? ReferendumStatus.Confirming : ReferendumStatus.Deciding
}

/** The spends the treasury's records approved, per block: local (SpendApproved) and asset (AssetSpendApproved) ones. */
function spendApprovalsByBlock(chain: string, items: { ctx: EventCtx; event: { kind: string; index?: number } }[]): Map<number, { eventIndex: number; spendId: string }[]> {
  const out = new Map<number, { eventIndex: number; spendId: string }[]>()
  for (const { ctx: c, event: e } of items) {
    if (e.kind !== 'SpendApproved' && e.kind !== 'AssetSpendApproved') continue
    const spendId = e.kind === 'SpendApproved' ? localSpendId(chain, e.index!) : assetSpendId(chain, e.index!)
    const list = out.get(c.blockNumber) ?? []
    list.push({ eventIndex: c.eventIndex, spendId })
    out.set(c.blockNumber, list)
  }
  return out
}

function eventRow(r: Referendum, c: EventCtx, kind: ReferendumEventKind, extra: Partial<ReferendumEvent> = {}): ReferendumEvent {
  return new ReferendumEvent({
    id: ctxId(c),
    chain: c.chain,
    blockNumber: c.blockNumber,
    timestamp: c.timestamp,
    eventIndex: c.eventIndex,
    referendum: r,
    kind,
    who: null,
    amount: null,
    ayes: null,
    nays: null,
    support: null,
    activeIssuance: null,
    ok: null,
    error: null,
    ...extra,
  })
}

/** One lifecycle event: the referendum's new state, and its event row. */
function applyChange(r: Referendum, c: EventCtx, e: ReferendumChange, tracks: Map<number, TrackInfo>, issuance: ActiveIssuance | undefined, account: (a: string) => string): ReferendumEvent {
  const extra: Partial<ReferendumEvent> = {}
  switch (e.kind) {
    case 'Submitted':
    case 'DecisionStarted':
      r.track = e.track
      r.trackName = tracks.get(e.track)?.name ?? r.trackName
      r.proposalKind = e.proposal.kind
      r.proposalHash = e.proposal.hash ?? null
      r.proposalInline = e.proposal.inline ?? null
      r.proposalLength = e.proposal.length ?? null
      if (e.kind === 'Submitted') {
        r.submittedBlock = c.blockNumber
        r.submittedAt = c.timestamp
      } else {
        r.status = ReferendumStatus.Deciding
        r.decidingBlock = c.blockNumber
      }
      break
    case 'DecisionDepositPlaced':
      r.decisionDepositBy = account(e.who)
      r.decisionDeposit = e.amount
      break
    case 'ConfirmStarted':
      r.status = ReferendumStatus.Confirming
      r.confirmingBlock = c.blockNumber
      break
    case 'ConfirmAborted':
      r.status = ReferendumStatus.Deciding
      break
  }
  if ('who' in e) Object.assign(extra, { who: account(e.who), amount: e.amount })
  const end = ENDS[e.kind]
  if (end) {
    r.status = end
    r.endedBlock = c.blockNumber
    r.endedAt = c.timestamp
  }
  if (hasTally(e)) {
    const active = setTally(r, e.tally, { height: c.blockNumber, at: c.timestamp }, TallySource.Event, issuance)
    Object.assign(extra, { ...e.tally, activeIssuance: active ?? null })
  }
  return eventRow(r, c, ReferendumEventKind[e.kind], extra)
}

/** The runtime's tally at `block`, its turnout, and what of it direct votes do not explain; returns the active issuance. */
function setTally(r: Referendum, tally: Tally, block: { height: number; at: Date }, source: TallySource, issuance: ActiveIssuance | undefined): bigint | undefined {
  const active = issuance ? issuance.total - issuance.inactive : undefined
  const delegated = delegatedPart(tally, directOf(r))
  Object.assign(r, {
    ayes: tally.ayes,
    nays: tally.nays,
    support: tally.support,
    tallyBlock: block.height,
    tallyAt: block.at,
    tallySource: source,
    activeIssuance: active ?? null,
    turnoutPpb: active === undefined ? null : turnoutPerBillion(tally.support, active),
    delegatedAyes: delegated.ayes,
    delegatedNays: delegated.nays,
    delegatedSupport: delegated.support,
  })
  return active
}

function voteRow(r: Referendum, c: EventCtx, v: VoteEvent, voter: string): ReferendumVote {
  const w = weightOf(v.vote)
  return new ReferendumVote({
    id: ctxId(c),
    chain: c.chain,
    blockNumber: c.blockNumber,
    timestamp: c.timestamp,
    eventIndex: c.eventIndex,
    extrinsicHash: c.extrinsicHash ?? null,
    referendum: r,
    voter,
    cast: v.kind === 'Voted',
    kind: VoteKind[v.vote.kind],
    aye: v.vote.kind === 'Standard' ? v.vote.aye : null,
    conviction: v.vote.kind === 'Standard' ? v.vote.conviction : null,
    ...w,
  })
}
