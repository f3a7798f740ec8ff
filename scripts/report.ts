/**
 * `npm run report -- --quarter 2026-Q1 --out report.pdf [--web http://127.0.0.1:3000]`: the quarterly treasury
 * report of a running stack's web app as PDF, printed by headless Chromium (scripts/chromium.ts). The web URL is
 * --web, else WEB_URL, else the stack's default (scripts/start.ts serves the web on 3000). Prints the time taken.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { launchChromium } from './chromium'
import { printReport } from './report-pdf'

export const DEFAULT_WEB_URL = 'http://127.0.0.1:3000'
const QUARTER = /^\d{4}-Q[1-4]$/

export interface ReportArgs {
  quarter: string
  out: string
  web: string
}

export function parseReportArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ReportArgs {
  const { values } = parseArgs({ args: argv, options: { quarter: { type: 'string' }, out: { type: 'string' }, web: { type: 'string' } }, strict: true })
  if (!values.quarter) throw new Error('--quarter is missing: give the quarter to report, e.g. --quarter 2026-Q1')
  if (!QUARTER.test(values.quarter)) throw new Error(`--quarter "${values.quarter}" is not a quarter: write the year, "-Q" and 1 to 4, e.g. 2026-Q1`)
  const out = values.out ?? `treasury-report-${values.quarter}.pdf`
  const web = (values.web ?? env.WEB_URL ?? DEFAULT_WEB_URL).replace(/\/$/, '')
  if (!/^https?:\/\//.test(web)) throw new Error(`--web "${web}" is not an http(s) URL of the web app`)
  return { quarter: values.quarter, out: path.resolve(out), web }
}

/** Fails with a sentence when nothing answers at the web URL, before Chromium is started. */
export async function checkReachable(web: string): Promise<void> {
  try {
    await fetch(web, { signal: AbortSignal.timeout(10_000) })
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause
    throw new Error(`the web app at ${web} is not reachable (${cause?.code ?? cause?.message ?? (e as Error).message}); start the stack (npm start) or pass --web <url> / WEB_URL`)
  }
}

export async function makeReport(args: ReportArgs): Promise<{ bytes: number; totalMs: number; loadMs: number; printMs: number; launchMs: number }> {
  const t0 = performance.now()
  await checkReachable(args.web)
  const { browser } = await launchChromium()
  const launchMs = performance.now() - t0
  try {
    const r = await printReport(browser, args.web, args.quarter)
    writeFileSync(args.out, r.pdf)
    return { bytes: r.pdf.length, totalMs: performance.now() - t0, loadMs: r.loadMs, printMs: r.printMs, launchMs }
  } finally {
    await browser.close()
  }
}

if (require.main === module) {
  ;(async () => {
    const args = parseReportArgs(process.argv.slice(2))
    const r = await makeReport(args)
    console.log(`wrote ${args.out} (${r.bytes} bytes): the ${args.quarter} report of ${args.web} in ${(r.totalMs / 1000).toFixed(2)} s (Chromium start ${(r.launchMs / 1000).toFixed(2)} s, page ${(r.loadMs / 1000).toFixed(2)} s, print ${(r.printMs / 1000).toFixed(2)} s)`)
  })().catch((e) => {
    console.error(`report: ${(e as Error).message}`)
    process.exit(1)
  })
}
