import type { HandleFetch, HandleServerError } from '@sveltejs/kit'
import { apiUrl } from '$lib/server/api'

/**
 * The API limits each client (its rate, its requests in flight, its refusals): it must see the reader, not this
 * server, or one reader's flood would block every other. The API trusts this header only when told it sits behind
 * this server (API_TRUST_PROXY).
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  if (request.url.startsWith(new URL(apiUrl()).origin)) {
    let reader: string | undefined
    try {
      reader = event.getClientAddress()
    } catch {
      // prerendering or a request without a socket: no reader to name
    }
    if (reader) request.headers.set('x-forwarded-for', reader)
  }
  return fetch(request)
}

/** Unexpected errors: log the stack on the server, show the reader an id instead of the stack */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status === 404) return { message }
  const errorId = crypto.randomUUID().slice(0, 8)
  console.error(`[${errorId}] ${event.request.method} ${event.url.pathname}${event.url.search}:`, error)
  return { message: `Something went wrong while building this page (error ${errorId}).`, kind: 'internal', errorId }
}
