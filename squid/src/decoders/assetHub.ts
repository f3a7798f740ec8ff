/** Asset Hub decoders: fees (also those paid in other assets), and the Treasury that moved here in 2025. */
import { events, storage } from '../types/assetHub'
import type { ChainDecoders } from './chain'
import { accountFreeReader, commonDecoders, eraPaidDecoder, eventDecoder, slashDecoder } from './common'
import type { DecodableEvent } from './decode'
import type { DapEvent, FeePaid, SwapCredit } from './records'
import { storedSpendsReader, treasuryDecoder, treasuryMoneyDecoder } from './treasury'
import { location, versionedLocatableAccount, versionedLocatableAsset } from './xcm'
import { metadataKeyOf } from '../mappings/locations'

const common = commonDecoders(events)
const swapCreditExecuted = eventDecoder<{ amountIn: bigint; amountOut: bigint; path: [unknown, bigint][] }>(events.assetConversion.swapCreditExecuted)
const issuanceMinted = eventDecoder<{ totalMinted: bigint; elapsedMillis: bigint }>(events.dap.issuanceMinted)
const stagingDrained = eventDecoder<{ amount: bigint }>(events.dap.stagingDrained)
const assetTransferred = eventDecoder<{ assetId: number; from: string; to: string; amount: bigint }>(events.assets.transferred)
const assetTxFeePaid = eventDecoder<{ who: string; actualFee: bigint; tip: bigint; assetId: unknown }>(events.assetTxPayment.assetTxFeePaid)

const SPEND_LOCATIONS = { assetKind: versionedLocatableAsset, beneficiary: versionedLocatableAccount }

/**
 * Treasury events of Asset Hub (pallet 60 from spec 2000000), asset kinds and beneficiaries as plain
 * LocatableAsset / LocatableAccount records (decoders/xcm.ts), relative to Asset Hub (the chain that pays).
 */
export const assetHubTreasury = treasuryDecoder(events.treasury, SPEND_LOCATIONS)
const slashes = slashDecoder(events)
const money = treasuryMoneyDecoder({ balances: events.balances, bounties: events.bounties, multiAssetBounties: events.multiAssetBounties })

interface MetadataVersions {
  is(block: any): boolean
  get(block: any, key: any): Promise<{ symbol: string; decimals: number; deposit: bigint } | undefined>
}

const metadataOf = async (versions: Record<string, MetadataVersions>, what: string, block: any, key: unknown) => {
  if (block._runtime && !block._runtime.hasStorageItem(what)) return undefined
  for (const v of Object.values(versions)) {
    if (!v.is(block)) continue
    const m = await v.get(block, key)
    // a Default storage answers an absent key with the default: no symbol, no deposit
    if (!m || (!m.symbol && !m.deposit)) return undefined
    return { symbol: Buffer.from(String(m.symbol).replace(/^0x/, ''), 'hex').toString('utf8'), decimals: m.decimals }
  }
  throw new Error(`no decoder for storage ${what} on asset-hub at block ${block.height} (spec ${block.specVersion}): regenerate the decoders with this runtime's metadata (npm run typegen:add)`)
}

/** Assets.Metadata(n) / ForeignAssets.Metadata(location) of an Asset id of locations.ts. */
async function assetMetadata(block: any, assetId: string) {
  const key = metadataKeyOf(assetId)
  if (key?.pallet === 'Assets') return metadataOf(storage.assets.metadata as any, 'Assets.Metadata', block, key.id)
  if (key?.pallet === 'ForeignAssets') return metadataOf(storage.foreignAssets.metadata as any, 'ForeignAssets.Metadata', block, key.location)
  return undefined
}

/** Storage Assets.Account(assetId, account) of every runtime version typegen knows: the account's balance of the asset. */
async function assetBalance(block: any, assetId: number, account: string): Promise<bigint | undefined> {
  for (const v of Object.values(storage.assets.account)) if (v.is(block)) return (await v.get(block, assetId, account))?.balance
  throw new Error(`no decoder for storage Assets.Account on asset-hub at block ${block.height} (spec ${block.specVersion}): regenerate the decoders with this runtime's metadata (npm run typegen:add)`)
}

export const assetHubDecoders: ChainDecoders = {
  ...common,
  chain: 'asset-hub',
  feePaid(chain: string, e: DecodableEvent): FeePaid | undefined {
    const paidInAsset = assetTxFeePaid(chain, e)
    // asset_id is an XCM v3, v4 or v5 Location depending on the runtime; mappings get one plain shape
    if (paidInAsset) return { who: paidInAsset.who, actualFee: paidInAsset.actualFee, tip: paidInAsset.tip, assetId: location(paidInAsset.assetId) }
    return common.feePaid(chain, e)
  },
  treasury: assetHubTreasury.decode,
  treasuryMoney: money.decode,
  treasurySpends: storedSpendsReader('asset-hub', storage.treasury.spends as any, SPEND_LOCATIONS),
  assetMetadata,
  localPay: true,
  swapCredit(chain: string, e: DecodableEvent): SwapCredit | undefined {
    const s = swapCreditExecuted(chain, e)
    return s && { amountIn: s.amountIn, amountOut: s.amountOut, path: s.path.map(([loc]) => location(loc)) }
  },
  eraPaid: eraPaidDecoder(events.staking.eraPaid),
  dap(chain: string, e: DecodableEvent): DapEvent | undefined {
    const m = issuanceMinted(chain, e)
    if (m) return { kind: 'IssuanceMinted', totalMinted: m.totalMinted, elapsedMillis: m.elapsedMillis }
    const d = stagingDrained(chain, e)
    return d && { kind: 'StagingDrained', amount: d.amount }
  },
  slash: slashes.decode,
  accountFree: accountFreeReader('asset-hub', storage.system.account),
  // the treasury's stablecoins: USDT, USDC
  treasuryAssets: [1984, 1337],
  assetBalance,
  assetTransfer: assetTransferred,
  // one name may serve several modules (Balances.Transfer: fee walk and treasury money)
  eventNames: [
    ...new Set([
      ...common.eventNames,
      events.assetTxPayment.assetTxFeePaid.name,
      ...assetHubTreasury.eventNames,
      ...money.eventNames,
      events.assetConversion.swapCreditExecuted.name,
      events.staking.eraPaid.name,
      events.dap.issuanceMinted.name,
      events.dap.stagingDrained.name,
      events.balances.minted.name,
      ...slashes.eventNames,
      events.assets.transferred.name,
    ]),
  ],
}
