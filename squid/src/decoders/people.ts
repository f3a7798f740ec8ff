/** People-chain decoders (fees for now; identities come with the identity issue). */
import { events, storage } from '../types/people'
import type { ChainDecoders } from './chain'
import { accountFreeReader, commonDecoders } from './common'

export const peopleDecoders: ChainDecoders = { chain: 'people', ...commonDecoders(events), accountFree: accountFreeReader('people', storage.system.account) }
