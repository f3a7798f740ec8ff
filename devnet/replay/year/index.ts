/**
 * A generated Polkadot year (a quarter by default): the relay, Asset Hub and Coretime on one relay-block timeline,
 * encoded with the real runtime metadata, crossing the Asset Hub migration's windows and real runtime upgrades:
 *   relay      polkadot 2000000 → 2000006 (the day after the migration) → 2000007 (half-way through what follows)
 *   Asset Hub  statemint 2000006 → 2003001 (3 days after the migration: DAP starts, fees go to its staging account)
 *   Coretime   coretime-polkadot 2000000
 * Each module domain adds its own events (year/<domain>.ts, a YearContributor each); this composes them and writes
 * relay.jsonl, asset-hub.jsonl, coretime.jsonl and summary.json (the generator's totals, per domain) into `dir`.
 *
 *   const s = writeYear('/tmp/year', { days: 21 })
 *   s.domains.fees.relay.fees  // planck of every relay fee written
 */
import fs from 'node:fs'
import path from 'node:path'
import { ReplayWriter } from '../generator'
import { ReplayChainError } from '../chain'
import { blocksOf, DAY_MS, MIGRATION, schedule, utcDate, type Schedule, type YearChain } from './clock'
import type { YearContributor } from './contributor'
import { FeesContributor } from './fees'
import { TreasuryContributor } from './treasury'
import { StakingContributor } from './staking'
import { DapContributor } from './dap'
import { ReferendaContributor } from './referenda'
import { BrokerContributor } from './broker'
import { InclusionContributor } from './inclusion'
import { HubContributor } from './hub'
import { BountiesContributor } from './bounties'

export const YEAR_SPECS = {
  relay: {
    'polkadot/2000000': 'polkadot/polkadot-2000000.opengov-cli-f5749517.v14.scale',
    'polkadot/2000006': 'polkadot/polkadot-2000006.snowbridge-34af5e3f.v14.scale',
    'polkadot/2000007': 'polkadot/polkadot-2000007.npm-polkadot-api-sdk-staking-0.5.0.v14.scale',
  },
  'asset-hub': {
    'statemint/2000006': 'asset-hub-polkadot/statemint-2000006.snowbridge-34af5e3f.v14.scale',
    'statemint/2003001': 'asset-hub-polkadot/statemint-2003001.npm-galacticcouncil-descriptors-2.6.0.v14.scale',
  },
  coretime: { 'coretime-polkadot/2000000': 'coretime-polkadot/coretime-polkadot-2000000.opengov-cli-f5749517.v14.scale' },
} as const

export interface YearOptions {
  /** how many UTC days (default 91: a quarter) */
  days?: number
  /** the first day, ms at a UTC midnight (default 2025-10-28: the migration, on day 7, falls on 2025-11-04 as on Polkadot) */
  start?: number
  /** the day whose 02:00 UTC the migration windows start at (default 7, or the middle of a shorter span) */
  migrationDay?: number
  /** blocks a day outside the migration windows (defaults: relay 48, Asset Hub 48, Coretime 24) */
  perDay?: Partial<Record<YearChain, number>>
}

export interface YearChainSummary {
  file: string
  /** the chain's first block: balances and storage, no event (the processors start after it) */
  genesis: number
  /** the first block to index, and the last */
  from: number
  to: number
  blocks: number
  firstDate: string
  lastDate: string
  days: number
  /** each runtime and the first block it runs */
  upgrades: { spec: string; block: number; date: string }[]
}

export interface YearSummary {
  days: number
  start: string
  migrationDay: number
  chains: Record<YearChain, YearChainSummary>
  /** what each processor needs beyond its first block: Asset Hub's DAP starts at its first 2003001 block */
  env: Record<string, string>
  domains: Record<string, any>
  buildMs: number
}

