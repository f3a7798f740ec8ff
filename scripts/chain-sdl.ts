/**
 * Writes the API's chains into the enum ChainId of squid/src/api/modules/chains.graphql (chains.ts
 * withChainEnum), so that the web's codegen, which reads the SDL files, sees the chains the server serves. The
 * first step of `npm run codegen:web`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { withChainEnum } from '../squid/src/api/modules/chains'

const file = path.resolve(__dirname, '..', 'squid', 'src', 'api', 'modules', 'chains.graphql')
const before = readFileSync(file, 'utf8')
const after = withChainEnum(before)
if (after !== before) {
  writeFileSync(file, after)
  console.log(`wrote the API's chains into ${path.relative(process.cwd(), file)}`)
}
