/**
 * What a spend should move: the outcome metrics the indexer's rollups can give per unit and day, the metrics
 * suggested for a funded proposal from its beneficiary (a para's sovereign account → that para; an account that
 * deployed contracts → those contracts) or, failing that, its category (→ a Hub-wide or Cloud-wide metric), and a
 * reader's own choice from a file (IMPACT_METRICS_FILE) over the suggestions, with no code change.
 */
import { existsSync, readFileSync } from 'node:fs'
import * as ss58 from '@subsquid/ss58'

export type UnitKind = 'para' | 'contract' | 'account' | 'hub' | 'cloud'

export interface MetricDef {
  id: string
  unitKind: UnitKind
  label: string
  /** what one day's value is, and the rollup it is read from */
  description: string
}

/** The catalogue. A network-wide metric (hub, cloud) has no unit and so no control pool: its verdict is always inconclusive, and says why. */
export const METRICS: readonly MetricDef[] = [
  { id: 'para.included', unitKind: 'para', label: 'blocks included', description: "the para's blocks included on the relay chain that day, on every core (para_usage_day.included, from ParaInclusion.CandidateIncluded)" },
  { id: 'para.cores', unitKind: 'para', label: 'cores used', description: 'the cores the para was included on that day (para_usage_day.cores)' },
  { id: 'para.onDemandOrders', unitKind: 'para', label: 'on-demand orders', description: 'OnDemand.OnDemandOrderPlaced for the para that day (para_usage_day.orders)' },
  { id: 'contract.calls', unitKind: 'contract', label: 'contract calls', description: 'successful Revive.call extrinsics to the contract that day (hub_contract_call)' },
  { id: 'contract.callers', unitKind: 'contract', label: 'distinct callers', description: 'distinct signers calling the contract that day (hub_contract_call.caller)' },
  { id: 'contract.fees', unitKind: 'contract', label: 'fees paid calling it (DOT)', description: 'fees of the calls to the contract that day, in DOT (hub_contract_call.fee, planck ÷ 10¹⁰)' },
  { id: 'account.feePayments', unitKind: 'account', label: 'fee payments', description: 'fees the account paid on Asset Hub that day: its transactions (hub_active_account.fee_payments)' },
  { id: 'hub.activeAccounts', unitKind: 'hub', label: 'Hub active accounts', description: 'distinct accounts that paid a fee on Asset Hub that day (hub_day.active_accounts)' },
  { id: 'hub.newAccounts', unitKind: 'hub', label: 'Hub new accounts', description: 'accounts endowed on Asset Hub that day, the migration left out (hub_day.new_accounts)' },
  { id: 'hub.swaps', unitKind: 'hub', label: 'Hub swaps', description: 'AssetConversion swaps on Asset Hub that day (hub_day.swaps)' },
  { id: 'hub.contractsDeployed', unitKind: 'hub', label: 'contracts deployed', description: 'Revive.Instantiated on Asset Hub that day (hub_day.contracts_deployed)' },
  { id: 'cloud.blocksIncluded', unitKind: 'cloud', label: 'Cloud blocks included', description: "every para's blocks included on the relay chain that day (sum of para_usage_day.included)" },
  { id: 'cloud.parasActive', unitKind: 'cloud', label: 'paras active', description: 'paras with at least one block included that day (para_usage_day)' },
  { id: 'cloud.onDemandOrders', unitKind: 'cloud', label: 'Cloud on-demand orders', description: 'on-demand orders placed that day, every para (sum of para_usage_day.orders)' },
]

const BY_ID = new Map(METRICS.map((m) => [m.id, m]))

/** One metric of one unit: "para.included:2034", "contract.calls:0x…", "hub.activeAccounts". */
export interface MetricRef {
  metric: MetricDef
  /** the para id, contract address (0x, 20 bytes, lower case) or SS58 account; null for a network-wide metric */
  unit: string | null
  /** where the choice came from, in words */
  source: string
}

