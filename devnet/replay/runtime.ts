/**
 * One runtime of a replay chain: its real metadata (a v14 file of ../shared/metadata/v14), the runtime version
 * read from the metadata's own System.Version constant, and encoders for what a block holds: events
 * (Vec<EventRecord>), extrinsics (the Timestamp.set inherent, signed calls with a fake signature) and storage
 * keys and values. Encoding goes through @polkadot/types' type registry built from that metadata.
 *
 * Speed (the generator writes 100,000+ blocks): the registry is built once per file; per event name the field
 * types are resolved once; field values are encoded once per distinct value (a bounded cache per type), and
 * integer fields go straight through @polkadot/util's bnToU8a / compactToU8a, so a long history costs little
 * more than its distinct values.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Metadata, TypeRegistry } from '@polkadot/types'
import type { Registry } from '@polkadot/types/types'
import { bnToU8a, compactToU8a, hexToU8a, isHex, stringCamelCase, u8aConcat, u8aToHex } from '@polkadot/util'
import { blake2AsU8a, decodeAddress, xxhashAsU8a } from '@polkadot/util-crypto'

/** What state_getRuntimeVersion answers. */
export interface RuntimeVersionJson {
  specName: string
  implName: string
  authoringVersion: number
  specVersion: number
  implVersion: number
  apis: [string, number][]
  transactionVersion: number
  stateVersion: number
}

/** A decoded event as a replay file or the generator gives it. */
export interface EventJson {
  /** "Pallet.Variant", e.g. "Treasury.Deposit" */
  name: string
  /** every field, by camelCased name, in @polkadot/types input form: numbers or decimal strings, 0x-hex, {Variant: value} */
  args: Record<string, unknown>
  /** index of the extrinsic that emitted it (phase ApplyExtrinsic); omitted: Initialization, unless `phase` says Finalization */
  extrinsic?: number
  phase?: 'Initialization' | 'Finalization'
}

/** A call to put in a block as an extrinsic: unsigned when `signer` is absent. */
export interface ExtrinsicJson {
  /** "Pallet.call_name", e.g. "Balances.transfer_keep_alive" */
  call: string
  args: Record<string, unknown>
  /** 32-byte public key (0x-hex) or SS58 address; the signature is a fake one (nothing here verifies it) */
  signer?: string
  nonce?: number
  tip?: bigint | number | string
}

type FieldEncoder = (value: unknown) => Uint8Array

interface EventCodec {
  prefix: Uint8Array
  names: string[]
  encoders: FieldEncoder[]
}

const CACHE_LIMIT = 50_000

function cacheKey(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? v.toString() : v))
}

export class ReplayRuntimeError extends Error {
  name = 'ReplayRuntimeError'
}

export class SpecRuntime {
  readonly registry: TypeRegistry
  readonly metadata: Metadata
  readonly version: RuntimeVersionJson
  /** "specName/specVersion", the key replay files use */
  readonly key: string
  private readonly eventCodecs = new Map<string, EventCodec>()
  private readonly typeEncoders = new Map<number, FieldEncoder>()
  private readonly callIndex = new Map<string, [number, number]>()
  private readonly signerPrefixes = new Map<string, Uint8Array>()
  private extensions?: FieldEncoder[]
  private extensionIds?: string[]
  private readonly callCodecs = new Map<string, EventCodec>()

  constructor(
    /** the metadata file this runtime was read from */
    readonly file: string,
    /** 0x-hex of the file's bytes (what state_getMetadata answers) */
    readonly metadataHex: string,
  ) {
    this.registry = new TypeRegistry()
    this.metadata = new Metadata(this.registry, metadataHex as `0x${string}`)
    if (this.metadata.version !== 14) throw new ReplayRuntimeError(`${file}: metadata v${this.metadata.version}; the processor reads only v9–v14, use the v14 file`)
    this.registry.setMetadata(this.metadata)
    const system = this.metadata.asLatest.pallets.find((p) => p.name.toString() === 'System')
    const c = system?.constants.find((k) => k.name.toString() === 'Version')
    if (!c) throw new ReplayRuntimeError(`${file}: no System.Version constant, cannot tell the runtime version`)
    const v = this.registry.createType(this.registry.createLookupType(c.type), c.value).toJSON() as any
    this.version = {
      specName: String(v.specName),
      implName: String(v.implName),
      authoringVersion: Number(v.authoringVersion),
      specVersion: Number(v.specVersion),
      implVersion: Number(v.implVersion),
      apis: (v.apis as [string, number][]).map(([id, n]) => [id, Number(n)]),
      transactionVersion: Number(v.transactionVersion),
      stateVersion: Number(v.stateVersion ?? 0),
    }
    this.key = `${this.version.specName}/${this.version.specVersion}`
  }

