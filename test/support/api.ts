/** A tiny GraphQL client for tests: returns data, or throws with the API's error messages. */
export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await gqlRaw(url, query, variables)
  if (body.errors?.length) throw new Error(body.errors.map((e: { message: string }) => e.message).join('; '))
  return body.data as T
}

export async function gqlRaw(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; errors?: { message: string; extensions?: any }[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
  return (await res.json()) as any
}
