import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'
import FeeRecipients from './FeeRecipients.svelte'
import type { FeeTotals } from '$lib/types'

const DOT = { id: 'native', symbol: 'DOT', decimals: 10, chain: 'relay' }

const totals = (t: Partial<FeeTotals>): FeeTotals => ({
  chain: null,
  from: null,
  to: null,
  asset: DOT,
  extrinsics: 4,
  fees: '0',
  tips: '0',
  toTreasury: '0',
  toAuthor: '0',
  toCollatorPot: '0',
  toDap: '0',
  burned: '0',
  assetFeeExtrinsics: 0,
  assetFeesNative: '0',
  ...t,
})

const cell = (body: string, key: string) => body.match(new RegExp(`data-testid="fee-recipient-${key}"[\\s\\S]*?<data class="amount[^"]*" value="(\\d+)"[^>]*>([^<]*)<[\\s\\S]*?<td class="num[^"]*">([^<]*)</td>`))?.slice(1)

describe('FeeRecipients (server-rendered)', () => {
  it("shows each recipient's exact amount in DOT and its share of the fees, with a link to /fees for the same period", () => {
    // 80 % / 20 % of 10 DOT on the relay, 3 DOT to the collators' pot, 1.5 DOT to DAP
    const { body } = render(FeeRecipients, { props: { totals: totals({ toTreasury: '80000000000', toAuthor: '20000000000', toCollatorPot: '30000000000', toDap: '15000000000' }), feesHref: '?chain=relay&from=2025-11-04' } })
    expect(cell(body, 'treasury')).toEqual(['80000000000', '8 DOT', '55.1 %'])
    expect(cell(body, 'author')).toEqual(['20000000000', '2 DOT', '13.7 %'])
    expect(cell(body, 'collator-pot')).toEqual(['30000000000', '3 DOT', '20.6 %'])
    expect(cell(body, 'dap')).toEqual(['15000000000', '1.5 DOT', '10.3 %'])
    expect(cell(body, 'burned')).toEqual(['0', '0 DOT', '0.0 %'])
    expect(body).toContain('href="/fees?chain=relay&amp;from=2025-11-04"')
    expect(body).toMatch(/4 fee-paying extrinsics(<!--[^>]*-->)*\./)
  })

  it('has no share without fees', () => {
    const { body } = render(FeeRecipients, { props: { totals: totals({ extrinsics: 0 }), feesHref: '' } })
    expect(cell(body, 'treasury')).toEqual(['0', '0 DOT', '—'])
    expect(body).toContain('href="/fees"')
  })
})
