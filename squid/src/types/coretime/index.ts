export * as coretimePolkadotV2000000 from './coretimePolkadotV2000000'
export * as events from './events'
export * as storage from './storage'
