/** The API's domain modules; a new domain is one line here. */
import type { ApiModule } from '../module'
import { bounties } from './bounties'
import { chains } from './chains'
import { coretime } from './coretime'
import { cores } from './cores'
import { eventsModule } from './events'
import { fees } from './fees'
import { governance } from './governance'
import { hub } from './hub'
import { identity } from './identity'
import { impact } from './impact'
import { income } from './income'
import { spending } from './spending'
import { staking } from './staking'
import { subTreasury } from './subTreasury'
import { treasury } from './treasury'

export const API_MODULES: readonly ApiModule[] = [treasury, fees, staking, governance, bounties, coretime, cores, spending, income, hub, identity, impact, subTreasury, eventsModule(() => API_MODULES), chains]