  get ss58Format(): number {
    return this.registry.chainSS58 ?? 42
  }

  /** SCALE bytes of one RuntimeEvent (pallet index, variant index, fields). Every field must be given, no other. */
  encodeEvent(name: string, args: Record<string, unknown>): Uint8Array {
    return this.encodeVariant('events', name, args)
  }

  private encodeVariant(kind: 'events' | 'calls', name: string, args: Record<string, unknown>): Uint8Array {
    const codec = this.variantCodec(kind, name)
    const given = Object.keys(args)
    if (given.length !== codec.names.length || !codec.names.every((n) => n in args)) {
      throw new ReplayRuntimeError(`${this.key}: ${name} has fields ${codec.names.join(', ') || '(none)'}; got ${given.join(', ') || '(none)'}`)
    }
    const parts: Uint8Array[] = [codec.prefix]
    for (let i = 0; i < codec.names.length; i++) {
      try {
        parts.push(codec.encoders[i](args[codec.names[i]]))
      } catch (e) {
        throw new ReplayRuntimeError(`${this.key}: ${name}.${codec.names[i]} = ${cacheKey(args[codec.names[i]])}: ${(e as Error).message}`)
      }
    }
    return u8aConcat(...parts)
  }

  hasEvent(name: string): boolean {
    try {
      this.variantCodec('events', name)
      return true
    } catch {
      return false
    }
  }

  /**
   * The value of storage System.Events holding these events, as hex: Vec<EventRecord> with phase, event and no
   * topics. Phase is encoded as FRAME's frame_system::Phase (ApplyExtrinsic(u32) = 0, Finalization = 1,
   * Initialization = 2), checked against the metadata's own EventRecord type by the replay tests.
   */
  encodeSystemEvents(events: EventJson[]): string {
    const parts: Uint8Array[] = [compactToU8a(events.length)]
    for (const e of events) {
      if (e.extrinsic !== undefined) parts.push(Uint8Array.of(0), bnToU8a(e.extrinsic, { bitLength: 32, isLe: true }))
      else parts.push(Uint8Array.of(e.phase === 'Finalization' ? 1 : 2))
      parts.push(this.encodeEvent(e.name, e.args), Uint8Array.of(0))
    }
    return u8aToHex(u8aConcat(...parts))
  }

  /** The Timestamp.set inherent (unsigned, extrinsic version 4), as the hex a block's extrinsics list holds. */
  timestampExtrinsic(ms: number): string {
    const [p, c] = this.callIndexOf('Timestamp.set')
    const body = u8aConcat(Uint8Array.of(4, p, c), compactToU8a(ms))
    return u8aToHex(u8aConcat(compactToU8a(body.length), body))
  }

  /**
   * An extrinsic of this call; signed (with a fake signature, version 4) when `signer` is given. The signed part
   * (address, signature, extensions) comes from @polkadot/types' signFake once per signer, nonce and tip; the call
   * bytes from the cached field encoders.
   */
  encodeExtrinsic(x: ExtrinsicJson): string {
    const call = this.encodeCall(x.call, x.args)
    const envelope = x.signer ? this.signedEnvelope(x.signer, x.nonce ?? 0, BigInt(x.tip ?? 0)) : Uint8Array.of(4)
    const body = u8aConcat(envelope, call)
    return u8aToHex(u8aConcat(compactToU8a(body.length), body))
  }

  /** SCALE bytes of a RuntimeCall: pallet index, call index, arguments. Every argument must be given, no other. */
  encodeCall(name: string, args: Record<string, unknown>): Uint8Array {
    return this.encodeVariant('calls', name, args)
  }

