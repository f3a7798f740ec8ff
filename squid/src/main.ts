/**
 * One chain's processor: `node squid/lib/main.js <relay|coretime|asset-hub>` (NETWORK and endpoints from env,
 * see config.ts; DB_URL selects the database).
 */
import { RpcClient } from '@subsquid/rpc-client'
import { TypeormDatabase } from '@subsquid/typeorm-store'
import path from 'node:path'
import { chainConfig, ConfigError, type ChainConfig, type ChainId } from './config'
import { handleBatch, type ChainEnv } from './handler'
import { ProcessorHealth } from './health'
import { DECODERS, makeProcessor } from './processor'

/** The treasury pot: the account of PalletId "py/trsry" ("modl" + id, zero-padded to 32 bytes). */
export const TREASURY_ACCOUNT = '0x' + Buffer.concat([Buffer.from('modlpy/trsry'), Buffer.alloc(20)]).toString('hex')

export class EndpointError extends Error {
  name = 'EndpointError'
}

function envVarOf(chain: ChainId): string {
  return `${chain.toUpperCase().replace('-', '_')}_RPC_URL`
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
        `set ${envVarOf(cfg.chain)} to another endpoint${cfg.network === 'devnet' ? ' or start the local chains (npm run chains)' : ''}`,
    )
  } finally {
    clearTimeout(timer)
    client.close()
  }
}

/** `health` records each committed batch and the way the process ends (health.ts). */
export async function runChain(chain: ChainId, health: ProcessorHealth): Promise<void> {
  const cfg = chainConfig(chain)
  const props = await probeChain(cfg)
  const decoders = DECODERS[cfg.decoders]
  const rpc = new RpcClient({ url: cfg.rpcUrl, requestTimeout: 15_000 })
  const env: ChainEnv = {
    cfg,
    decoders,
    ss58Prefix: props.ss58Format,
    native: { id: 'native', symbol: props.symbol, decimals: props.decimals, chain: cfg.chain },
    treasuryAccount: TREASURY_ACCOUNT,
    treasuryBalance: decoders.treasury && decoders.accountFree ? (header) => decoders.accountFree!(header, TREASURY_ACCOUNT) : undefined,
    chainHeight: async () => Number.parseInt((await rpc.call('chain_getHeader', []))?.number, 16),
  }
  const db = new TypeormDatabase({
    stateSchema: cfg.stateSchema,
    // Also on devnet, where finalized = best: a processor restarted at the head is served as hot blocks.
    supportHotBlocks: true,
    isolationLevel: 'READ COMMITTED',
    projectDir: path.resolve(__dirname, '..'),
  })
  health.watchHead(env.chainHeight)
  makeProcessor(cfg).run(health.database(db), (ctx) => handleBatch(env, ctx))
}

if (require.main === module) {
  const chain = process.argv[2] as ChainId
  const health = new ProcessorHealth(chain)
  health.onExit()
  runChain(chain, health).catch((e) => {
    health.failed(e)
    console.error(e instanceof ConfigError || e instanceof EndpointError ? e.message : e)
    process.exit(1)
  })
}
