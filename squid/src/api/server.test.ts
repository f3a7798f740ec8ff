import fs from 'node:fs'
import path from 'node:path'
import { buildSchema, GraphQLEnumType, GraphQLObjectType } from 'graphql'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { factId, parseFactId } from '../mappings/facts'
import { FLOW_KIND_DAY_FIELDS, FLOW_KINDS } from '../modules/treasury/flowKinds'
import { TreasuryFlowKind } from '../model/generated/_treasuryFlowKind'
import { readSdl, type ApiModule } from './module'
import { API_MODULES } from './modules'
import { apiTypeDefs, makeResolvers } from './server'

const schema = buildSchema(apiTypeDefs().join('\n'))

describe('API modules', () => {
  it('assembles every SDL fragment beside the modules, and nothing else', () => {
    const files = fs.readdirSync(path.join(__dirname, 'modules')).filter((f) => f.endsWith('.graphql')).sort()
    expect(files).toEqual(API_MODULES.map((m) => `${m.name}.graphql`).sort())
    for (const m of API_MODULES) expect(m.typeDefs).toBe(fs.readFileSync(path.join(__dirname, 'modules', `${m.name}.graphql`), 'utf8'))
  })

  it('resolves every query of the schema, each in the module that declares it', () => {
    const resolvers = makeResolvers(new pg.Pool())
    const queries = Object.keys((schema.getType('Query') as GraphQLObjectType).getFields()).sort()
    expect(Object.keys(resolvers.Query).sort()).toEqual(queries)
    for (const m of API_MODULES) {
      const declared = [...m.typeDefs.matchAll(/^extend type Query \{([^}]*)\}/gm)].flatMap((x) => [...x[1].matchAll(/^\s+(\w+)\(|^\s+(\w+):/gm)].map((f) => f[1] ?? f[2]))
      expect(Object.keys(m.resolvers({ q: async () => [], pool: new pg.Pool() }).Query).sort(), m.name).toEqual(declared.sort())
    }
  })

  it('refuses two modules that resolve the same query, naming both', () => {
    const twice: ApiModule = { name: 'treasury-again', typeDefs: '', resolvers: () => ({ Query: { spends: () => null } }) }
    expect(() => makeResolvers(new pg.Pool(), [...API_MODULES, twice])).toThrow('API modules treasury and treasury-again both resolve Query.spends')
  })

  it('finds a fragment from the compiled module directory (squid/lib), where tsc copies no .graphql', () => {
    const libDir = path.resolve(__dirname, '..', '..', 'lib', 'api', 'modules')
    expect(readSdl(libDir, 'fees.graphql')).toContain('feePayments(')
    expect(() => readSdl(libDir, 'nope.graphql')).toThrow(/The API's SDL fragment nope.graphql was not found; looked in .*lib\/api\/modules\/nope.graphql and .*src\/api\/modules\/nope.graphql/)
  })
})

describe('shared with the indexer', () => {
  it('parses the fact ids factId writes, and nothing else', () => {
    expect(parseFactId(factId('asset-hub', 28_490_502, 17))).toEqual({ chain: 'asset-hub', blockNumber: 28_490_502, eventIndex: 17 })
    expect(factId('relay', 7, 3)).toBe('relay-0000000007-000003')
    for (const id of ['relay-7-3', 'relay-0000000007-3', 'spend-relay-12', '']) expect(parseFactId(id)).toBeUndefined()
  })

  it('knows every flow kind of the model and of the API, each summed per day in a field of its own but Consolidated and SubTreasuryPayout', () => {
    const kinds = FLOW_KINDS.map((k) => k.kind).sort()
    expect(kinds).toEqual(Object.values(TreasuryFlowKind).sort())
    expect(kinds).toEqual((schema.getType('FlowKind') as GraphQLEnumType).getValues().map((v) => v.name).sort())
    // a move between two accounts of one side changes no balance and no day sum
    expect(FLOW_KINDS.filter((k) => !k.dayField).map((k) => k.kind)).toEqual(['Consolidated', 'SubTreasuryPayout'])
    expect(new Set(FLOW_KIND_DAY_FIELDS.map((k) => k.dayField)).size).toBe(FLOW_KIND_DAY_FIELDS.length)
    // moves are neither income nor spending
    expect(FLOW_KINDS.filter((k) => k.direction === 'Move').map((k) => k.kind)).toEqual(['MigratedOut', 'MigratedIn', 'Consolidated', 'RelayPayout', 'SubTreasuryPayout'])
  })
})