  /**
   * Version byte, address, signature and signed extensions of a signed v4 extrinsic, without the call. The part
   * before the extensions comes from @polkadot/types' signFake once per signer; the extensions are encoded here
   * from the metadata's own list (defaults, but CheckNonce and ChargeTransactionPayment), checked against
   * signFake's for nonce 0 and tip 0.
   */
  private signedEnvelope(signer: string, nonce: number, tip: bigint): Uint8Array {
    let prefix = this.signerPrefixes.get(signer)
    if (!prefix) {
      const fake = this.fakeSigned(signer, 0, 0n)
      const extra = this.extensionBytes(0, 0n)
      if (u8aToHex(fake.subarray(fake.length - extra.length)) !== u8aToHex(extra)) {
        throw new ReplayRuntimeError(`${this.key}: the signed extensions encode differently from @polkadot/types; cannot build signed extrinsics`)
      }
      prefix = fake.subarray(0, fake.length - extra.length)
      if (this.signerPrefixes.size > CACHE_LIMIT) this.signerPrefixes.clear()
      this.signerPrefixes.set(signer, prefix)
    }
    return u8aConcat(prefix, this.extensionBytes(nonce, tip))
  }

  /** A whole signed extrinsic's envelope (no length prefix, no call) from @polkadot/types' signFake. */
  fakeSigned(signer: string, nonce: number, tip: bigint): Uint8Array {
    const [p, c] = this.callIndexOf('System.remark')
    const ex = this.registry.createType('Extrinsic', this.registry.createType('Call', { callIndex: [p, c], args: { remark: '0x' } }))
    ex.signFake(signer, {
      nonce,
      tip,
      blockHash: '0x' + '00'.repeat(32),
      genesisHash: '0x' + '00'.repeat(32),
      runtimeVersion: { specVersion: this.version.specVersion, transactionVersion: this.version.transactionVersion } as any,
      signedExtensions: this.registry.signedExtensions,
    } as any)
    const whole = ex.toU8a(true)
    return whole.subarray(0, whole.length - ex.method.toU8a().length)
  }

  private extensionBytes(nonce: number, tip: bigint): Uint8Array {
    if (!this.extensions) {
      this.extensions = this.metadata.asV14.extrinsic.signedExtensions.map((e) => {
        const id = e.identifier.toString()
        const type = e.type.toNumber()
        if (id === 'CheckNonce' || id === 'ChargeTransactionPayment') return this.typeEncoder(type)
        const bytes = this.registry.createType(this.registry.createLookupType(type)).toU8a()
        return () => bytes
      })
      this.extensionIds = this.metadata.asV14.extrinsic.signedExtensions.map((e) => e.identifier.toString())
    }
    return u8aConcat(...this.extensions.map((enc: FieldEncoder, i: number) => enc(this.extensionIds![i] === 'CheckNonce' ? nonce : this.extensionIds![i] === 'ChargeTransactionPayment' ? tip : undefined)))
  }

  /** Storage key of `Pallet.Item` with these map keys (each in @polkadot/types input form), hashed as the metadata says. */
  storageKey(item: string, keys: unknown[] = []): string {
    const { entry, palletPrefix } = this.storageEntry(item)
    const parts: Uint8Array[] = [xxhashAsU8a(palletPrefix, 128), xxhashAsU8a(entry.name.toString(), 128)]
    if (entry.type.isMap) {
      const map = entry.type.asMap
      const hashers = map.hashers.map((h) => h.type)
      const keyTypes = hashers.length === 1 ? [map.key] : this.registry.lookup.getSiType(map.key).def.asTuple
      if (keys.length !== hashers.length) throw new ReplayRuntimeError(`${this.key}: ${item} takes ${hashers.length} key(s), got ${keys.length}`)
      keys.forEach((k, i) => {
        const bytes = this.registry.createType(this.registry.createLookupType(keyTypes[i]), k).toU8a()
        parts.push(hashKey(hashers[i], bytes))
      })
    } else if (keys.length) throw new ReplayRuntimeError(`${this.key}: ${item} is a plain value, it takes no key`)
    return u8aToHex(u8aConcat(...parts))
  }

