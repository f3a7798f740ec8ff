/**
 * The web app's side of the report PDF: one headless Chromium (scripts/chromium.ts), started on the first request
 * and kept for the next ones (a start takes about a second), printing the app's own /report/<quarter> page through
 * scripts/report-pdf.ts, the same code `npm run report` runs.
 */
import type { Browser } from 'playwright-core'
import { launchChromium } from '../../../../scripts/chromium'
import { printReport, type ReportPdf } from '../../../../scripts/report-pdf'

export { ReportPageError } from '../../../../scripts/report-pdf'

let browser: Promise<Browser> | undefined

async function chromium(): Promise<Browser> {
  if (!browser) {
    browser = launchChromium().then(({ browser: b }) => {
      b.on('disconnected', () => (browser = undefined))
      return b
    })
    browser.catch(() => (browser = undefined))
  }
  return browser
}

export async function reportPdf(webUrl: string, quarter: string): Promise<ReportPdf> {
  return printReport(await chromium(), webUrl, quarter)
}
