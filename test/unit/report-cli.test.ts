/** `npm run report`'s arguments: what it accepts, and the sentence it gives for what it does not. */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_WEB_URL, checkReachable, parseReportArgs } from '../../scripts/report'
import { freePort } from '../support/ports'

describe('npm run report arguments', () => {
  it('takes the quarter, the output file and the web URL (--web, else WEB_URL, else the stack\'s default)', () => {
    expect(parseReportArgs(['--quarter', '2026-Q1', '--out', 'r.pdf', '--web', 'http://127.0.0.1:3100/'], {})).toEqual({ quarter: '2026-Q1', out: path.resolve('r.pdf'), web: 'http://127.0.0.1:3100' })
    expect(parseReportArgs(['--quarter', '2026-Q1'], { WEB_URL: 'http://web:3000' })).toEqual({ quarter: '2026-Q1', out: path.resolve('treasury-report-2026-Q1.pdf'), web: 'http://web:3000' })
    expect(parseReportArgs(['--quarter', '2026-Q1'], {}).web).toBe(DEFAULT_WEB_URL)
  })

  it('refuses a missing or malformed quarter, an unknown option and a web URL that is not http', () => {
    expect(() => parseReportArgs([], {})).toThrow('--quarter is missing: give the quarter to report, e.g. --quarter 2026-Q1')
    expect(() => parseReportArgs(['--quarter', '2026-Q5'], {})).toThrow('--quarter "2026-Q5" is not a quarter: write the year, "-Q" and 1 to 4, e.g. 2026-Q1')
    expect(() => parseReportArgs(['--quarter', '2026-Q1', '--pages', '3'], {})).toThrow(/Unknown option '--pages'/)
    expect(() => parseReportArgs(['--quarter', '2026-Q1', '--web', 'ftp://x'], {})).toThrow('--web "ftp://x" is not an http(s) URL of the web app')
  })

  it('says the web app is unreachable, naming its URL, before starting Chromium', async () => {
    const url = `http://127.0.0.1:${await freePort()}`
    await expect(checkReachable(url)).rejects.toThrow(`the web app at ${url} is not reachable (ECONNREFUSED); start the stack (npm start) or pass --web <url> / WEB_URL`)
  })
})
