/**
 * Local chains (real Paseo runtimes) → scenario → processors → Postgres → API: the figures the scenario caused
 * come out of the API exactly. Expected values are read from the scenario's record (what the chains emitted,
 * read back with @polkadot/api), never typed in. The relay processor was killed mid-way and restarted by the
 * global setup, so exact counts here also prove no row was doubled or lost.
 */
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { RecordedEvent, ScenarioRecord } from '../../devnet/scenario'
import { gql, gqlRaw } from '../support/api'
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto'
import { u8aToHex } from '@polkadot/util'
import { COLLATOR_POT } from '../../squid/src/mappings/palletAccounts'

const stack = inject('stack')
const record: ScenarioRecord = JSON.parse(readFileSync(stack.scenarioFile, 'utf8'))
const api = (q: string, v: Record<string, unknown> = {}) => gql(stack.apiUrl, q, v)

const CHAIN_OF = { relay: 'relay', coretime: 'coretime', assetHub: 'asset-hub' } as const

const allEvents = (chain: keyof typeof CHAIN_OF): RecordedEvent[] => record.blocks[chain].flatMap((b) => b.events)
const sum = (xs: (string | bigint | number)[]) => xs.reduce<bigint>((a, x) => a + BigInt(x), 0n)
const str = (x: unknown) => String(x)
/** UTC day of a recorded block (its Timestamp.set value, ms since the epoch) */
const dayOf = (b: { timestamp: string }) => new Date(Number(b.timestamp)).toISOString().slice(0, 10)
/** fee-paying extrinsics of a chain: TransactionFeePaid events, keyed by block and extrinsic */
const feeEvents = (chain: keyof typeof CHAIN_OF) => allEvents(chain).filter((e) => e.name === 'TransactionPayment.TransactionFeePaid')
const inExtrinsic = (chain: keyof typeof CHAIN_OF, fee: RecordedEvent) =>
  allEvents(chain).filter((e) => e.blockNumber === fee.blockNumber && e.extrinsicIndex === fee.extrinsicIndex)

let db: pg.Client
beforeAll(async () => {
  db = new pg.Client({ connectionString: stack.readOnlyUrl })
  await db.connect()
})
afterAll(async () => {
  await db?.end()
})

describe('sync status', () => {
  it('every processor reached its chain head', async () => {
    const { syncStatus } = await api('{ syncStatus { chain network specName specVersion indexedHeight chainHeight progress synced } }')
    for (const [key, chain] of Object.entries(CHAIN_OF) as [keyof typeof CHAIN_OF, string][]) {
      const row = syncStatus.find((r: any) => r.chain === chain)
      expect(row, chain).toMatchObject({
        network: 'devnet',
        specName: record.chains[key].specName,
        specVersion: record.chains[key].specVersion,
        indexedHeight: record.chains[key].headBlock,
        synced: true,
        progress: 1,
      })
    }
  })

  it('the relay processor was killed mid-way through the scenario', () => {
    expect(stack.relayKilledAt).toBeGreaterThanOrEqual(record.chains.relay.firstBuiltBlock)
    expect(stack.relayKilledAt).toBeLessThan(record.chains.relay.headBlock)
    console.log(
      `scenario ${stack.scenarioSeconds.toFixed(1)} s; ${stack.indexedBlocks} blocks built; ` +
        `indexing after the scenario ${stack.indexSeconds.toFixed(1)} s; relay killed at ${stack.relayKilledAt} of ${record.chains.relay.headBlock}`,
    )
  })
})

