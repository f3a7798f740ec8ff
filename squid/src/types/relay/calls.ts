export * as treasury from './treasury/calls'
