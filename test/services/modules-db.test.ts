/**
 * The handler's phases across modules and the re-sync, on real Postgres (embedded) through the real
 * TypeormDatabase, over a stream of relay blocks whose events are encoded with the real Paseo relay metadata
 * (bench/support.ts). The squid code is the compiled one (squid/lib), as the processor runs it.
 */
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TypeormDatabase } from '@subsquid/typeorm-store'
import { loadSquid, relayEnv, runHandler, sql, startBenchDb, StreamBuilder, streamModules, type BenchDb, type Squid } from '../../bench/support'
import type { IndexingPlan } from '../../squid/src/handler'
import { moduleNamed } from '../../squid/src/modules/registry'

const SQUID_DIR = path.resolve(__dirname, '..', '..', 'squid')
const lib = (p: string) => require(path.join(SQUID_DIR, 'lib', p))

async function freePort(): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const port = 5500 + Math.floor(Math.random() * 100)
    const free = await new Promise<boolean>((resolve) => {
      const srv = net.createServer()
      srv.once('error', () => resolve(false))
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)))
    })
    if (free) return port
  }
  throw new Error('no free port in 5500-5599')
}

/** Every SQL statement any pg client of this process sends, in order. */
const statements: string[] = []
const proto = pg.Client.prototype as any
const origQuery = proto.query
proto.query = function (q: unknown, ...rest: unknown[]) {
  statements.push(typeof q === 'string' ? q : String((q as { text?: string })?.text ?? ''))
  return origQuery.call(this, q, ...rest)
}

const TABLES = ['asset', 'spend', 'spend_event', 'treasury_flow', 'spend_period', 'fee_payment', 'treasury_day', 'treasury_asset_day', 'fee_day', 'money_flow_day', 'era_payout', 'dap_event', 'referenda_track', 'referendum', 'referendum_event', 'referendum_vote', 'referendum_voter', 'bounty', 'bounty_event', 'child_bounty', 'child_bounty_event', 'module_range']

async function digest(url: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const t of TABLES) {
    const [r] = await sql(url, `SELECT count(*)::int AS n, md5(coalesce(string_agg(to_jsonb(t)::text, '|' ORDER BY id), '')) AS d FROM ${t} t`)
    out[t] = `${r.n} ${r.d}`
  }
  return out
}

let squid: Squid
let bench: BenchDb
const BLOCKS = 300

beforeAll(async () => {
  squid = loadSquid()
  bench = await startBenchDb('modules_phases', () => {}, await freePort())
})
afterAll(async () => {
  proto.query = origQuery
  await bench?.cleanup()
})

/** every relay module the stream can feed (not asset-rate: its reads need chain state the stream has none of) */
function planAll(env: ReturnType<typeof relayEnv>, from: number): IndexingPlan {
  return squid.handler.planOf(streamModules(squid, env), from)
}