describe('fees', () => {
  it('each transfer of the scenario paid exactly what the runtime charged, split as the runtime split it', async () => {
    for (const tx of record.fees) {
      const chain = CHAIN_OF[tx.chain]
      const { feePayments } = await api(
        `query($chain: String) { feePayments(chain: $chain, limit: 500) { items { payer fee tip toTreasury toAuthor toCollatorPot toDap burned extrinsicIndex extrinsicHash asset { id symbol decimals } event { blockNumber } } } }`,
        { chain },
      )
      const p = feePayments.items.find((i: any) => i.extrinsicHash === tx.extrinsicHash)
      expect(p, `${tx.label} on ${chain}`).toBeDefined()
      // Paseo's Asset Hub resolves fees into the collators' pot (PotStake): no author share there
      const toPot = sum(tx.split.toOthers.filter((o) => u8aToHex(decodeAddress(o.who)) === COLLATOR_POT).map((o) => o.amount))
      const toOthers = sum(tx.split.toOthers.map((o) => o.amount)) - toPot
      expect(p).toMatchObject({
        payer: tx.signer,
        fee: tx.split.actualFee,
        tip: tx.split.tip,
        toTreasury: tx.split.toTreasury,
        toAuthor: str(toOthers),
        toCollatorPot: str(toPot),
        toDap: '0',
        burned: tx.split.burned,
        extrinsicIndex: tx.extrinsicIndex,
        asset: { id: 'native', symbol: record.chains[tx.chain].tokenSymbol, decimals: record.chains[tx.chain].tokenDecimals },
        event: { blockNumber: tx.blockNumber },
      })
    }
  })

  it('payments of one payer, found by any address format of the account', async () => {
    const tx = record.fees.find((f) => CHAIN_OF[f.chain] === 'relay')!
    // the signer's sudo calls pay fees too: compare with the unfiltered list
    const { feePayments: all } = await api('{ feePayments(chain: "relay", limit: 500) { totalCount items { payer extrinsicHash } } }')
    expect(all.totalCount).toBeLessThan(500)
    const expected = all.items.filter((i: any) => i.payer === tx.signer).map((i: any) => i.extrinsicHash).sort()
    expect(expected).toContain(tx.extrinsicHash)
    expect(expected.length).toBeLessThan(all.totalCount) // the filter has something to remove
    const key = u8aToHex(decodeAddress(tx.signer))
    for (const payer of [tx.signer, encodeAddress(key, 42), key]) {
      const { feePayments } = await api(`query($payer: String) { feePayments(chain: "relay", payer: $payer, limit: 500) { totalCount items { payer extrinsicHash } } }`, { payer })
      expect(feePayments.totalCount, payer).toBe(expected.length)
      expect(feePayments.items.map((i: any) => i.extrinsicHash).sort()).toEqual(expected)
      expect(new Set(feePayments.items.map((i: any) => i.payer))).toEqual(new Set([tx.signer]))
    }
  })

  it('fee totals per chain equal the sum of every TransactionFeePaid the chains emitted', async () => {
    for (const [key, chain] of Object.entries(CHAIN_OF) as [keyof typeof CHAIN_OF, string][]) {
      const fees = feeEvents(key)
      const { feeTotals } = await api(`query($chain: String) { feeTotals(chain: $chain) { extrinsics fees tips toTreasury toAuthor toCollatorPot toDap burned } }`, { chain })
      expect(feeTotals.extrinsics, chain).toBe(fees.length)
      expect(feeTotals.fees, chain).toBe(str(sum(fees.map((f) => f.data.actualFee as string))))
      expect(feeTotals.tips, chain).toBe(str(sum(fees.map((f) => f.data.tip as string))))
      expect(sum([feeTotals.toTreasury, feeTotals.toAuthor, feeTotals.toCollatorPot, feeTotals.toDap, feeTotals.burned]), chain).toBe(BigInt(feeTotals.fees))
    }
    const { feeTotals } = await api('{ feeTotals { extrinsics } }')
    expect(feeTotals.extrinsics).toBe(feeEvents('relay').length + feeEvents('coretime').length + feeEvents('assetHub').length)
  })

  it('the daily fee series adds up to the totals', async () => {
    const { feeDaily, feeTotals } = await api('{ feeDaily(chain: "relay") { date extrinsics fees toTreasury burned } feeTotals(chain: "relay") { fees toTreasury burned } }')
    expect(feeDaily.length).toBeGreaterThan(0)
    expect(str(sum(feeDaily.map((d: any) => d.fees)))).toBe(feeTotals.fees)
    expect(str(sum(feeDaily.map((d: any) => d.toTreasury)))).toBe(feeTotals.toTreasury)
    const days = new Set(record.blocks.relay.filter((b) => b.events.some((e) => e.name === 'TransactionPayment.TransactionFeePaid')).map(dayOf))
    expect(feeDaily.map((d: any) => d.date).sort()).toEqual([...days].sort())
  })

  it("money per recipient: every chain's native fee rows add up to its fee totals, per recipient", async () => {
    for (const chain of Object.values(CHAIN_OF)) {
      const { moneyFlowDaily, feeTotals } = await api(
        `query($chain: String) { moneyFlowDaily(chain: $chain, source: Fee) { recipient asset { id } paidIn { id } amount } feeTotals(chain: $chain) { toTreasury toAuthor toCollatorPot toDap burned } }`,
        { chain },
      )
      const of = (recipient: string) => str(sum(moneyFlowDaily.filter((r: any) => r.recipient === recipient && r.asset.id === 'native' && !r.paidIn).map((r: any) => r.amount)))
      expect({ toTreasury: of('Treasury'), toAuthor: of('Author'), toCollatorPot: of('CollatorPot'), toDap: of('DapStaging'), burned: of('Burned') }, chain).toEqual(feeTotals)
    }
    // Paseo's Asset Hub: fees go to the collators' pot, not to an author (the devnet's Coretime deposits its fee
    // nowhere under chopsticks: burned, as the per-payment test above checks)
    const { feeTotals } = await api(`{ feeTotals(chain: "asset-hub") { fees toCollatorPot toAuthor } }`)
    expect(feeTotals.toCollatorPot).toBe(feeTotals.fees)
    expect(BigInt(feeTotals.toCollatorPot)).toBeGreaterThan(0n)
    expect(feeTotals.toAuthor).toBe('0')
  })
})

