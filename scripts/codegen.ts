/**
 * Generates the TypeORM model (squid/src/model/generated) from the root schema.graphql and the modules' schema
 * fragments (scripts/model.ts), like `squid-typeorm-codegen` does, but with the model under squid/.
 */
import path from 'node:path'
import { existsSync, writeFileSync } from 'node:fs'
import { OutDir } from '@subsquid/util-internal-code-printer'
import { generateOrmModels } from '@subsquid/typeorm-codegen/lib/codegen'
import { loadSquidModel, ROOT } from './model'

const model = loadSquidModel()
const dir = new OutDir(path.join(ROOT, 'squid', 'src', 'model'))
const generated = dir.child('generated')
generated.del()
generateOrmModels(model, generated)
if (!existsSync(dir.path('index.ts'))) writeFileSync(dir.path('index.ts'), 'export * from "./generated"\n')
console.log('model generated in squid/src/model/generated')
