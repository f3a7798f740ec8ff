/** Every chain the indexer follows, one profile each (a new chain adds a file and one line here). */
import { assetHub } from './assetHub'
import { collectives } from './collectives'
import { coretime } from './coretime'
import { people } from './people'
import type { ChainId, ChainProfile } from './profile'
import { relay } from './relay'

export type { BlockWindow, ChainId, ChainProfile, ModuleOptions, NetworkName, Preset } from './profile'

export const PROFILES: Readonly<Record<ChainId, ChainProfile>> = { relay, coretime, 'asset-hub': assetHub, people, collectives }

/** The chains in the order the product lists them. */
export const CHAIN_IDS = Object.keys(PROFILES) as ChainId[]

export function isChainId(x: string): x is ChainId {
  return Object.prototype.hasOwnProperty.call(PROFILES, x)
}
