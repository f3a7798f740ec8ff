/** Relay-chain decoders: typegen'd runtime shapes (squid/src/types/relay) → plain records. */
import { events, storage } from '../types/relay'
import type { ChainDecoders } from './chain'
import { accountFreeReader, commonDecoders, eraPaidDecoder } from './common'
import { treasuryDecoder } from './treasury'

// The relay mapping stores an asset spend's asset kind and beneficiary as the runtime's versioned JSON
// (Spend.assetKindJson, beneficiaryJson), so the relay keeps that form here.
const treasury = treasuryDecoder(events.treasury)

export const decodeTreasury = treasury.decode

const common = commonDecoders(events)

export const relayDecoders: ChainDecoders = {
  ...common,
  chain: 'relay',
  treasury: treasury.decode,
  // staking ran here until the Asset Hub migration; its era remainder went to the treasury (Treasury.Deposit)
  eraPaid: eraPaidDecoder(events.staking.eraPaid),
  accountFree: accountFreeReader('relay', storage.system.account),
  eventNames: [...treasury.eventNames, ...common.eventNames, events.staking.eraPaid.name],
}
