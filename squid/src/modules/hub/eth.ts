/**
 * The signer of a `Revive.eth_transact` extrinsic: its payload is a signed Ethereum transaction (RLP, or an EIP-2718
 * typed envelope). viem parses it and serializes its unsigned form (the bytes the sender signed, EIP-155 chain id
 * included); @noble/curves (the secp256k1 library viem itself uses) recovers the public key from the signature, and
 * viem turns that into the 20-byte address. No cryptography is written here: this is viem's
 * recoverTransactionAddress made synchronous (viem's imports the curve lazily, so only its async form exists), as
 * the processor's decode phase is synchronous.
 */
import { secp256k1 } from '@noble/curves/secp256k1'
import { hexToBigInt, keccak256, parseTransaction, serializeTransaction, type Hex } from 'viem'
import { publicKeyToAddress } from 'viem/accounts'

export interface EthTx {
  /** the recovered sender (lower-case 0x, 20 bytes) */
  from: string
  /** the callee (lower-case); null: a contract creation */
  to: string | null
  /** the transaction's chain id (legacy pre-EIP-155: undefined) */
  chainId?: number
  nonce?: number
  value: bigint
}

/** The recovery bit of a signature: yParity of a typed transaction; v (27/28, or EIP-155's chainId×2+35/36) of a legacy one. */
function recoveryBit(v: bigint | undefined, yParity: number | undefined): number {
  if (yParity === 0 || yParity === 1) return yParity
  if (v === undefined) throw new Error('the transaction has no signature')
  if (v === 27n || v === 28n) return Number(v - 27n)
  if (v >= 35n) return Number((v - 35n) % 2n)
  if (v === 0n || v === 1n) return Number(v)
  throw new Error(`the signature's v ${v} is none of 27, 28 or EIP-155's`)
}

/** Parses a signed Ethereum transaction and recovers its sender; throws on bytes that are no signed transaction. */
export function decodeEthTransaction(payload: string | Uint8Array): EthTx {
  const hex = (typeof payload === 'string' ? payload : '0x' + Buffer.from(payload).toString('hex')) as Hex
  const tx = parseTransaction(hex)
  if (tx.r === undefined || tx.s === undefined) throw new Error('the transaction is not signed')
  const unsigned = serializeTransaction({ ...tx, r: undefined, s: undefined, v: undefined, yParity: undefined, sidecars: undefined } as any)
  const hash = keccak256(unsigned)
  const sig = new secp256k1.Signature(hexToBigInt(tx.r), hexToBigInt(tx.s)).addRecoveryBit(recoveryBit(tx.v, tx.yParity))
  const publicKey = `0x${sig.recoverPublicKey(hash.slice(2)).toHex(false)}` as Hex
  return {
    from: publicKeyToAddress(publicKey).toLowerCase(),
    to: tx.to ? tx.to.toLowerCase() : null,
    chainId: tx.chainId,
    nonce: tx.nonce,
    value: tx.value ?? 0n,
  }
}

/** The payload's signer, or undefined (with the reason) for bytes that are no signed Ethereum transaction. */
export function tryDecodeEthTransaction(payload: string | Uint8Array): { tx?: EthTx; error?: string } {
  try {
    return { tx: decodeEthTransaction(payload) }
  } catch (e) {
    return { error: e instanceof Error ? e.message.split('\n')[0] : String(e) }
  }
}

/**
 * Revive's H160 of a native AccountId32 (pallet-revive AccountId32Mapper::to_address): an account derived from an
 * Ethereum address (its last 12 bytes 0xEE) is that address; any other is the last 20 bytes of its keccak-256.
 */
export function reviveAddressOf(accountId: string): string {
  const a = accountId.toLowerCase()
  if (!/^0x[0-9a-f]{64}$/.test(a)) throw new Error(`${accountId} is no 32-byte account id`)
  if (a.endsWith('ee'.repeat(12))) return a.slice(0, 42)
  return '0x' + keccak256(a as Hex).slice(2 + 24)
}
