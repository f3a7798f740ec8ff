/**
 * OpenGov on the runtimes that run it: the relay until the Asset Hub migration, then Asset Hub. The same pallets on
 * both (Referenda, ConvictionVoting, Scheduler), so one set of decoders per runtime from the same builder.
 *
 * ConvictionVoting.Voted and VoteRemoved name their poll only from Asset Hub 2003001 (`pollIndex`); before that the
 * poll is an argument of the call that emitted them (`vote`, `remove_vote`), requested with the event.
 */
import { decodeVersioned, decoder, eventDecoder, anyOf, versionAt, storageAt, type DecodableEvent, type Decoder, type EventVersions, type Runtime } from '../../decoders/decode'
import * as relay from '../../types/relay'
import * as assetHub from '../../types/assetHub'

export interface Tally {
  ayes: bigint
  nays: bigint
  support: bigint
}

/** Referenda.Proposal as the event carries it: inline call bytes, or a preimage's hash (and length). */
export interface Proposal {
  kind: 'Inline' | 'Legacy' | 'Lookup'
  /** the preimage's hash (Legacy, Lookup) */
  hash?: string
  /** the inline call's bytes */
  inline?: string
  length?: number
}

/** The lifecycle of a referendum, one kind per Referenda event (DepositSlashed names no referendum: slashes module). */
export type ReferendumEvent =
  | { kind: 'Submitted'; index: number; track: number; proposal: Proposal }
  | { kind: 'DecisionDepositPlaced' | 'DecisionDepositRefunded' | 'SubmissionDepositRefunded'; index: number; who: string; amount: bigint }
  | { kind: 'DecisionStarted'; index: number; track: number; proposal: Proposal; tally: Tally }
  | { kind: 'ConfirmStarted' | 'ConfirmAborted' | 'Approved'; index: number }
  | { kind: 'Confirmed' | 'Rejected' | 'TimedOut' | 'Cancelled' | 'Killed'; index: number; tally: Tally }

export type ReferendumEventKind = ReferendumEvent['kind']

/** AccountVote: a standard vote (aye bit and conviction in one byte) or a split one, all at conviction None. */
export type AccountVote =
  | { kind: 'Standard'; aye: boolean; conviction: number; balance: bigint }
  | { kind: 'Split'; aye: bigint; nay: bigint }
  | { kind: 'SplitAbstain'; aye: bigint; nay: bigint; abstain: bigint }

export interface VoteEvent {
  kind: 'Voted' | 'VoteRemoved'
  who: string
  vote: AccountVote
  /** the referendum voted on; undefined where neither the event nor its call names it */
  poll?: number
}

/** Scheduler.Dispatched: a scheduled task ran; `id` is a named task's (a referendum's enactment), `error` its failure. */
export interface Dispatched {
  when: number
  taskIndex: number
  id?: string
  ok: boolean
  error?: string
}

/** A proposal's call, decoded with the runtime of the block it was submitted in. */
export interface ProposalCall {
  /** "Pallet.call_name" */
  call: string
  /** its arguments as JSON (balances as decimal strings); null when larger than MAX_ARGS_JSON (a runtime upgrade's code) */
  args: string | null
  /** where the bytes came from */
  source: 'Inline' | 'Preimage.PreimageFor'
}

/** Arguments beyond this many characters of JSON are not stored (a code upgrade carries megabytes of wasm). */
export const MAX_ARGS_JSON = 16_384

/** A call's bytes decoded by the block's runtime; undefined when they are not a call of it. */
export function decodeProposalCall(block: BlockCtx, bytes: string, source: ProposalCall['source']): ProposalCall | undefined {
  let decoded: { __kind: string; value: { __kind: string } & Record<string, unknown> }
  try {
    decoded = (block._runtime as { decodeCall(b: string): typeof decoded }).decodeCall(bytes)
  } catch {
    return undefined
  }
  const { __kind: method, ...args } = decoded.value
  const json = JSON.stringify(args, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))
  return { call: `${decoded.__kind}.${method}`, args: json.length > MAX_ARGS_JSON ? null : json, source }
}

