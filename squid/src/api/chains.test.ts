/** The API's chain list: the indexer's (CHAIN_IDS), and the SDL's enum ChainId written from it. */
import fs from 'node:fs'
import path from 'node:path'
import { GraphQLError } from 'graphql'
import { describe, expect, it } from 'vitest'
import { CHAIN_IDS } from '../config'
import { chainKey, chains, withChainEnum } from './modules/chains'
import { API_CHAINS, chainArg } from './validate'

describe("the API's chains", () => {
  it("are the indexer's chains, the relay first", () => {
    expect([...API_CHAINS].sort()).toEqual([...CHAIN_IDS].sort())
    expect(API_CHAINS[0]).toBe('relay')
    expect(Object.keys(chains.resolvers({ q: async () => [], pool: undefined as never }).Query)).toContain('chains')
  })

  it('each have a GraphQL enum value that maps back to the id alone', () => {
    for (const id of API_CHAINS) {
      expect(id, 'a chain id with "_" would map to the same enum value as one with "-"').toMatch(/^[a-z][a-z0-9-]*$/)
      expect(chainKey(id)).toMatch(/^[_A-Za-z][_0-9A-Za-z]*$/)
      expect(chainKey(id).replace(/_/g, '-')).toBe(id)
    }
  })

  it('are the values of enum ChainId in the committed chains.graphql (npm run codegen:web writes them)', () => {
    const file = fs.readFileSync(path.join(__dirname, 'modules', 'chains.graphql'), 'utf8')
    expect(file, 'squid/src/api/modules/chains.graphql is stale: run npm run codegen:web').toBe(withChainEnum(file))
    expect(file).toContain(`enum ChainId { ${API_CHAINS.map(chainKey).join(' ')} }`)
    expect(withChainEnum(file, ['relay', 'bridge-hub'])).toContain('enum ChainId { relay bridge_hub }')
  })

  it('are named in the error for any other chain', () => {
    expect(() => chainArg('kusama')).toThrow(GraphQLError)
    expect(() => chainArg('kusama')).toThrow('chain "kusama" is not known; use one of relay, asset-hub, collectives, coretime, people')
    expect(chainArg('asset-hub')).toBe('asset-hub')
  })
})
