/**
 * Impact: for each funded proposal (a spend paid out, a bounty claimed), did the metric it should move change after
 * the payout beyond what comparable unfunded units did (squid/src/impact/method.ts)? The metrics come from the
 * catalogue (impact/catalogue.ts): suggested from the beneficiary or the category, or set per proposal by
 * IMPACT_METRICS_FILE (read once at start: a broken file stops the API with the proposal and the reason), or by
 * the request's `metric` argument.
 */
import { loadCategories } from '../categories'
import { METRICS, MetricError, loadMetricsFile, locationPara, parseMetricRef, refId, sovereignPara, suggestMetrics, type MetricDef, type MetricRef } from '../../impact/catalogue'
import { choosePanel, contractsByDeployer, fundedProposals, metricTable, type FundedProposal, type MetricTable } from '../../impact/data'
import { ImpactInputError, measureImpact } from '../../impact/method'
import type { ImpactResult } from '../../impact/types'
import { readSdl, type ApiDb, type ApiModule } from '../module'
import { badInput, chainArg, page, period } from '../validate'

const VERDICTS = ['increased', 'decreased', 'inconclusive']

const metricOut = (r: MetricRef) => ({ id: refId(r), metric: r.metric.id, unitKind: r.metric.unitKind, unit: r.unit, label: r.metric.label, description: r.metric.description, source: r.source })

interface Proposal extends FundedProposal {
  metrics: MetricRef[]
}

function proposalOut(p: Proposal) {
  const para = p.beneficiary ? (sovereignPara(p.beneficiary)?.para ?? null) : null
  return { ...p, beneficiaryPara: para ?? (p.beneficiaryJson ? locationPara(p.beneficiaryJson) : null), metrics: p.metrics.map(metricOut) }
}

function windowArg(v: number | undefined | null): number {
  const w = v ?? 90
  if (!Number.isInteger(w) || w < 7 || w > 730) throw badInput(`windowDays must be a whole number of days from 7 to 730, got ${w}`, 'windowDays')
  return w
}

function seedArg(v: number | undefined | null): number {
  const s = v ?? 1
  // GraphQL's Int is 32-bit signed: the PRNG takes 1 to 2^32-1, the API 1 to 2^31-1
  if (!Number.isInteger(s) || s < 1) throw badInput(`seed must be a whole number of at least 1, got ${s}`, 'seed')
  return s
}

/** the shortest window either side that can be judged: 28 days, or the whole window when a shorter one is asked */
const minDaysFor = (windowDays: number) => Math.min(28, windowDays)

/** One request's view: the funded proposals with their metrics, and each metric's table read once. */
class ImpactView {
  private tables = new Map<string, Promise<MetricTable>>()
  constructor(
    private readonly db: ApiDb,
    readonly proposals: Proposal[],
  ) {}

  table(m: MetricDef): Promise<MetricTable> {
    let t = this.tables.get(m.id)
    if (!t) this.tables.set(m.id, (t = metricTable(this.db, m)))
    return t
  }

  /** unit → payout days of every other proposal whose metrics name that unit of this kind */
  fundedUnits(kind: string, except: string): Map<string, string[]> {
    const out = new Map<string, string[]>()
    for (const p of this.proposals.filter((x) => x.id !== except))
      for (const u of new Set(p.metrics.filter((r) => r.metric.unitKind === kind && r.unit != null).map((r) => r.unit!))) out.set(u, [...(out.get(u) ?? []), p.payoutDate])
    return out
  }

  async measure(p: Proposal, ref: MetricRef, windowDays: number, seed: number): Promise<{ result: ImpactResult; excludedFunded: string[]; inactive: number; source: string }> {
    const table = await this.table(ref.metric)
    // units other proposals funded within the window are no controls: their own money moved them
    const { panel, excludedFunded, inactive } = choosePanel(table, ref, p.payoutDate, windowDays, this.fundedUnits(ref.metric.unitKind, p.id))
    const result = measureImpact(panel, { windowDays, seed, minWindowDays: minDaysFor(windowDays) })
    return { result: { ...result, payoutDate: p.payoutDate }, excludedFunded, inactive, source: table.source }
  }
}

function impactOut(p: Proposal, ref: MetricRef, m: Awaited<ReturnType<ImpactView['measure']>>) {
  const r = m.result
  return {
    proposal: proposalOut(p),
    metric: metricOut(ref),
    verdict: r.verdict,
    reasonCode: r.reasonCode,
    summary: r.summary,
    method: r.method,
    effect: r.effect,
    low: r.interval?.low ?? null,
    high: r.interval?.high ?? null,
    confidence: r.interval?.confidence ?? null,
    bootstrapLow: r.bootstrapInterval?.low ?? null,
    bootstrapHigh: r.bootstrapInterval?.high ?? null,
    intervalBasis: r.intervalBasis,
    baseline: r.baseline,
    rank: r.rank,
    pValue: r.pValue,
    placebos: r.placebos,
    preFitRmse: r.preFitRmse,
    windowDays: r.windows.requestedDays,
    minDays: r.windows.minDays,
    before: r.windows.before,
    after: r.windows.after,
    payoutDate: r.payoutDate,
    controls: r.controlsUsed.map((c) => ({ unit: c.id, weight: c.weight })),
    excludedFunded: m.excludedFunded,
    inactiveUnits: m.inactive,
    seed: r.seed,
    bootstrapDraws: r.bootstrapDraws,
    blockLength: r.blockLength,
    source: m.source,
    series: r.series,
  }
}

