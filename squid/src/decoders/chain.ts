import type { DecodableEvent } from './decode'
import type { BalanceDeposit, BalanceTransfer, BalanceWithdraw, DapEvent, EraPaid, FeePaid, Slash, SwapCredit, TreasuryEvent } from './records'
import type { StoredSpend, TreasuryMoneyEvent } from './treasury'

/**
 * What a chain's decoders offer the shared pallet mappers. Each returns undefined for an event of another name
 * and throws UnknownEventShapeError for an event of its name whose shape no runtime version matches.
 */
export interface ChainDecoders {
  chain: string
  /** absent on chains without a Treasury pallet */
  treasury?: (chain: string, e: DecodableEvent) => TreasuryEvent | undefined
  /** the other events that move treasury money (migration mints/burns, bounties); with `treasury` */
  treasuryMoney?: (chain: string, e: DecodableEvent) => TreasuryMoneyEvent | undefined
  /** storage Treasury.Spends at a block: the spends open there */
  treasurySpends?: (block: any) => Promise<StoredSpend[]>
  /** symbol and decimals of an Asset id (assethub-assets:n, assethub-foreign:<location>) from its metadata storage; undefined: none stored */
  assetMetadata?: (block: any, assetId: string) => Promise<{ symbol: string; decimals: number } | undefined>
  /** whether the chain pays asset spends synchronously (LocalPay, Asset Hub): Paid is final, a failed payout is a failed extrinsic */
  localPay?: boolean
  feePaid(chain: string, e: DecodableEvent): FeePaid | undefined
  deposit(chain: string, e: DecodableEvent): BalanceDeposit | undefined
  transfer(chain: string, e: DecodableEvent): BalanceTransfer | undefined
  /** Balances.Withdraw (the fee walk only needs its name; decoded for the coverage test and later mappings) */
  withdraw?: (chain: string, e: DecodableEvent) => BalanceWithdraw | undefined
  /** AssetConversion.SwapCreditExecuted (Asset Hub: the swaps of a fee paid in another asset) */
  swapCredit?: (chain: string, e: DecodableEvent) => SwapCredit | undefined
  /** Staking.EraPaid, on the chain that runs staking (the relay until the Asset Hub migration, then Asset Hub) */
  eraPaid?: (chain: string, e: DecodableEvent) => EraPaid | undefined
  /** staking and governance slashes (Staking.Slashed, Referenda.DepositSlashed, Bounties.BountyRejected) */
  slash?: (chain: string, e: DecodableEvent) => Slash | undefined
  /** pallet-dap's money events (Asset Hub from spec 2003000) */
  dap?: (chain: string, e: DecodableEvent) => DapEvent | undefined
  /** free balance of an account at a block (storage System.Account); absent where not needed */
  accountFree?: (block: any, account: string) => Promise<bigint | undefined>
  /** the Assets-pallet ids whose treasury balance reconciles per day (Asset Hub: USDT 1984, USDC 1337) */
  treasuryAssets?: number[]
  /** balance of an account in asset `assetId` at a block (storage Assets.Account); with treasuryAssets */
  assetBalance?: (block: any, assetId: number, account: string) => Promise<bigint | undefined>
  /** Assets.Transferred: a payout's transfer of an asset (LocalPay) */
  assetTransfer?: (chain: string, e: DecodableEvent) => (BalanceTransfer & { assetId: number }) | undefined
  /** every event name the mappers need from this chain (the processor requests exactly these) */
  eventNames: string[]
}
