/** Relay-chain decoders: typegen'd runtime shapes (squid/src/types/relay) → plain records. */
import { events, storage } from '../types/relay'
import type { ChainDecoders } from './chain'
import { accountFreeReader, commonDecoders, eraPaidDecoder, slashDecoder } from './common'
import { storedSpendsReader, treasuryDecoder, treasuryMoneyDecoder } from './treasury'

// The relay mapping stores an asset spend's asset kind and beneficiary as the runtime's versioned JSON
// (Spend.assetKindJson, beneficiaryJson), so the relay keeps that form here.
const treasury = treasuryDecoder(events.treasury)

export const decodeTreasury = treasury.decode

const common = commonDecoders(events)
const money = treasuryMoneyDecoder({ balances: events.balances, bounties: events.bounties })
const slashes = slashDecoder(events)

export const relayDecoders: ChainDecoders = {
  ...common,
  chain: 'relay',
  treasury: treasury.decode,
  treasuryMoney: money.decode,
  treasurySpends: storedSpendsReader('relay', storage.treasury.spends),
  // staking ran here until the Asset Hub migration; its era remainder went to the treasury (Treasury.Deposit)
  eraPaid: eraPaidDecoder(events.staking.eraPaid),
  // relay Slash and governance slashes went to the treasury (Treasury.Deposit) before and after the migration
  slash: slashes.decode,
  accountFree: accountFreeReader('relay', storage.system.account),
  eventNames: [...new Set([...treasury.eventNames, ...money.eventNames, ...common.eventNames, events.staking.eraPaid.name, ...slashes.eventNames])],
}
