/** Coretime-chain decoders (fees for now; Broker comes with the coretime issue). */
import { events } from '../types/coretime'
import type { ChainDecoders } from './chain'
import { commonDecoders } from './common'

export const coretimeDecoders: ChainDecoders = { chain: 'coretime', ...commonDecoders(events) }
