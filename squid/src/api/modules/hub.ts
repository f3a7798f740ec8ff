/**
 * The Hub's adoption rollups (HubDay, HubAssetDay, HubPoolDay) and the DOT/USD day price: the chain's own
 * (DotPriceDay) unless the user imported one for that day (ImportedDotPrice), each naming its source.
 */
import type { DotPriceDay, HubAssetDay, HubContract, HubContractCall, HubDay, HubPoolDay, ImportedDotPrice, SpendAssetRate } from '../../model/generated'
import { formatMicroUsd } from '../../modules/hub/price'
import { spendUsd, type DayPrice, type UsdValue } from '../../modules/hub/usd'
import { builderRewards, lotteryWeek } from './whatif'
import { readSdl, type ApiDb, type ApiModule } from '../module'
import type { AssetCols, OrNull, Prefixed, Row } from '../row'
import { asset, ASSET_COLS, dailyFilter, dayRange, Where } from '../sql'
import { badInput, chainArg, page, period } from '../validate'

type Args = { chain?: string; from?: string; to?: string }

const ASSET_ID = /^(native|assethub-assets:\d+|assethub-foreign:.+)$/

function assetArg(v: string | null | undefined, argument: string): string | undefined {
  if (v == null) return undefined
  if (!ASSET_ID.test(v)) throw badInput(`${argument} "${v}" is not an Asset id; use native, assethub-assets:<n> (e.g. assethub-assets:1984 for USDT) or assethub-foreign:<location>`, argument)
  return v
}

function poolArg(v: string | null | undefined): string | undefined {
  if (v == null) return undefined
  const sides = v.split('/')
  if (sides.length < 2 || !sides.every((s) => ASSET_ID.test(s))) throw badInput(`pool "${v}" is not two Asset ids joined by "/", e.g. native/assethub-assets:1984`, 'pool')
  return v
}

/** The day rows of one chain and period, with the dates prefixed by the table's alias `t`. */
function filter(args: Args) {
  const { w } = dailyFilter(args)
  w.parts = w.parts.map((p) => `t.${p}`)
  return w
}

const hubDayFromRow = (r: Row<HubDay>) => ({
  date: r.date,
  activeAccounts: r.active_accounts,
  feePayments: r.fee_payments,
  newAccounts: r.new_accounts,
  migratedAccounts: r.migrated_accounts,
  reapedAccounts: r.reaped_accounts,
  swaps: r.swaps,
  poolsCreated: r.pools_created,
  contractsDeployed: r.contracts_deployed,
  firstBlock: r.first_block,
  lastBlock: r.last_block,
})

type PoolRow = Row<HubPoolDay> & Prefixed<AssetCols, 'a1_'> & Prefixed<AssetCols, 'a2_'>
const unprefix = (r: Record<string, any>, p: string) => asset({ asset_id: r[`${p}asset_id`], asset_symbol: r[`${p}asset_symbol`], asset_decimals: r[`${p}asset_decimals`], asset_chain: r[`${p}asset_chain`] })

type PriceRow = OrNull<Row<DotPriceDay>> & { day: string } & OrNull<Prefixed<Pick<Row<ImportedDotPrice>, 'micro_usd_per_dot' | 'source'>, 'imp_'>>

/** The price of each day: an imported one where supplied (it takes precedence), else the chain's. */
export async function dotPriceRows(q: ApiDb['q'], args: Args) {
  const { chain = 'asset-hub', from, to } = { ...args, ...dailyFilter(args).p }
  const rows = await q<PriceRow>(
    `SELECT coalesce(t.date, i.date) AS day, t.*, i.micro_usd_per_dot AS imp_micro_usd_per_dot, i.source AS imp_source
       FROM (SELECT * FROM dot_price_day WHERE chain = $1) t FULL JOIN imported_dot_price i ON i.date = t.date
      WHERE ($2::text IS NULL OR coalesce(t.date, i.date) >= $2) AND ($3::text IS NULL OR coalesce(t.date, i.date) <= $3)
      ORDER BY day`,
    [chain, from ?? null, to ?? null],
  )
  return rows.map((r) => {
    const micro = r.imp_micro_usd_per_dot ?? r.micro_usd_per_dot
    return {
      date: r.day,
      usdPerDot: micro == null ? null : formatMicroUsd(BigInt(micro)),
      microUsdPerDot: micro,
      source: r.imp_source ?? r.source ?? 'none',
      chainMicroUsdPerDot: r.micro_usd_per_dot,
      chainSource: r.source,
      swaps: r.swaps ?? 0,
      dotVolume: r.dot_volume ?? '0',
      usdVolume: r.usd_volume ?? '0',
      reserveDot: r.reserve_dot,
      reserveUsd: r.reserve_usd,
      reserveBlock: r.reserve_block,
    }
  })
}

