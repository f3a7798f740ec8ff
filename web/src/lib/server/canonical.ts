import { redirect } from '@sveltejs/kit'

/**
 * Sends a view to its canonical URL (no empty `from=&to=` left by a GET form, stable parameter order) so that
 * shared links are short and equal views have equal URLs. Skipped when parts of the query were rejected: the page
 * then explains what it ignored instead of silently rewriting the link.
 */
export function toCanonical(url: URL, canonicalSearch: string, problems: string[]): void {
  if (problems.length === 0 && url.search !== canonicalSearch) redirect(302, url.pathname + canonicalSearch)
}
