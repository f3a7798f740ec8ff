/** The what-if's share from the URL (?share=20..40), defaulting to 20 %. */
export const DEFAULT_SHARE = 20

export function parseShare(params: URLSearchParams): { share: number; problem?: string } {
  const s = params.get('share')?.trim()
  if (!s) return { share: DEFAULT_SHARE }
  const n = Number(s)
  if (Number.isInteger(n) && n >= 20 && n <= 40) return { share: n }
  return { share: DEFAULT_SHARE, problem: `Ignored share "${s}": use a whole percent from 20 to 40.` }
}
