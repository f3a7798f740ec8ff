/**
 * Display formatting. Amounts arrive as strings of integer planck and are formatted with bigint arithmetic so a
 * figure on the page is exactly the figure in the database; floats are only used to place marks on charts.
 */
import type { KnownChain } from './filters'
import type { Asset, EventRef, Planck } from './types'

export interface UnitsOptions {
  /** Round (half away from zero) to at most this many fraction digits; default: all of the asset's decimals */
  maxFractionDigits?: number
  /** Keep at least this many fraction digits (zero-padded); default 0 */
  minFractionDigits?: number
  /** Thousands separators in the integer part; default true */
  group?: boolean
}

function toBigInt(value: Planck | bigint): bigint {
  if (typeof value === 'bigint') return value
  // BigInt('') is 0n and BigInt(' 1') parses: be strict so a malformed API value is noticed, not shown as 0
  if (!/^-?\d+$/.test(value)) throw new TypeError(`Not an integer amount: "${value}"`)
  return BigInt(value)
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** 12_345_678_901_234n with 10 decimals → "1,234.5678901234" */
export function formatUnits(planck: Planck | bigint, decimals: number, options: UnitsOptions = {}): string {
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`Bad decimals: ${decimals}`)
  const { group = true } = options
  const maxFraction = Math.min(options.maxFractionDigits ?? decimals, decimals)
  const minFraction = Math.min(options.minFractionDigits ?? 0, maxFraction)
  const value = toBigInt(planck)
  const negative = value < 0n
  let abs = negative ? -value : value

  const dropped = decimals - maxFraction
  if (dropped > 0) {
    const divisor = 10n ** BigInt(dropped)
    const remainder = abs % divisor
    abs = abs / divisor + (remainder * 2n >= divisor ? 1n : 0n)
  }
  const scale = 10n ** BigInt(maxFraction)
  const integer = (abs / scale).toString()
  let fraction = maxFraction > 0 ? (abs % scale).toString().padStart(maxFraction, '0') : ''
  fraction = fraction.replace(/0+$/, '')
  if (fraction.length < minFraction) fraction = fraction.padEnd(minFraction, '0')

  const sign = negative && (abs !== 0n) ? '-' : ''
  return sign + (group ? groupThousands(integer) : integer) + (fraction ? '.' + fraction : '')
}

/** Amount with the asset's symbol, e.g. "1,234.5678901234 DOT" */
export function formatAmount(planck: Planck | bigint, asset: Pick<Asset, 'decimals' | 'symbol'>, options?: UnitsOptions): string {
  if (asset.decimals == null) return unknownDecimals(planck, asset)
  return `${formatUnits(planck, asset.decimals, options)} ${asset.symbol}`
}

/** An asset whose metadata is unknown: its raw integer amount, said so, never as if it had 0 decimals */
function unknownDecimals(planck: Planck | bigint, asset: Pick<Asset, 'symbol'>): string {
  return `${formatUnits(planck, 0)} raw units of ${asset.symbol === '?' ? 'an asset of unknown metadata' : asset.symbol} (decimals unknown)`
}

/**
 * A key figure, rounded for reading while the exact value goes in a title: two fixed fraction digits from one unit
 * up; below one unit, four significant digits, so a small non-zero sum never reads as 0.
 */
export function formatFigure(planck: Planck | bigint, asset: Pick<Asset, 'decimals' | 'symbol'>): string {
  if (asset.decimals == null) return unknownDecimals(planck, asset)
  const decimals = asset.decimals
  const v = toBigInt(planck)
  const abs = v < 0n ? -v : v
  if (abs === 0n) return formatAmount(0n, asset)
  if (abs >= 10n ** BigInt(decimals)) {
    const digits = Math.min(2, decimals)
    return formatAmount(v, asset, { maxFractionDigits: digits, minFractionDigits: digits })
  }
  // Zeros between the decimal point and the first significant digit
  const leadingZeros = decimals - abs.toString().length
  return formatAmount(v, asset, { maxFractionDigits: Math.min(decimals, leadingZeros + 4) })
}

/**
 * A planck amount as a float in whole units, for positioning chart marks only. Goes through the decimal string so
 * amounts beyond 2^53 planck keep their leading digits.
 */
export function unitsToNumber(planck: Planck | bigint, decimals: number): number {
  return Number(formatUnits(planck, decimals, { group: false }))
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 })

/** Axis ticks: 45000000 → "45M" */
export function formatCompact(n: number): string {
  return compact.format(n)
}

export function formatInteger(n: number): string {
  return groupThousands(Math.trunc(n).toString())
}

export function formatPercent(fraction: number, digits = 1): string {
  // Never round an unfinished sync up to 100 %
  const pct = Math.floor(Math.max(0, Math.min(1, fraction)) * 100 * 10 ** digits) / 10 ** digits
  return `${pct.toFixed(digits)} %`
}

/**
 * A turnout (support over the active issuance, which the API keeps in parts per billion): two decimals of a
 * percent, or three significant digits when it is smaller than that shows (a test network's 0.00158 %), so a small
 * turnout never reads as zero. Worked in integer parts per billion: truncated, never rounded up.
 */
export function formatTurnout(fraction: number): string {
  const ppb = Math.round(Math.max(0, fraction) * 1e9)
  const whole = Math.floor(ppb / 1e7)
  const frac = String(ppb % 1e7).padStart(7, '0')
  if (ppb === 0 || ppb >= 1e5) return `${whole}.${frac.slice(0, 2)} %`
  const firstDigit = frac.search(/[1-9]/)
  return `0.${frac.slice(0, Math.min(7, firstDigit + 3))} %`
}

