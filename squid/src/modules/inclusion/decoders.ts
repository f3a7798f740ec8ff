/**
 * The relay's parachain inclusion and core assignments. ParaInclusion's events are tuples `[candidate receipt, head
 * data, core index, group index]`: the receipt's descriptor names the para (its v2 descriptor also a core index,
 * which the event's own field repeats; the event's is the one every runtime has). CoretimeAssignmentProvider keeps
 * per core its current work and a queue of schedules by begin block (CoreSchedules, linked by `next_schedule`).
 */
import { anyOf, eventDecoder, storageAt, type Decoder, type Runtime } from '../../decoders/decode'
import * as relay from '../../types/relay'
import { segmentOf, noWork, type Segment } from './capacity'

export interface Candidate {
  kind: 'Included' | 'Backed'
  para: number
  core: number
  group: number
}

export interface InclusionDecoders {
  candidate: Decoder<Candidate>
  coreAssigned: Decoder<{ core: number }>
  /** a core's assignments as storage has them at `block`: its current work from there, then its queued schedules */
  coreWork(chain: string, block: any, core: number): Promise<Segment[]>
  /** every core's below `cores` that has work or a queue */
  allCoreWork(chain: string, block: any, cores: number): Promise<Record<number, Segment[]>>
}

type RawAssignment = { __kind: 'Idle' } | { __kind: 'Pool' } | { __kind: 'Task'; value: number }
const assignment = (a: RawAssignment, parts: number) => ({ kind: a.__kind, para: a.__kind === 'Task' ? a.value : undefined, parts })

type RawDescriptor = { queue?: { first: number; last: number }; currentWork?: { assignments: [RawAssignment, { ratio: number }][]; endHint?: number } }
type RawSchedule = { assignments: [RawAssignment, number][]; endHint?: number; nextSchedule?: number }

interface InclusionTypes {
  events: typeof relay.events
  storage: typeof relay.storage
}

const candidate = (kind: Candidate['kind']) => (x: [{ descriptor: { paraId: number } }, unknown, number, number]): Candidate => ({ kind, para: x[0].descriptor.paraId, core: x[2], group: x[3] })

function inclusionDecoders(t: InclusionTypes): InclusionDecoders {
  const has = (block: any, item: string) => (block._runtime as { hasStorageItem?(n: string): boolean } | undefined)?.hasStorageItem?.(item) !== false
  /** the descriptor's work from `height`, then each queued schedule, following next_schedule from the queue's first */
  async function segments(chain: string, block: any, core: number, d: RawDescriptor | undefined): Promise<Segment[]> {
    const cw = d?.currentWork
    const out: Segment[] = [cw ? segmentOf(block.height, cw.endHint, cw.assignments.map(([a, s]) => assignment(a, s.ratio))) : noWork(block.height)]
    let begin = d?.queue?.first
    const schedules = storageAt(chain, 'CoretimeAssignmentProvider.CoreSchedules', t.storage.coretimeAssignmentProvider.coreSchedules, block)
    // a queue is a handful of schedules (one per sale region ahead); the bound only guards a malformed chain
    for (let n = 0; begin !== undefined && n < 64; n++) {
      const s: RawSchedule | undefined = await schedules.get(block, [begin, core])
      if (!s) break
      out.push(segmentOf(Math.max(begin, block.height), s.endHint, s.assignments.map(([a, p]) => assignment(a, p))))
      begin = begin === d!.queue!.last ? undefined : s.nextSchedule
    }
    return out
  }
  return {
    candidate: anyOf(eventDecoder(t.events.paraInclusion.candidateIncluded, candidate('Included')), eventDecoder(t.events.paraInclusion.candidateBacked, candidate('Backed'))),
    coreAssigned: eventDecoder<{ core: number }>(t.events.coretime.coreAssigned),
    async coreWork(chain, block, core) {
      // runtimes before Coretime (1.3) have no assignment provider: their cores are leases, outside this module
      if (!has(block, 'CoretimeAssignmentProvider.CoreDescriptors')) return [noWork(block.height)]
      const d: RawDescriptor | undefined = await storageAt(chain, 'CoretimeAssignmentProvider.CoreDescriptors', t.storage.coretimeAssignmentProvider.coreDescriptors, block).get(block, core)
      return segments(chain, block, core, d)
    },
    async allCoreWork(chain, block, cores) {
      if (!has(block, 'CoretimeAssignmentProvider.CoreDescriptors')) return {}
      // the map's keys are Twox256-hashed, so they cannot be listed: every core index below the bound is asked for,
      // in one request
      const indices = Array.from({ length: cores }, (_, i) => i)
      const all: (RawDescriptor | undefined)[] = await storageAt(chain, 'CoretimeAssignmentProvider.CoreDescriptors', t.storage.coretimeAssignmentProvider.coreDescriptors, block).getMany(block, indices)
      const out: Record<number, Segment[]> = {}
      for (const core of indices) {
        const d = all[core]
        if (d?.currentWork || d?.queue) out[core] = await segments(chain, block, core, d)
      }
      return out
    },
  }
}

export const INCLUSION_DECODERS: Readonly<Partial<Record<Runtime, InclusionDecoders>>> = {
  relay: inclusionDecoders(relay),
}
