/**
 * docker-compose.yml, checked on every machine against the Compose spec's JSON schema, and by docker-compose
 * itself where it is installed (no Docker engine runs here). The assertions read the resolved configuration:
 * docker-compose's `config` output where it runs, our own parse + interpolation (test/support/compose.ts) elsewhere.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { dockerCompose, dockerComposeRuns, parseCompose, schemaErrors } from '../support/compose'

const REPO = path.resolve(__dirname, '../..')
const SECRETS = { DB_PASSWORD: 'owner-secret-from-env', DB_API_PASSWORD: 'api-secret-from-env' }
const withDockerCompose = dockerComposeRuns()

/** The resolved configuration (services, volumes, ...) with these variables set. */
function resolved(env: NodeJS.ProcessEnv = SECRETS): any {
  if (!withDockerCompose) return parseCompose(env)
  const r = dockerCompose(env, 'config')
  if (r.code !== 0) throw new Error(`docker-compose config failed: ${r.stderr}`)
  return parse(r.stdout)
}

const PROCESSORS = ['processor-relay', 'processor-asset-hub', 'processor-coretime', 'processor-people', 'processor-collectives']

describe(`docker-compose.yml (${withDockerCompose ? 'docker-compose config and ' : ''}the Compose spec schema)`, () => {
  it('is valid against the Compose spec JSON schema, and for docker-compose where it runs', () => {
    expect(schemaErrors(parseCompose(SECRETS))).toEqual([])
    // the schema does reject what Compose would: a misspelt key, a duration that is not one
    const broken = parseCompose(SECRETS)
    broken.services.web.restrat = 'always'
    broken.services.api.healthcheck.interval = 'every 15 seconds'
    expect(schemaErrors(broken)).toEqual(expect.arrayContaining(['/services/web: must NOT have additional properties (restrat)', '/services/api/healthcheck/interval: must match format "duration"']))
    if (withDockerCompose) expect(dockerCompose(SECRETS, 'config', '-q')).toMatchObject({ code: 0 })
  })

  it('runs postgres, one processor per chain, the API and the web, each built and health-checked', () => {
    const config = resolved()
    expect(Object.keys(config.services).sort()).toEqual(['api', 'migrate', 'postgres', 'postgres-replica', 'processor-asset-hub', 'processor-collectives', 'processor-coretime', 'processor-people', 'processor-relay', 'web'])
    const targets = { 'processor-relay': 'processor', 'processor-asset-hub': 'processor', 'processor-coretime': 'processor', 'processor-people': 'processor', 'processor-collectives': 'processor', api: 'api', web: 'web' } as const
    for (const [name, target] of Object.entries(targets)) {
      const s = config.services[name]
      expect(s.build, name).toMatchObject({ target })
      expect(typeof s.build.context, name).toBe('string')
      expect(s.healthcheck?.test, name).toBeDefined()
    }
    expect(config.services.postgres.healthcheck.test).toEqual(['CMD-SHELL', 'pg_isready -U cloudhub -d cloudhub'])
    expect(PROCESSORS.map((p) => config.services[p].environment.CHAIN)).toEqual(['relay', 'asset-hub', 'coretime', 'people', 'collectives'])
    expect(Object.keys(config.volumes)).toEqual(['pgdata', 'pgreplica'])
  })

  it('gives the API the read-only role, not the owner, on the read replica that streams from the primary', () => {
    const config = resolved()
    expect(config.services.api.environment.API_DB_URL).toBe(`postgres://cloudhub_api:${SECRETS.DB_API_PASSWORD}@postgres-replica:5432/cloudhub`)
    expect(config.services.api.depends_on['postgres-replica']).toEqual({ condition: 'service_healthy' })
    const replica = config.services['postgres-replica']
    expect(replica.environment).toMatchObject({ PGUSER: 'cloudhub', PGPASSWORD: SECRETS.DB_PASSWORD, PRIMARY_HOST: 'postgres' })
    expect(replica.entrypoint).toEqual(['bash', '/replica-entrypoint.sh'])
    // the scripts the two services mount exist, and the replica's makes a streaming standby through a slot
    expect(fs.readFileSync(path.join(REPO, 'db/compose/replica-entrypoint.sh'), 'utf8')).toMatch(/pg_basebackup .* -X stream -R -C -S/)
    expect(fs.readFileSync(path.join(REPO, 'db/compose/allow-replication.sh'), 'utf8')).toContain('host replication ${POSTGRES_USER} all scram-sha-256')
    expect(resolved({ ...SECRETS, API_DB_HOST: 'postgres' }).services.api.environment.API_DB_URL).toBe(`postgres://cloudhub_api:${SECRETS.DB_API_PASSWORD}@postgres:5432/cloudhub`)
    expect(config.services.migrate.environment.DB_API_PASSWORD).toBe(SECRETS.DB_API_PASSWORD)
  })

  it('ships no default password: without DB_PASSWORD or DB_API_PASSWORD it is refused, naming the variable', () => {
    for (const missing of ['DB_PASSWORD', 'DB_API_PASSWORD'] as const) {
      const env: NodeJS.ProcessEnv = { ...SECRETS, [missing]: '' }
      expect(() => parseCompose(env)).toThrow(`required variable ${missing} is missing a value: set ${missing}`)
      if (withDockerCompose) {
        const r = dockerCompose(env, 'config', '-q')
        expect(r.code).not.toBe(0)
        expect(r.stderr).toContain(missing)
      }
    }
    const config = resolved()
    expect(config.services.postgres.environment.POSTGRES_PASSWORD).toBe(SECRETS.DB_PASSWORD)
    for (const p of [...PROCESSORS, 'migrate']) expect(config.services[p].environment.DB_URL).toBe(`postgres://cloudhub:${SECRETS.DB_PASSWORD}@postgres:5432/cloudhub`)
  })

  it("checks a processor's health by its last committed batch (the health command), and restarts only processes that exit", () => {
    const config = resolved({ ...SECRETS, PROCESSOR_HEALTH_MAX_AGE: '120' })
    for (const p of PROCESSORS) {
      const s = config.services[p]
      expect(s.healthcheck.test, p).toEqual(['CMD', 'node', 'squid/lib/health.js'])
      expect(s.environment.PROCESSOR_HEALTH_MAX_AGE, p).toBe('120')
      expect(s.restart, p).toBe('unless-stopped')
    }
    expect(resolved().services['processor-relay'].environment.PROCESSOR_HEALTH_MAX_AGE).toBe('300')
  })
})
