/** The slash events of the runtimes with staking and governance (the relay, Asset Hub): the same pallets on both. */
import { anyOf, eventDecoder, type Decoder, type EventVersions, type Runtime } from '../../decoders/decode'
import * as relay from '../../types/relay'
import * as assetHub from '../../types/assetHub'

/**
 * Money taken from an account as a penalty: Staking.Slashed (a staker, by an offence), Referenda.DepositSlashed
 * (a referendum's submission or decision deposit), Bounties.BountyRejected (a rejected bounty's bond).
 */
export interface Slash {
  kind: 'Staking' | 'ReferendumDeposit' | 'BountyBond'
  amount: bigint
}

export interface SlashDecoders {
  slash: Decoder<Slash>
}

interface SlashEventTypes {
  staking: { slashed: EventVersions }
  referenda: { depositSlashed: EventVersions }
  bounties: { bountyRejected: EventVersions }
}

function slashDecoders(events: SlashEventTypes): SlashDecoders {
  return {
    slash: anyOf<Slash>(
      eventDecoder<{ amount: bigint }, Slash>(events.staking.slashed, (s) => ({ kind: 'Staking', amount: s.amount })),
      eventDecoder<{ amount: bigint }, Slash>(events.referenda.depositSlashed, (d) => ({ kind: 'ReferendumDeposit', amount: d.amount })),
      eventDecoder<{ bond: bigint }, Slash>(events.bounties.bountyRejected, (b) => ({ kind: 'BountyBond', amount: b.bond })),
    ),
  }
}

export const SLASH_DECODERS: Readonly<Partial<Record<Runtime, SlashDecoders>>> = {
  relay: slashDecoders(relay.events),
  assetHub: slashDecoders(assetHub.events),
}
