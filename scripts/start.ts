/**
 * `npm start`: the product for the configured network (NETWORK, default polkadot): Postgres, one processor per
 * chain, the API and the web app. Endpoints and ports come from env (see README). Ctrl-C stops everything.
 */
import path from 'node:path'
import { networkName } from '../squid/src/config'
import { REPO_ROOT, startStack } from './stack'

function portFromEnv(name: string): number | undefined {
  const v = process.env[name]
  if (v === undefined || v === '') return undefined
  const n = Number(v)
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`${name} must be a TCP port (1–65535), got ${JSON.stringify(v)}`)
  return n
}

async function main() {
  const network = networkName()
  const dataRoot = path.resolve(process.env.DATA_DIR ?? path.join(REPO_ROOT, '.data', network))
  const stack = await startStack({
    network,
    dataRoot,
    dbPort: process.env.DB_PORT ? Number(process.env.DB_PORT) : undefined,
    replicaPort: portFromEnv('DB_READ_REPLICA_PORT'),
    apiPort: Number(process.env.API_PORT ?? 4350),
    webPort: Number(process.env.WEB_PORT ?? 3000),
    log: (m) => console.log(`[start] ${m}`),
  })
  console.log(`[start] dashboard: ${stack.webUrl}  ·  API: ${stack.apiUrl}  ·  Ctrl-C stops`)
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    console.log('[start] stopping…')
    await stack.stop()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(`[start] ${e.message ?? e}`)
  process.exit(1)
})
