import adapter from '@sveltejs/adapter-node'
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte'

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    // `node web/build` reads PORT and HOST; API_URL is read at request time via $env/dynamic/private
    adapter: adapter({ out: 'build' }),
  },
}

export default config