type ListArgs = { chain?: string; category?: string; track?: number; from?: string; to?: string }

function filterProposals(all: Proposal[], args: ListArgs): Proposal[] {
  const chain = chainArg(args.chain)
  const { from, to } = period(args.from, args.to)
  if (args.track != null && (!Number.isInteger(args.track) || args.track < 0)) throw badInput(`track must be a track id (a whole number of at least 0), got ${args.track}`, 'track')
  if (args.category != null && !args.category.trim()) throw badInput('category must not be empty; use UNCATEGORISED for proposals without one', 'category')
  return all.filter(
    (p) =>
      (!chain || p.chain === chain) &&
      (!from || p.payoutDate >= from) &&
      (!to || p.payoutDate <= to) &&
      (args.track == null || p.track === args.track) &&
      (args.category == null || (args.category === 'UNCATEGORISED' ? p.category == null : p.category === args.category)),
  )
}

export const impact: ApiModule = {
  name: 'impact',
  typeDefs: readSdl(__dirname, 'impact.graphql'),
  resolvers: (db) => {
    // read once at start: a broken file stops the API with its proposal and reason
    const cats = loadCategories(process.env.API_CATEGORIES_FILE || undefined)
    const chosen = loadMetricsFile(process.env.IMPACT_METRICS_FILE || undefined)

    async function view(): Promise<ImpactView> {
      const funded = await fundedProposals(db, cats)
      const accounts = [...new Set(funded.map((p) => p.beneficiary).filter((b): b is string => !!b && !b.startsWith('{')))]
      const contracts = await contractsByDeployer(db, accounts)
      const proposals = funded.map((p) => ({
        ...p,
        metrics: chosen.get(p.id) ?? suggestMetrics({ beneficiary: p.beneficiary, beneficiaryJson: p.beneficiaryJson, category: p.category, subcategory: p.subcategory, contracts: (p.beneficiary && contracts.get(p.beneficiary)) || [] }),
      }))
      return new ImpactView(db, proposals)
    }

    return {
      Query: {
        impactMetrics: () => METRICS.map((m) => ({ id: m.id, metric: m.id, unitKind: m.unitKind, unit: null, label: m.label, description: m.description, source: 'the catalogue' })),

        async fundedProposals(_: unknown, args: ListArgs) {
          const v = await view()
          return filterProposals(v.proposals, args).map(proposalOut)
        },

        async proposalImpact(_: unknown, args: { id: string; metric?: string | null; windowDays?: number; seed?: number }) {
          const windowDays = windowArg(args.windowDays)
          const seed = seedArg(args.seed)
          let asked: MetricRef | undefined
          if (args.metric != null) {
            try {
              asked = parseMetricRef(args.metric, 'chosen in the request')
            } catch (e) {
              if (e instanceof MetricError) throw badInput(e.message, 'metric')
              throw e
            }
          }
          const v = await view()
          const p = v.proposals.find((x) => x.id === args.id)
          if (!p) throw badInput(`no funded proposal "${args.id}": ids are spend:<spend id> (paid out) or bounty:<bounty id> (claimed); Query.fundedProposals lists them`, 'id')
          const ref = asked ?? p.metrics[0]
          try {
            return impactOut(p, ref, await v.measure(p, ref, windowDays, seed))
          } catch (e) {
            if (e instanceof ImpactInputError) throw badInput(e.message, 'windowDays')
            throw e
          }
        },

        async treasuryImpact(_: unknown, args: ListArgs & { verdict?: string; windowDays?: number; seed?: number; limit?: number; offset?: number }) {
          const { limit, offset } = page(args.limit, args.offset)
          const windowDays = windowArg(args.windowDays)
          const seed = seedArg(args.seed)
          if (args.verdict != null && !VERDICTS.includes(args.verdict)) throw badInput(`verdict "${args.verdict}" is not one of ${VERDICTS.join(', ')}`, 'verdict')
          const v = await view()
          const listed = filterProposals(v.proposals, args)
          // each measurement costs a bootstrap and its placebos: without a verdict filter only the page is measured
          const todo = args.verdict ? listed : listed.slice(offset, offset + limit)
          const rows: { verdict: string; [k: string]: unknown }[] = []
          for (const p of todo) {
            const ref = p.metrics[0]
            const m = await v.measure(p, ref, windowDays, seed)
            if (args.verdict && m.result.verdict !== args.verdict) continue
            const o = impactOut(p, ref, m)
            rows.push({ proposal: o.proposal, metric: o.metric, verdict: o.verdict, reasonCode: o.reasonCode, summary: o.summary, method: o.method, effect: o.effect, low: o.low, high: o.high, pValue: o.pValue, baseline: o.baseline })
          }
          const items = args.verdict ? rows.slice(offset, offset + limit) : rows
          const count = (x: string) => items.filter((r) => r.verdict === x).length
          return { items, totalCount: args.verdict ? rows.length : listed.length, limit, offset, windowDays, seed, increased: count('increased'), decreased: count('decreased'), inconclusive: count('inconclusive') }
        },
      },
    }
  },
}
