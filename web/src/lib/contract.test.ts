/**
 * The web app against the API's contract: every document the client sends must validate against the API's SDL
 * (squid/src/api/base.graphql and a fragment per module), so a renamed or removed field fails here rather than as
 * an error page.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { buildSchema, GraphQLObjectType, Kind, parse, validate, type OperationDefinitionNode } from 'graphql'
import { describe, expect, it } from 'vitest'
import { QUERIES } from './api'
import { SPEND_ORDERS, SPEND_STATUSES } from './types'
import { KNOWN_CHAINS } from './filters'
import { chainName } from './format'
import { API_CHAINS } from '../../../squid/src/api/validate'

const API_DIR = new URL('../../../squid/src/api/', import.meta.url)
const MODULES_DIR = new URL('modules/', API_DIR)
const SDL = [
  readFileSync(new URL('base.graphql', API_DIR), 'utf8'),
  ...readdirSync(MODULES_DIR).filter((f) => f.endsWith('.graphql')).map((f) => readFileSync(new URL(f, MODULES_DIR), 'utf8')),
].join('\n')
const schema = buildSchema(SDL)

describe('API contract', () => {
  it.each(Object.entries(QUERIES))('%s validates against the SDL', (_name, query) => {
    expect(validate(schema, parse(String(query))).map((e) => e.message)).toEqual([])
  })

  it('asks the event lookup for every fact the API derives from an event', () => {
    const op = parse(String(QUERIES.event)).definitions[0] as OperationDefinitionNode
    const event = op.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === 'event')
    expect(event?.kind).toBe(Kind.FIELD)
    const asked = (event as { selectionSet?: OperationDefinitionNode['selectionSet'] }).selectionSet!.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : s.kind))
    const facts = schema.getType('EventFacts') as GraphQLObjectType
    expect(asked.sort()).toEqual(Object.keys(facts.getFields()).sort())
  })

  it('knows every spend status and order the API has', () => {
    const values = (name: string) => (schema.getType(name) as unknown as { getValues(): { name: string }[] }).getValues().map((v) => v.name)
    expect([...SPEND_STATUSES]).toEqual(values('SpendStatus'))
    expect([...SPEND_ORDERS].sort()).toEqual(values('SpendOrder').sort())
  })

  it('offers the chains the API accepts, named', () => {
    // the web's list is codegen'd from the schema's enum ChainId; the API takes its own from the indexer
    expect([...KNOWN_CHAINS]).toEqual([...API_CHAINS])
    const values = (schema.getType('ChainId') as unknown as { getValues(): { name: string }[] }).getValues().map((v) => v.name)
    expect(values).toEqual(API_CHAINS.map((c) => c.replace(/-/g, '_')))
    for (const c of KNOWN_CHAINS) expect(chainName(c)).not.toBe(c)
  })
})