const H160 = /^0x[0-9a-fA-F]{40}$/
function h160Arg(v: string | null | undefined, argument: string): string | undefined {
  if (v == null) return undefined
  if (!H160.test(v)) throw badInput(`${argument} "${v}" is not a 20-byte 0x address (40 hex digits)`, argument)
  return v.toLowerCase()
}

/** What a Spend (as the treasury module's spendFromRow returns it) is valued from */
interface SpendParent {
  id: string
  asset: { id: string }
  amount: string
  approved: { timestamp: Date | string | null } | null
  paid: { timestamp: Date | string | null } | null
}

type SpendValues = { usdAtApproval: UsdValue; usdAtPayout: UsdValue; assetRate: { rateToNative: string | null; block: number; source: string } | null }

/**
 * Values the spends one GraphQL response asks for together: their field resolvers queue them and one tick later
 * two queries (the day prices, the spends' AssetRates) value them all; never a query per spend.
 */
function spendValuer(q: ApiDb['q']) {
  let queue: { spend: SpendParent; resolve: (v: SpendValues) => void; reject: (e: unknown) => void }[] = []
  const cache = new WeakMap<object, Promise<SpendValues>>()
  const flush = async () => {
    const batch = queue
    queue = []
    try {
      const priceRows = await dotPriceRows(q, {})
      const prices: DayPrice[] = priceRows.filter((r) => r.microUsdPerDot != null).map((r) => ({ date: r.date, microUsdPerDot: BigInt(r.microUsdPerDot!), source: r.source }))
      const ids = [...new Set(batch.map((b) => b.spend.id))]
      const rates = new Map((await q<Row<SpendAssetRate>>(`SELECT * FROM spend_asset_rate WHERE id = ANY($1)`, [ids])).map((r) => [r.id, r]))
      const day = (t: Date | string | null | undefined) => (t == null ? null : new Date(t).toISOString().slice(0, 10))
      for (const { spend, resolve } of batch) {
        const r = rates.get(spend.id)
        const rate = r ? { rateToNative: r.rate_to_native == null ? null : BigInt(r.rate_to_native), source: r.source } : undefined
        const s = { assetId: spend.asset.id, amount: BigInt(spend.amount) }
        resolve({
          usdAtApproval: spendUsd(s, day(spend.approved?.timestamp), prices, rate),
          usdAtPayout: spendUsd(s, day(spend.paid?.timestamp), prices, rate),
          assetRate: r ? { rateToNative: r.rate_to_native, block: r.block, source: r.source } : null,
        })
      }
    } catch (e) {
      for (const b of batch) b.reject(e)
    }
  }
  return (spend: SpendParent): Promise<SpendValues> => {
    let p = cache.get(spend)
    if (!p) {
      p = new Promise<SpendValues>((resolve, reject) => {
        if (queue.length === 0) setImmediate(flush)
        queue.push({ spend, resolve, reject })
      })
      cache.set(spend, p)
    }
    return p
  }
}

const usdOut = (v: UsdValue) => ({ microUsd: v.microUsd, usd: v.microUsd == null ? null : formatMicroUsd(v.microUsd), source: v.source, day: v.day })

