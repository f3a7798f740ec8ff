/**
 * Keyset pagination. OFFSET n makes Postgres walk n rows before the page, so page 400 of a list costs 400 pages;
 * a cursor names the last row of a page by its sort key, and the next page starts right after it through an
 * index (`WHERE (key) < (cursor) ORDER BY key DESC LIMIT n`), whatever its depth.
 *
 * A cursor is opaque to clients: base64url of JSON `[list, ...key]`. It is checked on the way in: a string that
 * is not one, a cursor of another list, or a key of the wrong shape gets a BAD_USER_INPUT error on `after`.
 *
 * Totals: counting every row a filter matches is a scan of them all, so lists count from a daily rollup where
 * one has the figure (exact), else count at most COUNT_BOUND rows and say so (`totalCountExact: false`).
 */
import { badInput } from './validate'

/** What a key column holds: a cursor's values are checked against it. */
export type KeyPart = 'int' | 'string' | 'timestamp'

/** Rows counted at most where no rollup has the total: a count stays a bounded index scan. */
export const COUNT_BOUND = 10_000

export function encodeCursor(list: string, key: (string | number)[]): string {
  return Buffer.from(JSON.stringify([list, ...key])).toString('base64url')
}

/** The key a cursor of `list` holds; `shape` says what each value must be. */
export function decodeCursor(after: string, list: string, shape: KeyPart[]): (string | number)[] {
  const refuse = (why: string) => badInput(`after is not a cursor of ${list} (${why}); pass the nextCursor of a ${list} page`, 'after')
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(after)) throw refuse('not base64url')
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'))
  } catch {
    throw refuse('not JSON inside')
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') throw refuse('not a cursor')
  if (parsed[0] !== list) throw refuse(`a cursor of ${parsed[0]}`)
  const key = parsed.slice(1)
  if (key.length !== shape.length) throw refuse(`${key.length} key values, not ${shape.length}`)
  key.forEach((v, i) => {
    const ok =
      shape[i] === 'int'
        ? Number.isSafeInteger(v) && v >= 0
        : shape[i] === 'timestamp'
          ? typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v) && !Number.isNaN(Date.parse(v))
          : typeof v === 'string' && v.length <= 200
    if (!ok) throw refuse(`key value ${i + 1} is not a valid ${shape[i]}`)
  })
  return key
}

/** `after` and a non-zero `offset` together would be two starting points. */
export function checkStart(after: string | null | undefined, offset: number): void {
  if (after != null && offset !== 0) throw badInput(`give either after or offset, not both (offset ${offset})`, 'offset')
}

/** The page info of a keyset page: fetched `limit + 1` rows tell whether another page follows. */
export function keysetPage<R>(rows: R[], limit: number, list: string, keyOf: (r: R) => (string | number)[]): { rows: R[]; nextCursor: string | null; hasNextPage: boolean } {
  const hasNextPage = rows.length > limit
  const page = hasNextPage ? rows.slice(0, limit) : rows
  return { rows: page, hasNextPage, nextCursor: hasNextPage ? encodeCursor(list, keyOf(page[page.length - 1])) : null }
}
