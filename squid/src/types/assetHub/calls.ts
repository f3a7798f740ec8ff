export * as convictionVoting from './conviction-voting/calls'
