export * as v1005001 from './v1005001'
export * as events from './events'
