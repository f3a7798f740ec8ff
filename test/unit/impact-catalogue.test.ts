/**
 * What a spend should move: para sovereign accounts recognised from their bytes, metrics suggested from the
 * beneficiary or the category, metric references and IMPACT_METRICS_FILE checked with errors that name the problem,
 * and the panel a proposal gets (controls: active, not funded within the window).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as ss58 from '@subsquid/ss58'
import { describe, expect, it } from 'vitest'
import { loadMetricsFile, locationPara, parseMetricRef, refId, sovereignPara, suggestMetrics } from '../../squid/src/impact/catalogue'
import { choosePanel, type MetricTable } from '../../squid/src/impact/data'

function account(tag: string, para: number): string {
  const b = Buffer.alloc(32)
  b.write(tag, 0, 'ascii')
  b.writeUInt32LE(para, 4)
  return ss58.codec(0).encode('0x' + b.toString('hex'))
}

describe('impact catalogue', () => {
  it('recognises a para\'s sovereign accounts: "para" + u32 LE on the relay, "sibl" + u32 LE on a parachain', () => {
    expect(sovereignPara(account('para', 2034))).toEqual({ para: 2034, kind: 'child' })
    expect(sovereignPara(account('sibl', 1000))).toEqual({ para: 1000, kind: 'sibling' })
    // Alice is no para; a "para" prefix with a non-zero tail is an ordinary key
    expect(sovereignPara('15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5')).toBeNull()
    const b = Buffer.alloc(32)
    b.write('para', 0, 'ascii')
    b.writeUInt32LE(5, 4)
    b[31] = 1
    expect(sovereignPara(ss58.codec(0).encode('0x' + b.toString('hex')))).toBeNull()
    expect(locationPara(JSON.stringify({ parents: 0, interior: { __kind: 'X1', value: [{ __kind: 'Parachain', value: 2004 }] } }))).toBe(2004)
    // an account on a para is that account, not the para
    expect(locationPara(JSON.stringify({ parents: 0, interior: { __kind: 'X2', value: [{ __kind: 'Parachain', value: 2004 }, { __kind: 'AccountId32', id: '0x00' }] } }))).toBeNull()
  })

  it('suggests the para, then the contracts, then a Hub- or Cloud-wide metric by category', () => {
    const none = { beneficiaryJson: null, category: null, subcategory: null, contracts: [] }
    expect(suggestMetrics({ ...none, beneficiary: account('para', 2034) }).map(refId)).toEqual(['para.included:2034', 'para.cores:2034', 'para.onDemandOrders:2034'])
    const c = '0x' + 'ab'.repeat(20)
    expect(suggestMetrics({ ...none, beneficiary: 'x', contracts: [c] }).map(refId)).toEqual([`contract.calls:${c}`, `contract.callers:${c}`, `contract.fees:${c}`])
    const defi = suggestMetrics({ ...none, beneficiary: 'x', category: 'Economy', subcategory: 'DeFi Incentives' })
    expect(defi.map(refId)).toEqual(['hub.activeAccounts', 'hub.newAccounts'])
    expect(defi[0].source).toBe('its category, Economy / DeFi Incentives, aims at the Hub')
    expect(suggestMetrics({ ...none, beneficiary: 'x', category: 'Development', subcategory: 'Polkadot Protocol & SDK' }).map(refId)).toEqual(['cloud.blocksIncluded', 'cloud.parasActive'])
  })

  it('checks metric references and IMPACT_METRICS_FILE, naming the proposal, the metric and what is wrong', () => {
    expect(refId(parseMetricRef('para.included:0042', 'x'))).toBe('para.included:42')
    expect(() => parseMetricRef('hub.activeAccounts:1', 'x')).toThrow('metric "hub.activeAccounts" is network-wide and takes no unit, got "hub.activeAccounts:1"')
    expect(() => parseMetricRef('contract.calls:0x12', 'x')).toThrow('contract "0x12" in "contract.calls:0x12" is not a 0x-prefixed 20-byte address')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'impact-metrics-'))
    const file = (name: string, body: string) => {
      const f = path.join(dir, name)
      fs.writeFileSync(f, body)
      return f
    }
    const good = loadMetricsFile(file('good.json', JSON.stringify({ 'spend:relay-asset-3': ['para.included:2034', 'hub.swaps'] })))
    expect(good.get('spend:relay-asset-3')!.map(refId)).toEqual(['para.included:2034', 'hub.swaps'])
    expect(good.get('spend:relay-asset-3')![0].source).toBe(`set in ${path.join(dir, 'good.json')}`)
    const bad = file('bad.json', JSON.stringify({ 'spend:relay-asset-3': ['para.included:2034', 'para.blocks:1'] }))
    expect(() => loadMetricsFile(bad)).toThrow(`IMPACT_METRICS_FILE ${bad}: proposal "spend:relay-asset-3", metric 2: metric "para.blocks" is not known; use one of para.included,`)
    const id = file('id.json', JSON.stringify({ 'referendum 5': ['hub.swaps'] }))
    expect(() => loadMetricsFile(id)).toThrow(`IMPACT_METRICS_FILE ${id}: "referendum 5" is not a proposal id (spend:<spend id> or bounty:<bounty id>)`)
    const empty = file('empty.json', JSON.stringify({ 'bounty:relay-1': [] }))
    expect(() => loadMetricsFile(empty)).toThrow(`IMPACT_METRICS_FILE ${empty}: proposal "bounty:relay-1" must have a non-empty list of metrics`)
    expect(() => loadMetricsFile(file('broken.json', '{'))).toThrow(/is not valid JSON/)
    expect(() => loadMetricsFile(path.join(dir, 'missing.json'))).toThrow(`IMPACT_METRICS_FILE ${path.join(dir, 'missing.json')} does not exist`)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('builds the panel: controls active before the payout and not funded within the window', () => {
    const days = Array.from({ length: 10 }, (_, i) => `2025-01-${String(i + 1).padStart(2, '0')}`)
    const flat = (v: number) => days.map(() => v)
    const table: MetricTable = {
      metric: parseMetricRef('para.included:1', 'x').metric,
      days,
      units: new Map([
        ['1', flat(5)],
        ['2', flat(3)],
        ['3', flat(0)], // never active: not comparable
        ['4', flat(7)], // funded on day 6: no control
        ['10', flat(2)],
      ]),
      source: 'test',
    }
    const c = choosePanel(table, parseMetricRef('para.included:1', 'x'), '2025-01-05', 3, new Map([['4', ['2025-01-06']]]))
    expect(c.panel.payoutIndex).toBe(4)
    expect(c.panel.treated).toEqual({ id: '1', values: flat(5) })
    expect(c.panel.controls.map((u) => u.id)).toEqual(['2', '10'])
    expect(c.excludedFunded).toEqual(['4'])
    expect(c.inactive).toBe(1)
    // funded long before the window: a control again
    expect(choosePanel(table, parseMetricRef('para.included:1', 'x'), '2025-01-05', 3, new Map([['4', ['2024-06-01']]])).panel.controls.map((u) => u.id)).toEqual(['2', '4', '10'])
  })
})
