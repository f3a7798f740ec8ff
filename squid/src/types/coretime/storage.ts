export * as system from './system/storage'
export * as parachainSystem from './parachain-system/storage'
export * as balances from './balances/storage'
export * as broker from './broker/storage'
