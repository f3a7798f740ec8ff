/** Coretime-chain decoders (fees for now; Broker comes with the coretime issue). */
import { events, storage } from '../types/coretime'
import type { ChainDecoders } from './chain'
import { accountFreeReader, commonDecoders } from './common'

export const coretimeDecoders: ChainDecoders = { chain: 'coretime', ...commonDecoders(events), accountFree: accountFreeReader('coretime', storage.system.account) }
