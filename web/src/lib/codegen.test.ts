/**
 * The generated API types (./generated) are what `npm run codegen:web` writes from today's SDL and documents: a
 * changed query in ./api.ts or a changed SDL fragment without a fresh codegen fails here.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { generate } from '@graphql-codegen/cli'
import { describe, expect, it } from 'vitest'
import config, { GENERATED_DIR } from '../../codegen'

describe('generated API types', () => {
  it('are up to date with the SDL and the documents of api.ts (npm run codegen:web)', async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true, verbose: false }, false)
    const expected = Object.fromEntries(outputs.map((o) => [path.relative(GENERATED_DIR, path.resolve(o.filename)), o.content]))
    expect(Object.keys(expected).sort()).toEqual(['gql.ts', 'graphql.ts', 'index.ts'])
    const committed = readdirSync(GENERATED_DIR).filter((f) => f !== 'README.md').sort()
    expect(committed, 'files in web/src/lib/generated').toEqual(Object.keys(expected).sort())
    for (const [file, content] of Object.entries(expected)) {
      expect(readFileSync(path.join(GENERATED_DIR, file), 'utf8'), `web/src/lib/generated/${file} is stale: run npm run codegen:web`).toBe(content)
    }
  })
})
