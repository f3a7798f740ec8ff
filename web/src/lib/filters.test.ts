import { describe, expect, it } from 'vitest'
import { coresQueryString, impactQueryString, parseImpact, DEFAULT_LIMIT, describePeriod, parseCoresQuery, isIsoDate, MAX_LIMIT, parsePeriod, parseSpendQuery, periodPresets, periodQueryString, spendFilter, spendQueryString } from './filters'

const qs = (s: string) => new URLSearchParams(s)

describe('isIsoDate', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2025-11-04')).toBe(true)
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-13-01')).toBe(false)
    expect(isIsoDate('04/11/2025')).toBe(false)
    expect(isIsoDate('2025-1-4')).toBe(false)
  })
})

describe('parsePeriod', () => {
  it('reads chain, from and to', () => {
    expect(parsePeriod(qs('chain=asset-hub&from=2025-11-01&to=2025-11-30'))).toEqual({ value: { chain: 'asset-hub', from: '2025-11-01', to: '2025-11-30' }, problems: [] })
  })
  it('treats empty form fields as absent', () => {
    expect(parsePeriod(qs('chain=&from=&to='))).toEqual({ value: {}, problems: [] })
  })
  it('drops and reports bad values instead of failing', () => {
    const r = parsePeriod(qs('chain=kusama&from=2025-02-30&to=tomorrow'))
    expect(r.value).toEqual({})
    expect(r.problems).toHaveLength(3)
    expect(r.problems[0]).toMatch(/chain "kusama"/)
    expect(r.problems[1]).toMatch(/from "2025-02-30"/)
  })
  it('swaps a reversed period and says so', () => {
    const r = parsePeriod(qs('from=2025-12-01&to=2025-11-01'))
    expect(r.value).toEqual({ from: '2025-11-01', to: '2025-12-01' })
    expect(r.problems[0]).toMatch(/Swapped/)
  })
})

describe('parseSpendQuery', () => {
  it('has defaults', () => {
    expect(parseSpendQuery(qs(''))).toEqual({ value: { status: [], order: 'APPROVED_DESC', spending: 'CATEGORY', limit: DEFAULT_LIMIT, offset: 0 }, problems: [] })
  })
  it('reads how the spending panel splits, keeps it in the canonical URL, and names a bad value', () => {
    const { value, problems } = parseSpendQuery(qs('spending=Track'))
    expect([value.spending, problems]).toEqual(['TRACK', []])
    expect(spendQueryString(value)).toBe('?spending=track')
    expect(spendQueryString({ ...value, spending: 'CATEGORY' })).toBe('')
    expect(parseSpendQuery(qs('spending=mood')).problems).toEqual(['Ignored spending "mood": use one of category, track, beneficiary, asset.'])
  })
  it('reads repeated and comma-separated statuses, case-insensitively, in a stable order without duplicates', () => {
    expect(parseSpendQuery(qs('status=Paid&status=approved')).value.status).toEqual(['Approved', 'Paid'])
    expect(parseSpendQuery(qs('status=Paid,Proposed,paid')).value.status).toEqual(['Proposed', 'Paid'])
  })
  it('reports unknown statuses and orders', () => {
    const r = parseSpendQuery(qs('status=Paid&status=Lost&order=random'))
    expect(r.value.status).toEqual(['Paid'])
    expect(r.value.order).toBe('APPROVED_DESC')
    expect(r.problems).toEqual([expect.stringMatching(/status "Lost"/), expect.stringMatching(/order "random"/)])
  })
  it('reads order, limit and offset, capping limit at the API maximum', () => {
    expect(parseSpendQuery(qs('order=amount_desc&limit=20&offset=40')).value).toMatchObject({ order: 'AMOUNT_DESC', limit: 20, offset: 40 })
    const capped = parseSpendQuery(qs('limit=10000'))
    expect(capped.value.limit).toBe(MAX_LIMIT)
    expect(capped.problems[0]).toMatch(/lowered/)
  })
  it('reads a beneficiary as an SS58 address, a 0x public key or a name, and reports anything else', () => {
    const alice = '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5'
    const key = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d'
    expect(parseSpendQuery(qs(`beneficiary=+${alice}+`))).toMatchObject({ value: { beneficiary: alice }, problems: [] })
    expect(parseSpendQuery(qs(`beneficiary=${key}`)).value.beneficiary).toBe(key)
    expect(spendFilter(parseSpendQuery(qs(`beneficiary=${alice}&status=Paid`)).value)).toEqual({ status: ['Paid'], beneficiary: alice })
    // a name is searched among People-chain identities (the API matches it)
    expect(parseSpendQuery(qs('beneficiary=Eve')).value.beneficiary).toBe('Eve')
    for (const bad of ['0xd435', alice.replace('1', 'I'), 'x'.repeat(65).replace(/x/g, 'a b')]) {
      const r = parseSpendQuery(qs(`beneficiary=${encodeURIComponent(bad)}`))
      expect(r.value.beneficiary).toBeUndefined()
      expect(r.problems).toEqual([`Ignored beneficiary "${bad}": use an SS58 address, a 0x public key of 32 bytes or a name of up to 64 characters.`])
    }
    expect(parseSpendQuery(qs('beneficiary=')).value).not.toHaveProperty('beneficiary')
  })
  it('ignores malformed paging', () => {
    const r = parseSpendQuery(qs('limit=0&offset=-5'))
    expect(r.value).toMatchObject({ limit: DEFAULT_LIMIT, offset: 0 })
    expect(r.problems).toHaveLength(2)
  })
})

