import { describe, expect, it } from 'vitest'
import { SPEND_CSV_COLUMNS, spendsToCsv } from './csv'
import type { Spend } from './types'

const ref = (chain: string, block: number, index: number, ts: string) => ({ id: `${chain}-${block}-${index}`, chain, blockNumber: block, eventIndex: index, timestamp: ts })

const spend: Spend = {
  id: 'relay-local-12',
  chain: 'relay',
  kind: 'Local',
  index: 12,
  status: 'Paid',
  asset: { id: 'native', symbol: 'DOT', decimals: 10, chain: 'relay' },
  amount: '12345678901234',
  nativeAmount: null,
  beneficiary: '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5',
  validFrom: null,
  expireAt: null,
  paymentId: null,
  approved: ref('relay', 100, 3, '2025-11-01T00:00:06.000Z'),
  paid: ref('relay', 200, 5, '2025-11-02T00:00:06.000Z'),
  closed: null,
  events: [],
}

describe('spendsToCsv', () => {
  it('writes a header and one row per spend with exact and readable amounts', () => {
    const csv = spendsToCsv([spend])
    const lines = csv.trimEnd().split('\n')
    expect(lines[0]).toBe(SPEND_CSV_COLUMNS.join(','))
    expect(lines[1]).toBe(
      'relay-local-12,relay,Local,12,Paid,native,DOT,10,12345678901234,1234.5678901234,15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5,relay-100-3,2025-11-01T00:00:06.000Z,relay-200-5,2025-11-02T00:00:06.000Z,,',
    )
  })

  it('quotes what needs quoting (an XCM location beneficiary is JSON with commas and quotes)', () => {
    const beneficiary = '{"parents":0,"interior":{"__kind":"X1","value":[{"__kind":"Parachain","value":2004}]}}'
    const csv = spendsToCsv([{ ...spend, beneficiary, asset: { id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6, chain: 'asset-hub' }, amount: '250000000000' }])
    const row = csv.trimEnd().split('\n')[1]
    // RFC 4180: the field is quoted and its quotes doubled
    expect(row).toContain(`,"${beneficiary.replaceAll('"', '""')}",`)
    expect(row).toContain(',USDT,6,250000000000,250000,')
  })

  it('writes only the header for no spends', () => {
    expect(spendsToCsv([])).toBe(SPEND_CSV_COLUMNS.join(',') + '\n')
  })
})
