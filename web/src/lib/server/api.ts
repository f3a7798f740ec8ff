import { env } from '$env/dynamic/private'
import { error } from '@sveltejs/kit'
import { ApiError, createApi, type Api } from '$lib/api'

export const DEFAULT_API_URL = 'http://127.0.0.1:4350/graphql'

/** Read at request time, not build time, so one build serves any deployment */
export function apiUrl(): string {
  return env.API_URL?.trim() || DEFAULT_API_URL
}

export function serverApi(fetch: typeof globalThis.fetch): Api {
  return createApi({ url: apiUrl(), fetch })
}

/**
 * Runs a loader's API calls and turns API failures into an HTTP error that +error.svelte renders as a sentence
 * (503 when the API is down, 502 when it answers badly), instead of a 500 with a stack.
 */
export async function fromApi<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (err) {
    if (err instanceof ApiError) {
      error(err.kind === 'unreachable' ? 503 : 502, { message: err.message, apiUrl: err.apiUrl, kind: err.kind })
    }
    throw err
  }
}