describe('query strings', () => {
  it('round-trip through parsing and leave defaults out', () => {
    const q = parseSpendQuery(qs('to=2025-12-31&status=Paid&chain=relay&from=2025-01-01&status=Approved&offset=50')).value
    const s = spendQueryString(q)
    expect(s).toBe('?chain=relay&from=2025-01-01&to=2025-12-31&status=Approved&status=Paid&offset=50')
    const withAccount = parseSpendQuery(qs('beneficiary=15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5&status=Paid')).value
    expect(spendQueryString(withAccount)).toBe('?status=Paid&beneficiary=15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5')
    expect(spendQueryString(withAccount, { beneficiary: undefined })).toBe('?status=Paid')
    expect(parseSpendQuery(qs(s.slice(1))).value).toEqual(q)
    expect(spendQueryString(parseSpendQuery(qs('')).value)).toBe('')
  })
  it('apply changes such as the next page', () => {
    const q = parseSpendQuery(qs('status=Paid')).value
    expect(spendQueryString(q, { offset: 50 })).toBe('?status=Paid&offset=50')
    expect(periodQueryString({ chain: 'relay', from: '2025-01-01' }, { from: undefined })).toBe('?chain=relay')
  })
})

describe('periods', () => {
  it('presets end today (UTC)', () => {
    const p = periodPresets(new Date('2025-11-30T12:00:00Z'))
    expect(p[0]).toEqual({ label: 'All time' })
    expect(p[1]).toEqual({ label: 'Last 30 days', from: '2025-11-01', to: '2025-11-30' })
  })
  it('are described in words', () => {
    expect(describePeriod({})).toBe('all time')
    expect(describePeriod({ from: '2025-11-01', to: '2025-11-30' })).toBe('2025-11-01 to 2025-11-30')
    expect(describePeriod({ from: '2025-11-01', to: '2025-11-01' })).toBe('on 2025-11-01')
    expect(describePeriod({ from: '2025-11-01' })).toBe('since 2025-11-01')
  })
})

describe('cores query', () => {
  it('keeps the period, a core and a para; round-trips through the URL', () => {
    const { value, problems } = parseCoresQuery(qs('from=2025-12-01&to=2025-12-02&core=4&para=2001'))
    expect(problems).toEqual([])
    expect(value).toEqual({ from: '2025-12-01', to: '2025-12-02', core: 4, para: 2001 })
    expect(coresQueryString(value)).toBe('?from=2025-12-01&to=2025-12-02&core=4&para=2001')
    expect(coresQueryString(value, { core: undefined, para: 3000 })).toBe('?from=2025-12-01&to=2025-12-02&para=3000')
  })

  it('says which core or para it ignored, and core 0 is a core', () => {
    const { value, problems } = parseCoresQuery(qs('core=-1&para=x'))
    expect(value).toEqual({})
    expect(problems).toEqual(['Ignored core "-1": use a whole number.', 'Ignored para "x": use a whole number.'])
    expect(parseCoresQuery(qs('core=0')).value).toEqual({ core: 0 })
    expect(coresQueryString({ core: 0 })).toBe('?core=0')
  })
})

describe('parseImpact', () => {
  it('reads category, track, verdict and window from the URL and writes them back in a canonical order', () => {
    const { value, problems } = parseImpact(new URLSearchParams('verdict=increased&window=30&track=33&category=Development&from=2025-09-01'))
    expect(problems).toEqual([])
    expect(value).toEqual({ from: '2025-09-01', category: 'Development', track: 33, verdict: 'increased', window: 30, limit: 50, offset: 0 })
    expect(impactQueryString(value)).toBe('?from=2025-09-01&category=Development&track=33&verdict=increased&window=30')
    expect(impactQueryString({ ...value, window: 90, verdict: undefined, category: undefined, track: undefined, from: undefined })).toBe('')
  })

  it('drops a bad window, track or verdict and says why', () => {
    const { value, problems } = parseImpact(new URLSearchParams('window=3&track=x&verdict=better'))
    expect(value).toEqual({ window: 90, limit: 50, offset: 0 })
    expect(problems).toEqual(['Ignored window "3": use a number of days from 7 to 730.', 'Ignored track "x": a track is a number.', 'Ignored verdict "better": use one of increased, decreased, inconclusive.'])
  })
})
