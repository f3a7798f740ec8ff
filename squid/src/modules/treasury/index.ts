/**
 * Treasury: spends and their lifecycle, money in and out of the treasury's accounts (TreasuryFlow), spend periods,
 * and the TreasuryDay rollup with balances that reconcile. Runs on every chain with a Treasury pallet: the relay
 * (before and after the 2025 migration) and Asset Hub. Reads the fees module's records: a deposit that was a fee's
 * treasury share is fee income, not a deposit.
 *
 * Other pallets' events that move the treasury's money, each a flow kind of its own (flowKinds.ts):
 * - bounty funding: classic Bounties fund at the spend period (Balances.Deposit to the bounty's account, then
 *   Bounties.BountyBecameActive); MultiAssetBounties through the paymaster (a transfer from the treasury in the
 *   extrinsic of MultiAssetBounties.Paid). Returns: a transfer from a bounty's account (close, sweep) or in the
 *   extrinsic of a multi-asset bounty's refund;
 * - the migration, inside its window (mappings/migration.ts): Balances.Burned of the relay treasury (its DOT moved
 *   with the accounts), Balances.Minted to the treasury on Asset Hub, and the old Asset Hub treasury's transfers
 *   into the unified one (Consolidated);
 * - on Asset Hub a failed payout is a failed Treasury.payout extrinsic: the call is requested with its success flag.
 */
import { Spend, SpendEvent, SpendPeriod, TreasuryAssetDay, TreasuryDay, TreasuryFlow, TreasuryFlowKind } from '../../model'
import { anyOf, namesOf } from '../../decoders/decode'
import { ctxId, dayId, utcDay, type EventCtx } from '../../mappings/facts'
import { BALANCE_SIGN, FLOW_KIND_DAY_FIELDS } from './flowKinds'
import { inWindow, migrationWindow } from '../../mappings/migration'
import { addFlow, emptyTreasuryDay } from './rollup'
import { ASSETS } from '../assets'
import { BALANCES, type BalanceIssuance } from '../balances'
import { feesModule } from '../fees'
import { assetOf, decodersOn, defineModule, eventCtx, optionsOf, type ChainEnv, type StorageReads } from '../module'
import { assetFromLocatable, assetHubAsset } from '../../mappings/locations'
import { bountyAccount, bountyIndexOfAccount, isBountyAccount, NO_TREASURY_OPTIONS, TREASURY_ACCOUNT, treasuryAccountsOf, type TreasuryOptions } from './account'
import { TREASURY_DECODERS, type BountyMoneyEvent, type StoredSpend, type TreasuryDecoders } from './decoders'
import { assetLedger, ChainProbe, nativeLedger, reconcile, type DayBalance, type DriftBlock, type KnownBlock } from './days'
import { applyTreasuryEvents, assetSpendId, nativeFlow, spendIdsOf, storedSpends, type TreasuryEnv, type TreasuryItem } from './mapping'
import { subTreasuryOfEvent, type TreasuryName } from './subTreasuries'
import { subLedgerDeltas, subLedgers, subTreasuryTransfer, type SubLedgerKey, type SubTreasuryFlow } from './subLedger'

export { TREASURY_ACCOUNT, bountyAccount, bountyIndexOfAccount, type TreasuryOptions }
export { assetSpendId, localSpendId, type TreasuryItem } from './mapping'
export { SUB_TREASURIES, SUB_TREASURY_NAMES, subTreasuryAccount, type SubTreasury, type SubTreasuryName } from './subTreasuries'
export type { StoredSpend, TreasuryEvent } from './decoders'

export interface MoneyFlow {
  ctx: EventCtx
  kind: TreasuryFlowKind
  amount: bigint
  /** an Assets-pallet asset (Asset Hub's USDT, USDC); the native token when absent */
  assetNumber?: number
}

