/**
 * A sample value for every field of an event, built from the field's type in the runtime's own metadata
 * (@polkadot/types registry), so that any runtime version's event can be encoded without knowing its shape:
 * - integers get distinct nonzero values, accounts distinct bytes: each is returned with the value the decoders
 *   must produce (number up to u32, bigint from u64);
 * - enums take their first variant that carries data, options are Some;
 * - XCM locations take a fixed meaning by role (the field they sit in), written in the input form of that XCM
 *   version: `location` → Parachain(1000), `asset_id` → Assets pallet 50 / GeneralIndex 1984 (USDT), anything
 *   else (beneficiary, account_id) → AccountId32 of an account; a Versioned* field can be asked for one variant.
 */
import type { TypeRegistry } from '@polkadot/types'
import type { Si1Type } from '@polkadot/types/interfaces'
import { stringCamelCase } from '@polkadot/util'
import type { Location } from '../../squid/src/decoders/xcm'

export interface SampledField {
  /** field name, camelCased as the decoders name it */
  name: string
  /** @polkadot/types input form */
  input: unknown
  /** what decoding must give for a scalar (number, bigint, 0x-hex); undefined for compound values */
  expected: unknown
  /** the variants of a Versioned* enum field (V3, V4, V5…), for one sample per XCM version */
  versions?: string[]
}

export const SAMPLE_ACCOUNT = '0x' + 'a7'.repeat(32)

/** The plain shapes (decoders/xcm.ts) the sample locations must normalise to. */
export const PLAIN = {
  assetHub: { parents: 0, interior: { __kind: 'X1', value: [{ __kind: 'Parachain', value: 1000 }] } } as Location,
  usdt: { parents: 0, interior: { __kind: 'X2', value: [{ __kind: 'PalletInstance', value: 50 }, { __kind: 'GeneralIndex', value: 1984n }] } } as Location,
  account: { parents: 0, interior: { __kind: 'X1', value: [{ __kind: 'AccountId32', id: SAMPLE_ACCOUNT }] } } as Location,
}

type Role = 'location' | 'asset' | 'account'

const JUNCTIONS: Record<Role, object[]> = {
  location: [{ Parachain: 1000 }],
  asset: [{ PalletInstance: 50 }, { GeneralIndex: 1984 }],
  account: [{ AccountId32: { network: null, id: SAMPLE_ACCOUNT } }],
}

function roleOf(field: string | undefined, inherited: Role): Role {
  if (field === 'location') return 'location'
  if (field === 'asset_id' || field === 'assetId') return 'asset'
  if (field === 'beneficiary' || field === 'account_id' || field === 'who') return 'account'
  return inherited
}

const UNUSED = /^__Unused/

export class EventSampler {
  private counter = 0

  constructor(
    private readonly registry: TypeRegistry,
    /** variant to take for Versioned* enums (e.g. 'V3'); first one with data when absent */
    private readonly version?: string,
  ) {}

  private type(id: number): Si1Type {
    return this.registry.lookup.getSiType(id)
  }

  private next(): number {
    return ++this.counter
  }

  private isLocation(t: Si1Type): boolean {
    const last = t.path.length ? t.path[t.path.length - 1].toString() : ''
    return t.def.isComposite && (last === 'Location' || last === 'MultiLocation') && t.def.asComposite.fields.some((f) => f.name.unwrapOr('').toString() === 'interior')
  }

  /** A location of `role` in this XCM version's input form (v2/v3 X1 holds a junction, v4+ an array). */
  private location(t: Si1Type, role: Role): unknown {
    const interiorField = t.def.asComposite.fields.find((f) => f.name.unwrapOr('').toString() === 'interior')!
    const x1 = this.type(interiorField.type.toNumber()).def.asVariant.variants.find((v) => v.name.toString() === 'X1')!
    const arrayForm = this.type(x1.fields[0].type.toNumber()).def.isArray
    const js = JUNCTIONS[role]
    return { parents: 0, interior: { [`X${js.length}`]: js.length === 1 && !arrayForm ? js[0] : js } }
  }

