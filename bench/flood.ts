/**
 * Hostile clients against ordinary ones: the p95 of 50 ordinary clients (closed loop, the fee page's query) alone,
 * then while 20 other clients flood the API with 500-alias documents, with the per-client limits
 * (squid/src/api/clients.ts) on, and with them off (the baseline: the same API with limits too high to matter), on
 * the same seeded database. Prints each p95 and the ratio flooded ÷ alone for both.
 *
 *   npx tsx bench/flood.ts [--seconds 8] [--ordinary 50] [--flooders 20]
 */
import { startApi, type ApiServer } from '../squid/src/api/server'
import { DEFAULT_CLIENT_LIMITS } from '../squid/src/api/clients'
import { DEFAULT_LIMITS } from '../squid/src/api/limits'
import { freePort, startSeededDb } from '../test/support/api-db'
import { fmt, intArg, table } from './support'

const ORDINARY = `query { feeTotals(chain: "relay") { extrinsics fees tips } feePayments(chain: "relay", limit: 5) { totalCount items { id fee tip } } }`
const FLOOD = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: feePayments(limit: 1) { totalCount }`).join(' ')} }`

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN

async function ask(url: string, client: string, query: string): Promise<{ ms: number; status: number }> {
  const t = performance.now()
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, body: JSON.stringify({ query }) })
  await res.arrayBuffer()
  return { ms: performance.now() - t, status: res.status }
}

/** ordinary clients in a closed loop for `seconds`, with `flooders` hostile ones beside them */
async function run(api: ApiServer, seconds: number, ordinary: number, flooders: number) {
  const until = performance.now() + seconds * 1000
  const times: number[] = []
  let failed = 0
  let flooded = 0
  let refused429 = 0
  const loop = async (client: string, query: string, record: boolean) => {
    while (performance.now() < until) {
      const a = await ask(api.url, client, query)
      if (record) {
        times.push(a.ms)
        if (a.status !== 200) failed++
      } else {
        flooded++
        if (a.status === 429) refused429++
      }
    }
  }
  await Promise.all([
    ...Array.from({ length: ordinary }, (_, i) => loop(`192.0.2.${i + 1}`, ORDINARY, true)),
    ...Array.from({ length: flooders }, (_, i) => loop(`203.0.113.${i + 1}`, FLOOD, false)),
  ])
  return { p95: p95(times), answered: times.length, failed, flooded, refused429 }
}

async function main() {
  const seconds = intArg('seconds', 8)
  const ordinary = intArg('ordinary', 50)
  const flooders = intArg('flooders', 20)
  const seeded = await startSeededDb()
  const unlimited = { ...DEFAULT_CLIENT_LIMITS, trustProxy: true, ratePerSecond: 1e9, concurrency: 1e9, refusalsPerMinute: 1e9 }
  const rows: (string | number)[][] = [['limits', 'p95 alone ms', 'p95 flooded ms', 'ratio', 'ordinary answered (alone / flooded)', 'flood requests', 'of them 429']]
  try {
    for (const [name, clientLimits] of [
      ['per-client limits (defaults)', { ...DEFAULT_CLIENT_LIMITS, trustProxy: true }],
      ['baseline: none', unlimited],
    ] as const) {
      const api = await startApi({ dbUrl: seeded.db.readOnlyUrl, port: await freePort(), limits: DEFAULT_LIMITS, clientLimits })
      try {
        await run(api, 1, ordinary, 0) // warm-up
        const alone = await run(api, seconds, ordinary, 0)
        const flooded = await run(api, seconds, ordinary, flooders)
        if (alone.failed || flooded.failed) throw new Error(`${name}: ordinary clients got ${alone.failed + flooded.failed} non-200 answers`)
        rows.push([name, fmt(alone.p95, 1), fmt(flooded.p95, 1), fmt(flooded.p95 / alone.p95, 2), `${alone.answered} / ${flooded.answered}`, flooded.flooded, flooded.refused429])
      } finally {
        await api.close()
      }
    }
  } finally {
    await seeded.close()
  }
  console.log(`${ordinary} ordinary clients (closed loop, ${seconds} s), ${flooders} clients flooding 500-alias documents:`)
  console.log(table(rows))
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