/** A track's parameters, as the runtime's Referenda.Tracks constant has them. */
export interface TrackInfo {
  id: number
  name: string
  maxDeciding: number
  decisionDeposit: bigint
  preparePeriod: number
  decisionPeriod: number
  confirmPeriod: number
  minEnactmentPeriod: number
}

/** Referenda.ReferendumInfoFor of a referendum still ongoing: the tally the runtime keeps, votes and delegations. */
export interface OngoingState {
  track: number
  tally: Tally
}

/** An ongoing referendum as storage has it, for one that arrives with no event (moved by the migration). */
export interface StoredReferendum extends OngoingState {
  index: number
  proposal: Proposal
  /** the pallet's block numbers (relay-chain blocks, on Asset Hub too) */
  submitted: number
  deciding?: { since: number; confirming?: number }
  decisionDeposit?: { who: string; amount: bigint }
}

export interface ActiveIssuance {
  total: bigint
  inactive: bigint
}

type BlockCtx = { _runtime: any; height: number; hash?: string; specVersion?: number }

export interface ReferendaDecoders {
  referendum: Decoder<ReferendumEvent>
  vote: Decoder<VoteEvent>
  dispatched: Decoder<Dispatched>
  /** the vote calls whose arguments name the poll of a Voted / VoteRemoved without pollIndex */
  voteCalls: string[]
  tracks(chain: string, block: BlockCtx): TrackInfo[]
  issuance(chain: string, block: BlockCtx): Promise<ActiveIssuance>
  /** undefined: the referendum is unknown or no longer ongoing at that block */
  ongoing(chain: string, block: BlockCtx, index: number): Promise<OngoingState | undefined>
  /** every referendum ongoing at that block */
  allOngoing(chain: string, block: BlockCtx): Promise<StoredReferendum[]>
  /** Preimage.PreimageFor((hash, len)) at that block, decoded as a call; undefined when not noted there */
  preimage(block: BlockCtx, hash: string, len: number): Promise<ProposalCall | undefined>
}

type RawProposal = { __kind: 'Inline'; value: string } | { __kind: 'Legacy'; hash: string } | { __kind: 'Lookup'; hash: string; len: number }
const proposalOf = (p: RawProposal): Proposal =>
  p.__kind === 'Inline' ? { kind: 'Inline', inline: p.value, length: (p.value.length - 2) / 2 } : p.__kind === 'Legacy' ? { kind: 'Legacy', hash: p.hash } : { kind: 'Lookup', hash: p.hash, length: p.len }

type RawInfo =
  | { __kind: 'Ongoing'; value: { track: number; proposal: RawProposal; submitted: number; decisionDeposit?: { who: string; amount: bigint }; deciding?: { since: number; confirming?: number }; tally: Tally } }
  | { __kind: 'Approved' | 'Rejected' | 'Cancelled' | 'TimedOut' | 'Killed'; value: unknown }
type RawVote = { __kind: 'Standard'; vote: number; balance: bigint } | { __kind: 'Split'; aye: bigint; nay: bigint } | { __kind: 'SplitAbstain'; aye: bigint; nay: bigint; abstain: bigint }
/** The Vote byte: the top bit is aye, the low seven the conviction (0 = None … 6 = Locked6x). */
export const voteOf = (v: RawVote): AccountVote =>
  v.__kind === 'Standard' ? { kind: 'Standard', aye: (v.vote & 0x80) !== 0, conviction: v.vote & 0x7f, balance: v.balance } : v.__kind === 'Split' ? { kind: 'Split', aye: v.aye, nay: v.nay } : { kind: 'SplitAbstain', aye: v.aye, nay: v.nay, abstain: v.abstain }

interface ReferendaTypes {
  events: {
    referenda: Record<string, EventVersions>
    convictionVoting: { voted: EventVersions; voteRemoved: EventVersions }
    scheduler: { dispatched: EventVersions }
  }
  calls: { convictionVoting: { vote: EventVersions; removeVote: EventVersions } }
  constants: { referenda: { tracks: Record<string, any> } }
  storage: { balances: { totalIssuance: Record<string, any>; inactiveIssuance: Record<string, any> }; referenda: { referendumInfoFor: Record<string, any> } }
}

