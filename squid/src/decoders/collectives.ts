/** Collectives-chain decoders (fees for now; the Fellowship's treasury and salaries come with their issue). */
import { events, storage } from '../types/collectives'
import type { ChainDecoders } from './chain'
import { accountFreeReader, commonDecoders } from './common'

export const collectivesDecoders: ChainDecoders = { chain: 'collectives', ...commonDecoders(events), accountFree: accountFreeReader('collectives', storage.system.account) }
