import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'
import Reconciliation from './Reconciliation.svelte'
import type { TreasuryDay } from '$lib/types'

const DOT = { id: 'native', symbol: 'DOT', decimals: 10, chain: 'relay' }

const day = (chain: string, date: string, drift: string | null, openingBlock: number, closingBlock: number, closed: boolean): TreasuryDay => ({
  chain,
  date,
  inFees: '0',
  inDeposits: '0',
  inTransfers: '0',
  inBountyReturned: '0',
  outAwarded: '0',
  outSpendPaid: '0',
  outBurnt: '0',
  outBountyFunded: '0',
  movedIn: '0',
  movedOut: '0',
  inflow: '0',
  outflow: '0',
  openingBalance: '1',
  openingBlock,
  closingBalance: '1',
  closingBlock,
  closed,
  drift,
  driftBlock: drift && drift !== '0' ? closingBlock - 1 : null,
  flowCount: 0,
})

describe('Reconciliation (server-rendered)', () => {
  it('shows a non-zero drift with its amount and the blocks it appeared between', () => {
    const { body } = render(Reconciliation, {
      props: { asset: DOT, days: [day('relay', '2025-11-04', '0', 28_490_489, 28_490_499, true), day('relay', '2025-11-05', '50000000000', 28_490_499, 28_490_506, false)] },
    })
    expect(body).toContain('1 of 2 chain-days reconcile exactly (drift 0)')
    expect(body).toMatch(/data-testid="drift-amount"[^>]*>[^<]*(<!--[^>]*-->)*[^<]*<[^>]*>5 DOT</)
    expect(body).toContain('#28,490,499 – #28,490,506 (day still open)')
    expect(body).toContain('#28,490,505</td>')
    expect(body).toContain('data-date="2025-11-05"')
  })

  it('no table when every day reconciles', () => {
    const { body } = render(Reconciliation, { props: { asset: DOT, days: [day('asset-hub', '2025-11-05', '0', 1, 2, true)] } })
    expect(body).toContain('1 of 1 chain-days reconcile exactly')
    expect(body).not.toContain('drift-table')
  })
})