type Call = DecodableEvent & { args: unknown }
/** The poll of a vote event: its own field, else the `vote` / `remove_vote` call that emitted it. */
function pollOf(chain: string, t: ReferendaTypes, e: DecodableEvent, own: number | undefined): number | undefined {
  if (own !== undefined) return own
  const call = (e as DecodableEvent & { call?: Call }).call
  if (call?.name === t.calls.convictionVoting.vote.name) return decodeVersioned<{ pollIndex: number }>(chain, call, t.calls.convictionVoting.vote).pollIndex
  if (call?.name === t.calls.convictionVoting.removeVote.name) return decodeVersioned<{ index: number }>(chain, call, t.calls.convictionVoting.removeVote).index
  return undefined
}

function referendaDecoders(t: ReferendaTypes): ReferendaDecoders {
  const r = t.events.referenda
  const withDeposit = (kind: 'DecisionDepositPlaced' | 'DecisionDepositRefunded' | 'SubmissionDepositRefunded', v: EventVersions) =>
    eventDecoder<{ index: number; who: string; amount: bigint }, ReferendumEvent>(v, (x) => ({ kind, index: x.index, who: x.who, amount: x.amount }))
  const plain = (kind: 'ConfirmStarted' | 'ConfirmAborted' | 'Approved', v: EventVersions) => eventDecoder<{ index: number }, ReferendumEvent>(v, (x) => ({ kind, index: x.index }))
  const tallied = (kind: 'Confirmed' | 'Rejected' | 'TimedOut' | 'Cancelled' | 'Killed', v: EventVersions) =>
    eventDecoder<{ index: number; tally: Tally }, ReferendumEvent>(v, (x) => ({ kind, index: x.index, tally: x.tally }))
  const vote = (kind: 'Voted' | 'VoteRemoved', v: EventVersions) =>
    decoder<VoteEvent>([v.name], (chain, e) => {
      const x = decodeVersioned<{ who: string; vote: RawVote; pollIndex?: number }>(chain, e, v)
      return { kind, who: x.who, vote: voteOf(x.vote), poll: pollOf(chain, t, e, x.pollIndex) }
    })
  return {
    referendum: anyOf<ReferendumEvent>(
      eventDecoder<{ index: number; track: number; proposal: RawProposal }, ReferendumEvent>(r.submitted, (x) => ({ kind: 'Submitted', index: x.index, track: x.track, proposal: proposalOf(x.proposal) })),
      withDeposit('DecisionDepositPlaced', r.decisionDepositPlaced),
      withDeposit('DecisionDepositRefunded', r.decisionDepositRefunded),
      withDeposit('SubmissionDepositRefunded', r.submissionDepositRefunded),
      eventDecoder<{ index: number; track: number; proposal: RawProposal; tally: Tally }, ReferendumEvent>(r.decisionStarted, (x) => ({ kind: 'DecisionStarted', index: x.index, track: x.track, proposal: proposalOf(x.proposal), tally: x.tally })),
      plain('ConfirmStarted', r.confirmStarted),
      plain('ConfirmAborted', r.confirmAborted),
      plain('Approved', r.approved),
      tallied('Confirmed', r.confirmed),
      tallied('Rejected', r.rejected),
      tallied('TimedOut', r.timedOut),
      tallied('Cancelled', r.cancelled),
      tallied('Killed', r.killed),
    ),
    vote: anyOf(vote('Voted', t.events.convictionVoting.voted), vote('VoteRemoved', t.events.convictionVoting.voteRemoved)),
    dispatched: eventDecoder<{ task: [number, number]; id?: string; result: { __kind: 'Ok' } | { __kind: 'Err'; value: { __kind: string; value?: unknown } } }, Dispatched>(t.events.scheduler.dispatched, (x) => ({
      when: x.task[0],
      taskIndex: x.task[1],
      id: x.id ?? undefined,
      ok: x.result.__kind === 'Ok',
      error: x.result.__kind === 'Err' ? dispatchError(x.result.value) : undefined,
    })),
    voteCalls: [t.calls.convictionVoting.vote.name, t.calls.convictionVoting.removeVote.name],
    tracks(chain, block) {
      const list: [number, Omit<TrackInfo, 'id'>][] = versionAt(chain, 'constant Referenda.Tracks', t.constants.referenda.tracks, block).get(block)
      return list.map(([id, i]) => ({ id, name: trackName(i.name), maxDeciding: i.maxDeciding, decisionDeposit: i.decisionDeposit, preparePeriod: i.preparePeriod, decisionPeriod: i.decisionPeriod, confirmPeriod: i.confirmPeriod, minEnactmentPeriod: i.minEnactmentPeriod }))
    },
    async issuance(chain, block) {
      const total = await storageAt(chain, 'Balances.TotalIssuance', t.storage.balances.totalIssuance, block).get(block)
      const inactive = await storageAt(chain, 'Balances.InactiveIssuance', t.storage.balances.inactiveIssuance, block).get(block)
      return { total: total ?? 0n, inactive: inactive ?? 0n }
    },
    async preimage(block, hash, len) {
      const runtime = block._runtime as { hasStorageItem(n: string): boolean; getStorage(at: string, name: string, key: unknown): Promise<string | undefined> }
      if (!runtime.hasStorageItem('Preimage.PreimageFor')) return undefined
      const bytes = await runtime.getStorage(block.hash!, 'Preimage.PreimageFor', [hash, len])
      return bytes ? decodeProposalCall(block, bytes, 'Preimage.PreimageFor') : undefined
    },
    async allOngoing(chain, block) {
      // a runtime without the pallet (Asset Hub before the migration) has no referenda
      if ((block._runtime as { hasStorageItem?(n: string): boolean } | undefined)?.hasStorageItem?.('Referenda.ReferendumInfoFor') === false) return []
      const v = storageAt(chain, 'Referenda.ReferendumInfoFor', t.storage.referenda.referendumInfoFor, block)
      const out: StoredReferendum[] = []
      // paged (state_getKeysPaged): nodes no longer serve the unbounded state_getKeys
      for await (const page of v.getPairsPaged(100, block) as AsyncIterable<[number, RawInfo | undefined][]>) {
        for (const [index, info] of page) {
          if (info?.__kind !== 'Ongoing') continue
          const o = info.value
          out.push({
            index,
            track: o.track,
            tally: o.tally,
            proposal: proposalOf(o.proposal),
            submitted: o.submitted,
            deciding: o.deciding ? { since: o.deciding.since, confirming: o.deciding.confirming ?? undefined } : undefined,
            decisionDeposit: o.decisionDeposit ? { who: o.decisionDeposit.who, amount: o.decisionDeposit.amount } : undefined,
          })
        }
      }
      return out.sort((a, b) => a.index - b.index)
    },
    async ongoing(chain, block, index) {
      const info: { __kind: string; value: { track: number; tally: Tally } } | undefined = await storageAt(chain, 'Referenda.ReferendumInfoFor', t.storage.referenda.referendumInfoFor, block).get(block, index)
      return info?.__kind === 'Ongoing' ? { track: info.value.track, tally: info.value.tally } : undefined
    },
  }
}

/** A track's name: from 1.4 a null-padded [u8; 25] (hex where typegen has bytes), before that a &str. */
function trackName(n: string): string {
  const text = /^0x([0-9a-f]{2})*$/i.test(n) ? Buffer.from(n.slice(2), 'hex').toString('utf8') : n
  return text.replace(/\0+$/, '')
}

/** A DispatchError as one readable word: `Module` errors by their pallet index and error bytes, others by name. */
function dispatchError(e: { __kind: string; value?: unknown }): string {
  if (e.__kind === 'Module' && e.value && typeof e.value === 'object') {
    const m = e.value as { index: number; error: string }
    return `Module(${m.index}, ${m.error})`
  }
  if (e.value && typeof e.value === 'object' && '__kind' in (e.value as object)) return `${e.__kind}.${(e.value as { __kind: string }).__kind}`
  return e.__kind
}

export const REFERENDA_DECODERS: Readonly<Partial<Record<Runtime, ReferendaDecoders>>> = {
  relay: referendaDecoders(relay),
  assetHub: referendaDecoders(assetHub),
}
