/**
 * Replay: three weeks of the generated Polkadot year (devnet/replay/year) — the relay, Asset Hub and Coretime on one
 * relay-block timeline, across the Asset Hub migration's windows and the upgrades relay 2000000 → 2000006 → 2000007
 * and statemint 2000006 → 2003001 — indexed by the real compiled processors of all three chains into one Postgres
 * and read through the real API. Every expected figure is the generator's own total (its summary.json), per
 * domain: the API must answer exactly what was generated, and each daily series must have one row per generated
 * day.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ReplayChain } from '../../devnet/replay/chain'
import { startReplayServer, type ReplayServer } from '../../devnet/replay/server'
import { writeYear, type YearSummary } from '../../devnet/replay/year'
import { gql } from '../support/api'
import { replayEnv, startReplayStack, waitForHeight, workDir, type ReplayStack } from './harness'

const DAYS = 21
let dir: string
let server: ReplayServer
let stack: ReplayStack
let year: YearSummary
let indexedMs = 0
const api = (q: string) => gql(stack.apiUrl, q)
const sum = (rows: any[], k: string) => rows.reduce((s, r) => s + BigInt(r[k]), 0n).toString()
const count = (rows: any[], k: string) => rows.reduce((s, r) => s + r[k], 0)
const CHAINS = ['relay', 'asset-hub', 'coretime'] as const

beforeAll(async () => {
  dir = workDir('year')
  year = writeYear(path.join(dir, 'year'), { days: DAYS })
  server = await startReplayServer(await Promise.all(CHAINS.map((c) => ReplayChain.fromFile(year.chains[c].file))))
  const t0 = Date.now()
  stack = await startReplayStack(dir, [...CHAINS], { ...Object.assign({}, ...CHAINS.map((c) => replayEnv(c, server.wsUrl(c), year.chains[c].from))), ...year.env })
  await Promise.all(CHAINS.map((c) => waitForHeight(stack, c, year.chains[c].to, 170_000)))
  indexedMs = Date.now() - t0
  const blocks = CHAINS.reduce((s, c) => s + year.chains[c].blocks, 0)
  console.log(`year: ${DAYS} days, ${blocks} blocks (${CHAINS.map((c) => `${c} ${year.chains[c].blocks}`).join(', ')}) built in ${year.buildMs} ms, indexed in ${indexedMs} ms`)
}, 240_000)

afterAll(async () => {
  await stack?.stop()
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('replay: a generated Polkadot year (three weeks) across the migration and upgrades, totals equal the generator’s', () => {
  it('every chain is indexed to its last block, on its last runtime, over the generated days', async () => {
    const { syncStatus } = await api('{ syncStatus { chain specVersion indexedHeight } }')
    const last = (c: (typeof CHAINS)[number]) => Number(year.chains[c].upgrades[year.chains[c].upgrades.length - 1].spec.split('/')[1])
    expect([...syncStatus].sort((a: any, b: any) => a.chain.localeCompare(b.chain))).toEqual([
      { chain: 'asset-hub', specVersion: last('asset-hub'), indexedHeight: year.chains['asset-hub'].to },
      { chain: 'coretime', specVersion: last('coretime'), indexedHeight: year.chains.coretime.to },
      { chain: 'relay', specVersion: last('relay'), indexedHeight: year.chains.relay.to },
    ])
    expect(year.chains.relay.upgrades.map((u) => u.spec)).toEqual(['polkadot/2000000', 'polkadot/2000006', 'polkadot/2000007'])
    expect(CHAINS.map((c) => year.chains[c].days)).toEqual([DAYS, DAYS, DAYS])
  })

  it('fees: the totals and the split per chain, a day row per generated day', async () => {
    for (const chain of ['relay', 'asset-hub'] as const) {
      const g = year.domains.fees[chain]
      const { feeTotals, feeDaily } = await api(`{ feeTotals(chain: "${chain}") { extrinsics fees tips toTreasury toAuthor toCollatorPot toDap } feeDaily(chain: "${chain}") { date extrinsics } }`)
      expect(feeTotals).toEqual({ extrinsics: g.extrinsics, fees: g.fees, tips: g.tips, toTreasury: g.toTreasury, toAuthor: g.toAuthor, toCollatorPot: g.toCollatorPot, toDap: g.toDap })
      expect(feeDaily).toHaveLength(g.days)
      expect(g.days).toBe(DAYS)
      expect(count(feeDaily, 'extrinsics')).toBe(g.extrinsics)
    }
  })

  it('treasury: inflow by source, outflow, the migration’s move, the closing balance, no drift; a day per generated day', async () => {
    for (const chain of ['relay', 'asset-hub'] as const) {
      const g = year.domains.treasury[chain]
      const { treasuryDaily } = await api(`{ treasuryDaily(chain: "${chain}") { date inflow outflow movedIn movedOut outAwarded outSpendPaid closingBalance drift } }`)
      expect(treasuryDaily).toHaveLength(DAYS)
      expect({ inflow: sum(treasuryDaily, 'inflow'), outflow: sum(treasuryDaily, 'outflow'), movedIn: sum(treasuryDaily, 'movedIn'), movedOut: sum(treasuryDaily, 'movedOut') }).toEqual({ inflow: g.inflow, outflow: g.outflow, movedIn: g.movedIn, movedOut: g.movedOut })
      expect(treasuryDaily[treasuryDaily.length - 1].closingBalance).toBe(g.closingBalance)
      expect(sum(treasuryDaily, 'outAwarded')).toBe(g.byKind.Awarded ?? '0')
      expect(sum(treasuryDaily, 'outSpendPaid')).toBe(g.byKind.SpendPaid ?? '0')
      expect(treasuryDaily.filter((d: any) => d.drift !== null && d.drift !== '0')).toEqual([])
      const { treasuryIncome } = await api(`{ treasuryIncome(chain: "${chain}") { total unattributed movedIn sources { source amount } } }`)
      const bySource = Object.fromEntries(treasuryIncome.sources.filter((s: any) => s.amount !== '0').map((s: any) => [s.source, s.amount]))
      expect(bySource).toEqual(g.bySource)
      expect(treasuryIncome.unattributed).toBe('0')
      const { spends } = await api(`{ spends(filter: { chain: "${chain}" }, limit: 100) { totalCount items { status amount } } }`)
      expect(spends.totalCount).toBe(g.spendsApproved)
      const paid = spends.items.filter((s: any) => s.status === 'Paid' || s.status === 'Completed')
      expect([paid.length, sum(paid, 'amount')]).toEqual([g.spendsPaid, g.spent])
    }
    // the relay's DOT left the relay inside its window and arrived on Asset Hub inside its own
    expect(year.domains.treasury.relay.movedOut).toBe(year.domains.treasury['asset-hub'].movedIn)
  })

  it('staking: one era a day, on the relay before the migration and on Asset Hub after it', async () => {
    for (const chain of ['relay', 'asset-hub'] as const) {
      const g = year.domains.staking[chain]
      const { eraPayouts } = await api(`{ eraPayouts(chain: "${chain}", limit: 100) { totalCount items { validatorPayout remainder } } }`)
      expect([eraPayouts.totalCount, sum(eraPayouts.items, 'validatorPayout'), sum(eraPayouts.items, 'remainder')]).toEqual([g.eras, g.validatorPayout, g.remainder])
    }
    expect(year.domains.staking.relay.eras + year.domains.staking['asset-hub'].eras).toBe(DAYS)
  })

  it('DAP: a drip a day from 2003001, the staging account drained on Mondays', async () => {
    const g = year.domains.dap
    const { drips, drains } = await api(`{ drips: dapEvents(chain: "asset-hub", kind: IssuanceMinted, limit: 100) { totalCount items { amount toBuffer } } drains: dapEvents(chain: "asset-hub", kind: StagingDrained, limit: 100) { totalCount items { amount } } }`)
    expect([drips.totalCount, sum(drips.items, 'amount'), sum(drips.items, 'toBuffer')]).toEqual([g.drips, g.minted, g.toBuffer])
    expect([drains.totalCount, sum(drains.items, 'amount')]).toEqual([g.drains, g.drained])
    expect(g.drains).toBeGreaterThan(0)
  })

  it('referenda: submitted, approved, rejected and still open per chain, and the votes cast', async () => {
    for (const chain of ['relay', 'asset-hub'] as const) {
      const g = year.domains.referenda[chain]
      const { referendaSummary } = await api(`{ referendaSummary(chain: "${chain}") { count byStatus { status count } } }`)
      const by = Object.fromEntries(referendaSummary.byStatus.map((s: any) => [s.status, s.count]))
      expect(referendaSummary.count).toBe(g.submitted)
      expect([by.Approved, by.Rejected, by.Preparing + by.Deciding + by.Confirming]).toEqual([g.byStatus.Approved ?? 0, g.byStatus.Rejected ?? 0, g.byStatus.open ?? 0])
      const { referenda } = await api(`{ referenda(chain: "${chain}", limit: 100) { items { index } } }`)
      let votes = 0
      for (const r of referenda.items) votes += (await api(`{ referendumVotes(chain: "${chain}", index: ${r.index}, limit: 1) { totalCount } }`)).referendumVotes.totalCount
      expect(votes).toBe(g.votes)
    }
    // the tallies the referenda closed with: what their direct votes made
    for (const t of year.domains.referenda.approvedTallies) {
      const { referendum } = await api(`{ referendum(chain: "${t.chain}", index: ${t.index}) { tally { ayes nays support } } }`)
      expect(referendum.tally).toEqual({ ayes: t.ayes, nays: t.nays, support: t.support })
    }
  })

  it('bounties: proposed, funded from the treasury, claimed with their payouts, per chain; multi-asset bounties in USDT', async () => {
    for (const chain of ['relay', 'asset-hub'] as const) {
      const g = year.domains.bounties[chain]
      const { bounties } = await api(`{ bounties(chain: "${chain}", pallet: Bounties, limit: 100) { totalCount items { status value payout curatorFee } } }`)
      const claimed = bounties.items.filter((x: any) => x.status === 'Claimed')
      expect([bounties.totalCount, claimed.length, sum(claimed, 'payout'), sum(claimed, 'curatorFee')]).toEqual([g.proposed, g.claimed, g.payouts, g.curatorFees])
      expect(sum(bounties.items.filter((x: any) => !['Proposed', 'Approved'].includes(x.status)), 'value')).toBe(g.fundedValue)
      const { treasuryDaily } = await api(`{ treasuryDaily(chain: "${chain}") { outBountyFunded } }`)
      expect(sum(treasuryDaily, 'outBountyFunded')).toBe(year.domains.treasury[chain].byKind.BountyFunded)
    }
    // multi-asset bounties in USDT on Asset Hub from 2003001: created through the paymaster, paid out whole
    const g = year.domains.bounties.multiAssetUsdt
    const { bounties } = await api(`{ bounties(chain: "asset-hub", pallet: MultiAssetBounties, limit: 100) { totalCount items { status value payout asset { id } } } }`)
    const claimed = bounties.items.filter((x: any) => x.status === 'Claimed')
    expect([bounties.totalCount, sum(bounties.items, 'value'), claimed.length, sum(claimed, 'payout')]).toEqual([g.created, g.createdValue, g.paidOut, g.paidOutValue])
    expect(new Set(bounties.items.map((x: any) => x.asset.id))).toEqual(new Set(['assethub-assets:1984']))
    expect(g.paidOut).toBeGreaterThan(0)
  })

  it('bulk coretime: the sales, their bulk and renewal revenue, and the purchases', async () => {
    const g = year.domains.broker
    const { coretimeSales } = await api(`{ coretimeSales(chain: "coretime") { totalCount items { regionBegin coresPurchased coresRenewed revenue { bulk renewal credits total } } } }`)
    expect(coretimeSales.totalCount).toBe(g.sales)
    const sales = [...coretimeSales.items].sort((a: any, b: any) => a.regionBegin - b.regionBegin)
    expect(sales.map((s: any) => [s.regionBegin, s.coresPurchased, s.coresRenewed, s.revenue.bulk, s.revenue.renewal])).toEqual(g.bySale.map((s: any) => [s.regionBegin, s.purchases, s.renewals, s.bulk, s.renewal]))
    expect(sum(sales.map((s: any) => s.revenue), 'credits')).toBe(g.credits.revenue)
    const { coretimePurchases } = await api(`{ coretimePurchases(chain: "coretime", limit: 1) { totalCount } }`)
    expect(coretimePurchases.totalCount).toBe(g.bulk.count + g.renewals.count)
  })

  it('cores: on-demand orders, candidates included per para (an elastic one, an idle core), a day per generated day', async () => {
    const g = year.domains.inclusion
    const { onDemandEvents } = await api(`{ onDemandEvents(chain: "relay", kind: OrderPlaced, limit: 1) { totalCount } }`)
    expect(onDemandEvents.totalCount).toBe(g.orders.count)
    const { paraUsage } = await api(`{ paraUsage(chain: "relay", limit: 500) { totalCount items { paraId date included onDemandIncluded cores } } }`)
    const byPara: Record<string, number> = {}
    for (const r of paraUsage.items) byPara[r.paraId] = (byPara[r.paraId] ?? 0) + r.included
    expect(byPara).toEqual(g.includedByPara)
    expect(count(paraUsage.items, 'onDemandIncluded')).toBe(g.onDemandIncluded)
    expect(paraUsage.items.filter((r: any) => r.paraId === 2000)).toHaveLength(g.days)
    expect(g.days).toBe(DAYS)
    expect(new Set(paraUsage.items.filter((r: any) => r.paraId === 2001).flatMap((r: any) => r.cores))).toEqual(new Set([1, 2]))
  })

  it('the Hub: pools, swaps, asset transfers and contracts, a day per generated day', async () => {
    const g = year.domains.hub
    const { hubDaily } = await api(`{ hubDaily(chain: "asset-hub") { date swaps poolsCreated contractsDeployed } }`)
    expect(hubDaily).toHaveLength(g.days)
    expect(g.days).toBe(DAYS)
    expect([count(hubDaily, 'swaps'), count(hubDaily, 'poolsCreated'), count(hubDaily, 'contractsDeployed')]).toEqual([g.swaps, g.poolsCreated, g.contracts])
    const { hubAssetDaily } = await api(`{ hubAssetDaily(chain: "asset-hub") { asset { id } transfers volume } }`)
    for (const id of [1984, 1337]) {
      const rows = hubAssetDaily.filter((r: any) => r.asset.id === `assethub-assets:${id}`)
      expect([count(rows, 'transfers'), sum(rows, 'volume')]).toEqual([g.transfers[id].count, g.transfers[id].volume])
    }
  })
})
