export * as treasury from './treasury/calls'
export * as convictionVoting from './conviction-voting/calls'
