/** The lottery's share of all fees from the URL (?share=1..100), defaulting to 10 %. */
export function parseLotteryShare(params: URLSearchParams): { share: number; problem?: string } {
  const s = params.get('share')?.trim()
  if (!s) return { share: 10 }
  const n = Number(s)
  if (Number.isInteger(n) && n >= 1 && n <= 100) return { share: n }
  return { share: 10, problem: `Ignored share "${s}": use a whole percent from 1 to 100.` }
}
