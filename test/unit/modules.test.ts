/**
 * The module registry, the start check of module ranges, and storage reads against a local JSON-RPC server that
 * answers like a Polkadot node: with the real SCALE value of System.Account, or like a pruned node.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RpcClient } from '@subsquid/rpc-client'
import { Runtime } from '@subsquid/substrate-runtime'
import { BlockHeader } from '@subsquid/substrate-processor/lib/mapping'
import { chainConfig } from '../../squid/src/config'
import { feesModule } from '../../squid/src/modules/fees'
import { treasuryModule, TREASURY_ACCOUNT } from '../../squid/src/modules/treasury'
import { stakingModule } from '../../squid/src/modules/staking'
import { dapModule } from '../../squid/src/modules/dap'
import { slashesModule } from '../../squid/src/modules/slashes'
import { moneyFlowsModule } from '../../squid/src/modules/moneyFlows'
import { referendaModule } from '../../squid/src/modules/referenda'
import { bountiesModule } from '../../squid/src/modules/bounties'
import { inclusionModule } from '../../squid/src/modules/inclusion'
import { coretimeModule } from '../../squid/src/modules/coretime'
import { identityModule } from '../../squid/src/modules/identity'
import { salaryModule } from '../../squid/src/modules/salary'
import { treasuryModule as treasuryOfCollectives } from '../../squid/src/modules/treasury'
import { MODULES, modulesOn, moduleNamed, withDependents, withPrerequisites } from '../../squid/src/modules/registry'
import { requestsOf, type ChainEnv } from '../../squid/src/modules/module'
import { ArchiveStateError, runStorageReads } from '../../squid/src/storage'
import { checkModuleRanges, ModuleGapError } from '../../squid/src/sync/ranges'
import { tableOf } from '../../squid/src/sync/resync'
import { FeePayment, SpendEvent, TreasuryDay } from '../../squid/src/model'
import type { Block } from '../../squid/src/block'
import { bundledMetadata } from '../support/metadata'
import { testRuntime } from '../support/chain'

const envOf = (chain: 'relay' | 'coretime' | 'asset-hub' | 'people' | 'collectives', rpcUrl?: string): ChainEnv => ({
  cfg: { ...chainConfig(chain, {}), ...(rpcUrl ? { rpcUrl } : {}) },
  ss58Prefix: 0,
  native: { id: 'native', symbol: 'DOT', decimals: 10, chain },
  chainHeight: async () => 0,
  ...(rpcUrl ? { rpc: (method: string, params: unknown[]) => new RpcClient({ url: rpcUrl, retryAttempts: 0 }).call(method, params) } : {}),
})

describe('registry', () => {
  it('runs fees before treasury, which reads the fee shares, and treasury before referenda, which links its spends; coretime has no treasury, OpenGov or bounties, and only it has the broker; the relay has the on-demand side (coretime) and inclusion; only People has identities', () => {
    expect(MODULES.map((m) => m.name)).toEqual(['fees', 'treasury', 'asset-rate', 'staking', 'dap', 'slashes', 'referenda', 'bounties', 'broker', 'coretime', 'inclusion', 'money-flows', 'hub', 'identity', 'salary'])
    // the People chain: its identities, and the fees and money flows every chain has
    expect(modulesOn(envOf('people')).map((m) => m.name)).toEqual(['fees', 'staking', 'dap', 'slashes', 'money-flows', 'identity'])
    expect(requestsOf(identityModule, envOf('people')).events).toEqual([{ names: ['Identity.IdentitySet', 'Identity.IdentityCleared', 'Identity.IdentityKilled', 'Identity.JudgementRequested', 'Identity.JudgementUnrequested', 'Identity.JudgementGiven', 'Identity.SubIdentityAdded', 'Identity.SubIdentityRemoved', 'Identity.SubIdentityRevoked', 'Identity.SubIdentityRenamed', 'Identity.SubIdentitiesSet'], extrinsic: true }])
    expect(requestsOf(identityModule, envOf('relay')).events).toEqual([])
    // Collectives: the sub-treasuries through the treasury module (their pallet events only) and the salaries
    expect(modulesOn(envOf('collectives')).map((m) => m.name)).toEqual(['fees', 'treasury', 'staking', 'dap', 'slashes', 'money-flows', 'salary'])
    const subTreasuryEvents = requestsOf(treasuryOfCollectives, envOf('collectives')).events!
    expect(subTreasuryEvents).toHaveLength(1)
    expect(subTreasuryEvents[0].names.filter((n) => n.startsWith('FellowshipTreasury.')).length).toBe(subTreasuryEvents[0].names.filter((n) => n.startsWith('AmbassadorTreasury.')).length)
    expect(subTreasuryEvents[0].names.every((n) => /^(Fellowship|Ambassador)Treasury\./.test(n))).toBe(true)
    expect(requestsOf(salaryModule, envOf('collectives')).events![0].names).toHaveLength(15)
    expect(requestsOf(salaryModule, envOf('asset-hub')).events).toEqual([])
    // the Hub's adoption is Asset Hub's only, after the fees whose payers it counts
    // AssetRate at approval on the two chains whose treasury spends assets
    expect(modulesOn(envOf('asset-hub')).map((m) => m.name)).toEqual(['fees', 'treasury', 'asset-rate', 'staking', 'dap', 'slashes', 'referenda', 'bounties', 'money-flows', 'hub'])
    expect(modulesOn(envOf('relay')).map((m) => m.name)).toEqual(['fees', 'treasury', 'asset-rate', 'staking', 'dap', 'slashes', 'referenda', 'bounties', 'coretime', 'inclusion', 'money-flows'])
    // staking, dap and slashes run everywhere (the money-flows module reads them) and request nothing where the chain lacks them
    expect(modulesOn(envOf('coretime')).map((m) => m.name)).toEqual(['fees', 'staking', 'dap', 'slashes', 'broker', 'money-flows'])
    expect(requestsOf(stakingModule, envOf('coretime')).events).toEqual([])
    expect(requestsOf(dapModule, envOf('relay')).events).toEqual([])
    expect(requestsOf(slashesModule, envOf('coretime')).events).toEqual([])
    expect(requestsOf(slashesModule, envOf('relay')).events).toEqual([{ names: ['Treasury.Deposit', 'Balances.Deposit', 'Staking.Slashed', 'Referenda.DepositSlashed', 'Bounties.BountyRejected'] }])
    expect(requestsOf(stakingModule, envOf('relay')).events).toEqual([{ names: ['Treasury.Deposit', 'Balances.Deposit', 'Staking.EraPaid'] }])
    // the inclusion firehose (several candidates a relay block) without its extrinsics; its on-demand orders are
    // the coretime module's records
    expect(requestsOf(inclusionModule, envOf('relay')).events).toEqual([{ names: ['ParaInclusion.CandidateIncluded', 'ParaInclusion.CandidateBacked', 'Coretime.CoreAssigned'] }])
  })

  it('a re-sync of fees rebuilds treasury too; a run writing treasury decodes fees', () => {
    const relay = modulesOn(envOf('relay'))
    expect(withDependents(['fees'], relay)).toEqual([feesModule, treasuryModule, referendaModule, bountiesModule, moneyFlowsModule])
    expect(withPrerequisites([moneyFlowsModule], relay)).toEqual([feesModule, stakingModule, dapModule, slashesModule, coretimeModule, moneyFlowsModule])
    expect(withDependents(['slashes'], relay)).toEqual([slashesModule, moneyFlowsModule])
    // the referenda link their enactments to the spends the treasury module decoded in the same block, the
    // bounties the treasury's flows into and out of them
    expect(withDependents(['treasury'], relay)).toEqual([treasuryModule, referendaModule, bountiesModule])
    expect(withPrerequisites([referendaModule], relay)).toEqual([feesModule, treasuryModule, referendaModule])
    expect(withPrerequisites([treasuryModule], relay)).toEqual([feesModule, treasuryModule])
    // the bounties module reads the treasury's records; none reads its
    expect(withDependents(['bounties'], relay)).toEqual([bountiesModule])
    expect(withPrerequisites([bountiesModule], relay)).toEqual([feesModule, treasuryModule, bountiesModule])
    expect(withDependents(['inclusion'], relay)).toEqual([inclusionModule])
    expect(withDependents(['coretime'], relay)).toEqual([coretimeModule, inclusionModule, moneyFlowsModule])
    expect(() => moduleNamed('broker', relay)).toThrow('unknown module "broker"; modules: fees, treasury, asset-rate, staking, dap, slashes, referenda, bounties, coretime, inclusion, money-flows')
  })

  it('each module requests its own events, an extrinsic only where its facts carry a hash', () => {
    const relay = envOf('relay')
    expect(requestsOf(feesModule, relay).events).toEqual([
      { names: ['TransactionPayment.TransactionFeePaid'], extrinsic: true },
      { names: ['Treasury.Deposit', 'Balances.Deposit', 'Balances.Transfer', 'Balances.Withdraw'] },
    ])
    const t = requestsOf(treasuryModule, relay).events!
    expect(t).toHaveLength(1)
    expect(t[0].extrinsic).toBe(true)
    expect(t[0].names).toContain('Treasury.AssetSpendApproved')
    // plus the events of bounty funding and returns and of the migration's mints and burns: the names of its
    // decoders (not BountyRejected, which only the slashes module decodes)
    expect(t[0].names.filter((n) => !n.startsWith('Treasury.')).sort()).toEqual(['Balances.Burned', 'Balances.Deposit', 'Balances.Minted', 'Balances.Transfer', 'Bounties.BountyBecameActive', 'Bounties.BountyCanceled'])
    // the relay pays over XCM: no payout calls; Asset Hub's failed payouts are failed calls
    expect(requestsOf(treasuryModule, relay).calls).toEqual([])
    // referenda: the lifecycle and enactments without their extrinsic; the votes with it, and with the call that
    // names the poll where Voted has no pollIndex
    expect(requestsOf(referendaModule, relay).events).toEqual([
      { names: ['Referenda.Submitted', 'Referenda.DecisionDepositPlaced', 'Referenda.DecisionDepositRefunded', 'Referenda.SubmissionDepositRefunded', 'Referenda.DecisionStarted', 'Referenda.ConfirmStarted', 'Referenda.ConfirmAborted', 'Referenda.Approved', 'Referenda.Confirmed', 'Referenda.Rejected', 'Referenda.TimedOut', 'Referenda.Cancelled', 'Referenda.Killed', 'Scheduler.Dispatched'] },
      { names: ['ConvictionVoting.Voted', 'ConvictionVoting.VoteRemoved'], extrinsic: true, call: true },
    ])
    expect(requestsOf(referendaModule, envOf('coretime')).events).toEqual([])
    // bounties: every lifecycle event with its extrinsic (a bounty event row carries its hash); DepositPoked from 1007001
    expect(requestsOf(bountiesModule, relay).events).toEqual([
      {
        names: [
          'Bounties.BountyProposed', 'Bounties.BountyRejected', 'Bounties.BountyBecameActive', 'Bounties.BountyAwarded', 'Bounties.BountyClaimed', 'Bounties.BountyCanceled', 'Bounties.BountyExtended', 'Bounties.BountyApproved',
          'Bounties.CuratorProposed', 'Bounties.CuratorUnassigned', 'Bounties.CuratorAccepted', 'Bounties.DepositPoked',
          'ChildBounties.Added', 'ChildBounties.Awarded', 'ChildBounties.Claimed', 'ChildBounties.Canceled',
        ],
        extrinsic: true,
      },
    ])
    expect(requestsOf(bountiesModule, envOf('coretime')).events).toEqual([])
    // coretime has no Treasury pallet: fees walks Balances events only
    expect(requestsOf(feesModule, envOf('coretime')).events![1].names).toEqual(['Balances.Deposit', 'Balances.Transfer', 'Balances.Withdraw'])
  })

  it("dap requests its events and Balances.Minted only from the chain's first pallet-dap block, when configured", () => {
    const ah = (env: NodeJS.ProcessEnv): ChainEnv => ({ ...envOf('relay'), cfg: chainConfig('asset-hub', env), native: { id: 'native', symbol: 'DOT', decimals: 10, chain: 'asset-hub' } })
    const sorted = (rs: any[] | undefined) => rs!.map((r) => ({ ...r, names: [...r.names].sort() }))
    expect(sorted(requestsOf(dapModule, ah({ ASSET_HUB_DAP_FROM_BLOCK: '11200000' })).events)).toEqual([{ names: ['Balances.Minted', 'Dap.IssuanceMinted', 'Dap.StagingDrained'], range: { from: 11_200_000 } }])
    expect(sorted(requestsOf(dapModule, ah({})).events)).toEqual([{ names: ['Balances.Minted', 'Dap.IssuanceMinted', 'Dap.StagingDrained'] }])
    // the treasury keeps its own Balances.Minted over its whole range (the migration's mints to the treasury)
    const t = requestsOf(treasuryModule, ah({ ASSET_HUB_DAP_FROM_BLOCK: '11200000' })).events!
    expect(t[0].names).toContain('Balances.Minted')
    expect(t.every((r) => r.range === undefined)).toBe(true)
  })

  it('names the tables a re-sync deletes from', () => {
    expect([FeePayment, SpendEvent, TreasuryDay].map(tableOf)).toEqual(['fee_payment', 'spend_event', 'treasury_day'])
  })
})

describe('module ranges at start', () => {
  const relay = [feesModule, treasuryModule]
  const FEES_V = feesModule.version
  const v1 = (module: string, fromBlock: number, toBlock: number, version = module === 'fees' ? FEES_V : 1) => ({ module, version, fromBlock, toBlock })

  it('a database indexed by every module at its version goes on from each range', () => {
    const plan = checkModuleRanges('relay', relay, 500, 100, [v1('fees', 100, 500), v1('treasury', 120, 501, treasuryModule.version)])
    expect([...plan].map(([m, r]) => [m.name, r.fromBlock])).toEqual([['fees', 100], ['treasury', 120]])
    expect([...checkModuleRanges('relay', relay, -1, 100, [])].map(([m, r]) => [m.name, r.fromBlock])).toEqual([['fees', 100], ['treasury', 100]])
  })

  it('a module added to an indexed database stops the processor with the command that fills the gap', () => {
    expect(() => checkModuleRanges('relay', relay, 500, 100, [v1('fees', 100, 500)])).toThrow(ModuleGapError)
    expect(() => checkModuleRanges('relay', relay, 500, 100, [v1('fees', 100, 500)])).toThrow(
      `relay: the database is not indexed by the current modules:\n  - treasury v${treasuryModule.version} is new: it has not indexed blocks 100-500, which the processor already has; run \`npm run resync -- relay treasury\``,
    )
  })

  it('a bumped version, a range that stops short, and rows without processor state are refused', () => {
    const bumped = { ...feesModule, version: FEES_V + 1 }
    expect(() => checkModuleRanges('relay', [bumped], 500, 100, [v1('fees', 100, 500)])).toThrow(`fees indexed blocks 100-500 at v${FEES_V}, the code is v${FEES_V + 1}; run \`npm run resync -- relay fees\``)
    expect(() => checkModuleRanges('relay', [feesModule], 500, 100, [v1('fees', 100, 420)])).toThrow('fees indexed blocks 100-420, not 421-500')
    expect(() => checkModuleRanges('relay', [feesModule], -1, 100, [v1('fees', 100, 420)])).toThrow(`blocks 100-420 are in the database (v${FEES_V}) but the processor's state is gone; run \`npm run resync -- relay\``)
  })
})

describe('storage reads', () => {
  const polkadot = testRuntime(bundledMetadata('polkadot'))
  let server: http.Server
  let url: string
  /** what the node answers to state_getStorageAt: a value, or the error of a pruned node */
  let answer: (params: unknown[]) => { result?: unknown; error?: { code: number; message: string } }
  const calls: unknown[][] = []

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = ''
      req.on('data', (d) => (body += d))
      req.on('end', () => {
        const msgs = JSON.parse(body)
        const one = (m: any) => {
          // block hashes as block() makes them
          if (m.method === 'chain_getBlockHash') return { jsonrpc: '2.0', id: m.id, result: '0x' + Number(m.params[0]).toString(16).padStart(64, 'b') }
          if (m.method !== 'state_getStorageAt') return { jsonrpc: '2.0', id: m.id, error: { code: -32601, message: `Method not found: ${m.method}` } }
          calls.push(m.params)
          return { jsonrpc: '2.0', id: m.id, ...answer(m.params) }
        }
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify(Array.isArray(msgs) ? msgs.map(one) : one(msgs)))
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  function block(height: number): Block {
    const runtime = new Runtime(polkadot.record, polkadot.record.metadata, undefined, new RpcClient({ url, retryAttempts: 0 }))
    const header = new BlockHeader(runtime, runtime, {
      height,
      hash: '0x' + height.toString(16).padStart(64, 'b'),
      parentHash: '0x' + (height - 1).toString(16).padStart(64, 'b'),
      specName: polkadot.record.specName,
      specVersion: polkadot.record.specVersion,
      implName: polkadot.record.implName,
      implVersion: polkadot.record.implVersion,
      timestamp: Date.UTC(2025, 2, 14),
    } as any)
    return { header, events: [], extrinsics: [], calls: [] } as unknown as Block
  }

  it("reads the treasury's balance before the first block (the day's opening) and at the batch's last block (System.Account, real encoding)", async () => {
    const free = 123_456_789_012_345n
    const value = polkadot.registry.createType('AccountInfo', { nonce: 0, consumers: 0, providers: 1, sufficients: 0, data: { free, reserved: 7n, frozen: 0n, flags: 0n } }).toHex()
    answer = () => ({ result: value })
    calls.length = 0
    const env = envOf('relay', url)
    const blocks = [block(999), block(1000)]
    const reads = treasuryModule.reads!(env, treasuryModule.empty(), blocks)
    const values = await runStorageReads(env, [[treasuryModule, reads]])
    // no flows and the same balance at both: nothing to bisect
    expect(values.get(treasuryModule)!.get('dayBalances')).toEqual({
      balances: [
        { date: '2025-03-14', block: 998, balance: free, role: 'open' },
        { date: '2025-03-14', block: 1000, balance: free, role: 'provisional' },
      ],
      driftBlocks: [],
    })
    // two reads of the pot's key: at block 998 (its hash from chain_getBlockHash) and at the last block's hash
    expect(calls).toHaveLength(2)
    expect(calls.map((c) => c[1])).toEqual([block(998).header.hash, blocks[1].header.hash])
    for (const c of calls) expect(String(c[0])).toContain(TREASURY_ACCOUNT.slice(2))
  })

  it('stops with the chain, block, endpoint and fix when the node has pruned that state', async () => {
    answer = (params) => ({ error: { code: 4003, message: `Client error: UnknownBlock: State already discarded for ${params[1]}` } })
    const env = envOf('relay', url)
    const b = block(28_000_000)
    const run = runStorageReads(env, [[treasuryModule, treasuryModule.reads!(env, treasuryModule.empty(), [b])]])
    await expect(run).rejects.toThrow(ArchiveStateError)
    await expect(run).rejects.toThrow(
      `relay: the RPC endpoint ${url} no longer has the state of block 28000000 (${b.header.hash}), which the treasury module reads ` +
        `(System.Account of the treasury accounts and Timestamp.Now around UTC midnights (the days' last blocks)); the node prunes old state. Point RELAY_RPC_URL to an archive node`,
    )
  })

  it('other RPC errors pass through unchanged', async () => {
    answer = () => ({ error: { code: -32603, message: 'Internal error: wasm trap' } })
    const env = envOf('relay', url)
    const run = runStorageReads(env, [[treasuryModule, treasuryModule.reads!(env, treasuryModule.empty(), [block(5)])]])
    await expect(run).rejects.toThrow('Internal error: wasm trap')
    await expect(run).rejects.not.toThrow(ArchiveStateError)
  })
})
