/**
 * Generates the TypeORM model (squid/src/model/generated) from the root schema.graphql, like
 * `squid-typeorm-codegen` does, but with the schema at the repository root and the model under squid/.
 */
import path from 'node:path'
import { existsSync, writeFileSync } from 'node:fs'
import { loadModel } from '@subsquid/openreader/lib/tools'
import { OutDir } from '@subsquid/util-internal-code-printer'
import { generateOrmModels } from '@subsquid/typeorm-codegen/lib/codegen'

const root = path.resolve(__dirname, '..')
const model = loadModel(path.join(root, 'schema.graphql'))
const dir = new OutDir(path.join(root, 'squid', 'src', 'model'))
const generated = dir.child('generated')
generated.del()
generateOrmModels(model, generated)
if (!existsSync(dir.path('index.ts'))) writeFileSync(dir.path('index.ts'), 'export * from "./generated"\n')
console.log('model generated in squid/src/model/generated')
