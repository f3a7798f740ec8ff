/**
 * Devnet: the Hub's adoption on the real Asset Hub runtime (asset-hub-paseo 1005001) under chopsticks, real signed
 * extrinsics (devnet/asset-hub-adoption.ts), indexed by the real compiled asset-hub processor into Postgres and read
 * back through the real API.
 * - Alice creates assets 1984 ("USDT", 6 decimals) and 1985 ("NOPL", 3), mints 1984 to Bob and herself and 1985 to Dave; Bob
 *   transfers 1984 to Charlie and Dave;
 * - Alice creates the native/1984 pool (XCM v4 locations) and adds liquidity; Charlie swaps native → 1984 and back;
 * - Charlie pays a transfer's fee in 1984 (ChargeAssetTxPayment with a location as asset id); Alice takes a tenth
 *   of her liquidity out; Dave's fee in 1985, which has no pool, is refused by the transaction pool.
 * Every expected figure is computed from the record of the blocks' events and the storage read after each block.
 * Run it as every test that starts chopsticks: `flock /tmp/cloudhub-heavy.lock npx vitest run test/devnet/asset-hub-adoption.test.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeAddress } from '@polkadot/util-crypto'
import { u8aToHex } from '@polkadot/util'
import { AMOUNTS, NATIVE_LOCATION, NO_POOL_ID, runAssetHubAdoption, USDT_ID, USDT_LOCATION, type AdoptionBlock, type AdoptionRecord } from '../../devnet/asset-hub-adoption'
import type { Stack } from '../../scripts/stack'
import { startDevnetRun, type DevnetRun } from './harness'
import { factId } from '../../squid/src/mappings/facts'
import { formatMicroUsd, nativePoolAccount } from '../../squid/src/modules/hub/price'
import { gql } from '../support/api'

let run: DevnetRun<AdoptionRecord>
let stack: Stack
let rec: AdoptionRecord
const api = (q: string) => gql(stack.apiUrl, q)
/** an account as its public key, whatever its SS58 prefix */
const pk = (a: string) => u8aToHex(decodeAddress(a))

beforeAll(async () => {
  run = await startDevnetRun({ name: 'asset-hub-adoption', chains: ['assetHub'], drive: (urls) => runAssetHubAdoption(urls.assetHub), fromBlocks: (r) => ({ assetHub: r.firstBuiltBlock }) })
  ;({ stack, rec } = run)
}, 600_000)

afterAll(async () => {
  await run?.stop()
})

const USDT_ASSET = `assethub-assets:${USDT_ID}`
const NO_POOL_ASSET = `assethub-assets:${NO_POOL_ID}`
const POOL = `native/${USDT_ASSET}`
/** the indexer's day of a block: the UTC date of its Timestamp.Now (a run near midnight spans two) */
const dayOf = (b: AdoptionBlock) => new Date(b.timestamp).toISOString().slice(0, 10)
const days = () => [...new Set(rec.blocks.map(dayOf))]
const sum = (xs: (string | number | bigint)[]) => xs.reduce<bigint>((s, x) => s + BigInt(x), 0n)
/** every event of the run with its block, its index in System.Events and the block's day */
const all = () => rec.blocks.flatMap((b) => b.events.map((e, index) => ({ ...e, block: b.number, index, date: dayOf(b) })))
const eventsOf = (name: string, date?: string) => all().filter((e) => e.name === name && (date === undefined || e.date === date))
const isAsset = (id: number) => (e: { data: any }) => Number(e.data.assetId) === id
/** the XCM location as @polkadot/api prints it (lower-case variants) */
const printed = (l: unknown) => JSON.parse(JSON.stringify(l).replace(/"Here"/g, '{"here":null}').replace(/"X2"/g, '"x2"').replace(/"PalletInstance"/g, '"palletInstance"').replace(/"GeneralIndex"/g, '"generalIndex"'))
const isNative = (l: any) => l.parents === 1 && 'here' in l.interior