export interface TreasuryRecords {
  items: TreasuryItem[]
  moneyFlows: MoneyFlow[]
  /** the native flows' effect on the chain's treasury balance, per block: what reconciliation expects */
  balanceDeltas: Map<number, bigint>
  /** the same per reconciled asset (Assets-pallet id): its payouts' transfers out of the treasury */
  assetDeltas: Map<number, Map<number, bigint>>
  /** transfers touching the sub-treasuries' Asset Hub accounts (subLedger.ts), and their effect per ledger and block */
  subFlows: SubTreasuryFlow[]
  subDeltas: Map<SubLedgerKey, Map<number, bigint>>
}

type Reconciled = { balances: DayBalance[]; driftBlocks: DriftBlock[] }

/** The storage reads of a batch, by key. */
export interface TreasuryReads {
  /** the native balances of the treasury accounts at the days' last blocks, and where drift appeared */
  dayBalances: Reconciled
  /** the same of each reconciled asset */
  [assetDay: `assetDayBalances:${number}`]: Reconciled
  /** the same of each sub-treasury's Asset Hub account, per asset (subLedger.ts) */
  [subLedger: `subDayBalances:${string}`]: Reconciled
  /** Treasury.Spends at the first indexed block, and at the migration's last block */
  spendsAtStart: StoredSpend[]
  spendsAtMigrationEnd: StoredSpend[]
  /** an asset's symbol and decimals, by Asset id */
  [metadata: `metadata:${string}`]: { symbol: string; decimals: number } | undefined
}

const assetDayKey = (n: number) => `assetDayBalances:${n}` as const
const metadataKey = (id: string) => `metadata:${id}` as const

/** Bounty funding and returns, and the migration's mints and burns: the other events that move the treasury's money. */
type TreasuryMoneyEvent = BountyMoneyEvent | BalanceIssuance

const treasuryOptions = (env: ChainEnv): TreasuryOptions => optionsOf(env, 'treasury') ?? NO_TREASURY_OPTIONS

/**
 * What a batch hands the next (PalletModule.handOn): its last block, with the treasury's native balance there, where
 * the next batch's first day-boundary search starts; and the balance of each reconciled asset at that block.
 */
export interface TreasuryHandOn {
  end: KnownBlock
  assetBalances: Map<number, bigint | undefined>
  /** each sub-treasury ledger's balance at that block */
  subBalances: Map<SubLedgerKey, bigint | undefined>
}

const known = (h: { height: number; hash: string; parentHash?: string; timestamp?: number }): KnownBlock => ({ height: h.height, hash: h.hash, parentHash: h.parentHash, timestamp: h.timestamp ?? 0 })

