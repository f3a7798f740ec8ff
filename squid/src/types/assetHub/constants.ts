export * as referenda from './referenda/constants'
