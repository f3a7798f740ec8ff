/** The eth_transact signer: transactions signed with viem from known keys recover to those keys' addresses. */
import { describe, expect, it } from 'vitest'
import { recoverTransactionAddress } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { decodeEthTransaction, tryDecodeEthTransaction } from './eth'

const KEY = ('0x' + '11'.repeat(32)) as `0x${string}`
const account = privateKeyToAccount(KEY)
const TO = '0x' + 'c1'.repeat(20)

describe('Revive.eth_transact payload: the Ethereum signer', () => {
  it('recovers the sender of an EIP-1559, an EIP-2930 and an EIP-155 legacy transaction', async () => {
    const txs = [
      await account.signTransaction({ type: 'eip1559', chainId: 420_420_419, nonce: 3, to: TO as `0x${string}`, value: 5n, gas: 21_000n, maxFeePerGas: 10n ** 9n, maxPriorityFeePerGas: 1n, data: '0x12345678' }),
      await account.signTransaction({ type: 'eip2930', chainId: 420_420_419, nonce: 4, to: TO as `0x${string}`, gas: 21_000n, gasPrice: 10n ** 9n, accessList: [] }),
      await account.signTransaction({ type: 'legacy', chainId: 420_420_419, nonce: 5, to: TO as `0x${string}`, gas: 21_000n, gasPrice: 10n ** 9n }),
    ]
    for (const [i, raw] of txs.entries()) {
      const tx = decodeEthTransaction(raw)
      expect(tx).toEqual({ from: account.address.toLowerCase(), to: TO, chainId: 420_420_419, nonce: 3 + i, value: i === 0 ? 5n : 0n })
      // viem's own (async) recovery agrees
      expect((await recoverTransactionAddress({ serializedTransaction: raw as any })).toLowerCase()).toBe(tx.from)
    }
    // 0x11…11's address, as every Ethereum library derives it
    expect(account.address).toBe('0x19E7E376E7C213B7E7e7e46cc70A5dD086DAff2A')
  })

  it('a creation has no callee; bytes that are no signed transaction are refused, naming why', async () => {
    const create = await account.signTransaction({ type: 'eip1559', chainId: 1, nonce: 0, gas: 100_000n, maxFeePerGas: 1n, maxPriorityFeePerGas: 1n, data: '0x6000' })
    expect(decodeEthTransaction(create).to).toBeNull()
    expect(tryDecodeEthTransaction('0x1234').error).toBeTruthy()
    expect(tryDecodeEthTransaction('0x1234').tx).toBeUndefined()
  })
})