describe('treasury', () => {
  const treasury = record.treasury.account
  const relayEvents = allEvents('relay')
  const depositsToTreasury = relayEvents.filter((e) => e.name === 'Balances.Deposit' && e.data.who === treasury)
  const feeShare = depositsToTreasury.filter((d) => {
    const fee = relayEvents.find((e) => e.name === 'TransactionPayment.TransactionFeePaid' && e.blockNumber === d.blockNumber && e.extrinsicIndex === d.extrinsicIndex)
    return fee !== undefined && BigInt(fee.data.actualFee as string) > 0n
  })
  const transfersIn = relayEvents.filter((e) => e.name === 'Balances.Transfer' && e.data.to === treasury)
  const sp = record.spendPeriod!
  const paidSpend = record.assetSpends.find((s) => s.role === 'paid')!

  it('inflow and outflow by kind are what the runtime moved', async () => {
    const { treasurySummary: t } = await api('{ treasurySummary(chain: "relay") { inflow outflow balance balanceBlock spendCount asset { id symbol decimals } byKind { direction kind amount count } } }')
    const kind = (k: string) => t.byKind.find((b: any) => b.kind === k)
    expect(kind('Fees')).toMatchObject({ direction: 'In', amount: str(sum(feeShare.map((d) => d.data.amount as string))), count: feeShare.length })
    expect(kind('Transfer')).toMatchObject({ direction: 'In', amount: str(sum(transfersIn.map((e) => e.data.amount as string))), count: transfersIn.length })
    expect(kind('Deposit')).toMatchObject({ amount: str(sum(depositsToTreasury.filter((d) => !feeShare.includes(d)).map((d) => d.data.amount as string))) })
    expect(kind('Awarded')).toMatchObject({ direction: 'Out', amount: str(sum(sp.awarded.map((a) => a.award))), count: sp.awarded.length })
    expect(kind('Burnt')).toMatchObject({ direction: 'Out', amount: sp.burntFunds, count: 1 })
    // The relay treasury's asset spends are paid from its account on Asset Hub; the native one counts as out.
    expect(kind('SpendPaid')).toMatchObject({ direction: 'Out', amount: paidSpend.amount, count: 1 })
    expect(t.asset).toMatchObject({ id: 'native', symbol: record.chains.relay.tokenSymbol, decimals: record.chains.relay.tokenDecimals })
    expect(t.spendCount).toBe(1 + record.assetSpends.length)
  })

  it('the pot moved by exactly inflow − awards − burns, and the API shows its final balance', async () => {
    const { treasurySummary: t } = await api('{ treasurySummary(chain: "relay") { balance balanceBlock byKind { kind amount } } }')
    const amount = (k: string) => BigInt(t.byKind.find((b: any) => b.kind === k).amount)
    const potChange = BigInt(record.treasury.freeAtEnd) - BigInt(record.treasury.freeAtStart)
    expect(amount('Fees') + amount('Deposit') + amount('Transfer') - amount('Awarded') - amount('Burnt')).toBe(potChange)
    expect(t.balance).toBe(record.treasury.freeAtEnd)
    expect(t.balanceBlock).toBe(record.chains.relay.headBlock)
  })

  it('the spend period closed with the runtime’s budget, award, burn and rollover', async () => {
    const { spendPeriods } = await api('{ spendPeriods(chain: "relay") { budgetRemaining awarded awardedCount burnt rollover event { blockNumber } } }')
    expect(spendPeriods).toEqual([
      {
        budgetRemaining: sp.budgetRemaining,
        awarded: str(sum(sp.awarded.map((a) => a.award))),
        awardedCount: sp.awarded.length,
        burnt: sp.burntFunds,
        rollover: sp.rolloverBalance,
        event: { blockNumber: sp.blockNumber },
      },
    ])
  })

  it('daily treasury rows add up to the summary', async () => {
    const { treasuryDaily, treasurySummary } = await api('{ treasuryDaily(chain: "relay") { inflow outflow closingBalance openingBalance drift driftBlock } treasurySummary(chain: "relay") { inflow outflow } }')
    expect(str(sum(treasuryDaily.map((d: any) => d.inflow)))).toBe(treasurySummary.inflow)
    expect(str(sum(treasuryDaily.map((d: any) => d.outflow)))).toBe(treasurySummary.outflow)
    expect(treasuryDaily.at(-1).closingBalance).toBe(record.treasury.freeAtEnd)
  })

  it('every relay day reconciles: opening + flows = closing, drift 0', async () => {
    const { treasuryDaily } = await api('{ treasuryDaily(chain: "relay") { date openingBalance closingBalance drift driftBlock } }')
    expect(treasuryDaily.every((d: any) => d.openingBalance != null && d.closingBalance != null)).toBe(true)
    expect(treasuryDaily.map((d: any) => [d.date, d.drift, d.driftBlock])).toEqual(treasuryDaily.map((d: any) => [d.date, '0', null]))
  })

  it("every Asset Hub day reconciles: the relay spend paid from the relay treasury's account there is its RelayPayout, counted once", async () => {
    const { treasuryDaily, treasuryFlows, treasurySummary } = await api(
      '{ treasuryDaily(chain: "asset-hub") { date openingBalance closingBalance drift driftBlock relayPayout outflow } treasuryFlows(chain: "asset-hub", kind: RelayPayout) { totalCount items { direction amount event { chain blockNumber } } } treasurySummary(chain: "asset-hub") { outflow } }',
    )
    expect(treasuryDaily.length).toBeGreaterThan(0)
    expect(treasuryDaily.map((d: any) => [d.date, d.drift, d.driftBlock])).toEqual(treasuryDaily.map((d: any) => [d.date, '0', null]))
    // the native spend on Asset Hub the relay paid over XCM: one move off Asset Hub's balance, no Asset Hub outflow
    expect(treasuryFlows.totalCount).toBe(1)
    expect(treasuryFlows.items[0]).toMatchObject({ direction: 'Move', amount: paidSpend.amount, event: { chain: 'asset-hub' } })
    expect(str(sum(treasuryDaily.map((d: any) => d.relayPayout)))).toBe(paidSpend.amount)
    expect(treasurySummary.outflow).toBe('0')
  })
})

