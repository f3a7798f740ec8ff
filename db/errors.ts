/** The errors both halves of the database setup (provision.ts, embedded.ts) raise: messages meant for the user. */
export class DatabaseError extends Error {
  name = 'DatabaseError'
}

export function errMessage(e: unknown): string {
  if (e instanceof Error) return e.message
  return e == null ? '' : String(e)
}