export const treasuryModule = defineModule<TreasuryRecords, TreasuryReads, TreasuryHandOn, TreasuryDecoders>({
  name: 'treasury',
  // 2: Asset Hub's treasury, bounty and migration flows, days closed at their last block with drift
  // 3: relay asset spends paid from the relay treasury's account on Asset Hub (RelayPayout); Asset Hub's USDT and
  //    USDC balances reconciled per day (TreasuryAssetDay)
  // 4: the Collectives sub-treasuries (Spend.treasury, TreasuryFlow.treasury) and the main-treasury spends that
  //    fund them (Spend.fundsSubTreasury); their Asset Hub accounts reconciled per day (TreasuryAssetDay.treasury)
  version: 4,
  after: [feesModule],
  entities: [Spend, SpendEvent, TreasuryFlow, SpendPeriod, TreasuryDay, TreasuryAssetDay],
  // on a chain whose runtime has a Treasury pallet
  decoders: TREASURY_DECODERS,
  empty: () => ({ items: [], moneyFlows: [], balanceDeltas: new Map(), assetDeltas: new Map(), subFlows: [], subDeltas: new Map() }),
  requests: (env, d) => {
    const o = treasuryOptions(env)
    const b = BALANCES[env.cfg.decoders]
    const assetTransfer = o.reconciledAssets.length ? ASSETS[env.cfg.decoders]?.transfer : undefined
    // Collectives: only the sub-treasuries' pallet events (their money is on Asset Hub, not in a local account)
    if (o.subTreasuriesOnly) return { events: [{ names: namesOf(d.treasury), extrinsic: true }] }
    return {
      events: [
        { names: namesOf(d.treasury, b.deposit, b.transfer, d.bounties, b.issuance, assetTransfer), extrinsic: true },
        // LocalPay: a failed payout leaves no Treasury event, only the failed call and its ExtrinsicFailed
        ...(o.localPay ? [{ names: ['System.ExtrinsicFailed'] }] : []),
      ],
      calls: o.localPay ? [{ names: ['Treasury.payout'], extrinsic: true }] : [],
    }
  },

  decode(env, blocks, recordsOf, d) {
    const chain = env.cfg.chain
    const o = treasuryOptions(env)
    const b = BALANCES[env.cfg.decoders]
    const assetTransfer = ASSETS[env.cfg.decoders]?.transfer
    const moneyOf = anyOf<TreasuryMoneyEvent>(d.bounties, b.issuance)
    const treasuryNames = new Set(d.treasury.names)
    const feeShares = recordsOf(feesModule).treasuryFeeShares
    const accounts = new Set(treasuryAccountsOf(o))
    const window = migrationWindow(chain, env.cfg.network)
    const items: TreasuryItem[] = []
    const moneyFlows: MoneyFlow[] = []
    const subFlows: SubTreasuryFlow[] = []
    const balanceDeltas = new Map<number, bigint>()
    const reconciledAssets = new Set(o.reconciledAssets)
    const assetDeltas = new Map([...reconciledAssets].map((n) => [n, new Map<number, bigint>()]))
    /** adds to the expected change of the treasury's balance at a block: native, or of an Assets-pallet asset */
    const delta = (height: number, v: bigint, assetNumber?: number) => {
      const deltas = assetNumber === undefined ? balanceDeltas : assetDeltas.get(assetNumber)!
      if (v) deltas.set(height, (deltas.get(height) ?? 0n) + v)
    }
    for (const block of blocks) {
      const deposits = new Map<number, TreasuryItem>()
      const money = block.events.map((e) => moneyOf(chain, e))
      const activated = new Set(money.flatMap((m) => (m?.kind === 'BountyBecameActive' ? [bountyAccount(m.index)] : [])))
      const extrinsicsWith = (kind: string) => new Set(block.events.flatMap((e, i) => (money[i]?.kind === kind ? [e.extrinsicIndex] : [])))
      const multiPaid = extrinsicsWith('MultiBountyPaid')
      const multiRefund = extrinsicsWith('MultiBountyRefundProcessed')
      const spendPaid = new Set(block.events.filter((e) => e.name === 'Treasury.Paid').map((e) => e.extrinsicIndex))
      const push = (e: (typeof block.events)[number], kind: TreasuryFlowKind, amount: bigint, assetNumber?: number) => moneyFlows.push({ ctx: eventCtx(chain, block, e), kind, amount, assetNumber })
      /**
       * What a transfer touching a treasury account is, for DOT and Asset Hub's assets alike: a flow kind; 'Payout'
       * for a LocalPay payout's transfer, which is its spend's SpendPaid flow (counted at Paid); undefined for a
       * transfer out no rule explains, which shows as drift.
       */
      const transferKind = (e: (typeof block.events)[number], t: { from: string; to: string }): TreasuryFlowKind | 'Payout' | undefined => {
        const into = accounts.has(t.to)
        const outOf = accounts.has(t.from)
        if (into && outOf) return TreasuryFlowKind.Consolidated
        if (into) return isBountyAccount(t.from) || multiRefund.has(e.extrinsicIndex) ? TreasuryFlowKind.BountyReturned : TreasuryFlowKind.Transfer
        if (!outOf) return undefined
        if (multiPaid.has(e.extrinsicIndex)) return TreasuryFlowKind.BountyFunded
        if (spendPaid.has(e.extrinsicIndex)) return 'Payout'
        // only the relay's XCM moves the relay treasury's account on Asset Hub: the payout of a relay asset spend
        if (t.from === o.relayTreasuryAccount && !inWindow(window, block.header.height)) return TreasuryFlowKind.RelayPayout
        return undefined
      }
      const transfer = (e: (typeof block.events)[number], t: { from: string; to: string; amount: bigint }, assetNumber?: number) => {
        if (o.subTreasuryLedgers) subFlows.push(...subTreasuryTransfer(eventCtx(chain, block, e), t, assetNumber))
        const kind = transferKind(e, t)
        if (kind === 'Payout') delta(block.header.height, -t.amount, assetNumber)
        else if (kind) push(e, kind, t.amount, assetNumber)
      }
      block.events.forEach((e, i) => {
        const de = e
        const m = money[i]
        if (treasuryNames.has(e.name)) {
          const t = d.treasury(chain, de)
          if (!t) return
          const ctx = eventCtx(chain, block, e)
          const item: TreasuryItem = { ctx, event: t, treasury: subTreasuryOfEvent(e.name)?.name }
          items.push(item)
          if (t.kind === 'Deposit') {
            item.isFeeShare = feeShares.has(ctxId(ctx))
            // Older (Currency-trait) runtimes report the same money twice: Balances.Deposit to the treasury
            // account, then Treasury.Deposit. Keep one flow.
            const twin = deposits.get(e.index - 1)
            if (twin?.fromBalances && twin.event.kind === 'Deposit' && twin.event.value === t.value) twin.duplicate = true
            deposits.set(e.index, item)
          }
        } else if (e.name === 'Balances.Deposit') {
          const deposit = b.deposit(chain, de)
          if (!deposit) return
          if (activated.has(deposit.who)) return push(e, TreasuryFlowKind.BountyFunded, deposit.amount)
          if (!accounts.has(deposit.who)) return
          // Runtimes on the fungible traits report treasury income only as a deposit to its account.
          const ctx = eventCtx(chain, block, e)
          const item: TreasuryItem = { ctx, event: { kind: 'Deposit', value: deposit.amount }, fromBalances: true, isFeeShare: feeShares.has(ctxId(ctx)) }
          items.push(item)
          deposits.set(e.index, item)
        } else if (e.name === 'Balances.Transfer') {
          const t = b.transfer(chain, de)
          if (t) transfer(e, t)
        } else if (e.name === 'Assets.Transferred') {
          const t = assetTransfer?.(chain, de)
          // only the assets whose treasury balance is reconciled (USDT, USDC)
          if (t && reconciledAssets.has(t.assetId)) transfer(e, t, t.assetId)
        } else if (m?.kind === 'Minted' && accounts.has(m.who) && inWindow(window, block.header.height)) {
          push(e, TreasuryFlowKind.MigratedIn, m.amount)
        } else if (m?.kind === 'Burned' && accounts.has(m.who) && inWindow(window, block.header.height)) {
          push(e, TreasuryFlowKind.MigratedOut, m.amount)
        }
      })
      // a failed call has no events: its item follows the block's events
      for (const c of block.calls ?? []) {
        if (c.name !== 'Treasury.payout' || c.success !== false) continue
        const index = (c.args as { index?: unknown } | undefined)?.index
        if (typeof index !== 'number') throw new Error(`${chain} block ${block.header.height}: Treasury.payout call without a spend index (args ${JSON.stringify(c.args)})`)
        // the failure's own event names it: System.ExtrinsicFailed of that extrinsic
        const failed = block.events.find((e) => e.name === 'System.ExtrinsicFailed' && e.extrinsicIndex === c.extrinsicIndex)
        if (!failed) throw new Error(`${chain} block ${block.header.height}: failed Treasury.payout in extrinsic ${c.extrinsicIndex} without its System.ExtrinsicFailed event`)
        items.push({ ctx: { ...eventCtx(chain, block, failed), extrinsicHash: c.extrinsic?.hash }, event: { kind: 'PayoutFailed', index } })
      }
    }
    const kept = items.filter((t) => !t.duplicate)
    for (const { ctx, event: e } of kept) {
      if (e.kind === 'Deposit') delta(ctx.blockNumber, e.value)
      else if (e.kind === 'Awarded') delta(ctx.blockNumber, -e.award)
      else if (e.kind === 'Burnt') delta(ctx.blockNumber, -e.burntFunds)
    }
    for (const f of moneyFlows) delta(f.ctx.blockNumber, BigInt(BALANCE_SIGN[f.kind]) * f.amount, f.assetNumber)
    return { items: kept, moneyFlows, balanceDeltas, assetDeltas, subFlows, subDeltas: subLedgerDeltas(subFlows) }
  },

  load(env, { items, moneyFlows, subFlows }, blocks, previous) {
    const chain = env.cfg.chain
    const o = treasuryOptions(env)
    if (o.subTreasuriesOnly) return [{ entity: Spend, ids: spendIdsOf(chain, items), relations: { asset: true } }]
    const days = new Set([...items, ...moneyFlows, ...subFlows].map((t) => dayId(chain, utcDay(t.ctx.timestamp))))
    for (const d of balanceDays(chain, blocks, previous?.end)) days.add(d)
    const spendIds = new Set(spendIdsOf(chain, items))
    const dates = [...days].map((id) => id.slice(chain.length + 1))
    const assetDays = new Set(dates.flatMap((date) => o.reconciledAssets.map((n) => assetDayId(chain, 'main', assetHubAsset(n).id, date))))
    if (o.subTreasuryLedgers) {
      for (const l of subLedgers(o.reconciledAssets)) for (const date of dates) assetDays.add(assetDayId(chain, l.treasury.name, ledgerAsset(env, l.assetNumber).id, date))
    }
    return [
      { entity: Spend, ids: spendIds, relations: { asset: true } },
      { entity: TreasuryDay, ids: days },
      { entity: TreasuryAssetDay, ids: assetDays, relations: { asset: true } },
    ]
  },

  reads(env, { items, balanceDeltas, assetDeltas, subDeltas }, blocks, previous) {
    const out: StorageReads<TreasuryReads> = {}
    const first = blocks[0]?.header
    const last = blocks[blocks.length - 1]?.header
    if (!first || !last) return out
    const chain = env.cfg.chain
    const o = treasuryOptions(env)
    // no treasury account on Collectives to reconcile (the sub-treasuries' money is on Asset Hub)
    if (o.subTreasuriesOnly) return out
    const accounts = treasuryAccountsOf(o)
    const assets = ASSETS[env.cfg.decoders]
    const accountFree = env.accountFree ?? BALANCES[env.cfg.decoders].accountFree
    const probe = new ChainProbe(env.rpc, chain, accountFree)
    const prev = previous?.end
    const knownBlocks = () => blocks.map((b) => known(b.header))
    const headers = blocks.map((b) => b.header)
    out.dayBalances = {
      block: last,
      what: `System.Account of the treasury accounts and Timestamp.Now around UTC midnights (the days' last blocks)`,
      read: () => reconcile(probe, accounts, prev, knownBlocks(), balanceDeltas ?? new Map(), headers),
    }
    if (assets) {
      for (const n of o.reconciledAssets) {
        const ledger = assetLedger(n, (header, account) => assets.balance(header, n, account))
        const prevAsset = prev && { ...prev, balance: previous.assetBalances.get(n) }
        out[assetDayKey(n)] = {
          block: last,
          what: `Assets.Account(${n}) of the treasury accounts at the days' last blocks`,
          read: () => reconcile(probe.of(ledger), accounts, prevAsset, knownBlocks(), assetDeltas?.get(n) ?? new Map(), headers),
        }
      }
    }
    if (o.subTreasuryLedgers) {
      for (const l of subLedgers(o.reconciledAssets)) {
        const n = l.assetNumber
        if (n !== undefined && !assets) continue
        const ledger = n === undefined ? nativeLedger(accountFree) : assetLedger(n, (header, account) => assets!.balance(header, n, account))
        const prevSub = prev && { ...prev, balance: previous.subBalances?.get(l.key) }
        out[l.key] = {
          block: last,
          what: `${ledger.what} of the ${l.treasury.label}'s account on Asset Hub at the days' last blocks`,
          read: () => reconcile(probe.of(ledger), [l.account], prevSub, knownBlocks(), subDeltas?.get(l.key) ?? new Map(), headers),
        }
      }
    }
    const spends = decodersOn(treasuryModule, env)?.spends
    if (spends && first.height === env.cfg.fromBlock) out.spendsAtStart = { block: first, what: 'Treasury.Spends at the first indexed block', read: (b) => spends(b) }
    const window = migrationWindow(chain, env.cfg.network)
    const end = window && o.continuesSpendsOf ? blocks.find((b) => b.header.height === window.to)?.header : undefined
    if (spends && end) out.spendsAtMigrationEnd = { block: end, what: 'Treasury.Spends at the last block of the migration', read: (b) => spends(b) }
    if (assets) {
      const ids = new Set<string>()
      for (const t of items) if (t.event.kind === 'AssetSpendApproved') ids.add(assetIdOf(env, t.event.assetKind))
      for (const n of o.reconciledAssets) ids.add(assetHubAsset(n).id)
      for (const id of ids) out[metadataKey(id)] = { block: last, what: `asset metadata of ${id}`, read: (b) => assets.metadata(b, id) }
    }
    return out
  },

  apply(env, { items, moneyFlows, subFlows }, ctx, blocks) {
    const chain = env.cfg.chain
    const o = treasuryOptions(env)
    const tEnv: TreasuryEnv = { chain, ss58Prefix: env.ss58Prefix, native: env.native, assets: ctx.assets, localPay: o.localPay }
    const loadedSpends = new Map<string, Spend>()
    for (const id of spendIdsOf(chain, items)) {
      const s = ctx.loaded(Spend, id)
      if (s) loadedSpends.set(id, s)
    }
    // spends open before the indexed range or moved by the migration, so the batch's events find them
    const window = migrationWindow(chain, env.cfg.network)
    const from = o.continuesSpendsOf
    const fromStart = from && migrationWindow(from, env.cfg.network)?.from
    const continuesRelay = (s: StoredSpend) => (from && window && fromStart !== undefined && s.validFrom < fromStart ? assetSpendId(from, s.index) : undefined)
    for (const key of ['spendsAtStart', 'spendsAtMigrationEnd'] as const) {
      const stored = ctx.read(key)
      if (!stored) continue
      const block = key === 'spendsAtStart' ? blocks[0].header.height : window!.to
      for (const s of storedSpends(tEnv, stored, { block }, loadedSpends, continuesRelay)) loadedSpends.set(s.id, s)
    }
    // each treasury's events in their own run: a sub-treasury's spend indices are its own
    const changes = applyTreasuryEvents(tEnv, items.filter((t) => !t.treasury), loadedSpends)
    for (const name of new Set(items.flatMap((t) => (t.treasury ? [t.treasury] : [])))) {
      const sub = applyTreasuryEvents({ ...tEnv, treasury: name }, items.filter((t) => t.treasury === name), loadedSpends)
      for (const [id, sp] of sub.spends) changes.spends.set(id, sp)
      changes.spendEvents.push(...sub.spendEvents)
      changes.flows.push(...sub.flows)
      changes.unknownSpendRefs.push(...sub.unknownSpendRefs)
    }
    for (const ref of changes.unknownSpendRefs) ctx.warn(`treasury event refers to a spend approved before the indexed range: ${ref}`)
    for (const s of loadedSpends.values()) if (s.fromStorageBlock != null && !changes.spends.has(s.id)) changes.spends.set(s.id, s)
    const reconciledAssets = o.reconciledAssets.map((n) => ({ n, asset: assetOf(ctx.assets, assetHubAsset(n)) }))
    // metadata read from storage names the asset (an asset without metadata keeps symbol "?" and no decimals)
    for (const [id, a] of ctx.assets) {
      const m = ctx.read(metadataKey(id))
      if (m) Object.assign(a, { symbol: m.symbol, decimals: m.decimals })
    }
    const flows: TreasuryFlow[] = [
      ...changes.flows,
      ...moneyFlows.map((f) => nativeFlow(tEnv, f.ctx, f.kind, f.amount, f.assetNumber === undefined ? env.native : assetHubAsset(f.assetNumber))),
      // one transfer can be a flow of the main treasury and of a sub-treasury (a sub-treasury's return): ids apart
      ...subFlows.map((f) => Object.assign(nativeFlow({ ...tEnv, treasury: f.treasury }, f.ctx, f.kind, f.amount, ledgerAsset(env, f.assetNumber)), { id: `${ctxId(f.ctx)}-${f.treasury}` })),
    ]

    const days = new Map<string, TreasuryDay>()
    const dayOf = (date: string) => {
      const id = dayId(chain, date)
      return days.get(id) ?? days.set(id, ctx.loaded(TreasuryDay, id) ?? emptyTreasuryDay(chain, date)).get(id)!
    }
    // a sub-treasury's flows stay out of the main treasury's days
    for (const f of flows) if (f.treasury === 'main') addFlow(dayOf(utcDay(f.timestamp)), f, env.native.id)
    const reconciled = ctx.read('dayBalances')
    for (const b of reconciled?.balances ?? []) applyDayBalance(dayOf, b)
    for (const d of days.values()) d.drift = driftOf(o, d)
    // the first block a day's drift appeared in stays its drift block
    for (const b of reconciled?.driftBlocks ?? []) {
      const d = dayOf(b.date)
      if (d.driftBlock == null) d.driftBlock = b.block
    }

    const assetDays = new Map<string, TreasuryAssetDay>()
    /** one ledger's days: its flows, the balances read at the days' ends, drift and the block it appeared in */
    const ledgerDays = (treasury: TreasuryName, asset: TreasuryAssetDay['asset'], r: Reconciled | undefined) => {
      const mine = new Set<TreasuryAssetDay>()
      const assetDayOf = (date: string) => {
        const id = assetDayId(chain, treasury, asset.id, date)
        const d = assetDays.get(id) ?? assetDays.set(id, ctx.loaded(TreasuryAssetDay, id) ?? emptyAssetDay(id, chain, treasury, date, asset)).get(id)!
        mine.add(d)
        return d
      }
      for (const f of flows) {
        if (f.treasury !== treasury || f.asset.id !== asset.id || !BALANCE_SIGN[f.kind]) continue
        const d = assetDayOf(utcDay(f.timestamp))
        if (BALANCE_SIGN[f.kind] > 0) d.inflow += f.amount
        else d.outflow += f.amount
      }
      for (const b of r?.balances ?? []) applyDayBalance(assetDayOf, b)
      for (const d of mine) d.drift = d.closingBalance == null || d.openingBalance == null ? null : d.closingBalance - d.openingBalance - d.inflow + d.outflow
      for (const b of r?.driftBlocks ?? []) {
        const d = assetDayOf(b.date)
        if (d.driftBlock == null) d.driftBlock = b.block
      }
    }
    for (const { n, asset } of reconciledAssets) ledgerDays('main', asset, ctx.read(assetDayKey(n)))
    if (o.subTreasuryLedgers) {
      for (const l of subLedgers(o.reconciledAssets)) ledgerDays(l.treasury.name, assetOf(ctx.assets, ledgerAsset(env, l.assetNumber)), ctx.read(l.key))
    }
    ctx.write(Spend, changes.spends.values())
    ctx.write(SpendEvent, changes.spendEvents)
    ctx.write(TreasuryFlow, flows)
    ctx.write(SpendPeriod, changes.periods)
    ctx.write(TreasuryDay, days.values())
    ctx.write(TreasuryAssetDay, assetDays.values())
  },

  handOn(env, blocks, read, previous) {
    const last = blocks[blocks.length - 1]?.header
    if (!last) return previous
    const assetBalances = new Map<number, bigint | undefined>()
    for (const n of treasuryOptions(env).reconciledAssets) {
      const r = read(assetDayKey(n))
      // an asset not read in this batch keeps the balance handed to it
      assetBalances.set(n, r ? r.balances.at(-1)?.balance : previous?.assetBalances.get(n))
    }
    const subBalances = new Map<SubLedgerKey, bigint | undefined>()
    const o = treasuryOptions(env)
    if (o.subTreasuryLedgers) {
      for (const l of subLedgers(o.reconciledAssets)) {
        const r = read(l.key)
        subBalances.set(l.key, r ? r.balances.at(-1)?.balance : previous?.subBalances?.get(l.key))
      }
    }
    return { end: { ...known(last), balance: read('dayBalances')?.balances.at(-1)?.balance }, assetBalances, subBalances }
  },
})