describe('spends', () => {
  const SPEND_FIELDS = `id kind index status amount beneficiary asset { id symbol decimals }
    approved { blockNumber eventIndex id } paid { blockNumber } closed { blockNumber }
    events { kind amount event { blockNumber eventIndex } }`

  it('the local spend was approved, then awarded at the spend period', async () => {
    const ls = record.localSpend
    const { spend } = await api(`query($id: ID!) { spend(id: $id) { ${SPEND_FIELDS} } }`, { id: `relay-local-${ls.proposalIndex}` })
    expect(spend).toMatchObject({
      kind: 'Local',
      index: ls.proposalIndex,
      status: 'Completed',
      amount: ls.amount,
      beneficiary: ls.beneficiary,
      asset: { id: 'native' },
      approved: { blockNumber: ls.approval.blockNumber },
      paid: { blockNumber: record.spendPeriod!.blockNumber },
      closed: { blockNumber: record.spendPeriod!.blockNumber },
    })
    const approvedEvent = ls.approval.events.find((e) => e.name === 'Treasury.SpendApproved')!
    expect(spend.approved.eventIndex).toBe(approvedEvent.eventIndex)
    expect(spend.events.map((e: any) => [e.kind, e.amount, e.event.blockNumber])).toEqual([
      ['Approved', ls.amount, ls.approval.blockNumber],
      ['Awarded', ls.awarded!.data.award, record.spendPeriod!.blockNumber],
    ])
  })

  it('asset spends end as the runtime left them: paid and processed, payment failed, voided', async () => {
    const expectedStatus = { paid: 'Completed', failed: 'Failed', voided: 'Voided' } as const
    for (const s of record.assetSpends) {
      const { spend } = await api(`query($id: ID!) { spend(id: $id) { ${SPEND_FIELDS} } }`, { id: `relay-asset-${s.index}` })
      expect(spend, `asset spend ${s.index} (${s.role})`).toMatchObject({ kind: 'Asset', index: s.index, status: expectedStatus[s.role], amount: s.amount, approved: { blockNumber: s.approval.blockNumber } })
      if (s.payout) expect(spend.paid.blockNumber).toBe(s.payout.tx.blockNumber)
      expect(spend.events.at(-1).event).toEqual({ blockNumber: s.outcome.blockNumber, eventIndex: s.outcome.eventIndex })
    }
    const usdt = record.assetSpends.find((s) => JSON.stringify(s.assetKind).includes('1984'))
    if (usdt) {
      const { spend } = await api(`query($id: ID!) { spend(id: $id) { asset { id symbol decimals } } }`, { id: `relay-asset-${usdt.index}` })
      expect(spend.asset).toEqual({ id: 'assethub-assets:1984', symbol: 'USDT', decimals: 6 })
    }
  })

  it('filters by status, asset and period, sorts and paginates', async () => {
    const all = await api('{ spends(limit: 500) { totalCount items { id status amount beneficiary } } }')
    expect(all.spends.totalCount).toBe(1 + record.assetSpends.length)
    const completed = await api('{ spends(filter: { status: [Completed] }, orderBy: AMOUNT_ASC) { totalCount items { id amount } } }')
    const completedIds = ['relay-local-' + record.localSpend.proposalIndex, ...record.assetSpends.filter((s) => s.role === 'paid').map((s) => `relay-asset-${s.index}`)]
    expect(completed.spends.items.map((s: any) => s.id).sort()).toEqual(completedIds.sort())
    const amounts = completed.spends.items.map((s: any) => BigInt(s.amount))
    expect([...amounts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(amounts)
    const native = await api('{ spends(filter: { asset: "native", kind: Asset }) { totalCount } }')
    expect(native.spends.totalCount).toBe(record.assetSpends.filter((s) => !JSON.stringify(s.assetKind).includes('1984')).length)
    const day = dayOf(record.blocks.relay.find((b) => b.number === record.localSpend.approval.blockNumber)!)
    const inDay = await api(`{ spends(filter: { from: "${day}", to: "${day}" }) { totalCount } }`)
    expect(inDay.spends.totalCount).toBe(1 + record.assetSpends.length)
    const before = await api(`{ spends(filter: { to: "2000-01-01" }) { totalCount items { id } } }`)
    expect(before.spends).toEqual({ totalCount: 0, items: [] })
    // the local spend's beneficiary, as its wallet may show it: SS58 of the chain, generic Substrate, public key
    const eve = record.localSpend.beneficiary
    const toEve = all.spends.items.filter((s: any) => s.beneficiary === eve).map((s: any) => s.id).sort()
    expect(toEve).toContain('relay-local-' + record.localSpend.proposalIndex)
    for (const beneficiary of [eve, encodeAddress(decodeAddress(eve), 42), u8aToHex(decodeAddress(eve))]) {
      const { spends } = await api('query($b: String) { spends(filter: { beneficiary: $b }, limit: 500) { totalCount items { id } } }', { b: beneficiary })
      expect(spends.items.map((s: any) => s.id).sort(), beneficiary).toEqual(toEve)
    }
    const page1 = await api('{ spends(limit: 2, offset: 0, orderBy: INDEX_ASC) { totalCount limit offset items { id } } }')
    const page2 = await api('{ spends(limit: 2, offset: 2, orderBy: INDEX_ASC) { items { id } } }')
    expect(page1.spends).toMatchObject({ totalCount: 1 + record.assetSpends.length, limit: 2, offset: 0 })
    expect(page1.spends.items).toHaveLength(2)
    const ids = [...page1.spends.items, ...page2.spends.items].map((s: any) => s.id)
    expect(new Set(ids).size).toBe(Math.min(4, 1 + record.assetSpends.length))
  })
})

describe('one event, every fact derived from it', () => {
  it('the Awarded event: its outflow and the spend it completed', async () => {
    const awarded = record.localSpend.awarded!
    const id = `relay-${awarded.blockNumber}-${awarded.eventIndex}`
    const { event } = await api(
      `query($id: String!) { event(id: $id) { id blockNumber eventIndex flows { direction kind amount } feePayment { fee } spends { kind spend { id status } } spendPeriod { id } } }`,
      { id },
    )
    expect(event).toEqual({
      id,
      blockNumber: awarded.blockNumber,
      eventIndex: awarded.eventIndex,
      flows: [{ direction: 'Out', kind: 'Awarded', amount: awarded.data.award }],
      feePayment: null,
      spends: [{ kind: 'Awarded', spend: { id: `relay-local-${record.localSpend.proposalIndex}`, status: 'Completed' } }],
      spendPeriod: null,
    })
  })

  it('a fee event: what its extrinsic paid; the Spending event: its spend period', async () => {
    const tx = record.fees.find((f) => f.chain === 'relay')!
    const feeEvent = tx.events.find((e) => e.name === 'TransactionPayment.TransactionFeePaid')!
    const fee = await api(`query($id: String!) { event(id: $id) { feePayment { fee tip toTreasury } flows { kind } } }`, { id: `relay-${feeEvent.blockNumber}-${feeEvent.eventIndex}` })
    expect(fee.event).toEqual({ feePayment: { fee: tx.split.actualFee, tip: tx.split.tip, toTreasury: tx.split.toTreasury }, flows: [] })
    const spending = record.spendPeriod!.events.find((e) => e.name === 'Treasury.Spending')!
    const period = await api(`query($id: String!) { event(id: $id) { spendPeriod { budgetRemaining } } }`, { id: `relay-${spending.blockNumber}-${spending.eventIndex}` })
    expect(period.event.spendPeriod).toEqual({ budgetRemaining: record.spendPeriod!.budgetRemaining })
  })

  it('null for an event nothing was derived from; an error for a malformed id', async () => {
    expect((await api('{ event(id: "relay-1-0") { id } }')).event).toBeNull()
    const bad = await gqlRaw(stack.apiUrl, '{ event(id: "relay:1:0") { id } }')
    expect(bad.errors?.[0].message).toBe('event id must look like relay-1234567-8 (chain, block, event index), got "relay:1:0"')
  })
})

describe('governance: a referendum on the Paseo relay with real votes and a delegation', () => {
  const g = record.governance!
  const REFERENDUM = `query($index: Int!) { referendum(chain: "relay", index: $index) {
    index track trackName status proposal { kind inline length call { name args source } } submitted { blockNumber } decisionDepositBy decisionDeposit
    tally { ayes nays support } tallyBlock tallySource turnout { ratio support activeIssuance blockNumber }
    votes { voters direct { ayes nays support } ayeCapital nayCapital abstainCapital delegated { ayes nays support } }
    events { kind who amount event { blockNumber } }
  } }`
  const planckOf = (vote: any): { ayes: bigint; nays: bigint; support: bigint } => {
    // Conviction::votes written out again from the pallet's rule: None a tenth, LockedNx N times
    const times = (c: number, b: bigint) => (c === 0 ? b / 10n : b * BigInt(c))
    if (vote.Standard) {
      const b = BigInt(vote.Standard.balance)
      const { aye, conviction } = vote.Standard.vote
      return aye ? { ayes: times(conviction, b), nays: 0n, support: b } : { ayes: 0n, nays: times(conviction, b), support: 0n }
    }
    const x = vote.Split ?? vote.SplitAbstain
    return { ayes: BigInt(x.aye) / 10n, nays: BigInt(x.nay) / 10n, support: BigInt(x.aye) + BigInt(x.abstain ?? 0) }
  }

  it('the scenario ran step 9', () => {
    expect(g).toBeTruthy()
    expect(g.votes.length).toBe(6)
  })

  it("its tally is the runtime's, read after the last block of votes; direct votes and the delegation add up to it", async () => {
    const { referendum } = await api(REFERENDUM, { index: g.index })
    const standing = g.votes.filter((v) => !v.removed && !g.votes.some((w) => w.removed && w.voter === v.voter))
    const direct = standing.map((v) => planckOf(v.vote)).reduce((a, b) => ({ ayes: a.ayes + b.ayes, nays: a.nays + b.nays, support: a.support + b.support }))
    const delegated = BigInt(g.delegation.balance) * BigInt(g.delegation.conviction)
    expect(referendum).toMatchObject({
      index: g.index,
      track: g.track,
      trackName: g.trackName,
      status: 'Preparing',
      // what was asked, decoded by the runtime at submission
      proposal: { kind: 'Inline', length: expect.any(Number), call: { name: 'System.remark', args: JSON.stringify({ remark: g.remark }), source: 'Inline' } },
      submitted: { blockNumber: g.submission.blockNumber },
      tally: { ayes: g.tally.ayes, nays: g.tally.nays, support: g.tally.support },
      tallyBlock: g.tally.blockNumber,
      tallySource: 'Storage',
      votes: {
        voters: standing.length,
        direct: { ayes: str(direct.ayes), nays: str(direct.nays), support: str(direct.support) },
        // Charlie delegated to Dave, who voted aye: the delegation's conviction-weighted balance, and its capital as support
        delegated: { ayes: str(delegated), nays: '0', support: g.delegation.balance },
      },
    })
    expect(BigInt(g.tally.ayes)).toBe(direct.ayes + delegated)
    expect(u8aToHex(decodeAddress(referendum.decisionDepositBy))).toBe(u8aToHex(decodeAddress(g.decisionDeposit.signer)))
    const placed = g.decisionDeposit.events.find((e) => e.name === 'Referenda.DecisionDepositPlaced')!
    expect(referendum.decisionDeposit).toBe(str(placed.data.amount))
    expect(referendum.events.map((e: any) => [e.kind, e.event.blockNumber])).toEqual([
      ['Submitted', g.submission.blockNumber],
      ['DecisionDepositPlaced', g.decisionDeposit.blockNumber],
    ])
    // turnout: the support over the active issuance at the tally's block
    expect(referendum.turnout.blockNumber).toBe(g.tally.blockNumber)
    expect(referendum.turnout.support).toBe(g.tally.support)
    // in parts per billion, truncated as the API keeps it
    expect(referendum.turnout.ratio).toBe(Number((BigInt(g.tally.support) * 1_000_000_000n) / BigInt(referendum.turnout.activeIssuance)) / 1e9)
  })

  it('every vote and the removal, in block order, each with its extrinsic and weight', async () => {
    const { referendumVotes } = await api(`query($index: Int!) { referendumVotes(chain: "relay", index: $index) { totalCount items { voter cast kind weight { ayes nays support } extrinsicHash event { blockNumber } } } }`, { index: g.index })
    expect(referendumVotes.totalCount).toBe(g.votes.length)
    const byBlock = [...g.votes].sort((a, b) => a.tx.blockNumber - b.tx.blockNumber || a.tx.extrinsicIndex - b.tx.extrinsicIndex)
    expect(referendumVotes.items.map((v: any) => [v.extrinsicHash, v.cast, v.event.blockNumber])).toEqual(byBlock.map((v) => [v.tx.extrinsicHash, !v.removed, v.tx.blockNumber]))
    for (const v of byBlock) {
      const w = planckOf(v.vote)
      expect(referendumVotes.items.find((x: any) => x.extrinsicHash === v.tx.extrinsicHash).weight).toEqual({ ayes: str(w.ayes), nays: str(w.nays), support: str(w.support) })
    }
  })
})

describe('coretime: bulk sales on the real coretime-paseo runtime (step 10)', () => {
  const ct = record.coretimeSales!
  const [first, next] = ct.sales
  const purchased = ct.purchase.events.find((e) => e.name === 'Broker.Purchased')!.data as any
  const renewed = ct.renew.events.find((e) => e.name === 'Broker.Renewed')!.data as any
  const burnDeposit = (tx: typeof ct.purchase, amount: string) => tx.events.find((e) => e.name === 'Balances.Deposit' && String((e.data as any).amount) === amount)
  const SALE = 'regionBegin regionEnd saleStart leadinLength timeUnit startPrice endPrice idealCoresSold coresOffered coresSold coresPurchased coresRenewed selloutPrice priceRule nextEndPrice nextTargetPrice revenue { bulk renewal total burned toTreasury unattributed } purchases { kind core who price saleTime leadinProgress revenueTo event { blockNumber } } event { blockNumber }'

  it('the scenario ran step 10', () => {
    expect(ct, 'the devnet started with a configured broker').not.toBeNull()
  })

  it('two sales as the runtime announced them; the first sold one core after its lead-in, the next one renewed it; Paseo fixes the next end price', async () => {
    const { coretimeSales } = await api(`{ coretimeSales(chain: "coretime") { totalCount items { ${SALE} } } }`)
    expect(coretimeSales.totalCount).toBe(2)
    const [b, a] = coretimeSales.items
    for (const [row, ev] of [[a, first], [b, next]] as const) {
      const d = ev.data as any
      expect(row).toMatchObject({ regionBegin: Number(d.regionBegin), regionEnd: Number(d.regionEnd), saleStart: Number(d.saleStart), leadinLength: Number(d.leadinLength), timeUnit: 'RelayBlock', startPrice: str(d.startPrice), endPrice: str(d.endPrice), idealCoresSold: Number(d.idealCoresSold), coresOffered: Number(d.coresOffered), event: { blockNumber: ev.blockNumber } })
    }
    expect(a).toMatchObject({ coresSold: 1, coresPurchased: 1, coresRenewed: 0, selloutPrice: str(purchased.price), priceRule: 'MinimumPriceWithFixedTargetPrice(5000000000000, 7500000000000)', nextEndPrice: '5000000000000', nextTargetPrice: '7500000000000' })
    // the forecast is what the runtime did: the next sale opened at the end price forecast from the first
    expect(b.endPrice).toBe(a.nextEndPrice)
    expect(b).toMatchObject({ coresSold: 1, coresPurchased: 0, coresRenewed: 1 })
    expect(a.purchases).toEqual([{ kind: 'Bulk', core: Number(purchased.regionId.core), who: ct.purchase.signer, price: str(purchased.price), saleTime: ct.relayParents[0], leadinProgress: 1, revenueTo: 'Burned', event: { blockNumber: ct.purchase.blockNumber } }])
    expect(b.purchases.map((p: any) => [p.kind, p.core, p.who, p.price, p.revenueTo, p.event.blockNumber])).toEqual([['Renewal', Number(renewed.core), ct.renew.signer, str(renewed.price), 'Burned', ct.renew.blockNumber]])
    // where the money went: the runtime deposited each price to its burn stash (py/ctbrn)
    expect(burnDeposit(ct.purchase, str(purchased.price))).toBeDefined()
    expect(burnDeposit(ct.renew, str(renewed.price))).toBeDefined()
    expect(a.revenue).toEqual({ bulk: str(purchased.price), renewal: '0', total: str(purchased.price), burned: str(purchased.price), toTreasury: '0', unattributed: '0' })
    expect(b.revenue).toEqual({ bulk: '0', renewal: str(renewed.price), total: str(renewed.price), burned: str(renewed.price), toTreasury: '0', unattributed: '0' })
  })

  it('renewals per core, the assignments the next sale committed, and the burn in the money flows', async () => {
    const renewable = allEvents('coretime').filter((e) => e.name === 'Broker.Renewable')
    const { coreRenewals } = await api('{ coreRenewals(chain: "coretime") { items { core begin price status renewedBy } } }')
    expect(coreRenewals.items).toEqual(
      renewable.map((e) => {
        const d = e.data as any
        const done = Number(d.begin) === Number(renewed.begin)
        return { core: Number(d.core), begin: Number(d.begin), price: str(d.price), status: done ? 'Renewed' : 'Renewable', renewedBy: done ? ct.renew.signer : null }
      }),
    )
    const assigned = allEvents('coretime').filter((e) => e.name === 'Broker.CoreAssigned')
    const { coreAssignments } = await api('{ coreAssignments(chain: "coretime", limit: 100) { totalCount items { core beginRelayBlock kind task parts } } }')
    const expected = assigned.flatMap((e) => ((e.data as any).assignment as any[]).map(([a, parts]) => ({ core: Number((e.data as any).core), beginRelayBlock: Number((e.data as any).when), kind: typeof a === 'string' ? a : 'Task', task: typeof a === 'string' ? null : Number(a.Task), parts: Number(parts) })))
    expect(coreAssignments.totalCount).toBe(expected.length)
    expect([...coreAssignments.items].sort((x: any, y: any) => x.core - y.core)).toEqual(expected.sort((x, y) => x.core - y.core))
    const { moneyFlowDaily } = await api('{ moneyFlowDaily(chain: "coretime") { source recipient amount } }')
    const coretime = moneyFlowDaily.filter((f: any) => f.source.startsWith('Coretime'))
    expect(coretime.map((f: any) => [f.source, f.recipient, f.amount]).sort()).toEqual([['CoretimeBulk', 'Burned', str(purchased.price)], ['CoretimeRenewal', 'Burned', str(renewed.price)]])
  })
})

describe('no row doubled or lost after the kill', () => {
  it('one fee row per TransactionFeePaid and one spend event per treasury lifecycle event', async () => {
    const lifecycle = new Set(['SpendApproved', 'AssetSpendApproved', 'Paid', 'PaymentFailed', 'SpendProcessed', 'AssetSpendVoided', 'Awarded', 'Proposed', 'Rejected'])
    const { rows: fees } = await db.query(`SELECT chain, count(*)::int AS n FROM fee_payment GROUP BY chain`)
    for (const [key, chain] of Object.entries(CHAIN_OF) as [keyof typeof CHAIN_OF, string][]) {
      expect(fees.find((r) => r.chain === chain)?.n ?? 0, chain).toBe(feeEvents(key).length)
    }
    const { rows: ev } = await db.query(`SELECT count(*)::int AS n FROM spend_event WHERE chain = 'relay'`)
    expect(ev[0].n).toBe(allEvents('relay').filter((e) => e.section === 'Treasury' && lifecycle.has(e.method)).length)
  })

  it('rollups equal the facts they summarise', async () => {
    const { rows: f } = await db.query(`SELECT
      (SELECT coalesce(sum(fees),0)::text FROM fee_day) AS day_fees, (SELECT coalesce(sum(fee),0)::text FROM fee_payment) AS fact_fees,
      (SELECT coalesce(sum(extrinsics),0)::int FROM fee_day) AS day_n, (SELECT count(*)::int FROM fee_payment) AS fact_n,
      (SELECT coalesce(sum(flow_count),0)::int FROM treasury_day) AS flow_days, (SELECT count(*)::int FROM treasury_flow) AS flows,
      (SELECT coalesce(sum(in_fees + in_deposits + in_transfers),0)::text FROM treasury_day) AS day_in,
      (SELECT coalesce(sum(amount),0)::text FROM treasury_flow WHERE direction = 'In' AND asset_id = 'native') AS fact_in`)
    expect(f[0].day_fees).toBe(f[0].fact_fees)
    expect(f[0].day_n).toBe(f[0].fact_n)
    expect(f[0].flow_days).toBe(f[0].flows)
    expect(f[0].day_in).toBe(f[0].fact_in)
  })
})

describe('API argument errors', () => {
  it.each([
    ['{ spends(limit: 501) { totalCount } }', /limit must be between 1 and 500, got 501/],
    ['{ spends(offset: -1) { totalCount } }', /offset must be 0 or more/],
    ['{ spends(filter: { from: "2026-02-30" }) { totalCount } }', /2026-02-30 is not a calendar day/],
    ['{ spends(filter: { from: "yesterday" }) { totalCount } }', /Date must be "YYYY-MM-DD"/],
    ['{ treasurySummary(from: "2026-02-01", to: "2026-01-01") { inflow } }', /from \(2026-02-01\) is after to \(2026-01-01\)/],
    ['{ feeTotals(chain: "kusama") { fees } }', /chain "kusama" is not known; use one of relay, asset-hub, collectives, coretime, people/],
    ['{ spends(filter: { status: [Lost] }) { totalCount } }', /Lost/],
    ['{ spends(filter: { beneficiary: "0xEve" }) { totalCount } }', /beneficiary must be an SS58 address or a 0x-prefixed 32-byte public key, got "0xEve"/],
  ])('%s', async (query, message) => {
    const body = await gqlRaw(stack.apiUrl, query)
    expect(body.data?.spends ?? body.data?.treasurySummary ?? body.data?.feeTotals ?? null).toBeNull()
    expect(body.errors?.map((e) => e.message).join('; ')).toMatch(message)
  })
})
