/**
 * The entity model: the root schema.graphql (what every module shares) merged with each pallet module's fragment,
 * squid/src/modules/<module>/schema.graphql. openreader's loadModel reads one file or one flat folder; the
 * fragments live in the modules' own folders, so this copies them into one temporary folder for loadModel (a link would not do: it reads regular files only).
 */
import path from 'node:path'
import { existsSync, copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { loadModel } from '@subsquid/openreader/lib/tools'

export const ROOT = path.resolve(__dirname, '..')
const MODULES = path.join(ROOT, 'squid', 'src', 'modules')

/** The schema files of the model: the root's, then each module's fragment, by module name. */
export function schemaFiles(): string[] {
  const fragments = readdirSync(MODULES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(MODULES, d.name, 'schema.graphql'))
    .filter(existsSync)
    .sort()
  return [path.join(ROOT, 'schema.graphql'), ...fragments]
}

export function loadSquidModel(): ReturnType<typeof loadModel> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cloudhub-schema-'))
  try {
    // numbered names keep the root first: loadModel merges the files in the order it reads the folder
    schemaFiles().forEach((f, i) => copyFileSync(f, path.join(dir, `${String(i).padStart(3, '0')}-${path.basename(path.dirname(f))}.graphql`)))
    return loadModel(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