function assetIdOf(env: ChainEnv, assetKind: unknown): string {
  // the same resolution the mapping applies, so the metadata lands on the Asset the spend refers to
  return assetFromLocatable(assetKind, env.native, env.cfg.chain).id
}

/** The days whose balances this batch may read: from the previous batch's day to the last block's. */
function balanceDays(chain: string, blocks: { header: { timestamp?: number } }[], previousEnd: KnownBlock | undefined): string[] {
  const first = blocks[0]?.header.timestamp
  const last = blocks[blocks.length - 1]?.header.timestamp
  if (first === undefined || last === undefined) return []
  const prev = previousEnd?.timestamp ?? first
  const out: string[] = []
  for (let t = Date.parse(utcDay(new Date(Math.min(prev, first)))); t <= last; t += 86_400_000) out.push(dayId(chain, utcDay(new Date(t))))
  return out
}

/** <chain>-<asset id>-<date> for the main treasury, <chain>-<treasury>-<asset id>-<date> for a sub-treasury */
const assetDayId = (chain: string, treasury: TreasuryName, assetId: string, date: string) => (treasury === 'main' ? `${chain}-${assetId}-${date}` : `${chain}-${treasury}-${assetId}-${date}`)

/** a sub-treasury ledger's asset: the native token, or an Assets-pallet asset */
const ledgerAsset = (env: ChainEnv, assetNumber: number | undefined) => (assetNumber === undefined ? env.native : assetHubAsset(assetNumber))