export const hub: ApiModule = {
  name: 'hub',
  typeDefs: readSdl(__dirname, 'hub.graphql'),
  resolvers: ({ q }) => {
    const valueOf = spendValuer(q)
    return {
    Spend: {
      usdAtApproval: async (s: SpendParent) => usdOut((await valueOf(s)).usdAtApproval),
      usdAtPayout: async (s: SpendParent) => usdOut((await valueOf(s)).usdAtPayout),
      assetRate: async (s: SpendParent) => (await valueOf(s)).assetRate,
    },
    Query: {
      async hubDaily(_: unknown, args: Args) {
        const w = filter(args)
        return (await q<Row<HubDay>>(`SELECT * FROM hub_day t ${w.sql} ORDER BY t.date`, w.params)).map(hubDayFromRow)
      },
      async hubAssetDaily(_: unknown, args: Args & { asset?: string }) {
        const w = filter(args)
        const id = assetArg(args.asset, 'asset')
        if (id) w.add('t.asset_id = ?', id)
        const rows = await q<Row<HubAssetDay> & AssetCols>(`SELECT t.*, ${ASSET_COLS} FROM hub_asset_day t JOIN asset a ON a.id = t.asset_id ${w.sql} ORDER BY t.date, t.asset_id`, w.params)
        return rows.map((r) => ({ date: r.date, asset: asset(r), transfers: r.transfers, volume: r.volume, issued: r.issued, burned: r.burned, feePayments: r.fee_payments, fees: r.fees, touched: r.touched, holders: r.holders, holdersBlock: r.holders_block, lastBlock: r.last_block }))
      },
      async hubPoolDaily(_: unknown, args: Args & { pool?: string }) {
        const w = filter(args)
        const pool = poolArg(args.pool)
        if (pool) w.add('t.pool = ?', pool)
        const cols = (p: string) => `${p}.id AS ${p}_asset_id, ${p}.symbol AS ${p}_asset_symbol, ${p}.decimals AS ${p}_asset_decimals, ${p}.chain AS ${p}_asset_chain`
        const rows = await q<PoolRow>(`SELECT t.*, ${cols('a1')}, ${cols('a2')} FROM hub_pool_day t JOIN asset a1 ON a1.id = t.asset1_id JOIN asset a2 ON a2.id = t.asset2_id ${w.sql} ORDER BY t.date, t.pool`, w.params)
        return rows.map((r) => ({ date: r.date, pool: r.pool, asset1: unprefix(r, 'a1_'), asset2: unprefix(r, 'a2_'), swaps: r.swaps, amount1: r.amount1, amount2: r.amount2, liquidityEvents: r.liquidity_events, liquidityAdded1: r.liquidity_added1, liquidityAdded2: r.liquidity_added2, liquidityRemoved1: r.liquidity_removed1, liquidityRemoved2: r.liquidity_removed2, createdEventId: r.created_event_id, lastBlock: r.last_block }))
      },
      async hubContracts(_: unknown, args: Args & { deployer?: string }) {
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('chain = ?', chain)
        if (args.deployer != null) {
          if (!/^0x[0-9a-fA-F]{40}$/.test(args.deployer)) throw badInput(`deployer "${args.deployer}" is not a 20-byte 0x address (40 hex digits)`, 'deployer')
          w.add('deployer = ?', args.deployer.toLowerCase())
        }
        const p = period(args.from, args.to)
        dayRange(w, 'timestamp', p.from, p.to)
        const rows = await q<Row<HubContract>>(`SELECT * FROM hub_contract ${w.sql} ORDER BY block_number, event_id`, w.params)
        return rows.map((r) => ({ contract: r.contract, deployer: r.deployer, deployerAccount: r.deployer_account, blockNumber: r.block_number, timestamp: r.timestamp, eventId: r.event_id }))
      },
      async hubContractCalls(_: unknown, args: Args & { contract?: string; caller?: string; limit?: number; offset?: number }) {
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('chain = ?', chain)
        const contract = h160Arg(args.contract, 'contract')
        if (contract) w.add('contract = ?', contract)
        const caller = h160Arg(args.caller, 'caller')
        if (caller) w.add('caller_h160 = ?', caller)
        const p = period(args.from, args.to)
        dayRange(w, 'timestamp', p.from, p.to)
        const { limit, offset } = page(args.limit, args.offset)
        const rows = await q<Row<HubContractCall>>(`SELECT * FROM hub_contract_call ${w.sql} ORDER BY block_number, extrinsic_index LIMIT ${limit} OFFSET ${offset}`, w.params)
        return rows.map((r) => ({ contract: r.contract, via: r.via, caller: r.caller, callerH160: r.caller_h160, fee: r.fee, blockNumber: r.block_number, timestamp: r.timestamp, extrinsicIndex: r.extrinsic_index, extrinsicHash: r.extrinsic_hash }))
      },
      async builderRewards(_: unknown, args: Args & { sharePercent: number }) {
        if (!Number.isInteger(args.sharePercent) || args.sharePercent < 20 || args.sharePercent > 40) throw badInput(`sharePercent must be a whole percent from 20 to 40 (the proposal's range), got ${args.sharePercent}`, 'sharePercent')
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('c.chain = ?', chain)
        const p = period(args.from, args.to)
        dayRange(w, 'c.timestamp', p.from, p.to)
        const rows = await q<{ contract: string; deployer: string | null; deployer_account: string | null; calls: number; callers: number; fees: string; income: string }>(
          `SELECT c.contract, k.deployer, k.deployer_account, count(*)::int AS calls, count(DISTINCT coalesce(c.caller_h160, c.caller))::int AS callers,
                  coalesce(sum(c.fee), 0)::text AS fees, coalesce(sum(f.to_treasury + f.to_dap), 0)::text AS income
             FROM hub_contract_call c
             LEFT JOIN hub_contract k ON k.chain = c.chain AND k.contract = c.contract
             LEFT JOIN fee_payment f ON f.id = c.fee_event_id
             ${w.sql} GROUP BY c.contract, k.deployer, k.deployer_account`,
          w.params,
        )
        const r = builderRewards(rows.map((x) => ({ contract: x.contract, deployer: x.deployer, deployerAccount: x.deployer_account, calls: x.calls, callers: x.callers, fees: BigInt(x.fees), income: BigInt(x.income) })), args.sharePercent)
        r.rows.sort((a, b) => (b.fees > a.fees ? 1 : b.fees < a.fees ? -1 : a.contract.localeCompare(b.contract)))
        const str = (v: bigint) => String(v)
        return {
          sharePercent: args.sharePercent,
          formula: 'reward = floor(fees × share / 100) per contract, to its deployer; taken from each fee’s recipients pro rata, so treasury/DAP income with = income − floor(income × share / 100)',
          rows: r.rows.map((x) => ({ ...x, fees: str(x.fees), reward: str(x.reward), income: str(x.income), incomeWith: str(x.incomeWith) })),
          fees: str(r.fees),
          reward: str(r.reward),
          income: str(r.income),
          incomeWith: str(r.incomeWith),
        }
      },
      async lottery(_: unknown, args: Args & { sharePercent: number; top?: number }) {
        if (!Number.isInteger(args.sharePercent) || args.sharePercent < 1 || args.sharePercent > 100) throw badInput(`sharePercent must be a whole percent from 1 to 100, got ${args.sharePercent}`, 'sharePercent')
        const top = args.top ?? 10
        if (!Number.isInteger(top) || top < 1 || top > 100) throw badInput(`top must be between 1 and 100, got ${top}`, 'top')
        const w = new Where()
        const chain = chainArg(args.chain)
        if (chain) w.add('chain = ?', chain)
        const p = period(args.from, args.to)
        dayRange(w, 'timestamp', p.from, p.to)
        const rows = await q<{ week: string; payer: string; fees: string }>(
          `SELECT to_char(date_trunc('week', timestamp AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week, payer, sum(coalesce(native_fee, 0))::text AS fees
             FROM fee_payment ${w.sql} GROUP BY 1, 2 ORDER BY 1`,
          w.params,
        )
        const byWeek = new Map<string, { account: string; fees: bigint }[]>()
        for (const r of rows) (byWeek.get(r.week) ?? byWeek.set(r.week, []).get(r.week)!).push({ account: r.payer, fees: BigInt(r.fees) })
        return {
          sharePercent: args.sharePercent,
          formula: "pot = floor(week's fees × share / 100); an account's tickets are the fees it paid that week; expected winnings = floor(pot × its fees ÷ the week's fees); concentration = Σ (its fees ÷ the week's fees)²",
          weeks: [...byWeek].map(([week, entries]) => {
            const l = lotteryWeek(entries, args.sharePercent)
            return { week, pot: String(l.pot), fees: String(l.fees), accounts: l.accounts, herfindahl: l.herfindahl, entries: l.entries.slice(0, top).map((e) => ({ ...e, fees: String(e.fees), expected: String(e.expected) })) }
          }),
        }
      },
      dotPrices: (_: unknown, args: Args) => dotPriceRows(q, args),
    },
    }
  },
}
