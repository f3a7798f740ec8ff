/** Staking.EraPaid on the runtimes that run staking: the relay until the Asset Hub migration, then Asset Hub (staking-async). */
import { eventDecoder, storageAt, type Decoder, type EventVersions, type Runtime } from '../../decoders/decode'
import type { BlockHeader } from '../../block'
import * as relay from '../../types/relay'
import * as assetHub from '../../types/assetHub'

/** Staking.EraPaid: the era's payout to stakers and the remainder left to RewardRemainder. */
export interface EraPaid {
  era: number
  validatorPayout: bigint
  remainder: bigint
}

/**
 * Who stakes, read at the block of an era's EraPaid: three storage values, so one read set per era (cheap where a
 * count of stakers from the exposures would need thousands). Validators and Nominators are the intentions
 * (CountedStorageMap counters), not the elected set; ErasTotalStake is the elected set's total exposure in the era.
 */
export interface StakingParticipation {
  totalStake: bigint
  validators: number
  nominators: number
}

export interface StakingDecoders {
  eraPaid: Decoder<EraPaid>
  participation(block: BlockHeader, era: number): Promise<StakingParticipation>
}

/** Relay pallet-staking and Asset Hub's staking-async have the same fields. */
const eraPaid = (versions: EventVersions) =>
  eventDecoder<{ eraIndex: number; validatorPayout: bigint; remainder: bigint }, EraPaid>(versions, (p) => ({ era: p.eraIndex, validatorPayout: p.validatorPayout, remainder: p.remainder }))

/** What both pallets' typegen'd items have in common */
interface StakingStorage {
  erasTotalStake: Record<string, { is(block: any): boolean; get(block: any, era: number): Promise<bigint | undefined> }>
  counterForValidators: Record<string, { is(block: any): boolean; get(block: any): Promise<number | undefined> }>
  counterForNominators: Record<string, { is(block: any): boolean; get(block: any): Promise<number | undefined> }>
}

/** The same three reads on either pallet (their storage items share names and types). */
const participation =
  (chain: string, s: StakingStorage): StakingDecoders['participation'] =>
  async (block, era) => {
    const [totalStake, validators, nominators] = await Promise.all([
      storageAt(chain, 'Staking.ErasTotalStake', s.erasTotalStake, block).get(block, era),
      storageAt(chain, 'Staking.CounterForValidators', s.counterForValidators, block).get(block),
      storageAt(chain, 'Staking.CounterForNominators', s.counterForNominators, block).get(block),
    ])
    return { totalStake: totalStake ?? 0n, validators: validators ?? 0, nominators: nominators ?? 0 }
  }

export const STAKING_DECODERS: Readonly<Partial<Record<Runtime, StakingDecoders>>> = {
  relay: { eraPaid: eraPaid(relay.events.staking.eraPaid), participation: participation('relay', relay.storage.staking) },
  assetHub: { eraPaid: eraPaid(assetHub.events.staking.eraPaid), participation: participation('asset-hub', assetHub.storage.staking) },
}
