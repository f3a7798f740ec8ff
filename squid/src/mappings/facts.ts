/** The identity every fact row carries, and the id derived from it so that a replay writes the same rows. */
export interface EventCtx {
  chain: string
  blockNumber: number
  timestamp: Date
  eventIndex: number
  extrinsicIndex?: number
  extrinsicHash?: string
}

export function factId(chain: string, blockNumber: number, eventIndex: number): string {
  return `${chain}-${String(blockNumber).padStart(10, '0')}-${String(eventIndex).padStart(6, '0')}`
}

export function ctxId(c: EventCtx): string {
  return factId(c.chain, c.blockNumber, c.eventIndex)
}

const FACT_ID = /^(.+)-(\d{10})-(\d{6})$/

/** The inverse of factId: "<chain>-<10-digit block>-<6-digit index>" → its parts; undefined for any other string. */
export function parseFactId(id: string): { chain: string; blockNumber: number; eventIndex: number } | undefined {
  const m = FACT_ID.exec(id)
  return m ? { chain: m[1], blockNumber: Number(m[2]), eventIndex: Number(m[3]) } : undefined
}

/** UTC day of a timestamp, "YYYY-MM-DD": rollups are per chain and UTC day. */
export function utcDay(t: Date): string {
  return t.toISOString().slice(0, 10)
}

export function dayId(chain: string, day: string): string {
  return `${chain}-${day}`
}
