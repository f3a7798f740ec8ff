import { fileURLToPath } from 'node:url'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vitest/config'

// The unit tests cover plain TypeScript modules of $lib and server-render single components, so they run with the
// Svelte compiler but without the SvelteKit plugin: that plugin resolves the app from the working directory, which
// breaks when the root config runs this project ('web'). $lib is aliased as SvelteKit would.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [svelte()],
  resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
  test: {
    name: 'web',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
})