  hasStorage(item: string): boolean {
    try {
      this.storageEntry(item)
      return true
    } catch {
      return false
    }
  }

  /** SCALE hex of a storage value of `Pallet.Item`. */
  storageValue(item: string, value: unknown): string {
    const { entry } = this.storageEntry(item)
    const type = entry.type.isMap ? entry.type.asMap.value : entry.type.asPlain
    return u8aToHex(this.typeEncoder(type.toNumber())(value))
  }

  private storageEntry(item: string) {
    const [palletName, itemName] = item.split('.')
    const pallet = this.metadata.asLatest.pallets.find((p) => p.name.toString() === palletName)
    const storage = pallet?.storage.unwrapOr(undefined)
    const entry = storage?.items.find((i) => i.name.toString() === itemName)
    if (!storage || !entry) throw new ReplayRuntimeError(`${this.key} has no storage ${item}`)
    return { entry, palletPrefix: storage.prefix.toString() }
  }

  private callIndexOf(name: string): [number, number] {
    let idx = this.callIndex.get(name)
    if (idx) return idx
    const [palletName, callName] = name.split('.')
    const pallet = this.metadata.asLatest.pallets.find((p) => p.name.toString() === palletName)
    const calls = pallet?.calls.unwrapOr(undefined)
    const variant = calls && this.registry.lookup.getSiType(calls.type).def.asVariant.variants.find((v) => v.name.toString() === callName)
    if (!pallet || !variant) throw new ReplayRuntimeError(`${this.key} has no call ${name}`)
    idx = [pallet.index.toNumber(), variant.index.toNumber()]
    this.callIndex.set(name, idx)
    return idx
  }

  private variantCodec(kind: 'events' | 'calls', name: string): EventCodec {
    const codecs = kind === 'events' ? this.eventCodecs : this.callCodecs
    let codec = codecs.get(name)
    if (codec) return codec
    const [palletName, variantName] = name.split('.')
    const pallet = this.metadata.asLatest.pallets.find((p) => p.name.toString() === palletName)
    const list = pallet?.[kind].unwrapOr(undefined)
    if (!pallet || !list) throw new ReplayRuntimeError(`${this.key} has no ${kind} of pallet ${palletName}`)
    const variant = this.registry.lookup.getSiType(list.type).def.asVariant.variants.find((v) => v.name.toString() === variantName)
    if (!variant) throw new ReplayRuntimeError(`${this.key} has no ${kind === 'events' ? 'event' : 'call'} ${name}`)
    codec = {
      prefix: Uint8Array.of(pallet.index.toNumber(), variant.index.toNumber()),
      names: variant.fields.map((f, i) => (f.name.isSome ? stringCamelCase(f.name.unwrap().toString()) : String(i))),
      encoders: variant.fields.map((f) => this.typeEncoder(f.type.toNumber())),
    }
    codecs.set(name, codec)
    return codec
  }

