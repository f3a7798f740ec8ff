/**
 * The replay chain from the command line.
 *
 *   npx tsx devnet/replay/cli.ts serve relay.jsonl [asset-hub.jsonl coretime.jsonl] [--port 9944] [--host 127.0.0.1]
 *       [--relay-blocks-per-second 2] [--log-calls]
 *   npx tsx devnet/replay/cli.ts generate relay-history out.jsonl [--blocks 100000] [--from 28490000] [--json]
 *   npx tsx devnet/replay/cli.ts generate year <dir> [--days 91] [--start 2025-10-28] [--migration-day 7]
 *       [--relay-per-day 48] [--asset-hub-per-day 48] [--coretime-per-day 24]
 *
 * `serve` with one file answers at http://host:port/ and ws://host:port/; with several, each chain at /<chain id>.
 * With --relay-blocks-per-second the chains are built as they go, on one relay-block timeline; otherwise every
 * block is there from the start. On exit (Ctrl-C) it prints the RPC methods it was asked for.
 * `generate year` writes relay.jsonl, asset-hub.jsonl, coretime.jsonl and summary.json (the generator's totals per
 * domain) into <dir>: see devnet/replay/year/index.ts.
 */
import path from 'node:path'
import { ReplayChain } from './chain'
import { writeRelayHistory } from './histories'
import { writeYear } from './year'
import { startReplayServer, SERVED_METHODS } from './server'
import { ReplayTimeline } from './timeline'

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  if (i < 0) return undefined
  const v = args[i + 1]
  args.splice(i, 2)
  return v
}

function flag(args: string[], name: string): boolean {
  const i = args.indexOf(name)
  if (i >= 0) args.splice(i, 1)
  return i >= 0
}

async function serve(args: string[]): Promise<void> {
  const port = Number(option(args, '--port') ?? 9944)
  const host = option(args, '--host') ?? '127.0.0.1'
  const rate = option(args, '--relay-blocks-per-second')
  const logCalls = flag(args, '--log-calls')
  if (!args.length) throw new Error('serve: name at least one replay file')
  const chains: ReplayChain[] = []
  for (const f of args) {
    const t = Date.now()
    const c = await ReplayChain.fromFile(path.resolve(f))
    const { first, last } = c.heights
    console.log(`${c.id}: ${f}, blocks ${first}..${last}, branches ${c.branchNames().join(', ')} (${Date.now() - t} ms)`)
    chains.push(c)
  }
  const server = await startReplayServer(chains, { host, port, logCall: logCalls ? (c, m, p) => console.log(`${c} ${m} ${JSON.stringify(p).slice(0, 200)}`) : undefined })
  for (const c of chains) console.log(`${c.id}: ${server.httpUrl(chains.length > 1 ? c.id : undefined)}  ${server.wsUrl(chains.length > 1 ? c.id : undefined)}`)
  let stop: (() => void) | undefined
  if (rate) {
    const timeline = new ReplayTimeline(chains)
    stop = timeline.play(1000 / Number(rate), (r) => {
      if (r % 100 === 0) console.log(`relay block ${r}`)
    })
  }
  console.log(`serving ${SERVED_METHODS.length} methods; Ctrl-C to stop`)
  process.once('SIGINT', async () => {
    stop?.()
    console.log('calls:', Object.fromEntries(server.stats.calls), server.stats.unknown.size ? { unknown: Object.fromEntries(server.stats.unknown) } : '')
    await server.close()
    process.exit(0)
  })
}

function positive(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${v}"`)
  return n
}

function generateYear(args: string[]): void {
  const days = positive('--days', option(args, '--days'))
  const startArg = option(args, '--start')
  const start = startArg === undefined ? undefined : Date.parse(`${startArg}T00:00:00Z`)
  if (start !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(startArg!) || Number.isNaN(start))) throw new Error(`--start must be a UTC day (YYYY-MM-DD), got "${startArg}"`)
  const migrationDay = positive('--migration-day', option(args, '--migration-day'))
  const perDay = {
    relay: positive('--relay-per-day', option(args, '--relay-per-day')),
    'asset-hub': positive('--asset-hub-per-day', option(args, '--asset-hub-per-day')),
    coretime: positive('--coretime-per-day', option(args, '--coretime-per-day')),
  }
  const [, out] = args
  if (!out) throw new Error('generate: usage: generate year <dir> [--days N] [--start YYYY-MM-DD] [--migration-day D]')
  const s = writeYear(path.resolve(out), { days, start, migrationDay, perDay: Object.fromEntries(Object.entries(perDay).filter(([, v]) => v !== undefined)) })
  for (const [chain, c] of Object.entries(s.chains)) console.log(`${chain}: ${c.file}, blocks ${c.from}..${c.to} (${c.blocks}), ${c.firstDate}..${c.lastDate}, runtimes ${c.upgrades.map((u) => `${u.spec}@${u.block}`).join(' → ')}`)
  console.log(`${s.days} days from ${s.start}, the migration on day ${s.migrationDay}; totals in ${path.join(path.resolve(out), 'summary.json')} (${s.buildMs} ms)`)
}

async function generate(args: string[]): Promise<void> {
  if (args[0] === 'year') return generateYear(args)
  const blocks = Number(option(args, '--blocks') ?? 100_000)
  const from = Number(option(args, '--from') ?? 28_490_000)
  const json = flag(args, '--json')
  const [what, out] = args
  if (what !== 'relay-history' || !out) throw new Error('generate: usage: generate relay-history <out.jsonl> [--blocks N] [--from H] [--json] | generate year <dir> [--days N]')
  const t = Date.now()
  const s = writeRelayHistory(path.resolve(out), { blocks, from, eventsAs: json ? 'json' : 'hex' })
  console.log(`${out}: relay blocks ${s.from}..${s.to}, ${s.fees} fees, ${s.deposits} deposits, ${s.spends} spends awarded, treasury closing ${s.treasuryClosing} (${Date.now() - t} ms)`)
}

async function main(): Promise<void> {
  const [cmd, ...args] = process.argv.slice(2)
  if (cmd === 'serve') return serve(args)
  if (cmd === 'generate') return generate(args)
  throw new Error('usage: cli.ts serve <file.jsonl>... | cli.ts generate relay-history <out.jsonl>')
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
