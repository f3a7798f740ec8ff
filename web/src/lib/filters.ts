/**
 * Views are addressed by their URL: period, chain, status, order and page live in the query string so a view can be
 * shared. Parsing never throws: a bad value is dropped and reported, so a hand-edited link still shows a page.
 */
import { isSs58 } from './format'
import { ChainId } from './generated/graphql'
import { BOUNTY_STATUSES, REFERENDUM_STATUSES, SPEND_ORDERS, SPEND_STATUSES, SPENDING_DIMENSIONS, type BountyStatus, type IsoDate, type ReferendaFilter, type ReferendumStatus, type SpendFilter, type SpendingDimension, type SpendOrder, type SpendStatus } from './types'

export const DEFAULT_LIMIT = 50
/** The API caps `limit` at 500 */
export const MAX_LIMIT = 500
export const DEFAULT_ORDER: SpendOrder = 'APPROVED_DESC'
export const DEFAULT_SPENDING: SpendingDimension = 'CATEGORY'

export interface PeriodQuery {
  chain?: string
  from?: IsoDate
  to?: IsoDate
}

export interface SpendQuery extends PeriodQuery {
  status: SpendStatus[]
  /** an account as the reader typed it (SS58 of any network, or a 0x public key; the API checks its checksum), or a name the API matches against People-chain identities */
  beneficiary?: string
  order: SpendOrder
  /** how the spending panel splits the period's spends (default CATEGORY) */
  spending: SpendingDimension
  limit: number
  offset: number
}