  /** input and expected value of a value of type `id`; `field` names where it sits (for location roles) */
  value(id: number, field?: string, role: Role = 'account'): { input: unknown; expected: unknown } {
    const t = this.type(id)
    const def = t.def
    role = roleOf(field, role)
    if (this.isLocation(t)) return { input: this.location(t, role), expected: undefined }
    if (def.isPrimitive || def.isCompact) {
      const prim = def.isCompact ? this.type(def.asCompact.type.toNumber()) : t
      if (!prim.def.isPrimitive) return this.value(def.asCompact.type.toNumber(), field, role)
      const p = prim.def.asPrimitive.type
      const k = this.next()
      switch (p) {
        case 'Bool':
          return { input: true, expected: true }
        case 'U8':
          return { input: 10 + k, expected: 10 + k }
        case 'U16':
          return { input: 1_000 + k, expected: 1_000 + k }
        case 'U32':
          return { input: 3_000_000 + 17 * k, expected: 3_000_000 + 17 * k }
        case 'U64':
          return { input: 2n ** 40n + BigInt(k), expected: 2n ** 40n + BigInt(k) }
        case 'U128':
        case 'U256':
          return { input: 2n ** 100n + 1_000_003n * BigInt(k), expected: 2n ** 100n + 1_000_003n * BigInt(k) }
        case 'Str':
          return { input: `sample ${k}`, expected: `sample ${k}` }
        default:
          return { input: k, expected: k }
      }
    }
    if (def.isArray || def.isSequence) {
      const inner = def.isArray ? def.asArray.type.toNumber() : def.asSequence.type.toNumber()
      const innerT = this.type(inner)
      if (innerT.def.isPrimitive && innerT.def.asPrimitive.type.toString() === 'U8') {
        const len = def.isArray ? def.asArray.len.toNumber() : 4
        const k = this.next()
        const hex = '0x' + ((k % 200) + 16).toString(16).repeat(len)
        return { input: hex, expected: hex }
      }
      const len = def.isArray ? def.asArray.len.toNumber() : 1
      const items = Array.from({ length: len }, () => this.value(inner, field, role))
      return { input: items.map((i) => i.input), expected: items.every((i) => i.expected !== undefined) ? items.map((i) => i.expected) : undefined }
    }
    if (def.isTuple) {
      const items = def.asTuple.map((x) => this.value(x.toNumber(), field, role))
      return { input: items.map((i) => i.input), expected: undefined }
    }
    if (def.isComposite) {
      const fields = def.asComposite.fields
      // AccountId32 and other newtypes: the inner value; decoders see it unwrapped
      if (fields.length === 1 && fields[0].name.isNone) return this.value(fields[0].type.toNumber(), field, role)
      const input: Record<string, unknown> = {}
      for (const f of fields) {
        const name = f.name.unwrapOr('').toString()
        input[stringCamelCase(name)] = this.value(f.type.toNumber(), name, role).input
      }
      return { input, expected: undefined }
    }
    if (def.isVariant) {
      const variants = def.asVariant.variants.filter((v) => !UNUSED.test(v.name.toString()))
      const path = t.path.map((p) => p.toString())
      if (path[0] === 'Option' || (path.length === 1 && path[0] === 'Option')) {
        const some = variants.find((v) => v.name.toString() === 'Some')!
        return this.value(some.fields[0].type.toNumber(), field, role)
      }
      const versioned = path.length > 0 && path[path.length - 1].startsWith('Versioned')
      const v = (versioned && this.version && variants.find((x) => x.name.toString() === this.version)) || variants.find((x) => x.fields.length > 0) || variants[0]
      const name = v.name.toString()
      if (v.fields.length === 0) return { input: name, expected: undefined }
      if (v.fields.length === 1 && v.fields[0].name.isNone) return { input: { [name]: this.value(v.fields[0].type.toNumber(), field, role).input }, expected: undefined }
      if (v.fields[0].name.isNone) return { input: { [name]: v.fields.map((f) => this.value(f.type.toNumber(), field, role).input) }, expected: undefined }
      const inner: Record<string, unknown> = {}
      for (const f of v.fields) {
        const fname = f.name.unwrap().toString()
        inner[stringCamelCase(fname)] = this.value(f.type.toNumber(), fname, role).input
      }
      return { input: { [name]: inner }, expected: undefined }
    }
    throw new Error(`no sample for type ${id} (${def.type})`)
  }

  /** One sampled value per field of the event `name` ("Pallet.Variant"), or undefined when the runtime lacks it. */
  event(name: string): SampledField[] | undefined {
    const [palletName, variantName] = name.split('.')
    const pallet = this.registry.metadata.pallets.find((p) => p.name.toString() === palletName)
    if (!pallet || pallet.events.isNone) return undefined
    const variant = this.type(pallet.events.unwrap().type.toNumber()).def.asVariant.variants.find((v) => v.name.toString() === variantName)
    if (!variant) return undefined
    // a tuple event's fields are named by position, as the replay runtime and typegen's decoded tuples have them
    return variant.fields.map((f, i) => {
      const raw = f.name.isSome ? f.name.unwrap().toString() : String(i)
      const t = this.type(f.type.toNumber())
      const last = t.path.length ? t.path[t.path.length - 1].toString() : ''
      const versions = t.def.isVariant && last.startsWith('Versioned') ? t.def.asVariant.variants.map((v) => v.name.toString()).filter((n) => !UNUSED.test(n)) : undefined
      return { name: stringCamelCase(raw), ...this.value(f.type.toNumber(), raw), versions }
    })
  }
}
