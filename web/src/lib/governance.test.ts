import { describe, expect, it } from 'vitest'
import { parse } from 'csv-parse/sync'
import { parseReferendaQuery, referendaFilter, referendaQueryString } from './filters'
import { REFERENDA_CSV_COLUMNS, referendaToCsv, VOTES_CSV_COLUMNS, votesToCsv } from './csv'
import { formatTurnout } from './format'
import { turnoutByDay } from '../routes/governance/turnout'
import type { ReferendumListed, ReferendumVote } from './types'

const qs = (s: string) => new URLSearchParams(s)
const ref = (block: number, index: number, ts: string) => ({ id: `relay-${block}-${index}`, chain: 'relay', blockNumber: block, eventIndex: index, timestamp: ts })

function referendum(index: number, over: Partial<ReferendumListed> = {}): ReferendumListed {
  return {
    id: `relay-${index}`,
    chain: 'relay',
    index,
    track: 30,
    trackName: 'small_tipper',
    status: 'Deciding',
    submitted: ref(100 + index, 2, '2026-01-02T10:00:00.000Z'),
    endedBlock: null,
    endedAt: null,
    tally: { ayes: '23300000000000', nays: '60000000000', support: '1900000000000' },
    tallyBlock: 120,
    tallyAt: '2026-01-03T08:00:00.000Z',
    tallySource: 'Storage',
    turnout: { ratio: 0.000015834, support: '1900000000000', activeIssuance: '120000000000000000', blockNumber: 120 },
    votes: { voters: 4, direct: { ayes: '13300000000000', nays: '60000000000', support: '1400000000000' }, ayeCapital: '0', nayCapital: '0', abstainCapital: '0', delegated: { ayes: '10000000000000', nays: '0', support: '500000000000' } },
    enactment: null,
    spends: [],
    ...over,
  }
}

describe('parseReferendaQuery', () => {
  it('reads statuses, a track and paging; equal views have equal URLs', () => {
    const { value, problems } = parseReferendaQuery(qs('status=approved,Deciding&status=Approved&track=34&chain=relay&offset=50'))
    expect(problems).toEqual([])
    expect(value).toEqual({ chain: 'relay', status: ['Deciding', 'Approved'], track: 34, limit: 50, offset: 50 })
    expect(referendaQueryString(value)).toBe('?chain=relay&status=Deciding&status=Approved&track=34&offset=50')
    expect(referendaFilter(value)).toEqual({ chain: 'relay', from: undefined, to: undefined, status: ['Deciding', 'Approved'], track: 34 })
    expect(referendaQueryString(parseReferendaQuery(qs('')).value)).toBe('')
  })

  it('drops and names a bad track or status instead of failing', () => {
    const { value, problems } = parseReferendaQuery(qs('track=root&status=Passed&track=1'))
    expect(value.track).toBeUndefined()
    expect(value.status).toEqual([])
    expect(problems).toEqual(['Ignored status "Passed": use one of Preparing, Deciding, Confirming, Approved, Rejected, TimedOut, Cancelled, Killed.', 'Ignored track "root": use a track id (a number, e.g. 0 for root).'])
    expect(parseReferendaQuery(qs('track=70000')).problems).toHaveLength(1)
    expect(parseReferendaQuery(qs('track=0')).value.track).toBe(0)
  })
})

describe('formatTurnout', () => {
  it('shows two decimals of a percent, or three significant digits when smaller, truncated', () => {
    expect(formatTurnout(0.123456)).toBe('12.34 %')
    expect(formatTurnout(0.000015834)).toBe('0.00158 %')
    expect(formatTurnout(0.0000001)).toBe('0.0000100 %')
    expect(formatTurnout(0)).toBe('0.00 %')
  })
})

describe('turnoutByDay', () => {
  it('groups referenda with a turnout by the day of their latest tally, and averages each day', () => {
    const days = turnoutByDay([
      referendum(3, { tallyAt: '2026-01-04T01:00:00.000Z', turnout: { ratio: 0.3, support: '3', activeIssuance: '10', blockNumber: 300 } }),
      referendum(1, { turnout: { ratio: 0.1, support: '1', activeIssuance: '10', blockNumber: 100 } }),
      referendum(2, { turnout: { ratio: 0.2, support: '2', activeIssuance: '10', blockNumber: 200 } }),
      referendum(4, { turnout: null, tally: null, tallyAt: null }),
    ])
    expect(days.map((d) => [d.date, d.referenda.map((r) => r.index)])).toEqual([
      ['2026-01-03', [1, 2]],
      ['2026-01-04', [3]],
    ])
    expect(days[0].mean).toBeCloseTo(0.15, 12)
  })
})

describe('referenda and votes CSV', () => {
  it('one row per referendum, tallies in exact planck with the block and source they were taken at', () => {
    const rows = parse(referendaToCsv([referendum(7, { spends: [{ id: 'relay-local-3' } as ReferendumListed['spends'][number], { id: 'relay-asset-9' } as ReferendumListed['spends'][number]] })]), { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0])).toEqual([...REFERENDA_CSV_COLUMNS])
    expect(rows[0]).toMatchObject({
      id: 'relay-7',
      track_name: 'small_tipper',
      submitted_event: 'relay-107-2',
      ayes_planck: '23300000000000',
      tally_block: '120',
      tally_source: 'Storage',
      turnout: '0.000015834',
      delegated_ayes_planck: '10000000000000',
      enacted_ok: '',
      spend_ids: 'relay-local-3 relay-asset-9',
    })
  })

  it('one row per vote, a removal marked as not cast', () => {
    const vote: ReferendumVote = {
      id: 'relay-120-4',
      voter: '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5',
      cast: false,
      kind: 'Standard',
      aye: true,
      conviction: 3,
      weight: { ayes: '300', nays: '0', support: '100' },
      ayeCapital: '100',
      nayCapital: '0',
      abstainCapital: '0',
      extrinsicHash: '0x' + 'ab'.repeat(32),
      event: ref(120, 4, '2026-01-03T08:00:00.000Z'),
    }
    const rows = parse(votesToCsv([vote]), { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0])).toEqual([...VOTES_CSV_COLUMNS])
    expect(rows[0]).toMatchObject({ event: 'relay-120-4', block: '120', cast: 'false', aye: 'true', conviction: '3', ayes_planck: '300', support_planck: '100' })
  })
})
