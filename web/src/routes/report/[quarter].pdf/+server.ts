/**
 * /report/2026-Q1.pdf: the printable report page, printed by headless Chromium on this server. The page is read
 * back from this same app (REPORT_WEB_URL when the server cannot reach itself at the request's origin).
 */
import { error } from '@sveltejs/kit'
import { env } from '$env/dynamic/private'
import type { RequestHandler } from './$types'
import { parseQuarter } from '$lib/quarter'
import { ReportPageError, reportPdf } from '$lib/server/pdf'

export const GET: RequestHandler = async ({ params, url }) => {
  const parsed = parseQuarter(params.quarter)
  if ('problem' in parsed) error(400, { message: `Bad quarter in the address: ${parsed.problem}.` })
  const quarter = parsed.value.key
  try {
    const r = await reportPdf(env.REPORT_WEB_URL?.trim() || url.origin, quarter)
    return new Response(new Uint8Array(r.pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="treasury-report-${quarter}.pdf"`,
        // how long it took, for whoever measures (the replay test prints it)
        'server-timing': `load;dur=${r.loadMs.toFixed(0)}, print;dur=${r.printMs.toFixed(0)}`,
      },
    })
  } catch (e) {
    if (e instanceof ReportPageError) error(e.status >= 500 ? 502 : e.status, { message: `The report page could not be printed: ${e.message}` })
    error(503, { message: `The PDF could not be made: headless Chromium failed (${(e as Error).message.split('\n')[0]}). The printable page is at /report/${quarter}.` })
  }
}
