export * as v2000000 from './v2000000'
export * as events from './events'
export * as storage from './storage'
