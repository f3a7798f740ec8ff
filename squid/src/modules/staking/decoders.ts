/** Staking.EraPaid on the runtimes that run staking: the relay until the Asset Hub migration, then Asset Hub (staking-async). */
import { eventDecoder, type Decoder, type EventVersions, type Runtime } from '../../decoders/decode'
import * as relay from '../../types/relay'
import * as assetHub from '../../types/assetHub'

/** Staking.EraPaid: the era's payout to stakers and the remainder left to RewardRemainder. */
export interface EraPaid {
  era: number
  validatorPayout: bigint
  remainder: bigint
}

export interface StakingDecoders {
  eraPaid: Decoder<EraPaid>
}

/** Relay pallet-staking and Asset Hub's staking-async have the same fields. */
const eraPaid = (versions: EventVersions) =>
  eventDecoder<{ eraIndex: number; validatorPayout: bigint; remainder: bigint }, EraPaid>(versions, (p) => ({ era: p.eraIndex, validatorPayout: p.validatorPayout, remainder: p.remainder }))

export const STAKING_DECODERS: Readonly<Partial<Record<Runtime, StakingDecoders>>> = {
  relay: { eraPaid: eraPaid(relay.events.staking.eraPaid) },
  assetHub: { eraPaid: eraPaid(assetHub.events.staking.eraPaid) },
}
