import type { HandleServerError } from '@sveltejs/kit'

/** Unexpected errors: log the stack on the server, show the reader an id instead of the stack */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status === 404) return { message }
  const errorId = crypto.randomUUID().slice(0, 8)
  console.error(`[${errorId}] ${event.request.method} ${event.url.pathname}${event.url.search}:`, error)
  return { message: `Something went wrong while building this page (error ${errorId}).`, kind: 'internal', errorId }
}