export interface Parsed<T> {
  value: T
  /** Human-readable reasons why parts of the query were ignored */
  problems: string[]
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  // Date rolls 2025-02-30 over to March: a round trip catches impossible days
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/** A chain id (as `chain` arguments take it) from its value of the API's enum ChainId: asset_hub is asset-hub */
export type KnownChain<K extends string = ChainId> = K extends `${infer A}_${infer B}` ? `${A}-${KnownChain<B>}` : K

/**
 * The chains the API accepts, in its order; it rejects any other with an error. From the API's schema (its enum
 * ChainId, written from the indexer's chain list) through codegen (./generated), so the two cannot differ.
 */
export const KNOWN_CHAINS = Object.values(ChainId).map((key) => key.replace(/_/g, '-') as KnownChain)

/** Chains to offer in a filter: the known ones, then any the indexer reports beyond them */
export function chainOptions(reported: string[] = []): string[] {
  return [...new Set<string>([...KNOWN_CHAINS, ...reported])]
}

export function parsePeriod(params: URLSearchParams): Parsed<PeriodQuery> {
  const problems: string[] = []
  const value: PeriodQuery = {}
  const chain = params.get('chain')?.trim()
  if (chain) {
    if ((KNOWN_CHAINS as readonly string[]).includes(chain)) value.chain = chain
    else problems.push(`Ignored chain "${chain}": use one of ${KNOWN_CHAINS.join(', ')}.`)
  }
  for (const key of ['from', 'to'] as const) {
    const s = params.get(key)?.trim()
    if (!s) continue
    if (isIsoDate(s)) value[key] = s
    else problems.push(`Ignored ${key} "${s}": dates are YYYY-MM-DD.`)
  }
  if (value.from && value.to && value.from > value.to) {
    // The obvious intent of a reversed period; say so rather than show an empty page
    ;[value.from, value.to] = [value.to, value.from]
    problems.push(`Swapped from and to: the period runs ${value.from} to ${value.to}.`)
  }
  return { value, problems }
}

/** The shape of an account: an SS58 address or 32 bytes of hex. The API checks the checksum. */
const isAccount = (s: string) => isSs58(s) || /^0x[0-9a-fA-F]{64}$/.test(s)

/** The API's filter of a spends view */
export function spendFilter(q: SpendQuery): SpendFilter {
  return { chain: q.chain, status: q.status.length ? q.status : undefined, beneficiary: q.beneficiary, from: q.from, to: q.to }
}

function parseNonNegativeInt(s: string | null): number | undefined {
  if (s == null || s.trim() === '') return undefined
  if (!/^\d{1,9}$/.test(s.trim())) return NaN
  return Number(s.trim())
}

export function parseSpendQuery(params: URLSearchParams): Parsed<SpendQuery> {
  const period = parsePeriod(params)
  const problems = [...period.problems]

  const status = parseStatuses(params, SPEND_STATUSES, problems)

  const account = parseBeneficiary(params, problems)

  let order = DEFAULT_ORDER
  const rawOrder = params.get('order')
  if (rawOrder) {
    const o = SPEND_ORDERS.find((k) => k === rawOrder.toUpperCase())
    if (o) order = o
    else problems.push(`Ignored order "${rawOrder}".`)
  }

  let spending: SpendingDimension = DEFAULT_SPENDING
  const rawSpending = params.get('spending')?.trim()
  if (rawSpending) {
    const d = SPENDING_DIMENSIONS.find((k) => k === rawSpending.toUpperCase())
    if (d) spending = d
    else problems.push(`Ignored spending "${rawSpending}": use one of ${SPENDING_DIMENSIONS.map((x) => x.toLowerCase()).join(', ')}.`)
  }

  return { value: { ...period.value, status, ...(account ? { beneficiary: account } : {}), order, spending, ...parsePaging(params, problems) }, problems }
}

/**
 * The statuses of a `status` parameter, of the API's enum `known`: both ?status=Paid&status=Approved (form
 * checkboxes) and ?status=Paid,Approved (hand-written) work, in any case; unknown ones are reported.
 */
function parseStatuses<S extends string>(params: URLSearchParams, known: readonly S[], problems: string[]): S[] {
  const out: S[] = []
  for (const raw of params.getAll('status').flatMap((s) => s.split(','))) {
    const s = raw.trim()
    if (!s) continue
    const k = known.find((x) => x.toLowerCase() === s.toLowerCase())
    if (!k) problems.push(`Ignored status "${s}": use one of ${known.join(', ')}.`)
    else if (!out.includes(k)) out.push(k)
  }
  // Keep a stable order so equal filters produce equal URLs
  return out.sort((a, b) => known.indexOf(a) - known.indexOf(b))
}

export function parsePaging(params: URLSearchParams, problems: string[]): { limit: number; offset: number } {
  let limit = parseNonNegativeInt(params.get('limit')) ?? DEFAULT_LIMIT
  if (Number.isNaN(limit) || limit < 1) {
    problems.push(`Ignored limit "${params.get('limit')}": use a number from 1 to ${MAX_LIMIT}.`)
    limit = DEFAULT_LIMIT
  } else if (limit > MAX_LIMIT) {
    problems.push(`Limit lowered to ${MAX_LIMIT}, the API's maximum.`)
    limit = MAX_LIMIT
  }
  let offset = parseNonNegativeInt(params.get('offset')) ?? 0
  if (Number.isNaN(offset)) {
    problems.push(`Ignored offset "${params.get('offset')}".`)
    offset = 0
  }
  return { limit, offset }
}

export interface ReferendaQuery extends PeriodQuery {
  status: ReferendumStatus[]
  /** a track id of the chain's Referenda.Tracks */
  track?: number
  limit: number
  offset: number
}

/** A referenda view: chain, period (of submission), statuses, track and page */
export function parseReferendaQuery(params: URLSearchParams): Parsed<ReferendaQuery> {
  const period = parsePeriod(params)
  const problems = [...period.problems]
  const status = parseStatuses(params, REFERENDUM_STATUSES, problems)
  const rawTrack = params.get('track')?.trim()
  let track: number | undefined
  if (rawTrack) {
    // track ids are u16 in pallet-referenda
    if (/^\d{1,5}$/.test(rawTrack) && Number(rawTrack) <= 65_535) track = Number(rawTrack)
    else problems.push(`Ignored track "${rawTrack}": use a track id (a number, e.g. 0 for root).`)
  }
  return { value: { ...period.value, status, ...(track !== undefined ? { track } : {}), ...parsePaging(params, problems) }, problems }
}

export function referendaFilter(q: ReferendaQuery): ReferendaFilter {
  return { chain: q.chain, from: q.from, to: q.to, status: q.status.length ? q.status : undefined, track: q.track }
}

/** The canonical query string of a referenda view (defaults left out); `changes` overrides fields */
export function referendaQueryString(q: ReferendaQuery, changes: Partial<ReferendaQuery> = {}): string {
  const v = { ...q, ...changes }
  const p = new URLSearchParams(periodQueryString(v))
  for (const s of v.status) p.append('status', s)
  if (v.track !== undefined) p.set('track', String(v.track))
  if (v.limit !== DEFAULT_LIMIT) p.set('limit', String(v.limit))
  if (v.offset > 0) p.set('offset', String(v.offset))
  const s = p.toString()
  return s ? `?${s}` : ''
}

/**
 * The canonical query string of a spends view; defaults are left out so URLs stay short and comparable.
 * `changes` overrides fields, e.g. `{ offset: 50 }` for the next page.
 */
export function spendQueryString(q: SpendQuery, changes: Partial<SpendQuery> = {}): string {
  const v = { ...q, ...changes }
  const p = new URLSearchParams()
  if (v.chain) p.set('chain', v.chain)
  if (v.from) p.set('from', v.from)
  if (v.to) p.set('to', v.to)
  for (const s of v.status) p.append('status', s)
  if (v.beneficiary) p.set('beneficiary', v.beneficiary)
  if (v.order !== DEFAULT_ORDER) p.set('order', v.order)
  if (v.spending !== DEFAULT_SPENDING) p.set('spending', v.spending.toLowerCase())
  if (v.limit !== DEFAULT_LIMIT) p.set('limit', String(v.limit))
  if (v.offset > 0) p.set('offset', String(v.offset))
  const s = p.toString()
  return s ? `?${s}` : ''
}

export function periodQueryString(q: PeriodQuery, changes: Partial<PeriodQuery> = {}): string {
  const v = { ...q, ...changes }
  const p = new URLSearchParams()
  if (v.chain) p.set('chain', v.chain)
  if (v.from) p.set('from', v.from)
  if (v.to) p.set('to', v.to)
  const s = p.toString()
  return s ? `?${s}` : ''
}

function isoDay(d: Date): IsoDate {
  return d.toISOString().slice(0, 10)
}

export interface PeriodPreset {
  label: string
  from?: IsoDate
  to?: IsoDate
}

/** Quick periods ending today (UTC); "All time" leaves both ends open */
export function periodPresets(today: Date = new Date()): PeriodPreset[] {
  const back = (days: number) => isoDay(new Date(today.getTime() - days * 86_400_000))
  const end = isoDay(today)
  return [
    { label: 'All time' },
    { label: 'Last 30 days', from: back(29), to: end },
    { label: 'Last 90 days', from: back(89), to: end },
    { label: 'Last 365 days', from: back(364), to: end },
  ]
}

export function describePeriod(q: PeriodQuery): string {
  if (q.from && q.to) return q.from === q.to ? `on ${q.from}` : `${q.from} to ${q.to}`
  if (q.from) return `since ${q.from}`
  if (q.to) return `up to ${q.to}`
  return 'all time'
}

export interface BountyQuery {
  chain?: string
  status: BountyStatus[]
  /** an address or a People-chain name: the bounties paid to it, themselves or through a child bounty */
  beneficiary?: string
  limit: number
  offset: number
}

/**
 * A beneficiary filter: an address (SS58 of any network, or a 0x public key; the API checks its checksum), or a name
 * the API matches against People-chain identities; what looks like a mistyped address is reported, not searched.
 */
export function parseBeneficiary(params: URLSearchParams, problems: string[]): string | undefined {
  const beneficiary = params.get('beneficiary')?.trim()
  if (!beneficiary) return undefined
  if (isAccount(beneficiary)) return beneficiary
  if (!/^0x/i.test(beneficiary) && !/^[A-Za-z0-9]{40,}$/.test(beneficiary) && beneficiary.length <= 64) return beneficiary
  problems.push(`Ignored beneficiary "${beneficiary}": use an SS58 address, a 0x public key of 32 bytes or a name of up to 64 characters.`)
  return undefined
}

/** A bounties view: chain, statuses, beneficiary and page */
export function parseBountyQuery(params: URLSearchParams): Parsed<BountyQuery> {
  const period = parsePeriod(params)
  const problems = [...period.problems]
  const status = parseStatuses(params, BOUNTY_STATUSES, problems)
  const beneficiary = parseBeneficiary(params, problems)
  return { value: { ...(period.value.chain ? { chain: period.value.chain } : {}), status, ...(beneficiary ? { beneficiary } : {}), ...parsePaging(params, problems) }, problems }
}

export function bountyQueryString(q: BountyQuery, changes: Partial<BountyQuery> = {}): string {
  const v = { ...q, ...changes }
  const p = new URLSearchParams()
  if (v.chain) p.set('chain', v.chain)
  for (const s of v.status) p.append('status', s)
  if (v.beneficiary) p.set('beneficiary', v.beneficiary)
  if (v.limit !== DEFAULT_LIMIT) p.set('limit', String(v.limit))
  if (v.offset > 0) p.set('offset', String(v.offset))
  const s = p.toString()
  return s ? `?${s}` : ''
}

export interface CoresQuery extends PeriodQuery {
  core?: number
  para?: number
}

/** A cores or cloud view: chain, period, and one core or para (the relay's indices) */
export function parseCoresQuery(params: URLSearchParams): Parsed<CoresQuery> {
  const period = parsePeriod(params)
  const problems = [...period.problems]
  const value: CoresQuery = { ...period.value }
  for (const key of ['core', 'para'] as const) {
    const raw = params.get(key)?.trim()
    if (!raw) continue
    const n = parseNonNegativeInt(raw)
    if (n === undefined || Number.isNaN(n)) problems.push(`Ignored ${key} "${raw}": use a whole number.`)
    else value[key] = n
  }
  return { value, problems }
}

export function coresQueryString(q: CoresQuery, changes: Partial<CoresQuery> = {}): string {
  const v = { ...q, ...changes }
  const p = new URLSearchParams(periodQueryString(v).slice(1))
  if (v.core !== undefined) p.set('core', String(v.core))
  if (v.para !== undefined) p.set('para', String(v.para))
  const s = p.toString()
  return s ? `?${s}` : ''
}

export const IMPACT_VERDICTS = ['increased', 'decreased', 'inconclusive'] as const
export const DEFAULT_IMPACT_WINDOW = 90

/** /impact: funded proposals by category, track, payout period and verdict, measured with windows of `window` days */
export interface ImpactQuery extends PeriodQuery {
  category?: string
  track?: number
  verdict?: (typeof IMPACT_VERDICTS)[number]
  window: number
  limit: number
  offset: number
}

function parseWindow(params: URLSearchParams, problems: string[]): number {
  const raw = params.get('window')?.trim()
  if (!raw) return DEFAULT_IMPACT_WINDOW
  const n = parseNonNegativeInt(raw)
  if (n === undefined || Number.isNaN(n) || n < 7 || n > 730) {
    problems.push(`Ignored window "${raw}": use a number of days from 7 to 730.`)
    return DEFAULT_IMPACT_WINDOW
  }
  return n
}

export function parseImpact(params: URLSearchParams): Parsed<ImpactQuery> {
  const { value: period, problems } = parsePeriod(params)
  const value: ImpactQuery = { ...period, window: parseWindow(params, problems), ...parsePaging(params, problems) }
  const category = params.get('category')?.trim()
  if (category) value.category = category
  const track = params.get('track')?.trim()
  if (track) {
    const n = parseNonNegativeInt(track)
    if (n === undefined || Number.isNaN(n)) problems.push(`Ignored track "${track}": a track is a number.`)
    else value.track = n
  }
  const verdict = params.get('verdict')?.trim()
  if (verdict) {
    if ((IMPACT_VERDICTS as readonly string[]).includes(verdict)) value.verdict = verdict as ImpactQuery['verdict']
    else problems.push(`Ignored verdict "${verdict}": use one of ${IMPACT_VERDICTS.join(', ')}.`)
  }
  return { value, problems }
}

export function impactQueryString(q: ImpactQuery, changes: Partial<ImpactQuery> = {}): string {
  const v = { ...q, ...changes }
  const p = new URLSearchParams()
  if (v.chain) p.set('chain', v.chain)
  if (v.from) p.set('from', v.from)
  if (v.to) p.set('to', v.to)
  if (v.category) p.set('category', v.category)
  if (v.track !== undefined) p.set('track', String(v.track))
  if (v.verdict) p.set('verdict', v.verdict)
  if (v.window !== DEFAULT_IMPACT_WINDOW) p.set('window', String(v.window))
  if (v.limit !== DEFAULT_LIMIT) p.set('limit', String(v.limit))
  if (v.offset > 0) p.set('offset', String(v.offset))
  const s = p.toString()
  return s ? `?${s}` : ''
}