  /** An encoder for values of lookup type `id`: integers and 32-byte ids directly, anything else via the registry, cached. */
  private typeEncoder(id: number): FieldEncoder {
    let enc = this.typeEncoders.get(id)
    if (enc) return enc
    const def = this.registry.lookup.getSiType(id).def
    const uint = def.isPrimitive ? /^U(8|16|32|64|128|256)$/.exec(def.asPrimitive.type) : null
    const compactOf = def.isCompact ? this.registry.lookup.getSiType(def.asCompact.type).def : undefined
    if (uint) {
      const bitLength = Number(uint[1])
      enc = (v) => bnToU8a(toBigInt(v), { bitLength, isLe: true })
    } else if (compactOf?.isPrimitive && /^U/.test(compactOf.asPrimitive.type)) {
      enc = (v) => compactToU8a(toBigInt(v))
    } else if (isAccountId32(this.registry, id)) {
      enc = (v) => {
        const bytes = typeof v === 'string' && isHex(v) ? hexToU8a(v) : decodeAddress(v as string)
        if (bytes.length !== 32) throw new Error(`expected 32 bytes, got ${bytes.length}`)
        return bytes
      }
    } else if (def.isComposite && def.asComposite.fields.length === 1 && def.asComposite.fields[0].name.isNone) {
      // a newtype (ExtraFlags(u128), Perbill(u32), ...): the inner value
      enc = this.typeEncoder(def.asComposite.fields[0].type.toNumber())
    } else if (def.isComposite && def.asComposite.fields.length > 0 && def.asComposite.fields.every((f) => f.name.isSome)) {
      const fields = def.asComposite.fields.map((f) => ({ name: stringCamelCase(f.name.unwrap().toString()), enc: this.typeEncoder(f.type.toNumber()) }))
      enc = (v) => {
        if (v == null || typeof v !== 'object') throw new Error(`expected an object with ${fields.map((f) => f.name).join(', ')}`)
        const o = v as Record<string, unknown>
        for (const k of Object.keys(o)) if (!fields.some((f) => f.name === k)) throw new Error(`unknown field ${k}; the fields are ${fields.map((f) => f.name).join(', ')}`)
        return u8aConcat(...fields.map((f) => {
          if (!(f.name in o)) throw new Error(`field ${f.name} is missing`)
          return f.enc(o[f.name])
        }))
      }
    } else {
      const typeName = this.registry.createLookupType(id)
      const cache = new Map<string, Uint8Array>()
      enc = (v) => {
        const k = cacheKey(v)
        let bytes = cache.get(k)
        if (!bytes) {
          bytes = this.registry.createType(typeName, v).toU8a()
          if (cache.size >= CACHE_LIMIT) cache.clear()
          cache.set(k, bytes)
        }
        return bytes
      }
    }
    this.typeEncoders.set(id, enc)
    return enc
  }
}

function toBigInt(v: unknown): bigint {
  if (typeof v === 'bigint') return v
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new Error(`${v} is not a safe integer; give large amounts as decimal strings`)
    return BigInt(v)
  }
  if (typeof v === 'string' && /^(0x[0-9a-fA-F]+|\d+)$/.test(v)) return BigInt(v)
  throw new Error(`expected an integer, got ${JSON.stringify(v)}`)
}

/** AccountId32 and [u8; 32] (H256 and friends): a composite of one 32-byte array, or the array itself. */
function isAccountId32(registry: Registry, id: number): boolean {
  const lookup = (registry as TypeRegistry).lookup
  let def = lookup.getSiType(id).def
  if (def.isComposite && def.asComposite.fields.length === 1) def = lookup.getSiType(def.asComposite.fields[0].type).def
  if (!def.isArray || def.asArray.len.toNumber() !== 32) return false
  const el = lookup.getSiType(def.asArray.type).def
  return el.isPrimitive && el.asPrimitive.type === 'U8'
}

function hashKey(hasher: string, bytes: Uint8Array): Uint8Array {
  switch (hasher) {
    case 'Blake2_128':
      return blake2AsU8a(bytes, 128)
    case 'Blake2_256':
      return blake2AsU8a(bytes, 256)
    case 'Blake2_128Concat':
      return u8aConcat(blake2AsU8a(bytes, 128), bytes)
    case 'Twox128':
      return xxhashAsU8a(bytes, 128)
    case 'Twox256':
      return xxhashAsU8a(bytes, 256)
    case 'Twox64Concat':
      return u8aConcat(xxhashAsU8a(bytes, 64), bytes)
    case 'Identity':
      return bytes
    default:
      throw new ReplayRuntimeError(`unknown storage hasher ${hasher}`)
  }
}

const runtimes = new Map<string, SpecRuntime>()

/** The runtime of a v14 metadata file, loaded once per process. */
export function loadSpecRuntime(file: string): SpecRuntime {
  const abs = path.resolve(file)
  let rt = runtimes.get(abs)
  if (!rt) {
    let bytes: Buffer
    try {
      bytes = readFileSync(abs)
    } catch (e) {
      throw new ReplayRuntimeError(`cannot read metadata file ${abs}: ${(e as Error).message}`)
    }
    rt = new SpecRuntime(abs, '0x' + bytes.toString('hex'))
    runtimes.set(abs, rt)
  }
  return rt
}

/** Where the real metadata lives: REPLAY_METADATA_DIR, else ../shared/metadata/v14 beside the repository. */
export function defaultMetadataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.REPLAY_METADATA_DIR ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'metadata', 'v14')
}
