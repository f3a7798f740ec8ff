export * as system from './system/storage'
export * as balances from './balances/storage'
export * as treasury from './treasury/storage'
export * as assetRate from './asset-rate/storage'