export const refId = (r: Pick<MetricRef, 'metric' | 'unit'>) => (r.unit == null ? r.metric.id : `${r.metric.id}:${r.unit}`)

export class MetricError extends Error {
  override name = 'MetricError'
}

/** A metric reference from text, with a clear error naming what is wrong. */
export function parseMetricRef(text: string, source: string): MetricRef {
  if (typeof text !== 'string') throw new MetricError(`a metric must be a string such as "para.included:2034", got ${JSON.stringify(text)}`)
  const at = text.indexOf(':')
  const id = at < 0 ? text : text.slice(0, at)
  const unit = at < 0 ? null : text.slice(at + 1)
  const metric = BY_ID.get(id)
  if (!metric) throw new MetricError(`metric "${id}" is not known; use one of ${METRICS.map((m) => m.id).join(', ')}`)
  if (metric.unitKind === 'hub' || metric.unitKind === 'cloud') {
    if (unit != null) throw new MetricError(`metric "${id}" is network-wide and takes no unit, got "${text}"`)
    return { metric, unit: null, source }
  }
  if (unit == null || unit === '') throw new MetricError(`metric "${id}" needs its ${metric.unitKind}: "${id}:<${metric.unitKind === 'para' ? 'para id' : metric.unitKind === 'contract' ? '0x contract address' : 'SS58 account'}>"`)
  switch (metric.unitKind) {
    case 'para':
      if (!/^\d{1,10}$/.test(unit) || Number(unit) > 0xffffffff) throw new MetricError(`para id "${unit}" in "${text}" is not a number from 0 to 4294967295`)
      return { metric, unit: String(Number(unit)), source }
    case 'contract':
      if (!/^0x[0-9a-fA-F]{40}$/.test(unit)) throw new MetricError(`contract "${unit}" in "${text}" is not a 0x-prefixed 20-byte address`)
      return { metric, unit: unit.toLowerCase(), source }
    default:
      try {
        ss58.decode(unit)
      } catch {
        throw new MetricError(`account "${unit}" in "${text}" is not an SS58 address`)
      }
      return { metric, unit, source }
  }
}

const PARA = '70617261' // "para": a child para's sovereign account on the relay chain
const SIBL = '7369626c' // "sibl": a sibling para's sovereign account on another parachain (Asset Hub)

/** The para whose sovereign account this is ("para"/"sibl" + u32 LE + zeros), or null. */
export function sovereignPara(account: string): { para: number; kind: 'child' | 'sibling' } | null {
  let hex: string
  try {
    hex = ss58.decode(account).bytes.slice(2)
  } catch {
    return null
  }
  if (hex.length !== 64 || !/^0+$/.test(hex.slice(16))) return null
  const tag = hex.slice(0, 8)
  if (tag !== PARA && tag !== SIBL) return null
  const b = Buffer.from(hex.slice(8, 16), 'hex')
  return { para: b.readUInt32LE(0), kind: tag === PARA ? 'child' : 'sibling' }
}

/** A beneficiary location (stored as JSON when it is not a plain account) that is a para itself: {parents, interior: Parachain(n)}. */
export function locationPara(json: string): number | null {
  let v: unknown
  try {
    v = JSON.parse(json)
  } catch {
    return null
  }
  const found: { kind: string; value: unknown }[] = []
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk)
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>
      if (typeof o.__kind === 'string' && /^(Parachain|AccountId32|AccountKey20|AccountIndex64|GeneralIndex|GeneralKey|PalletInstance)$/.test(o.__kind)) found.push({ kind: o.__kind, value: o.value })
      Object.values(o).forEach(walk)
    }
  }
  walk(v)
  // a para and nothing inside it: the money went to the para's own sovereign account
  if (found.length === 1 && found[0].kind === 'Parachain') {
    const n = Number(found[0].value)
    return Number.isInteger(n) ? n : null
  }
  return null
}