const emptyAssetDay = (id: string, chain: string, treasury: TreasuryName, date: string, asset: TreasuryAssetDay['asset']) => new TreasuryAssetDay({ id, chain, treasury, date, asset, inflow: 0n, outflow: 0n, closed: false })

/** what a day's balance sets, on a TreasuryDay (native) or a TreasuryAssetDay */
type DayBalanceFields = Pick<TreasuryDay, 'openingBalance' | 'openingBlock' | 'closingBalance' | 'closingBlock' | 'closed'>

function applyDayBalance(dayOf: (date: string) => DayBalanceFields, b: DayBalance): void {
  if (b.role === 'open') {
    const d = dayOf(b.date)
    if (d.openingBalance == null) Object.assign(d, { openingBalance: b.balance, openingBlock: b.block })
    return
  }
  const d = dayOf(b.date)
  Object.assign(d, { closingBalance: b.balance, closingBlock: b.block, closed: b.role === 'close' })
  if (b.role === 'close') {
    // the next day opens with this balance
    const next = dayOf(utcDay(new Date(Date.parse(b.date) + 86_400_000)))
    Object.assign(next, { openingBalance: b.balance, openingBlock: b.block })
  }
}

/**
 * Closing - opening - the day's native flows, each with its effect on the chain's treasury balance. Relay asset
 * spends are paid from the treasury's account on Asset Hub (over XCM), so they do not move the relay's balance.
 */
export function driftOf(options: TreasuryOptions, d: TreasuryDay): bigint | null {
  if (d.closingBalance == null || d.openingBalance == null) return null
  let net = 0n
  for (const k of FLOW_KIND_DAY_FIELDS) {
    if (options.assetSpendsPaidElsewhere && k.kind === 'SpendPaid') continue
    net += BigInt(k.balanceSign) * d[k.dayField]
  }
  return d.closingBalance - d.openingBalance - net
}