export function writeYear(dir: string, o: YearOptions = {}): YearSummary {
  const t0 = Date.now()
  const days = o.days ?? 91
  if (!Number.isInteger(days) || days < 3 || days > 366) throw new ReplayChainError(`days must be a whole number from 3 to 366, got ${o.days}`)
  const start = o.start ?? Date.UTC(2025, 9, 28)
  if (start % DAY_MS !== 0) throw new ReplayChainError(`start must be a UTC midnight, got ${new Date(start).toISOString()}`)
  const migrationDay = o.migrationDay ?? Math.min(7, Math.floor(days / 2))
  if (!Number.isInteger(migrationDay) || migrationDay < 1 || migrationDay > days - 2) throw new ReplayChainError(`migrationDay must be 1..${days - 2} (a day before and after it), got ${o.migrationDay}`)
  const perDay = { relay: 48, 'asset-hub': 48, coretime: 24, ...o.perDay }
  fs.mkdirSync(dir, { recursive: true })

  const windowAt = start + migrationDay * DAY_MS + 2 * 3_600_000
  const schedules: Record<YearChain, Schedule> = {
    relay: schedule({ start, days, perDay: perDay.relay, window: { ...MIGRATION.relay, at: windowAt } }),
    'asset-hub': schedule({ start, days, perDay: perDay['asset-hub'], window: { ...MIGRATION['asset-hub'], at: windowAt } }),
    coretime: schedule({ start, days, perDay: perDay.coretime, from: 2_900_000 }),
  }
  const dayOf = (t: number) => Math.floor((t - start) / DAY_MS)
  const relay2000007 = migrationDay + 1 + Math.floor((days - migrationDay - 1) / 2)
  const specOf: Record<YearChain, (n: number, t: number) => string> = {
    relay: (_n, t) => (dayOf(t) <= migrationDay ? 'polkadot/2000000' : dayOf(t) < relay2000007 ? 'polkadot/2000006' : 'polkadot/2000007'),
    'asset-hub': (_n, t) => (dayOf(t) < migrationDay + 3 ? 'statemint/2000006' : 'statemint/2003001'),
    coretime: () => 'coretime-polkadot/2000000',
  }

  const treasury = new TreasuryContributor()
  const dap = new DapContributor()
  // the order events are added in, within a block's phase: fees before DAP (its drain takes the fees of the block)
  const contributors: YearContributor[] = [
    treasury,
    new StakingContributor(treasury),
    new FeesContributor(treasury),
    dap,
    new ReferendaContributor({ migrationDay }),
    new BountiesContributor(treasury, { migrationDay }),
    new BrokerContributor(),
    new InclusionContributor(),
    new HubContributor(),
  ]
  const chains = {} as Record<YearChain, YearChainSummary>
  for (const chain of ['relay', 'asset-hub', 'coretime'] as const) {
    const file = path.join(dir, `${chain}.jsonl`)
    const w = new ReplayWriter(file, { chain, specs: YEAR_SPECS[chain], properties: { ss58Format: 0, tokenDecimals: 10, tokenSymbol: 'DOT' } })
    for (const c of contributors) c.genesis?.(chain, w)
    const upgrades: YearChainSummary['upgrades'] = []
    const dates = new Set<string>()
    for (const at of blocksOf(chain, schedules[chain], start, specOf[chain], chain === 'relay' ? undefined : schedules.relay)) {
      if (upgrades[upgrades.length - 1]?.spec !== at.spec) upgrades.push({ spec: at.spec, block: at.number, date: at.date })
      dates.add(at.date)
      w.block({ number: at.number, timestamp: at.timestamp, spec: at.spec, ...(chain === 'relay' ? {} : { relayBlock: at.relayBlock }) }, (b) => {
        for (const c of contributors) at.first ? c.setup?.(b, at) : c.block(b, at, w)
      })
    }
    w.close()
    const s = schedules[chain]
    chains[chain] = {
      file,
      genesis: s.numbers[0],
      from: s.numbers[1],
      to: s.numbers[s.numbers.length - 1],
      blocks: s.numbers.length - 1,
      firstDate: utcDate(s.timestamps[0]),
      lastDate: utcDate(s.timestamps[s.timestamps.length - 1]),
      days: dates.size,
      upgrades,
    }
  }
  const summary: YearSummary = {
    days,
    start: utcDate(start),
    migrationDay,
    chains,
    env: dap.fromBlock === undefined ? {} : { ASSET_HUB_DAP_FROM_BLOCK: String(dap.fromBlock) },
    domains: Object.fromEntries(contributors.map((c) => [c.domain, c.totals()])),
    buildMs: Date.now() - t0,
  }
  fs.writeFileSync(path.join(dir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n')
  return summary
}
