import path from 'node:path'
import { defineConfig } from 'vitest/config'

// The browser tests alone, against a web app and API that are already running (no global setup):
//   WEB_URL=http://127.0.0.1:3000 API_URL=http://127.0.0.1:4350/graphql npx vitest run -c test/e2e/vitest.config.ts
export default defineConfig({
  test: {
    root: path.resolve(__dirname, '..', '..'),
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
