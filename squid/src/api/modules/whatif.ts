/**
 * The builder-rewards what-if: a share of the fees of calls to each contract goes to its deployer. Each fee's
 * reward is taken from its recipients in proportion to what they received, so the treasury's and DAP's income from
 * those fees falls by the same share (and the collators' pot, where the fees of that runtime era went, by the rest).
 *   reward(contract) = floor(fees × share / 100)
 *   income with the change = income − floor(income × share / 100)
 * Amounts in planck.
 */
export interface ContractFees {
  contract: string
  deployer: string | null
  deployerAccount: string | null
  calls: number
  callers: number
  /** fees of its calls */
  fees: bigint
  /** what the treasury and DAP received of those fees */
  income: bigint
}

export interface BuilderReward extends ContractFees {
  reward: bigint
  incomeWith: bigint
}

export function builderRewards(rows: readonly ContractFees[], sharePercent: number): { rows: BuilderReward[]; fees: bigint; reward: bigint; income: bigint; incomeWith: bigint } {
  if (!Number.isInteger(sharePercent) || sharePercent < 0 || sharePercent > 100) throw new RangeError(`share must be a whole percent 0–100, got ${sharePercent}`)
  const s = BigInt(sharePercent)
  const out = rows.map((r) => ({ ...r, reward: (r.fees * s) / 100n, incomeWith: r.income - (r.income * s) / 100n }))
  const sum = (f: (r: BuilderReward) => bigint) => out.reduce((a, r) => a + f(r), 0n)
  return { rows: out, fees: sum((r) => r.fees), reward: sum((r) => r.reward), income: sum((r) => r.income), incomeWith: sum((r) => r.incomeWith) }
}

/**
 * The participation-lottery what-if: each week a pot of `share` % of all fees paid; an account's tickets are the fees
 * it paid that week, so its chance is its fees ÷ the week's fees and its expected winnings that chance × the pot.
 *   pot = floor(fees × share / 100); expected(account) = floor(pot × fees(account) / fees)
 * Concentration: the Herfindahl index Σ chance² (1: one account holds every ticket; 1/n: n equal accounts).
 */
export interface LotteryWeek {
  pot: bigint
  fees: bigint
  accounts: number
  herfindahl: number
  entries: { account: string; fees: bigint; chance: number; expected: bigint }[]
}

export function lotteryWeek(entries: readonly { account: string; fees: bigint }[], sharePercent: number): LotteryWeek {
  if (!Number.isInteger(sharePercent) || sharePercent < 1 || sharePercent > 100) throw new RangeError(`share must be a whole percent 1–100, got ${sharePercent}`)
  const paying = entries.filter((e) => e.fees > 0n)
  const fees = paying.reduce((a, e) => a + e.fees, 0n)
  const pot = (fees * BigInt(sharePercent)) / 100n
  const out = paying
    .map((e) => ({ account: e.account, fees: e.fees, chance: Number(e.fees) / Number(fees), expected: (pot * e.fees) / fees }))
    .sort((a, b) => (b.fees > a.fees ? 1 : b.fees < a.fees ? -1 : a.account.localeCompare(b.account)))
  return { pot, fees, accounts: out.length, herfindahl: out.reduce((a, e) => a + e.chance * e.chance, 0), entries: out }
}
