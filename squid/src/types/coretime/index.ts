export * as v2000006 from './v2000006'
export * as events from './events'
