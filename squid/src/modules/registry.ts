/**
 * Every pallet module, in decode order (a module comes after the modules it reads). A new pallet adds one line.
 */
import { isEnabled, type AnyModule, type ChainEnv } from './module'
import { feesModule } from './fees'
import { treasuryModule } from './treasury'
import { assetRateModule } from './assetRate'
import { stakingModule } from './staking'
import { dapModule } from './dap'
import { slashesModule } from './slashes'
import { referendaModule } from './referenda'
import { bountiesModule } from './bounties'
import { brokerModule } from './broker'
import { coretimeModule } from './coretime'
import { inclusionModule } from './inclusion'
import { moneyFlowsModule } from './moneyFlows'
import { hubModule } from './hub'
import { identityModule } from './identity'
import { salaryModule } from './salary'

export const MODULES: readonly AnyModule[] = [
  feesModule,
  treasuryModule,
  assetRateModule,
  stakingModule,
  dapModule,
  slashesModule,
  referendaModule,
  bountiesModule,
  brokerModule,
  coretimeModule,
  inclusionModule,
  moneyFlowsModule,
  hubModule,
  identityModule,
  salaryModule,
]

export class ModuleError extends Error {
  name = 'ModuleError'
}

function assertOrdered(modules: readonly AnyModule[]): void {
  const seen = new Set<string>()
  for (const m of modules) {
    if (seen.has(m.name)) throw new ModuleError(`module ${m.name} is registered twice`)
    for (const dep of m.after ?? []) {
      if (!seen.has(dep.name)) throw new ModuleError(`module ${m.name} reads ${dep.name}, which must come before it in the registry`)
    }
    seen.add(m.name)
  }
}
assertOrdered(MODULES)

/** The registered modules this chain has the pallets of. */
export function modulesOn(env: ChainEnv, registry: readonly AnyModule[] = MODULES): AnyModule[] {
  return registry.filter((m) => isEnabled(m, env))
}

export function moduleNamed(name: string, registry: readonly AnyModule[] = MODULES): AnyModule {
  const m = registry.find((x) => x.name === name)
  if (!m) throw new ModuleError(`unknown module "${name}"; modules: ${registry.map((x) => x.name).join(', ')}`)
  return m
}

/** `names` and every module that reads them, directly or not: what a re-sync of `names` must rebuild. */
export function withDependents(names: string[], modules: readonly AnyModule[]): AnyModule[] {
  const out = new Set(modules.filter((m) => names.includes(m.name)))
  for (const m of modules) if ((m.after ?? []).some((d) => [...out].some((o) => o.name === d.name))) out.add(m)
  return modules.filter((m) => out.has(m))
}

/** `written` and the modules they read (which must decode, though they write nothing), in registry order. */
export function withPrerequisites(written: AnyModule[], modules: readonly AnyModule[]): AnyModule[] {
  const need = new Set(written)
  for (let i = modules.length - 1; i >= 0; i--) if (need.has(modules[i])) for (const d of modules[i].after ?? []) need.add(d)
  return modules.filter((m) => need.has(m))
}
