/**
 * The bounds every request to the API meets, before its SQL runs. Each can be changed by env (see README's
 * configuration table); the defaults leave the web app's largest query (the event page's) a wide margin.
 */
import type { EnvelopArmorPlugin } from '@escape.tech/graphql-armor'
import type { GraphQLError, ValidationContext } from 'graphql'

type GraphQLArmorConfig = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>

export interface ApiLimits {
  /** request bodies above this many bytes are refused with HTTP 413 */
  maxBodyBytes: number
  /** nesting of selection sets; the web app's deepest query (event → spends → spend → events → event → id) has 6 */
  maxDepth: number
  /** aliased fields per document: 500 aliases of one list would run its SQL 500 times */
  maxAliases: number
  /** lexical tokens per document; the web app's largest document (the event page's) has 157 */
  maxTokens: number
  /** directives per document */
  maxDirectives: number
  /** GraphQL Armor's cost: every field costs, more the deeper it sits; the event page's query costs 408 */
  maxCost: number
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxBodyBytes: 64 * 1024,
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 1000,
  maxDirectives: 20,
  maxCost: 2000,
}

const ENV: Record<keyof ApiLimits, string> = {
  maxBodyBytes: 'API_MAX_BODY_BYTES',
  maxDepth: 'API_MAX_DEPTH',
  maxAliases: 'API_MAX_ALIASES',
  maxTokens: 'API_MAX_TOKENS',
  maxDirectives: 'API_MAX_DIRECTIVES',
  maxCost: 'API_MAX_COST',
}

/** The limits from env (API_MAX_BODY_BYTES, API_MAX_DEPTH, ...), each a positive integer, else the default. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): ApiLimits {
  const limits = { ...DEFAULT_LIMITS }
  for (const [key, name] of Object.entries(ENV) as [keyof ApiLimits, string][]) {
    const raw = env[name]
    if (raw == null || raw === '') continue
    const n = Number(raw)
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`)
    limits[key] = n
  }
  return limits
}

/**
 * A refused document is reported as a validation error (HTTP 400, code GRAPHQL_VALIDATION_FAILED) rather than
 * thrown, which yoga would answer with HTTP 200 and no code.
 */
const asValidationError = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, e: GraphQLError) => ctx?.reportError(e)] }

/**
 * GraphQL Armor's configuration for these limits. Introspection stays on: the schema is public (the repository
 * holds it), and API explorers need it. Its abuse is bounded by the aliases and token limits, and by graphql-js's
 * own MaxIntrospectionDepthRule (part of its specified rules since 16.9, so yoga applies it): Armor's depth and
 * cost limits skip introspection fields, as the standard introspection query is deeper than any data query.
 */
export function armorConfig(l: ApiLimits): GraphQLArmorConfig {
  return {
    maxDepth: { n: l.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...asValidationError },
    maxAliases: { n: l.maxAliases, ...asValidationError },
    maxTokens: { n: l.maxTokens },
    maxDirectives: { n: l.maxDirectives, ...asValidationError },
    costLimit: { maxCost: l.maxCost, ignoreIntrospection: true, flattenFragments: true, ...asValidationError },
    // The schema is public (open source, and introspection stays on), so "Did you mean ..." hides nothing and helps.
    blockFieldSuggestion: { enabled: false },
  }
}
