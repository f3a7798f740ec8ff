/** Network presets, env overrides, and the message a user gets for an endpoint that does not answer. */
import { describe, expect, it } from 'vitest'
import { chainConfig, networkName } from '../../squid/src/config'
import { probeChain } from '../../squid/src/main'

describe('network presets', () => {
  it('polkadot by default: public endpoints, gateway where SQD has one, rate-limited RPC', () => {
    const relay = chainConfig('relay', {})
    expect(relay).toMatchObject({ network: 'polkadot', stateSchema: 'relay_processor', rpcUrl: 'wss://rpc.polkadot.io', rpcRateLimit: 50 })
    expect(relay.gatewayUrl).toMatch(/^https:\/\/.*polkadot$/)
    expect(chainConfig('asset-hub', {})).toMatchObject({ stateSchema: 'asset_hub_processor', decoders: 'assetHub' })
    expect(chainConfig('coretime', {}).gatewayUrl).toBeUndefined()
  })

  it('devnet: the local chains, from block 0, no gateway', () => {
    expect(chainConfig('coretime', { NETWORK: 'devnet' })).toMatchObject({ rpcUrl: 'http://127.0.0.1:9945', fromBlock: 0, gatewayUrl: undefined, rpcRateLimit: undefined })
  })

  it('every endpoint and start block is overridable; an empty gateway means RPC only', () => {
    const env = { RELAY_RPC_URL: 'ws://10.0.0.1:9944', RELAY_GATEWAY_URL: '', RELAY_FROM_BLOCK: '28490502', ASSET_HUB_RPC_RATE_LIMIT: '7' }
    expect(chainConfig('relay', env)).toMatchObject({ rpcUrl: 'ws://10.0.0.1:9944', gatewayUrl: undefined, fromBlock: 28490502 })
    expect(chainConfig('asset-hub', env).rpcRateLimit).toBe(7)
  })

  it("pallet-dap's first block is data: unset in the presets (its block not verified), set by <CHAIN>_DAP_FROM_BLOCK", () => {
    expect(chainConfig('asset-hub', {}).dapFromBlock).toBeUndefined()
    expect(chainConfig('asset-hub', { ASSET_HUB_DAP_FROM_BLOCK: '11000000' }).dapFromBlock).toBe(11_000_000)
    expect(chainConfig('asset-hub', { ASSET_HUB_DAP_FROM_BLOCK: '' }).dapFromBlock).toBeUndefined()
    expect(() => chainConfig('asset-hub', { ASSET_HUB_DAP_FROM_BLOCK: '1.5e6x' })).toThrow('ASSET_HUB_DAP_FROM_BLOCK=1.5e6x is not a block number')
  })

  it('rejects an unknown network, chain or start block with what was wrong', () => {
    expect(() => networkName({ NETWORK: 'kusama' })).toThrow('NETWORK=kusama is not a known network; use "polkadot" or "devnet"')
    expect(() => chainConfig('bridge-hub' as any, {})).toThrow('unknown chain "bridge-hub"; expected one of relay, coretime, asset-hub')
    expect(() => chainConfig('relay', { RELAY_FROM_BLOCK: '-3' })).toThrow('RELAY_FROM_BLOCK=-3 is not a block number')
  })
})

describe('an unreachable endpoint', () => {
  it('names the endpoint and the variable that selects another', async () => {
    const cfg = chainConfig('asset-hub', { NETWORK: 'devnet', ASSET_HUB_RPC_URL: 'ws://127.0.0.1:9' })
    const t0 = Date.now()
    const err = await probeChain(cfg, 5_000).catch((e) => e)
    expect(err.name).toBe('EndpointError')
    expect(err.message).toMatch(/^the asset-hub RPC endpoint ws:\/\/127\.0\.0\.1:9 is not reachable \(.+\); set ASSET_HUB_RPC_URL to another endpoint or start the local chains \(npm run chains\)$/)
    expect(Date.now() - t0).toBeLessThan(10_000)
  })
})
