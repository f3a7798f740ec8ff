/**
 * One event and every fact derived from it, across domains: the link target of every figure. The facts come from
 * the modules (ApiModule.eventFacts, each filling the field of EventFacts its SDL adds); this module knows none.
 */
import { factId } from '../../mappings/facts'
import { readSdl, type ApiModule } from '../module'
import { badInput, chainArg } from '../validate'

/** "<chain>-<block>-<index>" (EventRef.id) → its parts and the id of the fact rows derived from that event */
function parseEventRefId(id: string): { chain: string; block: number; index: number; factId: string } {
  const m = /^([a-z-]+)-(\d+)-(\d+)$/.exec(id)
  if (!m) throw badInput(`event id must look like relay-1234567-8 (chain, block, event index), got ${JSON.stringify(id)}`, 'id')
  const chain = chainArg(m[1])!
  const block = Number(m[2])
  const index = Number(m[3])
  return { chain, block, index, factId: factId(chain, block, index) }
}

/** The event page over the facts of `modules()` (a function: the list this module is part of). */
export function eventsModule(modules: () => readonly ApiModule[]): ApiModule {
  return {
    name: 'events',
    typeDefs: readSdl(__dirname, 'events.graphql'),
    resolvers: (db) => ({
      Query: {
        async event(_: unknown, { id }: { id: string }) {
          const ref = parseEventRefId(id)
          const facts = modules().flatMap((m) => m.eventFacts ?? [])
          const found = await Promise.all(facts.map((f) => f.ofEvent(db, ref.factId)))
          const timestamp = found.flatMap((f) => f.timestamps)[0]
          if (!timestamp) return null
          return {
            id: `${ref.chain}-${ref.block}-${ref.index}`,
            chain: ref.chain,
            blockNumber: ref.block,
            eventIndex: ref.index,
            timestamp,
            ...Object.fromEntries(facts.map((f, i) => [f.field, found[i].value])),
          }
        },
      },
    }),
  }
}
