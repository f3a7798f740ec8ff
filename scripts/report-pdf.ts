/**
 * The quarterly treasury report as PDF: the web app's printable page /report/<quarter>, opened in headless Chromium
 * (scripts/chromium.ts) and printed with playwright's page.pdf. One function for both callers: the web app's
 * /report/<quarter>.pdf endpoint and `npm run report` (scripts/report.ts).
 */
import type { Browser } from 'playwright-core'

export interface ReportPdf {
  pdf: Buffer
  /** what the page's own load took, then the printing */
  loadMs: number
  printMs: number
}

/** An A4 page's CSS width at 96 dpi: the charts measure their width once mounted, so they fit the paper */
const A4_WIDTH_PX = 794

export class ReportPageError extends Error {
  override name = 'ReportPageError'
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

/** Prints `<webUrl>/report/<quarter>`; a page that answers with an error status throws ReportPageError with its sentence. */
export async function printReport(browser: Browser, webUrl: string, quarter: string): Promise<ReportPdf> {
  const url = `${webUrl.replace(/\/$/, '')}/report/${encodeURIComponent(quarter)}`
  const context = await browser.newContext({ viewport: { width: A4_WIDTH_PX, height: 1123 }, acceptDownloads: false })
  try {
    const page = await context.newPage()
    const t0 = performance.now()
    const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 })
    if (!response) throw new ReportPageError(`${url} gave no response`, 502)
    if (response.status() >= 400) {
      const said = (await page.locator('[data-testid=error-state] .message').textContent().catch(() => null))?.trim()
      throw new ReportPageError(`${url} answered ${response.status()}${said ? `: ${said}` : ''}`, response.status())
    }
    // the charts draw at their measured width once the page has hydrated
    await page.waitForFunction(() => document.body.dataset.hydrated === 'true', undefined, { timeout: 30_000 })
    const t1 = performance.now()
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '14mm', bottom: '16mm', left: '10mm', right: '10mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;color:#555">Polkadot treasury report ${quarter.replace(/[<>&]/g, '')} · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
    })
    return { pdf, loadMs: t1 - t0, printMs: performance.now() - t1 }
  } finally {
    await context.close()
  }
}
