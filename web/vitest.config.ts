import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The unit tests cover plain TypeScript modules of $lib, so they run without the SvelteKit plugin: that plugin
// resolves the app from the working directory, which breaks when the root config runs this project ('web').
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'web',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
})
