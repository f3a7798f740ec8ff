/** The storage keys the treasury's day search reads over RPC, against the keys the real Asset Hub metadata derives. */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultMetadataDir, loadSpecRuntime } from '../../devnet/replay/runtime'
import { accountKey, assetAccountKey } from '../../squid/src/modules/treasury/days'
import { TREASURY_ACCOUNT } from '../../squid/src/modules/treasury/account'

const STATEMINT = ['statemint-2000006.snowbridge-34af5e3f.v14.scale', 'statemint-2003001.npm-galacticcouncil-descriptors-2.6.0.v14.scale']

describe('treasury ledgers: storage keys', () => {
  for (const file of STATEMINT) {
    const rt = loadSpecRuntime(path.join(defaultMetadataDir(), 'asset-hub-polkadot', file))
    it(`${file}: Assets.Account(1984 / 1337, treasury) and System.Account(treasury)`, () => {
      expect(assetAccountKey(1984, TREASURY_ACCOUNT)).toBe(rt.storageKey('Assets.Account', [1984, TREASURY_ACCOUNT]))
      expect(assetAccountKey(1337, TREASURY_ACCOUNT)).toBe(rt.storageKey('Assets.Account', [1337, TREASURY_ACCOUNT]))
      expect(assetAccountKey(1984, TREASURY_ACCOUNT)).not.toBe(assetAccountKey(1337, TREASURY_ACCOUNT))
      expect(accountKey(TREASURY_ACCOUNT)).toBe(rt.storageKey('System.Account', [TREASURY_ACCOUNT]))
    })
  }
})
