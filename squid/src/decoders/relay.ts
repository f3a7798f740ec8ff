/** Relay-chain decoders: typegen'd runtime shapes (squid/src/types/relay) → plain records. */
import { events, storage } from '../types/relay'
import { decodeVersioned, type DecodableEvent } from './decode'
import type { TreasuryEvent } from './records'
import type { ChainDecoders } from './chain'
import { commonDecoders } from './common'

const T = events.treasury

export function decodeTreasury(chain: string, e: DecodableEvent): TreasuryEvent | undefined {
  const d = <V>(versions: Record<string, unknown>) => decodeVersioned<V>(chain, e, versions)
  switch (e.name) {
    case T.proposed.name:
      return { kind: 'Proposed', index: d<{ proposalIndex: number }>(T.proposed).proposalIndex }
    case T.rejected.name: {
      const v = d<{ proposalIndex: number; slashed: bigint }>(T.rejected)
      return { kind: 'Rejected', index: v.proposalIndex, slashed: v.slashed }
    }
    case T.spendApproved.name: {
      const v = d<{ proposalIndex: number; amount: bigint; beneficiary: string }>(T.spendApproved)
      return { kind: 'SpendApproved', index: v.proposalIndex, amount: v.amount, beneficiary: v.beneficiary }
    }
    case T.awarded.name: {
      const v = d<{ proposalIndex: number; award: bigint; account: string }>(T.awarded)
      return { kind: 'Awarded', index: v.proposalIndex, award: v.award, account: v.account }
    }
    case T.assetSpendApproved.name: {
      const v = d<{ index: number; assetKind: unknown; amount: bigint; beneficiary: unknown; validFrom: number; expireAt: number }>(T.assetSpendApproved)
      return { kind: 'AssetSpendApproved', ...v }
    }
    case T.assetSpendVoided.name:
      return { kind: 'AssetSpendVoided', index: d<{ index: number }>(T.assetSpendVoided).index }
    case T.paid.name:
      return { kind: 'Paid', ...d<{ index: number; paymentId: bigint }>(T.paid) }
    case T.paymentFailed.name:
      return { kind: 'PaymentFailed', ...d<{ index: number; paymentId: bigint }>(T.paymentFailed) }
    case T.spendProcessed.name:
      return { kind: 'SpendProcessed', index: d<{ index: number }>(T.spendProcessed).index }
    case T.spending.name:
      return { kind: 'Spending', budgetRemaining: d<{ budgetRemaining: bigint }>(T.spending).budgetRemaining }
    case T.burnt.name:
      return { kind: 'Burnt', burntFunds: d<{ burntFunds: bigint }>(T.burnt).burntFunds }
    case T.rollover.name:
      return { kind: 'Rollover', rolloverBalance: d<{ rolloverBalance: bigint }>(T.rollover).rolloverBalance }
    case T.deposit.name:
      return { kind: 'Deposit', value: d<{ value: bigint }>(T.deposit).value }
    case T.updatedInactive.name:
      return { kind: 'UpdatedInactive', ...d<{ reactivated: bigint; deactivated: bigint }>(T.updatedInactive) }
    default:
      return undefined
  }
}

const common = commonDecoders(events)

export const relayDecoders: ChainDecoders = {
  ...common,
  chain: 'relay',
  treasury: decodeTreasury,
  async accountFree(block, account) {
    const versions = storage.system.account
    if (versions.polkadotV1002005.is(block)) return (await versions.polkadotV1002005.get(block, account))?.data.free
    throw new Error(`no decoder for storage System.Account on relay at block ${block.height} (spec ${block.specVersion})`)
  },
  eventNames: [...Object.values(events.treasury).map((v) => v.name), ...common.eventNames],
}
