/**
 * One chain's processor: `node squid/lib/main.js <relay|coretime|asset-hub|people|collectives>` (NETWORK and endpoints from env,
 * see config.ts; DB_URL selects the database). scripts/resync.ts runs it with
 * `--resync <modules|all> --from <block> --to <block>` to rebuild modules over blocks already indexed.
 */
import { RpcClient } from '@subsquid/rpc-client'
import { TypeormDatabase } from '@subsquid/typeorm-store'
import path from 'node:path'
import { chainConfig, ConfigError, envVar, type ChainConfig, type ChainId } from './config'
import { LazyTransactionDatabase } from './database'
import { HandedOn, handleBatch, type ChainEnv, type IndexingPlan } from './handler'
import { ProcessorHealth } from './health'
import { moduleNamed, modulesOn, ModuleError, withDependents, withPrerequisites } from './modules/registry'
import { makeProcessor } from './processor'
import { ModuleGapError, planAtStart } from './sync/ranges'
import { resyncSchemaOf } from './sync/resync'

export class EndpointError extends Error {
  name = 'EndpointError'
}

/** Asks the chain for its properties; an endpoint that does not answer gets an error naming it and the env var. */
export async function probeChain(cfg: ChainConfig, timeoutMs = 15_000): Promise<{ ss58Format: number; symbol: string; decimals: number }> {
  // Silent: the error below says all a user needs; the client would log every reconnection attempt.
  const client = new RpcClient({ url: cfg.rpcUrl, requestTimeout: timeoutMs, retryAttempts: 0, log: null })
  let timer: NodeJS.Timeout | undefined
  try {
    // The client reconnects forever on a refused socket; give up after timeoutMs instead.
    const props = await Promise.race([
      client.call('system_properties', []),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs)
      }),
    ])
    const first = <T>(v: T | T[] | undefined): T | undefined => (Array.isArray(v) ? v[0] : v)
    return {
      ss58Format: Number(props?.ss58Format ?? 42),
      symbol: String(first(props?.tokenSymbol) ?? 'UNIT'),
      decimals: Number(first(props?.tokenDecimals) ?? 10),
    }
  } catch (e) {
    throw new EndpointError(
      `the ${cfg.chain} RPC endpoint ${cfg.rpcUrl} is not reachable (${(e as Error).message}); ` +
        `set ${envVar(cfg.chain, 'RPC_URL')} to another endpoint${cfg.network === 'devnet' ? ' or start the local chains (npm run chains)' : ''}`,
    )
  } finally {
    clearTimeout(timer)
    client.close()
  }
}

/** A re-sync run (scripts/resync.ts): these modules (or all) over blocks [from, to], then exit. */
export interface ResyncOptions {
  modules: string[] | 'all'
  from: number
  to: number
}

/** The batch handler runChain calls: handleBatch; bench/ingest.ts passes an empty one to time the SDK alone. */
export type ChainHandler = (env: ChainEnv, plan: IndexingPlan, ctx: Parameters<typeof handleBatch>[2]) => Promise<void>

/** `health` records each committed batch and the way the process ends (health.ts). */
export async function runChain(chain: ChainId, health: ProcessorHealth, resync?: ResyncOptions, handle: ChainHandler = handleBatch): Promise<void> {
  const cfg = chainConfig(chain)
  const props = await probeChain(cfg)
  const rpc = new RpcClient({ url: cfg.rpcUrl, requestTimeout: 15_000 })
  const env: ChainEnv = {
    cfg,
    ss58Prefix: props.ss58Format,
    native: { id: 'native', symbol: props.symbol, decimals: props.decimals, chain: cfg.chain },
    chainHeight: async () => Number.parseInt((await rpc.call('chain_getHeader', []))?.number, 16),
    rpc: (method, params) => rpc.call(method, params),
  }
  const onChain = modulesOn(env)
  const some = resync && resync.modules !== 'all' ? resync.modules : undefined
  const written = some ? withDependents(some.map((n) => moduleNamed(n, onChain).name), onChain) : onChain
  // A re-sync of some modules keeps its own position; the chain's main state stays where it is.
  const stateSchema = some ? resyncSchemaOf(cfg.stateSchema) : cfg.stateSchema
  const fromBlock = resync?.from ?? cfg.fromBlock
  // The session holds the chain's lock until the process exits (a re-sync's parent holds it for its child).
  const { writes, session } = await planAtStart({ chain, stateSchema, fromBlock, written, lock: !resync })
  if (resync) await session.end()
  const plan: IndexingPlan = { modules: withPrerequisites(written, onChain), writes, chainSync: !some, handedOn: new HandedOn() }
  const db = new TypeormDatabase({
    stateSchema,
    // Also on devnet, where finalized = best: a processor restarted at the head is served as hot blocks.
    // A re-sync ends at a block the main processor had finalized.
    supportHotBlocks: !resync,
    isolationLevel: 'READ COMMITTED',
    projectDir: path.resolve(__dirname, '..'),
  })
  health.watchHead(env.chainHeight)
  // The health wrapper sees each transaction end (committed, or halted on an unknown event shape).
  makeProcessor(env, plan.modules, { from: fromBlock, to: resync?.to }).run(health.database(new LazyTransactionDatabase(db)), (ctx) => handle(env, plan, ctx))
}

function resyncArgs(argv: string[]): ResyncOptions | undefined {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`)
    return i < 0 ? undefined : argv[i + 1]
  }
  const modules = arg('resync')
  if (modules === undefined) return undefined
  const [from, to] = [Number(arg('from')), Number(arg('to'))]
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from) throw new ConfigError(`--resync needs --from <block> --to <block>, got --from ${arg('from')} --to ${arg('to')}`)
  return { modules: modules === 'all' ? 'all' : modules.split(','), from, to }
}

if (require.main === module) {
  const chain = process.argv[2] as ChainId
  const health = new ProcessorHealth(chain)
  health.onExit()
  Promise.resolve()
    .then(() => runChain(chain, health, resyncArgs(process.argv.slice(3))))
    .catch((e) => {
      health.failed(e)
      console.error(e instanceof ConfigError || e instanceof EndpointError || e instanceof ModuleGapError || e instanceof ModuleError ? e.message : e)
      process.exit(1)
    })
}