/** OpenGov.Watch categories whose money aims at the Hub's users (DeFi, assets, wallets, outreach); the rest at the Cloud itself. */
const HUB_CATEGORIES = new Set(['Business Development', 'Economy', 'Outreach'])
const HUB_SUBCATEGORIES = /Smart Contracts|DeFi|Stablecoin|Wallet|NFT|Account Abstraction|Games/i

export interface SuggestInput {
  beneficiary: string | null
  beneficiaryJson: string | null
  category: string | null
  subcategory: string | null
  /** the 0x contracts the beneficiary deployed (hub_contract.deployer_account) */
  contracts: string[]
}

/** The metrics a funded proposal should move, most specific first. */
export function suggestMetrics(p: SuggestInput): MetricRef[] {
  const m = (id: string, unit: string | null, source: string): MetricRef => ({ metric: BY_ID.get(id)!, unit, source })
  const sov = p.beneficiary ? sovereignPara(p.beneficiary) : null
  const para = sov?.para ?? (p.beneficiaryJson ? locationPara(p.beneficiaryJson) : null) ?? (p.beneficiary?.startsWith('{') ? locationPara(p.beneficiary) : null)
  if (para != null) {
    const why = sov ? `the beneficiary is para ${para}'s sovereign account (${sov.kind === 'child' ? '"para"' : '"sibl"'} + ${para})` : `the beneficiary is para ${para} itself`
    return [m('para.included', String(para), why), m('para.cores', String(para), why), m('para.onDemandOrders', String(para), why)]
  }
  if (p.contracts.length) {
    const why = 'a contract the beneficiary deployed'
    return p.contracts.flatMap((c) => [m('contract.calls', c, why), m('contract.callers', c, why), m('contract.fees', c, why)])
  }
  const cat = p.category ? `${p.category}${p.subcategory ? ` / ${p.subcategory}` : ''}` : null
  const hub = (p.category && HUB_CATEGORIES.has(p.category)) || (p.subcategory && HUB_SUBCATEGORIES.test(p.subcategory))
  const why = cat ? `its category, ${cat}, aims at the ${hub ? 'Hub' : 'Cloud'}` : 'no para, contract or category names what it should move'
  return hub ? [m('hub.activeAccounts', null, why), m('hub.newAccounts', null, why)] : [m('cloud.blocksIncluded', null, why), m('cloud.parasActive', null, why)]
}

/** A reader's own metrics by proposal id, read from a JSON file: {"spend:relay-asset-3": ["para.included:2034"], …}. */
export type MetricsFile = Map<string, MetricRef[]>

const PROPOSAL_ID = /^(spend|bounty):[A-Za-z0-9-]+$/

export function loadMetricsFile(file: string | undefined): MetricsFile {
  const out: MetricsFile = new Map()
  if (!file) return out
  if (!existsSync(file)) throw new MetricError(`IMPACT_METRICS_FILE ${file} does not exist`)
  let v: unknown
  try {
    v = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new MetricError(`IMPACT_METRICS_FILE ${file} is not valid JSON: ${(e as Error).message}`)
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new MetricError(`IMPACT_METRICS_FILE ${file} must be an object of proposal id → list of metrics, e.g. {"spend:relay-asset-3": ["para.included:2034"]}`)
  for (const [id, list] of Object.entries(v)) {
    if (!PROPOSAL_ID.test(id)) throw new MetricError(`IMPACT_METRICS_FILE ${file}: "${id}" is not a proposal id (spend:<spend id> or bounty:<bounty id>)`)
    if (!Array.isArray(list) || !list.length) throw new MetricError(`IMPACT_METRICS_FILE ${file}: proposal "${id}" must have a non-empty list of metrics`)
    out.set(
      id,
      list.map((t, i) => {
        try {
          return parseMetricRef(t, `set in ${file}`)
        } catch (e) {
          throw new MetricError(`IMPACT_METRICS_FILE ${file}: proposal "${id}", metric ${i + 1}: ${(e as Error).message}`)
        }
      }),
    )
  }
  return out
}