/**
 * A recipient's share of the fees, in planck strings, exact (bigint), to 0.1 % rounded down; "—" when nothing was
 * paid. `fees` is the fee total as the indexer stores it, tips included (TransactionFeePaid.actual_fee contains the
 * tip), so the tips are never added to it again.
 */
export function feeShare(part: string | bigint, fees: string | bigint): string {
  const whole = BigInt(fees)
  if (whole <= 0n) return '—'
  return `${(Number((BigInt(part) * 1000n) / whole) / 10).toFixed(1)} %`
}

/** ISO timestamp → "2025-08-01 14:03 UTC" */
export function formatDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`
}

const SS58 = /^[1-9A-HJ-NP-Za-km-z]{46,48}$/

export function isSs58(address: string): boolean {
  return SS58.test(address)
}

/** "13UVJyLnbVp9RBZYFwFGyDvVd1y27Tt8tkntv6Q7JVPhFsTB" → "13UVJy…PhFsTB" */
export function shortenAddress(address: string, head = 6, tail = 6): string {
  if (address.length <= head + tail + 1) return address
  return `${address.slice(0, head)}…${address.slice(-tail)}`
}

/**
 * A spend's beneficiary: SS58 when it is an account, otherwise the XCM location as JSON (see the entity model),
 * which is summarised rather than shortened mid-token.
 */
export function describeBeneficiary(beneficiary: string): { short: string; full: string; isAccount: boolean } {
  if (isSs58(beneficiary)) return { short: shortenAddress(beneficiary), full: beneficiary, isAccount: true }
  const para = /"Parachain"\s*,\s*"value"\s*:\s*(\d+)/.exec(beneficiary)
  const short = para ? `XCM location (parachain ${para[1]})` : beneficiary.length > 24 ? `${beneficiary.slice(0, 23)}…` : beneficiary
  return { short, full: beneficiary, isAccount: false }
}

/** "<chain>-<block>-<eventIndex>"; chain names contain hyphens (asset-hub), so parse from the right */
export function parseEventId(id: string): { chain: string; blockNumber: number; eventIndex: number } | null {
  const m = /^([a-z0-9][a-z0-9-]*)-(\d{1,12})-(\d{1,6})$/i.exec(id)
  if (!m) return null
  return { chain: m[1], blockNumber: Number(m[2]), eventIndex: Number(m[3]) }
}

/** Links carry the event's day for the reader; the event page looks the event up by id alone and ignores it */
export function eventHref(ref: EventRef): string {
  return `/event/${encodeURIComponent(ref.id)}?date=${ref.timestamp.slice(0, 10)}`
}

/** A bounty's page: each pallet numbers its bounties from 0, so a multi-asset one says its pallet */
export function bountyHref(chain: string, index: number, pallet: string = 'Bounties'): string {
  return `/bounties/${chain}/${index}${pallet === 'Bounties' ? '' : `?pallet=${pallet}`}`
}

/** "#27001234-5" */
export function eventLabel(ref: Pick<EventRef, 'blockNumber' | 'eventIndex'>): string {
  return `#${ref.blockNumber}-${ref.eventIndex}`
}

/** A name for each chain the API knows (filters.ts KNOWN_CHAINS): a chain it adds without a name here fails svelte-check */
const CHAIN_NAMES: Record<KnownChain, string> = { relay: 'Relay chain', 'asset-hub': 'Asset Hub', coretime: 'Coretime', people: 'People', collectives: 'Collectives' }

export function chainName(chain: string | null | undefined): string {
  if (!chain) return 'All chains'
  return (CHAIN_NAMES as Record<string, string | undefined>)[chain] ?? chain
}

/** For running text: "all chains" or the chain's proper name */
export function chainPhrase(chain: string | null | undefined): string {
  return chain ? chainName(chain) : 'all chains'
}

const FLOW_KIND_NAMES: Record<string, string> = {
  Fees: 'Fees',
  Deposit: 'Deposits',
  Transfer: 'Transfers',
  Awarded: 'Awarded (proposals)',
  SpendPaid: 'Spends paid',
  Burnt: 'Burnt',
  BountyFunded: 'Bounties funded',
  BountyReturned: 'Returned by bounties',
  MigratedOut: 'Moved off by the migration',
  MigratedIn: 'Moved on by the migration',
  Consolidated: 'Old Asset Hub treasury drained into the unified one',
  RelayPayout: "Relay spends paid from the relay treasury's account on Asset Hub",
  SubTreasuryPayout: "A sub-treasury's payment from its account on Asset Hub (its XCM from Collectives)",
}

/** What a slash took, as the indexer names its kind (MoneyFlowDay.slashKind) */
const SLASH_KINDS: Record<string, string> = { Staking: 'staking offences', ReferendumDeposit: 'referendum deposits', BountyBond: 'bounty bonds' }

export function slashKindName(kind: string): string {
  return SLASH_KINDS[kind] ?? kind
}

export function flowKindName(kind: string): string {
  return FLOW_KIND_NAMES[kind] ?? kind
}

/** Where a treasury balance figure stands: one chain's block, or the sum of each chain's latest */
export function balanceNote(s: { balance: string | null; balanceBlock: number | null; balanceDate: string | null; chain: string | null }): string {
  if (s.balance == null) return 'no balance reported in the indexed blocks'
  if (s.balanceBlock != null) return `at block ${formatInteger(s.balanceBlock)}${s.balanceDate ? `, ${s.balanceDate}` : ''}`
  return `sum of each chain's latest balance${s.balanceDate ? `, up to ${s.balanceDate}` : ''}`
}