describe('devnet: assets, a pool, swaps and a fee in an asset on Asset Hub 1005001 (chopsticks, real runtime)', () => {
  it('what the runtime accepted and refused, and the events it emitted for it', () => {
    expect(new Set(rec.blocks.map((b) => b.specVersion))).toEqual(new Set([1_005_001]))
    // 1005001's fee extension is pallet_asset_conversion_tx_payment's: the asset is an XCM v4 location, not an Assets id
    expect(rec.feeExtension).toEqual({ identifier: 'ChargeAssetTxPayment', type: expect.stringMatching(/"assetId":"Option<StagingXcmV4Location>"/) })
    const refused = rec.txs.filter((t) => !t.success)
    // every call succeeded except Dave's fee in 1985: the fee is swapped to native through the asset's pool, and
    // 1985 has none, so ChargeAssetTxPayment's validate refuses it (InvalidTransaction::Payment) before any block
    expect(refused.map((t) => [t.label, t.rejected, t.blockNumber])).toEqual([['Dave transfers 1,000 units of 1985 to Bob, the fee paid in 1985', '1010: {"invalid":{"payment":null}}', null]])
    expect(rec.txs.filter((t) => t.success).length).toBe(rec.txs.length - 1)

    expect(eventsOf('Assets.Issued').map((e) => [Number(e.data.assetId), pk(e.data.owner), String(e.data.amount)])).toEqual([
      [USDT_ID, pk(rec.accounts.bob), String(AMOUNTS.mintBob)],
      [USDT_ID, pk(rec.accounts.alice), String(AMOUNTS.mintAlice)],
      [NO_POOL_ID, pk(rec.accounts.dave), String(AMOUNTS.mintNoPool)],
    ])
    expect(eventsOf('Assets.MetadataSet').map((e) => [e.data.assetId, Buffer.from(e.data.symbol.slice(2), 'hex').toString(), e.data.decimals])).toEqual([[USDT_ID, 'USDT', 6], [NO_POOL_ID, 'NOPL', 3]])

    // the pool of 1005001 is keyed by two XCM v4 locations, native first; its account is the one the price logic derives
    const [created] = eventsOf('AssetConversion.PoolCreated')
    expect(created.data.poolId).toEqual([printed(NATIVE_LOCATION), printed(USDT_LOCATION)])
    expect(pk(created.data.poolAccount)).toBe(nativePoolAccount(USDT_ID))
    // the first provision takes both amounts whole
    const [added] = eventsOf('AssetConversion.LiquidityAdded')
    expect([added.data.amount1Provided, added.data.amount2Provided].map(String)).toEqual([String(AMOUNTS.liquidityNative), String(AMOUNTS.liquidityAsset)])
    expect(added.block).toBe(created.block + 1)

    const swaps = eventsOf('AssetConversion.SwapExecuted')
    expect(swaps.map((s) => [s.block, isNative(s.data.path[0][0]), String(s.data.amountIn)])).toEqual([
      [added.block + 1, true, String(AMOUNTS.swapNativeIn)],
      [added.block + 2, false, String(AMOUNTS.swapAssetIn)],
    ])

    // the fee in 1984: AssetTxFeePaid names the asset by its location; the fee was swapped to native by one
    // SwapCreditExecuted of exactly that amount (no refund swap on 1005001), and no TransactionFeePaid came with it
    const [paid] = eventsOf('AssetTxPayment.AssetTxFeePaid')
    expect(paid.data.assetId).toEqual(printed(USDT_LOCATION))
    expect(pk(paid.data.who)).toBe(pk(rec.accounts.charlie))
    const inTx = all().filter((e) => e.block === paid.block && e.extrinsicIndex === paid.extrinsicIndex)
    expect(inTx.filter((e) => e.name === 'AssetConversion.SwapCreditExecuted').map((e) => [String(e.data.amountIn), isNative(e.data.path[1][0])])).toEqual([[String(paid.data.actualFee), true]])
    expect(inTx.filter((e) => e.name === 'TransactionPayment.TransactionFeePaid')).toEqual([])
    expect(eventsOf('AssetTxPayment.AssetTxFeePaid').length).toBe(1)
  })

  const metadataOf = (id: number) => {
    const set = eventsOf('Assets.MetadataSet').filter(isAsset(id)).at(-1)
    return set ? { symbol: Buffer.from(set.data.symbol.slice(2), 'hex').toString(), decimals: set.data.decimals } : { symbol: '?', decimals: null }
  }

  it('the asset days through the API: transfers, volume, issued, fees paid in the asset, touched and holders, as the blocks caused', async () => {
    const { hubAssetDaily } = await api(`{ hubAssetDaily(chain: "asset-hub") { date asset { id symbol decimals } transfers volume issued burned feePayments fees touched holders holdersBlock lastBlock } }`)
    const expected = days().flatMap((date) =>
      [USDT_ID, NO_POOL_ID].flatMap((id) => {
        const of = (name: string) => eventsOf(name, date).filter(isAsset(id))
        const transfers = of('Assets.Transferred')
        const fees = id === USDT_ID ? eventsOf('AssetTxPayment.AssetTxFeePaid', date) : []
        // the holders are the asset's own counter after its last move (transfer, issue, burn, touch) of the day
        const moves = [...transfers, ...of('Assets.Issued'), ...of('Assets.Burned'), ...of('Assets.Touched')]
        if (!moves.length && !fees.length) return []
        const holdersBlock = Math.max(...moves.map((e) => e.block))
        const lastBlock = Math.max(...[...moves, ...fees].map((e) => e.block))
        return [{
          date,
          // the symbol and decimals Alice set (Assets.MetadataSet): 1984's the indexer knows, 1985's it reads from storage
          asset: { id: `assethub-assets:${id}`, ...metadataOf(id) },
          transfers: transfers.length,
          volume: String(sum(transfers.map((e) => e.data.amount))),
          issued: String(sum(of('Assets.Issued').map((e) => e.data.amount))),
          burned: String(sum(of('Assets.Burned').map((e) => e.data.balance))),
          feePayments: fees.length,
          fees: String(sum(fees.map((e) => e.data.actualFee))),
          touched: of('Assets.Touched').length,
          holders: rec.blocks.find((b) => b.number === holdersBlock)!.assets[id].accounts,
          holdersBlock,
          lastBlock,
        }]
      }),
    )
    expect(hubAssetDaily).toEqual(expected)
    const got = hubAssetDaily
    // Dave alone holds 1985: his transfer of it was refused with its fee
    expect(got.filter((d: any) => d.asset.id === NO_POOL_ASSET).map((d: any) => [d.transfers, d.holders])).toEqual([[0, 1]])

    // over the run: Bob → Charlie, Bob → Dave, Alice → the pool (liquidity in), Charlie → Dave, the pool → Alice
    // (liquidity out); the swaps and the fee move 1984 by Withdrawn/Deposited, which are no transfers
    const usdt = got.filter((d: any) => d.asset.id === USDT_ASSET)
    const [out] = eventsOf('AssetConversion.LiquidityRemoved')
    expect(usdt.reduce((n: number, d: any) => n + d.transfers, 0)).toBe(5)
    expect(sum(usdt.map((d: any) => d.volume))).toBe(AMOUNTS.bobToCharlie + AMOUNTS.bobToDave + AMOUNTS.liquidityAsset + AMOUNTS.charlieToDave + BigInt(out.data.amount2))
    // issued less burned is the supply the chain holds at the end
    const last = rec.blocks[rec.blocks.length - 1]
    expect(sum(usdt.map((d: any) => d.issued)) - sum(usdt.map((d: any) => d.burned))).toBe(BigInt(last.assets[USDT_ID].supply))
    expect(BigInt(last.assets[USDT_ID].supply)).toBe(AMOUNTS.mintBob + AMOUNTS.mintAlice)
    // Alice, Bob, Charlie, Dave and the pool's account (touched when the pool was created)
    expect(usdt[usdt.length - 1].holders).toBe(5)
  })

  it('the pool day: created by its PoolCreated, the liquidity put in and taken out, the swaps and what each side moved', async () => {
    const { hubPoolDaily } = await api(`{ hubPoolDaily(chain: "asset-hub", pool: "${POOL}") { date pool asset1 { id } asset2 { id symbol } swaps amount1 amount2 liquidityEvents liquidityAdded1 liquidityAdded2 liquidityRemoved1 liquidityRemoved2 createdEventId lastBlock } }`)
    const [created] = eventsOf('AssetConversion.PoolCreated')
    const expected = days().flatMap((date) => {
      const swaps = eventsOf('AssetConversion.SwapExecuted', date)
      const added = eventsOf('AssetConversion.LiquidityAdded', date)
      const removed = eventsOf('AssetConversion.LiquidityRemoved', date)
      const made = created.date === date
      if (!swaps.length && !made && !added.length && !removed.length) return []
      const side = (native: boolean) => String(sum(swaps.flatMap((s) => s.data.path.filter(([l]: any) => isNative(l) === native).map(([, a]: any) => a))))
      // the pool id's order is native first, as the indexer names the pool
      return [{
        date, pool: POOL, asset1: { id: 'native' }, asset2: { id: USDT_ASSET, symbol: 'USDT' }, swaps: swaps.length, amount1: side(true), amount2: side(false),
        liquidityEvents: added.length + removed.length,
        liquidityAdded1: String(sum(added.map((e) => e.data.amount1Provided))),
        liquidityAdded2: String(sum(added.map((e) => e.data.amount2Provided))),
        liquidityRemoved1: String(sum(removed.map((e) => e.data.amount1))),
        liquidityRemoved2: String(sum(removed.map((e) => e.data.amount2))),
        createdEventId: made ? factId('asset-hub', created.block, created.index) : null,
        lastBlock: Math.max(...[...swaps, ...added, ...removed, ...(made ? [created] : [])].map((e) => e.block)),
      }]
    })
    expect(hubPoolDaily).toEqual(expected)
    expect([sum(hubPoolDaily.map((d: any) => d.liquidityAdded1)), sum(hubPoolDaily.map((d: any) => d.liquidityAdded2))]).toEqual([AMOUNTS.liquidityNative, AMOUNTS.liquidityAsset])
    const [out] = eventsOf('AssetConversion.LiquidityRemoved')
    expect([sum(hubPoolDaily.map((d: any) => d.liquidityRemoved1)), sum(hubPoolDaily.map((d: any) => d.liquidityRemoved2))]).toEqual([BigInt(out.data.amount1), BigInt(out.data.amount2)])
    expect(hubPoolDaily.reduce((n: number, d: any) => n + d.liquidityEvents, 0)).toBe(2)
    // the reserves after the last block: the liquidity in less out, plus what the swaps and the fee's swap put in, less what they took out
    const credit = eventsOf('AssetConversion.SwapCreditExecuted')
    const allSwaps = [...eventsOf('AssetConversion.SwapExecuted'), ...credit]
    const net = (native: boolean) =>
      sum(allSwaps.map((s) => {
        const [[inLoc, amountIn], [, amountOut]] = [s.data.path[0], s.data.path[s.data.path.length - 1]]
        return isNative(inLoc) === native ? BigInt(amountIn) : -BigInt(amountOut)
      }))
    const end = rec.blocks[rec.blocks.length - 1].reserves!
    expect([BigInt(end.native), BigInt(end.asset)]).toEqual([AMOUNTS.liquidityNative - BigInt(out.data.amount1) + net(true), AMOUNTS.liquidityAsset - BigInt(out.data.amount2) + net(false)])
    // both directions: 20 PAS in and the USDT out, 200 USDT in and the PAS out
    const swaps = eventsOf('AssetConversion.SwapExecuted')
    expect(sum(hubPoolDaily.map((d: any) => d.amount1))).toBe(AMOUNTS.swapNativeIn + BigInt(swaps[1].data.amountOut))
    expect(sum(hubPoolDaily.map((d: any) => d.amount2))).toBe(BigInt(swaps[0].data.amountOut) + AMOUNTS.swapAssetIn)
  })

  it('the hub days: fee payers, fee payments, new accounts, swaps and pools, first and last block', async () => {
    const { hubDaily } = await api(`{ hubDaily(chain: "asset-hub") { date activeAccounts feePayments newAccounts migratedAccounts reapedAccounts swaps poolsCreated contractsDeployed firstBlock lastBlock } }`)
    expect(hubDaily).toEqual(
      days().map((date) => {
        const fees = [...eventsOf('TransactionPayment.TransactionFeePaid', date), ...eventsOf('AssetTxPayment.AssetTxFeePaid', date)]
        const blocks = rec.blocks.filter((b) => dayOf(b) === date).map((b) => b.number)
        return {
          date,
          activeAccounts: new Set(fees.map((e) => pk(e.data.who))).size,
          feePayments: fees.length,
          // the receiver of the pool's setup fee (at createPool) and the pool's account (at addLiquidity)
          newAccounts: eventsOf('Balances.Endowed', date).length,
          migratedAccounts: 0,
          reapedAccounts: eventsOf('System.KilledAccount', date).length,
          swaps: eventsOf('AssetConversion.SwapExecuted', date).length,
          poolsCreated: eventsOf('AssetConversion.PoolCreated', date).length,
          contractsDeployed: 0,
          firstBlock: Math.min(...blocks),
          lastBlock: Math.max(...blocks),
        }
      }),
    )
    expect(hubDaily.reduce((n: number, d: any) => n + d.feePayments, 0)).toBe(rec.txs.filter((t) => t.success).length)
  })

  it("the fee paid in 1984: its payment, in the asset's units and netted to native from its swap, and the day's asset fee totals", async () => {
    const [paid] = eventsOf('AssetTxPayment.AssetTxFeePaid')
    const swap = all().find((e) => e.block === paid.block && e.extrinsicIndex === paid.extrinsicIndex && e.name === 'AssetConversion.SwapCreditExecuted')!
    const { feePayments } = await api(`{ feePayments(chain: "asset-hub", limit: 100) { totalCount items { payer asset { id symbol } fee tip nativeFee feeSwaps extrinsicIndex event { blockNumber eventIndex } } } }`)
    expect(feePayments.totalCount).toBe(rec.txs.filter((t) => t.success).length)
    const inAsset = feePayments.items.filter((f: any) => f.asset.id !== 'native')
    expect(inAsset.map((f: any) => ({ ...f, payer: pk(f.payer) }))).toEqual([
      { payer: pk(rec.accounts.charlie), asset: { id: USDT_ASSET, symbol: 'USDT' }, fee: String(paid.data.actualFee), tip: '0', nativeFee: String(swap.data.amountOut), feeSwaps: 1, extrinsicIndex: paid.extrinsicIndex, event: { blockNumber: paid.block, eventIndex: paid.index } },
    ])
    // the rest: native fees, the payers' own
    const native = feePayments.items.filter((f: any) => f.asset.id === 'native')
    const nativeFees = eventsOf('TransactionPayment.TransactionFeePaid')
    expect(native.map((f: any) => [pk(f.payer), f.fee, f.tip, f.nativeFee, f.feeSwaps, f.event.blockNumber, f.event.eventIndex]).sort()).toEqual(
      nativeFees.map((e) => [pk(e.data.who), String(e.data.actualFee), String(e.data.tip), String(e.data.actualFee), 0, e.block, e.index]).sort(),
    )
    // no fee is deposited anywhere under chopsticks (no Balances.Deposit precedes a fee event; the block has no
    // author to pay): every fee, the USDT one's native equivalent too, leaves the supply, as TotalIssuance shows
    const { feePayments: split } = await api(`{ feePayments(chain: "asset-hub", limit: 100) { items { nativeFee toTreasury toAuthor toCollatorPot toDap burned event { blockNumber } } } }`)
    for (const b of rec.blocks.slice(1)) {
      const prev = rec.blocks.find((x) => x.number === b.number - 1)!
      const ofBlock = split.items.filter((f: any) => f.event.blockNumber === b.number)
      expect(ofBlock.every((f: any) => [f.toTreasury, f.toAuthor, f.toCollatorPot, f.toDap].every((x) => x === '0'))).toBe(true)
      expect(sum(ofBlock.map((f: any) => f.burned))).toBe(BigInt(prev.totalIssuance) - BigInt(b.totalIssuance))
    }
    // where the fees went, per unit: the native fees, apart the USDT fee's native equivalent labelled with it, and the USDT
    const { moneyFlowDaily } = await api(`{ moneyFlowDaily(chain: "asset-hub", source: Fee) { date recipient asset { id } paidIn { id } amount count } }`)
    expect(moneyFlowDaily).toEqual(
      days().flatMap((date) => {
        const natives = eventsOf('TransactionPayment.TransactionFeePaid', date)
        const inUsdt = eventsOf('AssetTxPayment.AssetTxFeePaid', date)
        const nativeOf = (e: (typeof inUsdt)[number]) => all().find((x) => x.block === e.block && x.extrinsicIndex === e.extrinsicIndex && x.name === 'AssetConversion.SwapCreditExecuted')!.data.amountOut
        return [
          ...(natives.length ? [{ date, recipient: 'Burned', asset: { id: 'native' }, paidIn: null, amount: String(sum(natives.map((e) => e.data.actualFee))), count: natives.length }] : []),
          ...(inUsdt.length ? [{ date, recipient: 'Burned', asset: { id: 'native' }, paidIn: { id: USDT_ASSET }, amount: String(sum(inUsdt.map(nativeOf))), count: inUsdt.length }] : []),
          // the USDT itself went into the pool the fee was swapped through
          ...(inUsdt.length ? [{ date, recipient: 'SwapPool', asset: { id: USDT_ASSET }, paidIn: null, amount: String(sum(inUsdt.map((e) => e.data.actualFee))), count: inUsdt.length }] : []),
        ]
      }),
    )
    const { feeDaily } = await api(`{ feeDaily(chain: "asset-hub") { date assetFeeExtrinsics assetFeesNative } }`)
    expect(feeDaily.find((d: any) => d.date === paid.date)).toMatchObject({ assetFeeExtrinsics: 1, assetFeesNative: String(swap.data.amountOut) })
  })

  it("the day's DOT/USD price from the swaps on the native/1984 pool, volume-weighted", async () => {
    const { dotPrices } = await api(`{ dotPrices(chain: "asset-hub") { date usdPerDot microUsdPerDot source swaps dotVolume usdVolume reserveDot reserveUsd reserveBlock } }`)
    expect(dotPrices).toEqual(
      days().map((date) => {
        const swaps = eventsOf('AssetConversion.SwapExecuted', date)
        const side = (native: boolean) => sum(swaps.flatMap((s) => s.data.path.filter(([l]: any) => isNative(l) === native).map(([, a]: any) => a)))
        if (swaps.length) {
          const micro = (side(false) * 10n ** 10n) / side(true)
          return { date, usdPerDot: formatMicroUsd(micro), microUsdPerDot: String(micro), source: 'swaps:DOT/USDT', swaps: swaps.length, dotVolume: String(side(true)), usdVolume: String(side(false)), reserveDot: null, reserveUsd: null, reserveBlock: null }
        }
        // a day without swaps (a run across midnight): the reserves after the day's last block
        const last = rec.blocks.filter((b) => dayOf(b) === date).at(-1)!
        const r = last.reserves
        if (!r || BigInt(r.asset) === 0n) return { date, usdPerDot: null, microUsdPerDot: null, source: 'none', swaps: 0, dotVolume: '0', usdVolume: '0', reserveDot: null, reserveUsd: null, reserveBlock: null }
        const micro = (BigInt(r.asset) * 10n ** 10n) / BigInt(r.native)
        return { date, usdPerDot: formatMicroUsd(micro), microUsdPerDot: String(micro), source: `reserves:DOT/USDT@${last.number}`, swaps: 0, dotVolume: '0', usdVolume: '0', reserveDot: r.native, reserveUsd: r.asset, reserveBlock: last.number }
      }),
    )
    // the pool was seeded at 5 USDT per PAS; a swap each way, 0.3 % fee and slippage either side, prices within 1 % of it
    const seeded = (AMOUNTS.liquidityAsset * 10n ** 10n) / AMOUNTS.liquidityNative
    const priced = dotPrices.filter((d: any) => d.source === 'swaps:DOT/USDT')
    expect(priced.length).toBeGreaterThan(0)
    for (const p of priced) expect(Number(p.microUsdPerDot) / Number(seeded)).toBeCloseTo(1, 2)
  })
})
