import { createRequire } from 'node:module'
import { defineConfig } from 'vitest/config'

// Six projects: pure unit tests (no Postgres, no child process; at most an in-process HTTP stub); the service
// tests (test/services: real embedded Postgres, the API on it, Chromium, child processes); the replay-chain tests
// (test/replay); the stack tests (integration + browser), which share one real stack brought up by a global setup
// (local chains → scenario → Postgres → processors → API → web); the web app's own unit tests (web/vite.config.ts);
// and the SQD gateway test (test/gateway), which brings up its own chain and Postgres. Run one file with `npx vitest run <path>`.
export default defineConfig({
  resolve: {
    // graphql ships CommonJS and ESM builds. graphql-yoga (external, CommonJS) requires the former; without this,
    // our sources would import the latter and yoga would not recognise their GraphQLErrors (dual package hazard).
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    // Tests start real Postgres servers and chains; the defaults (5 s) are far too short.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // stopping the stack (chains, processors, Postgres) takes a few seconds
    teardownTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'squid/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'services', include: ['test/services/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'stack',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/stack.ts'],
          // the local chains build blocks slowly; the setup may take several minutes
          hookTimeout: 1_200_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The processor's SQD gateway path against a local server of the gateway protocol (own chain and Postgres).
          name: 'gateway',
          include: ['test/gateway/**/*.test.ts'],
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          // Replay chain tests: blocks encoded with real runtime metadata, served by devnet/replay, through the real
          // processor, Postgres and API; free ports only, so they need no lock.
          name: 'replay',
          include: ['test/replay/**/*.test.ts'],
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          // Devnet tests that start their own local chains (chopsticks) and stack on free ports; run them under
          // flock /tmp/cloudhub-heavy.lock (the chains are slow and memory-hungry on a shared machine).
          name: 'devnet',
          include: ['test/devnet/**/*.test.ts'],
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      'web',
    ],
  },
})
