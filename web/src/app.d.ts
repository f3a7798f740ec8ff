// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string
      /** Set when the failure was the API's, so the page can say which API */
      apiUrl?: string
      kind?: 'unreachable' | 'http' | 'graphql' | 'internal'
      /** Correlates the page with the server log for unexpected errors */
      errorId?: string
    }
  }
}

export {}
