/**
 * Collects the runtime metadata the decoders are generated from (squid/typegen/*.jsonl, git-ignored):
 * the Paseo runtimes of ../shared/chain-specs, read from chopsticks, plus the real Polkadot relay metadata that
 * @polkadot/types-support ships. Run `npm run typegen` after changing this list.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { rpc, startLocalChains } from '../devnet/chains'
import type { DevChain } from '../devnet/specs'

interface SpecVersionRecord {
  specName: string
  specVersion: number
  blockNumber: number
  blockHash: string
  metadata: string
}

const OUT = path.resolve(__dirname, '..', 'squid', 'typegen')

/** Real-network metadata bundled with @polkadot/types-support (v14 only: typegen rejects v15). */
function bundled(chain: DevChain): SpecVersionRecord[] {
  if (chain !== 'relay') return []
  const hex: string = require('@polkadot/types-support/metadata/v14/polkadot-hex').default
  const ver = require('@polkadot/types-support/metadata/v14/polkadot-ver').default
  // Block numbers only order the entries for typegen; the real one is not shipped.
  return [{ specName: ver.specName, specVersion: ver.specVersion, blockNumber: 0, blockHash: '0x' + '00'.repeat(32), metadata: hex }]
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  const lc = await startLocalChains({ ports: { relay: 9801, coretime: 9802, assetHub: 9803 } })
  try {
    for (const c of Object.values(lc.chains)) {
      const hash = await rpc<string>(c.httpUrl, 'chain_getBlockHash', [])
      const header = await rpc<{ number: string }>(c.httpUrl, 'chain_getHeader', [hash])
      const version = await rpc<{ specName: string; specVersion: number }>(c.httpUrl, 'state_getRuntimeVersion', [hash])
      const metadata = await rpc<string>(c.httpUrl, 'state_getMetadata', [hash])
      const records = [...bundled(c.chain), { specName: version.specName, specVersion: version.specVersion, blockNumber: Math.max(1, Number(header.number)), blockHash: hash, metadata }]
      const file = path.join(OUT, `${c.chain}.jsonl`)
      writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n')
      console.log(`${c.chain}: ${records.map((r) => `${r.specName} ${r.specVersion}`).join(', ')} -> ${path.relative(process.cwd(), file)}`)
    }
  } finally {
    await lc.stop()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
