export * as system from './system/storage'
