import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CategoryFileError, loadCategories } from '../../squid/src/api/categories'

const dir = mkdtempSync(path.join(os.tmpdir(), 'categories-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, text: string) => {
  const f = path.join(dir, name)
  writeFileSync(f, text)
  return f
}

describe('spending categories: the OpenGov.Watch seed, and a file over it', () => {
  it('loads the seed as shipped: 747 referenda (47 hidden from spends; the shared README says 43, the file has 47), 27 bounties, 539 child-bounty rows of 529 ids', () => {
    const t = loadCategories()
    expect(t.byKind.referendum.size).toBe(747)
    expect([...t.byKind.referendum.values()].filter((c) => c.hideInSpends)).toHaveLength(47)
    expect(t.byKind.bounty.size).toBe(27)
    // ten child bounties appear twice, six of them with two different categories: each is said, the later row used
    expect(t.byKind.child_bounty.size).toBe(529)
    expect(t.warnings.map((w) => w.match(/child_bounty (\S+) appears again/)?.[1]).sort()).toEqual(['17-106', '17-46', '17-62', '17-92', '17-94', '17-95'])
    expect(t.warnings.find((w) => w.includes(' 17-46 '))).toMatch(/child-bounties-categories\.csv line \d+: child_bounty 17-46 appears again, as Talent & Education \/ Trainings & Hackathon \(before: Outreach \/ Events\/Conference Attendance & Side Events\); the later row is used$/)
    expect(t.byKind.referendum.get('5')).toMatchObject({ category: 'Business Development', subcategory: 'Protocol Subsidies', hideInSpends: false, source: 'OpenGov.Watch' })
    expect(t.byKind.child_bounty.get('13-32')).toMatchObject({ category: 'Development', subcategory: 'Smart Contracts' })
    expect(t.sources).toHaveLength(1)
  })

  it('an override file replaces rows by kind and id and adds new ones, with no code change', () => {
    const f = file('mine.csv', 'kind,id,category,subcategory,notes,hide_in_spends\nreferendum,5,Development,Wallets,moved by us,0\nreferendum,1800,Outreach,Events,,1\nchild_bounty,11-4,Research,,,\n')
    const t = loadCategories(f)
    expect(t.byKind.referendum.get('5')).toEqual({ category: 'Development', subcategory: 'Wallets', notes: 'moved by us', hideInSpends: false, source: 'mine.csv (API_CATEGORIES_FILE, over the seed)' })
    expect(t.byKind.referendum.get('1800')?.hideInSpends).toBe(true)
    expect(t.byKind.child_bounty.get('11-4')?.category).toBe('Research')
    expect(t.byKind.referendum.size).toBe(748)
    expect(t.sources).toEqual(['OpenGov.Watch (opengov-monitor @ acf15fd, data/defaults; the Unlicense)', 'mine.csv (API_CATEGORIES_FILE, over the seed)'])
  })

  it('a bad file stops with its name, line and reason', () => {
    const cases: [string, RegExp][] = [
      ['kind,id,category\nreferendum,5,Development\n', /lacks the column subcategory \(it has kind, id, category\)/],
      ['kind,id,category,subcategory\nproposal,5,Development,\n', /line 2: kind "proposal" is not referendum, bounty or child_bounty/],
      ['kind,id,category,subcategory\nreferendum,5,Development,\nreferendum,five,Development,\n', /line 3: referendum id "five" is not an index/],
      ['kind,id,category,subcategory\nchild_bounty,11,Development,\n', /line 2: child_bounty id "11" is not <bounty>-<child bounty>/],
      ['kind,id,category,subcategory,hide_in_spends\nreferendum,5,Development,,yes\n', /line 2: hide_in_spends is "yes"; use 0 or 1/],
      ['kind,id,category,subcategory\n"referendum,5\n', /is not valid CSV/],
    ]
    for (const [i, [text, message]] of cases.entries()) {
      const f = file(`bad-${i}.csv`, text)
      expect(() => loadCategories(f)).toThrow(CategoryFileError)
      expect(() => loadCategories(f)).toThrow(message)
    }
    expect(() => loadCategories(path.join(dir, 'missing.csv'))).toThrow(`Category file ${path.join(dir, 'missing.csv')} does not exist`)
  })
})