describe('handler phases across modules', () => {
  it('one load query per entity type, one upsert per type, and the storage reads before the transaction opens', async () => {
    const stream = new StreamBuilder({ blocks: 200, batch: 100, days: 2 })
    const base = relayEnv(squid, stream.lastHeight)
    /** for each read: had this batch's transaction started when the treasury module read the treasury's balance? */
    const readInsideTransaction: boolean[] = []
    let batchStart = 0
    const env = {
      ...base,
      accountFree: async (header: any, account: string) => {
        readInsideTransaction.push(statements.slice(batchStart).some((s) => /^(START TRANSACTION|BEGIN)/i.test(s)))
        return base.accountFree!(header, account)
      },
    }
    const plan = planAll(env, stream.height(0))
    process.env.DB_URL = bench.db.url
    const run = async (db: { transact: TypeormDatabase['transact'] }, stateSchema: string) => {
      const perBatch: { sql: string[]; upserts: string[] }[] = []
      let prev = { height: -1, hash: '0x' }
      for (const blocks of stream.batches()) {
        const next = { height: blocks[blocks.length - 1].header.height, hash: blocks[blocks.length - 1].header.hash }
        batchStart = statements.length
        const upserts: string[] = []
        await db.transact({ prevHead: prev, nextHead: next }, (store) => {
          // the handler's store calls: upsert(rows) names the entity type of its rows
          const counted = new Proxy(store, {
            get: (t: any, prop) =>
              prop === 'upsert' ? (rows: any) => (upserts.push((Array.isArray(rows) ? rows[0] : rows)?.constructor.name ?? '(none)'), t.upsert(rows)) : t[prop],
          })
          return squid.handler.handleBatch({ ...env, cfg: { ...env.cfg, stateSchema } }, plan, { blocks, store: counted, log: console, isHead: false, _chain: undefined } as any)
        })
        perBatch.push({ sql: statements.slice(batchStart), upserts })
        prev = next
      }
      return perBatch
    }
    const typeorm = () => new TypeormDatabase({ stateSchema: 'relay_processor', supportHotBlocks: false, isolationLevel: 'READ COMMITTED', projectDir: SQUID_DIR })

    const lazy = new (lib('database').LazyTransactionDatabase)(typeorm())
    await lazy.connect()
    let perBatch: { sql: string[]; upserts: string[] }[]
    try {
      perBatch = await run(lazy, 'relay_processor')
    } finally {
      await lazy.disconnect()
    }
    // the treasury's balance at the close of each day and at each batch's last block: all read before the transaction
    expect(readInsideTransaction.length).toBeGreaterThanOrEqual(2)
    expect(readInsideTransaction.every((inside) => !inside)).toBe(true)
    expect(perBatch).toHaveLength(2)
    for (const batch of perBatch) {
      // loads: one SELECT each for Spend (with its asset) and the two rollups, whichever modules asked, and no other
      const selects = batch.sql.filter((s) => /^SELECT .* FROM "(?!relay_processor)/s.test(s)).map((s) => /FROM "(\w+)"/.exec(s)![1])
      expect(selects.sort()).toEqual(['fee_day', 'money_flow_day', 'spend', 'treasury_day'])
      // writes: one upsert per entity type, the shared Asset dimension first, parents before children
      expect(batch.upserts).toEqual(['Asset', 'FeePayment', 'FeeDay', 'Spend', 'SpendEvent', 'TreasuryFlow', 'SpendPeriod', 'TreasuryDay', 'MoneyFlowDay', 'ModuleRange', 'ChainSync'])
    }
    const ranges = await sql(bench.db.url, `SELECT id, module, version, from_block, to_block FROM module_range ORDER BY id`)
    // every relay module, at the version it declares (a bump re-syncs: sync/ranges.ts)
    const relayModules = ['bounties', 'coretime', 'dap', 'fees', 'inclusion', 'money-flows', 'referenda', 'slashes', 'staking', 'treasury']
    expect(ranges).toEqual(relayModules.map((m) => ({ id: `relay-${m}`, module: m, version: moduleNamed(m).version, from_block: stream.height(0), to_block: stream.lastHeight })))

    // The same handler under the plain TypeormDatabase reads inside the transaction: what the wrapper prevents.
    readInsideTransaction.length = 0
    await sql(bench.db.url, `TRUNCATE asset, spend, spend_event, treasury_flow, spend_period, fee_payment, treasury_day, fee_day, money_flow_day, era_payout, dap_event, module_range, chain_sync CASCADE`)
    const plain = new TypeormDatabase({ stateSchema: 'relay_processor_plain', supportHotBlocks: false, isolationLevel: 'READ COMMITTED', projectDir: SQUID_DIR })
    await plain.connect()
    try {
      await run(plain, 'relay_processor_plain')
    } finally {
      await plain.disconnect()
    }
    expect(readInsideTransaction.length).toBeGreaterThanOrEqual(2)
    expect(readInsideTransaction.every((inside) => inside)).toBe(true)
  })

  it('a batch that fails before its first store access opens no transaction and writes nothing', async () => {
    const stream = new StreamBuilder({ blocks: 50, batch: 50, days: 1, startHeight: 30_000_000 })
    const base = relayEnv(squid, stream.lastHeight)
    const env = { ...base, accountFree: async () => Promise.reject(new Error('Client error: UnknownBlock: State already discarded for 0xabc')) }
    const before = await digest(bench.db.url)
    const lazy = new (lib('database').LazyTransactionDatabase)(new TypeormDatabase({ stateSchema: 'relay_processor_fail', supportHotBlocks: false, isolationLevel: 'READ COMMITTED', projectDir: SQUID_DIR }))
    await lazy.connect()
    try {
      const [blocks] = [...stream.batches()]
      const mark = statements.length
      const last = blocks[blocks.length - 1].header
      const done = lazy.transact({ prevHead: { height: -1, hash: '0x' }, nextHead: { height: last.height, hash: last.hash } }, (store: any) =>
        squid.handler.handleBatch(env, planAll(env, stream.height(0)), { blocks, store, log: console, isHead: false, _chain: undefined } as any),
      )
      await expect(done).rejects.toThrow(`relay: the RPC endpoint ${env.cfg.rpcUrl} no longer has the state of block ${last.height}`)
      expect(statements.slice(mark).filter((s) => /^(START TRANSACTION|BEGIN)/i.test(s))).toEqual([])
    } finally {
      await lazy.disconnect()
    }
    expect(await digest(bench.db.url)).toEqual(before)
    const [state] = await sql(bench.db.url, `SELECT height FROM relay_processor_fail.status`)
    expect(state.height).toBe(-1)
  })
})

describe('re-sync', () => {
  it("rebuilds exactly a module's facts and rollups, and those of the modules that read it", async () => {
    const dbName = 'modules_resync'
    await sql(bench.db.url, `CREATE DATABASE ${dbName}`)
    const url = bench.urlOf(dbName)
    const { applyMigrations } = await import('../../db/migrate')
    await applyMigrations(url)
    const stream = () => new StreamBuilder({ blocks: BLOCKS, batch: 100, days: 3, startHeight: 24_000_000 })
    const s = stream()
    const env = relayEnv(squid, s.lastHeight)
    const handle = (plan: IndexingPlan) => (e: typeof env, ctx: any) => squid.handler.handleBatch(e, plan, ctx)
    await runHandler(url, s, handle(planAll(env, s.height(0))), env)
    const indexed = await digest(url)
    const rows = async (t: string) => (await sql(url, `SELECT count(*)::int AS n FROM ${t}`))[0].n
    expect(await rows('fee_payment')).toBeGreaterThan(500)
    // an asset spend every 50 blocks, a local one every 100
    expect(await rows('spend')).toBe(BLOCKS / 50 + BLOCKS / 100)

    const { prepareResync, finishResync, resyncSchemaOf } = lib('sync/resync')
    const { withDependents, withPrerequisites } = squid.registry
    const onChain = streamModules(squid, env)
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const resyncOne = async (name: string) => {
        const modules = withDependents([name], onChain)
        const plan = await prepareResync(client, { chain: 'relay', stateSchema: 'relay_processor', startBlock: 0, modules, all: false })
        const emptied = await digest(url)
        const t0 = performance.now()
        const resyncEnv = { ...env, cfg: { ...env.cfg, stateSchema: resyncSchemaOf('relay_processor') } }
        const p: IndexingPlan = { modules: withPrerequisites(modules, onChain), writes: new Map(modules.map((m: any) => [m, { fromBlock: plan.from }])), chainSync: false, handedOn: new squid.handler.HandedOn() }
        await runHandler(url, stream(), handle(p), resyncEnv)
        await finishResync(client, plan, 'relay_processor')
        return { plan, emptied, seconds: (performance.now() - t0) / 1000 }
      }

      // fees: treasury reads its fee shares and money-flows its splits, so all three are rebuilt; the asset
      // dimension and the chain's position stay
      const fees = await resyncOne('fees')
      // (and referenda, which link their enactments to the treasury's spends, and bounties, which link the
      // treasury's flows into and out of them)
      expect(fees.plan.modules.map((m: any) => m.name)).toEqual(['fees', 'treasury', 'referenda', 'bounties', 'money-flows'])
      expect([fees.plan.from, fees.plan.to]).toEqual([s.height(0), s.lastHeight])
      const count = (d: Record<string, string>, t: string) => Number(d[t].split(' ')[0])
      expect(fees.plan.deleted).toEqual(Object.fromEntries(['money_flow_day', 'child_bounty_event', 'child_bounty', 'bounty_event', 'bounty', 'referenda_track', 'referendum_voter', 'referendum_vote', 'referendum_event', 'referendum', 'treasury_asset_day', 'treasury_day', 'spend_period', 'treasury_flow', 'spend_event', 'spend', 'fee_day', 'fee_payment'].map((t) => [t, count(indexed, t)])))
      for (const t of ['fee_payment', 'fee_day', 'money_flow_day', 'spend', 'spend_event', 'treasury_flow', 'spend_period', 'treasury_day']) expect([t, count(fees.emptied, t)]).toEqual([t, 0])
      // the ranges of the modules not rebuilt (staking, dap, slashes, coretime, inclusion) stay
      expect(count(fees.emptied, 'module_range')).toBe(5)
      expect(fees.emptied.asset).toBe(indexed.asset)
      expect(await digest(url)).toEqual(indexed)
      const [schema] = await sql(url, `SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = 'relay_processor_resync'`)
      expect(schema.n).toBe(0)

      // treasury alone: the fees' rows are not touched
      const treasury = await resyncOne('treasury')
      expect(treasury.plan.modules.map((m: any) => m.name)).toEqual(['treasury', 'referenda', 'bounties'])
      expect(Object.keys(treasury.plan.deleted)).not.toContain('fee_payment')
      expect(treasury.emptied.fee_payment).toBe(indexed.fee_payment)
      expect(treasury.emptied.fee_day).toBe(indexed.fee_day)
      expect(await digest(url)).toEqual(indexed)
      console.log(`re-sync of fees+treasury over ${BLOCKS} blocks: ${fees.seconds.toFixed(2)} s; treasury: ${treasury.seconds.toFixed(2)} s`)

      // Indexing the same blocks again without the delete adds them to the rollups twice: why the re-sync deletes.
      const before = (await sql(url, `SELECT sum(in_fees)::text AS f FROM treasury_day`))[0].f
      const again: IndexingPlan = { modules: onChain, writes: new Map([[onChain[1], { fromBlock: s.height(0) }]]), chainSync: false, handedOn: new squid.handler.HandedOn() }
      await runHandler(url, stream(), handle(again), { ...env, cfg: { ...env.cfg, stateSchema: 'relay_processor_twice' } })
      const after = (await sql(url, `SELECT sum(in_fees)::text AS f FROM treasury_day`))[0].f
      expect(BigInt(after)).toBe(2n * BigInt(before))
    } finally {
      await client.end()
    }
  })
})
