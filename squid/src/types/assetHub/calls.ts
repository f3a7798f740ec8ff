export * as convictionVoting from './conviction-voting/calls'
export * as revive from './revive/calls'
