/**
 * Where the browser tests point and what they expect. The stack's global setup (test/setup/stack.ts) provides
 * `stack` with the web and API URLs and the scenario record; without it (test/e2e/vitest.config.ts), WEB_URL,
 * API_URL and optionally E2E_SCENARIO (a scenario record JSON file) come from the environment.
 */
import { existsSync, readFileSync } from 'node:fs'
import { inject } from 'vitest'

export interface WebTarget {
  webUrl: string
  apiUrl: string
  /** the scenario record as written by the setup, if any */
  scenario?: unknown
  scenarioFile?: string
}

export function webTarget(): WebTarget | undefined {
  // inject() returns undefined when no global setup provided the stack
  const stack = inject('stack') as { webUrl?: string; apiUrl?: string; scenarioFile?: string } | undefined
  const webUrl = stack?.webUrl ?? process.env.WEB_URL
  const apiUrl = stack?.apiUrl ?? process.env.API_URL
  if (!webUrl || !apiUrl) return undefined
  const scenarioFile = stack?.scenarioFile ?? process.env.E2E_SCENARIO
  const scenario = scenarioFile && existsSync(scenarioFile) ? JSON.parse(readFileSync(scenarioFile, 'utf8')) : undefined
  return { webUrl: webUrl.replace(/\/$/, ''), apiUrl, scenario, scenarioFile }
}

/**
 * Spend amounts (planck, as strings of digits) that the scenario says it created. devnet/scenario.ts records
 * `localSpend.amount` and `assetSpends[].amount`; a record with a generic `spends: [{ amount }]` works too.
 */
export function scenarioSpendAmounts(record: unknown): string[] {
  if (!record || typeof record !== 'object') return []
  const r = record as { localSpend?: { amount?: unknown }; assetSpends?: { amount?: unknown }[]; spends?: { amount?: unknown }[] }
  const amounts = [r.localSpend?.amount, ...(r.assetSpends ?? []).map((s) => s?.amount), ...(r.spends ?? []).map((s) => s?.amount)]
  return amounts.filter((a) => a !== undefined && a !== null && /^\d+$/.test(String(a))).map((a) => String(a))
}

/** POST a GraphQL query to the API under test */
export async function gql<T>(apiUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] }
  if (body.errors?.length || !body.data) throw new Error(`API ${apiUrl}: ${body.errors?.map((e) => e.message).join('; ') ?? res.status}`)
  return body.data
}

/**
 * The expected text of an amount, written independently of the app's formatter: integer part grouped by
 * thousands, every significant decimal, then the symbol.
 */
export function expectedAmount(planck: string, decimals: number, symbol: string): string {
  const digits = planck.replace(/^-/, '').padStart(decimals + 1, '0')
  const int = digits.slice(0, digits.length - decimals)
  const frac = decimals ? digits.slice(-decimals).replace(/0+$/, '') : ''
  const grouped = BigInt(int).toLocaleString('en-US')
  return `${planck.startsWith('-') ? '-' : ''}${grouped}${frac ? `.${frac}` : ''} ${symbol}`
}
